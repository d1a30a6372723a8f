/**
 * Fee preview: `paymentInfo` of the transaction the form would send, debounced through the query cache
 * (keyed by the call's hex, never a bigint).
 */
import { useQuery } from '@tanstack/react-query';
import { useConnection } from '../api-context.js';
import type { Tx } from '../pools/calls.js';

export function useFee(tx: Tx | undefined, address: string | undefined) {
  const { genesis } = useConnection();
  const callHex = tx?.method.toHex() ?? '';
  return useQuery({
    queryKey: [genesis, 'fee', address ?? '', callHex],
    queryFn: async () => (await (tx as Tx).paymentInfo(address as string)).partialFee.toBigInt(),
    enabled: !!tx && !!address,
    staleTime: 60_000,
  });
}
