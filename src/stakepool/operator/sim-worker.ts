/**
 * `sim_startWorker` (contracts §5, dev nodes with actors): starts a simulated pRuntime worker in `pool` run
 * by `operator` (a SURI) with `stake` in planck (the node's default without it), sent as the plain decimal
 * the node parses whatever language the stake was typed in; answers the worker's public key. Used by the
 * operator console's register form and the dev tools.
 */
import type { ProviderInterface } from '@polkadot/rpc-provider/types';
import { toDecimalString } from '../../ui/format.js';

export function startSimWorker(
  provider: ProviderInterface,
  { stake, ...params }: { pool: number; operator: string; stake?: bigint },
): Promise<string> {
  const sent = stake === undefined ? params : { ...params, stake: toDecimalString(stake) };
  return provider.send<string>('sim_startWorker', [sent]);
}
