/**
 * The demo network's Treasury story (chain/demo/treasury.ts), block by block on a
 * demo-profile runtime at the times the demo build submits it: bounties funded by the spend period,
 * curated, awarded, claimed after the payout delay, a child bounty with its curator, a tip paid at its
 * median and one left open, vesting schedules releasing linearly.
 */
import { describe, expect, it } from 'vitest';
import {
  DEMO_BOUNTIES,
  DEMO_CHILD_BOUNTY,
  type DemoAccounts,
  LATE_VESTED_DELEGATOR,
  openTipHash,
  reportedTipHash,
  treasuryCurators,
  treasuryOpening,
  treasuryPayouts,
  VESTED_AMOUNT,
  VESTED_DELEGATORS,
} from '../../chain/demo/treasury.js';
import { createRuntime, type Runtime } from '../../src/pallets-mock/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { runDemoBlocks } from './demo-blocks.js';
import { PHA } from './phala-pools-helpers.js';

const DAY = 7_200n;
const accounts: DemoAccounts = {
  owner: (i) => `//demo/owner/${i}`,
  delegator: (i) => `//demo/delegator/${i}`,
};
const FUNDED = [
  '//Alice',
  '//Bob',
  '//Charlie',
  '//Dave',
  '//Eve',
  accounts.owner(1),
  accounts.owner(2),
  accounts.owner(5),
  ...[0, 1, 2, 3, 4, 5, 20, 33, 40, 50].map(accounts.delegator),
];

const now = (rt: Runtime): bigint => rt.query('System.Number') as bigint;
function advanceTo(rt: Runtime, block: bigint): void {
  rt.advanceBlocks(Number(block - now(rt)));
  rt.tryState();
}
const free = (rt: Runtime, suri: string): bigint =>
  (rt.query('System.Account', accountId(suri)) as { data: { free: bigint } }).data.free;
const bountyStatus = (rt: Runtime, id: bigint): string | undefined =>
  (rt.query('Bounties.Bounties', id) as { status: { type: string } } | undefined)?.status.type;

describe('the demo Treasury story', () => {
  it('funds, curates, awards and pays bounties, pays a tip at its median, and vests linearly', () => {
    const rt = createRuntime({
      profile: 'demo',
      balances: FUNDED.map((s): [string, bigint] => [s, 1_000_000n * PHA]),
    });
    const start = 200n;
    const end = start + 7n * DAY;
    advanceTo(rt, start);
    const opening = treasuryOpening(accounts, start, DAY, end);
    runDemoBlocks(rt, opening);

    expect(rt.query('Bounties.BountyCount')).toBe(BigInt(DEMO_BOUNTIES.length));
    expect([0n, 1n, 2n].map((b) => bountyStatus(rt, b))).toEqual(['Approved', 'Approved', 'Proposed']);
    const reported = rt.query('Tips.Tips', reportedTipHash(accounts)) as { closes: bigint | null };
    expect(reported.closes).toBe(start + BigInt(opening.length) - 1n + DAY);
    const open = rt.query('Tips.Tips', openTipHash(accounts)) as { closes: bigint | null; tips: unknown[] };
    expect(open.closes).toBeNull();
    expect(open.tips).toHaveLength(1);

    // The first spend period funds the two approved bounties; curators, award and child bounty follow.
    const firstSpend = DAY;
    advanceTo(rt, firstSpend + 20n);
    expect([0n, 1n].map((b) => bountyStatus(rt, b))).toEqual(['Funded', 'Funded']);
    runDemoBlocks(rt, treasuryCurators(accounts));
    expect([0n, 1n, 2n].map((b) => bountyStatus(rt, b))).toEqual(['PendingPayout', 'Active', 'Proposed']);
    const child = rt.query('ChildBounties.ChildBounties', 1n, 0n) as {
      value: bigint;
      status: { type: string; value: { curator: string } };
    };
    expect(child.value).toBe(DEMO_CHILD_BOUNTY.value);
    expect(child.status.type).toBe('Active');
    expect(child.status.value.curator).toBe(accountId(accounts.delegator(40)));

    // A day later: the award is claimed (value less the curator's 50 PHA fee), the tip pays its median.
    advanceTo(rt, firstSpend + DAY + 100n);
    const beneficiary0 = free(rt, accounts.delegator(33));
    const owner2 = free(rt, accounts.owner(2));
    runDemoBlocks(rt, treasuryPayouts(accounts));
    expect(bountyStatus(rt, 0n)).toBeUndefined();
    expect(free(rt, accounts.delegator(33)) - beneficiary0).toBe(DEMO_BOUNTIES[0].value - 50n * PHA);
    // Tips 25 and 40 → median tips[1] = 40; the finder's fee (20 %) goes to the finder.
    expect(free(rt, accounts.owner(2)) - owner2).toBe(32n * PHA);
    expect(rt.query('Tips.Tips', reportedTipHash(accounts))).toBeUndefined();
    expect(rt.query('Tips.Tips', openTipHash(accounts))).toBeDefined();

    // Vesting: linear from the start; the late schedule has not begun.
    const schedules = rt.query(
      'Vesting.Vesting',
      accountId(accounts.delegator(VESTED_DELEGATORS[0])),
    ) as Array<{
      locked: bigint;
      perBlock: bigint;
      startingBlock: bigint;
    }>;
    expect(schedules).toHaveLength(1);
    const s = schedules[0]!;
    expect(s.locked).toBe(VESTED_AMOUNT);
    expect(s.startingBlock).toBe(start);
    // `vest` leaves locked what has not vested yet: locked − per_block × elapsed blocks.
    runDemoBlocks(rt, [
      [[accounts.delegator(VESTED_DELEGATORS[0]), { type: 'Vesting', value: { type: 'vest', value: {} } }]],
    ]);
    const locks = rt.query('Balances.Locks', accountId(accounts.delegator(VESTED_DELEGATORS[0]))) as Array<{
      id: string;
      amount: bigint;
    }>;
    const vestingLock = locks.find((l) => l.id === '0x76657374696e6720');
    expect(vestingLock?.amount).toBe(VESTED_AMOUNT - s.perBlock * (now(rt) - 1n - start));
    const late = rt.query('Vesting.Vesting', accountId(accounts.delegator(LATE_VESTED_DELEGATOR))) as Array<{
      startingBlock: bigint;
    }>;
    expect(late[0]?.startingBlock).toBe(end + 7n * DAY);
  });
});
