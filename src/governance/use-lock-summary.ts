/**
 * The selected account's locks at the block its next transaction lands in: the democracy lock parts
 * (model/locks.ts), the "unlock what can be unlocked" plan and how much it frees, and the W-PHA votes
 * whose referendum has ended (unlockable). Shared by "My locks" and the expiry reminder.
 */
import { useConnection } from '../api/api-context.js';
import { democracyConsts } from './chain/democracy-query.js';
import { useAccountGovernance, useDemocracy } from './chain/hooks.js';
import { democracyLocks, unlockPlan } from './model/locks.js';
import type { RefState } from './model/voting.js';
import { useBlocks } from './use-blocks.js';

export function useLockSummary(address: string | undefined) {
  const { api } = useConnection();
  const { voteLockingPeriod } = democracyConsts(api);
  const { now } = useBlocks();
  const gov = useAccountGovernance(address).data;
  const demo = useDemocracy().data;
  if (!gov || !demo) return undefined;
  const refOf = (i: number): RefState => {
    const r = demo.referenda.find((x) => x.index === i);
    if (!r) return { status: 'missing' };
    return r.status === 'ongoing'
      ? { status: 'ongoing', end: r.end }
      : { status: 'finished', approved: r.approved, end: r.end };
  };
  // a transaction lands in the next block
  const at = now + 1n;
  const items = democracyLocks(gov.voting, refOf, at, voteLockingPeriod);
  const plan = unlockPlan(gov.voting, refOf, at, voteLockingPeriod);
  const frees = gov.democracyLock > plan.lockAfter ? gov.democracyLock - plan.lockAfter : 0n;
  const wphaDone = gov.wphaVotes.filter((v) => refOf(v.refIndex).status !== 'ongoing');
  return {
    gov,
    refOf,
    items,
    plan,
    frees,
    canUnlock: plan.removeVotes.length > 0 || frees > 0n,
    wphaDone,
  };
}
