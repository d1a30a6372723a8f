/**
 * An account's vesting schedules (`Vesting.Vesting`) and balance locks (`Balances.Locks`, ids as text:
 * `vesting `, `democrac`, …), read once per block; a runtime without Vesting gives no schedules.
 */
import type { ApiPromise } from '@polkadot/api';
import { hexToString, isHex } from '@polkadot/util';
import { useQuery } from '@tanstack/react-query';
import { useConnection } from '../api/api-context.js';
import { stateKey } from '../api/query-keys.js';
import { hasStorage } from '../api/runtime-access.js';
import type { VestingSchedule } from '../primitives/vesting.js';
import type { NamedLock } from './vesting-model.js';

export const VESTING_LOCK = 'vesting ';

export interface AccountVesting {
  schedules: VestingSchedule[];
  locks: NamedLock[];
}

const lockName = (id: string): string => (isHex(id) ? hexToString(id) : id);

export async function fetchVesting(api: ApiPromise, address: string): Promise<AccountVesting> {
  const [schedules, locks] = await Promise.all([
    hasStorage(api, 'vesting', 'vesting') ? api.query.vesting.vesting(address) : undefined,
    hasStorage(api, 'balances', 'locks') ? api.query.balances.locks(address) : undefined,
  ]);
  return {
    schedules: (schedules?.isSome ? schedules.unwrap() : []).map((s) => ({
      locked: s.locked.toBigInt(),
      perBlock: s.perBlock.toBigInt(),
      startingBlock: s.startingBlock.toBigInt(),
    })),
    locks: (locks ?? []).map((l) => ({ id: lockName(l.id.toHex()), amount: l.amount.toBigInt() })),
  };
}

export function useVesting(address: string | undefined) {
  const { api, genesis } = useConnection();
  return useQuery<AccountVesting>({
    queryKey: stateKey(genesis, 'vesting', address ?? ''),
    queryFn: () => fetchVesting(api, address as string),
    enabled: !!address,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
