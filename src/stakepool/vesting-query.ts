/**
 * An account's vesting schedules (`Vesting.Vesting`) and balance locks (`Balances.Locks`, ids as text:
 * `vesting `, `democrac`, …), read once per block; a runtime without Vesting gives no schedules.
 */
import type { ApiPromise } from '@polkadot/api';
import { hexToString, isHex } from '@polkadot/util';
import { useQuery } from '@tanstack/react-query';
import { useConnection } from '../api/api-context.js';
import { arr, big, obj, plain, str } from '../api/codec.js';
import { stateKey } from '../api/query-keys.js';
import { hasStorage, storageItem } from '../api/runtime-access.js';
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
    hasStorage(api, 'vesting', 'vesting') ? storageItem(api, 'vesting', 'vesting')(address) : undefined,
    hasStorage(api, 'balances', 'locks') ? storageItem(api, 'balances', 'locks')(address) : undefined,
  ]);
  const list = schedules ? plain(schedules) : null;
  return {
    schedules: (list ? arr(list) : []).map((s) => {
      const o = obj(s);
      return { locked: big(o.locked), perBlock: big(o.perBlock), startingBlock: big(o.startingBlock) };
    }),
    locks: (locks ? arr(plain(locks)) : []).map((l) => {
      const o = obj(l);
      return { id: lockName(str(o.id)), amount: big(o.amount) };
    }),
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
