/**
 * An account's spendable PHA and W-PHA, pushed from storage subscriptions into the query cache
 * (`System.Account` and `Assets.Account(W-PHA, who)`).
 */
import { useConnection } from './api-context.js';
import { chainConstants } from './chain-constants.js';
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
          api.query.system.account(address, ({ data }) => {
            push({
              free: data.free.toBigInt(),
              reserved: data.reserved.toBigInt(),
              frozen: data.frozen.toBigInt(),
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
          api.query.assets.account(assetId, address, (acct) => {
            push(acct.isSome ? acct.unwrap().balance.toBigInt() : 0n);
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

/**
 * What the PHA forms (delegate, wrap) say is available, one way for all: `available` is free minus what
 * locks freeze — the header's "free … (… of it locked)" subtracted, the same figure in every form — and
 * `max` what the Max button fills in: `spendable`, which also keeps `reserveFee` and, when no lock covers
 * it, the existential deposit. `kept` (= available − max) is said next to the figure; `keepsEd` tells
 * whether it includes part of the existential deposit.
 */
export interface PhaAvailability {
  available: bigint;
  max: bigint;
  kept: bigint;
  keepsEd: boolean;
}

export function phaAvailability(
  balance: PhaBalance | undefined,
  existentialDeposit: bigint,
  reserveFee: bigint,
): PhaAvailability {
  if (!balance) return { available: 0n, max: 0n, kept: 0n, keepsEd: false };
  const available = balance.free > balance.frozen ? balance.free - balance.frozen : 0n;
  const max = spendable(balance, existentialDeposit, reserveFee);
  return { available, max, kept: available - max, keepsEd: balance.frozen < existentialDeposit };
}
