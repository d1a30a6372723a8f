/**
 * The lock expiry the governance UI shows (model/locks.ts) equals the chain's own computation for all
 * seven convictions: winning and losing votes on a dev-profile referendum; the chain's answer is the
 * prior lock `remove_vote` records and the block from which `unlock` lifts the `democrac` lock.
 */
import { describe, expect, it } from 'vitest';
import { democracyLocks, unlockPlan } from '../../src/governance/model/locks.js';
import { createRuntime } from '../../src/pallets-mock/index.js';
import { CONVICTIONS, lockDays } from '../../src/primitives/conviction.js';
import {
  acct,
  aye,
  blockNumber,
  democracyLock,
  goTo,
  inject,
  nay,
  ok,
} from '../pallets/governance-helpers.js';
import { refState, votingOf } from './governance-test-adapter.js';

const PHA = 1_000_000_000_000n;

describe('democracy lock expiry: UI = chain', () => {
  for (const c of CONVICTIONS) {
    for (const side of ['winning', 'losing'] as const) {
      it(`conviction ${c}, ${side} vote`, () => {
        const rt = createRuntime();
        const vlp = 10n; // the dev profile's VoteLockingPeriod
        const end = Number(blockNumber(rt)) + 3;
        const ref = inject(rt, end, 7n, 'SimpleMajority', 0);
        ok(rt, '//Alice', 'Democracy.vote', { ref_index: BigInt(ref), vote: aye(100n * PHA, c) });
        // a small nay lets Alice win; a large 6x nay makes her lose
        const other = side === 'winning' ? nay(1n * PHA, 1) : nay(100_000n * PHA, 6);
        ok(rt, '//Bob', 'Democracy.vote', { ref_index: BigInt(ref), vote: other });
        goTo(rt, end);
        const state = refState(rt, ref);
        expect(state.status).toBe('finished');
        const now = blockNumber(rt);
        const [item] = democracyLocks(votingOf(rt, '//Alice'), (r) => refState(rt, r), now, vlp);
        expect(item?.refIndex).toBe(ref);
        const shown = item?.expiry as bigint;
        const winning = state.status === 'finished' && state.approved;
        expect(winning).toBe(side === 'winning');

        // the chain: remove_vote records the prior lock `end + VLP × periods` for a winning vote
        ok(rt, '//Alice', 'Democracy.remove_vote', { index: BigInt(ref) });
        const prior = votingOf(rt, '//Alice').prior;
        if (side === 'winning' && c > 0) {
          expect(prior.until).toBe(shown);
          expect(prior.amount).toBe(100n * PHA);
          expect(lockDays(c, vlp, 12)).toBeCloseTo((Number(shown - BigInt(end)) * 12) / 86_400);
          // and unlock lifts the lock from exactly that block, not one block earlier
          goTo(rt, Number(shown) - 1);
          ok(rt, '//Alice', 'Democracy.unlock', { target: { type: 'Id', value: acct('//Alice') } });
          expect(democracyLock(rt, '//Alice')).toBe(100n * PHA);
          expect(unlockPlan(votingOf(rt, '//Alice'), () => state, blockNumber(rt), vlp).lockAfter).toBe(
            100n * PHA,
          );
          goTo(rt, Number(shown));
        } else {
          expect(shown).toBe(BigInt(end));
          expect(prior.amount).toBe(0n);
        }
        expect(unlockPlan(votingOf(rt, '//Alice'), () => state, blockNumber(rt), vlp).lockAfter).toBe(0n);
        ok(rt, '//Alice', 'Democracy.unlock', { target: { type: 'Id', value: acct('//Alice') } });
        expect(democracyLock(rt, '//Alice')).toBe(0n);
        expect(now).toBe(BigInt(end));
      });
    }
  }
});
