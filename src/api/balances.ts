/**
 * An account's spendable PHA and W-PHA, pushed from storage subscriptions into the query cache
 * (`System.Account` and `Assets.Account(W-PHA, who)`).
 */
import type { Codec } from '@polkadot/types/types';
import { useConnection } from './api-context.js';
import { chainConstants } from './chain-constants.js';
import { big, obj, plain } from './codec.js';
import { subscriptionKey } from './query-keys.js';
import { useSubscriptionQuery } from './use-subscription-query.js';

export interface PhaBalance {
  free: bigint;
  reserved: bigint;
  frozen: bigint;
}

export function usePhaBalance(address: string | undefined): PhaBalance | undefined {
  const { api, genesis } = useConnection();
  return useSubscriptionQuery<PhaBalance>(
    subscriptionKey(genesis, 'account', address ?? ''),
    address
      ? (push) =>
          api.query.system.account(address, (info: Codec) => {
            const data = obj(obj(plain(info)).data);
            push({
              free: big(data.free),
              reserved: big(data.reserved),
              frozen: big(data.frozen ?? data.miscFrozen ?? 0),
            });
          })
      : undefined,
  );
}

export function useWphaBalance(address: string | undefined): bigint | undefined {
  const { api, genesis } = useConnection();
  const assetId = chainConstants(api).wphaAssetId;
  return useSubscriptionQuery<bigint>(
    subscriptionKey(genesis, 'wpha', address ?? ''),
    address && api.query.assets
      ? (push) =>
          api.query.assets.account(assetId, address, (acct: Codec) => {
            const v = plain(acct);
            push(v === null ? 0n : big(obj(v).balance));
          })
      : undefined,
  );
}

/** PHA that can leave the account while keeping the existential deposit and `reserveFee`. */
export function spendable(balance: PhaBalance, existentialDeposit: bigint, reserveFee: bigint): bigint {
  const usable =
    balance.free - (balance.frozen > existentialDeposit ? balance.frozen : existentialDeposit) - reserveFee;
  return usable > 0n ? usable : 0n;
}
