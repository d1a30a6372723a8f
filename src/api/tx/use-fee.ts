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

/** PHA a form keeps back for its fee until the estimate is known. */
export const DEFAULT_FEE_RESERVE = 100_000_000_000n;

/** What a form's Max keeps back for the fee: twice the estimate, or `DEFAULT_FEE_RESERVE` until known. */
export const feeReserve = (fee: bigint | undefined): bigint =>
  fee !== undefined ? fee * 2n : DEFAULT_FEE_RESERVE;
