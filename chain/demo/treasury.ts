/**
 * The Treasury's life beyond proposals in the demo network, block by block as the demo build submits
 * it, so the Bounties, Tips and vesting views open on real history:
 * - before the first spend period: a donation to the Treasury, three bounties proposed (two approved
 *   through Sudo as Khala's Root would, one left waiting), a tip reported (two of the three tippers tip,
 *   so its countdown runs) and a tip opened by a tipper alone (left open), and vested transfers to five
 *   delegators (linear over 60 days) and one that starts after the snapshot;
 * - after the spend period funded the two bounties: curators proposed and accepted, bounty 0 awarded,
 *   a child bounty of bounty 1 with its own curator;
 * - a day later: bounty 0 claimed and the reported tip closed at its median.
 */
import type { CallValue } from '../../src/pallets-mock/frame/runtime.js';
import { accountOf } from '../../src/pallets-mock/offchain/tx-signer.js';
import { DOLLARS, TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import { reasonHash, tipHash } from '../../src/pallets-mock/pallets/tips/index.js';
import { toHex, utf8 } from '../../src/pallets-mock/primitives/bytes.js';

const PHA = DOLLARS;
export type DemoTx = [suri: string, call: CallValue];
/** Named demo accounts the treasury story uses (the scenario's own account naming). */
export interface DemoAccounts {
  owner: (i: number) => string;
  delegator: (i: number) => string;
}

const call = (pallet: string, name: string, args: Record<string, unknown> = {}): CallValue => ({
  type: pallet,
  value: { type: name, value: args },
});
const id = (suri: string) => ({ type: 'Id', value: accountOf(suri) });
const text = (s: string): string => toHex(utf8(s));
const sudo = (inner: CallValue): DemoTx => ['//Alice', call('Sudo', 'sudo', { call: inner })];

/** The bounties, in the order (and so with the ids) they are proposed. */
export const DEMO_BOUNTIES = [
  { proposer: '//Bob', value: 500n * PHA, description: 'Translate the staking guide into Bahasa Indonesia' },
  { proposer: '//Charlie', value: 2_000n * PHA, description: 'Gatekeeper uptime dashboard' },
  { proposer: '//Dave', value: 300n * PHA, description: 'Pool operator video walkthrough' },
] as const;
export const DEMO_CHILD_BOUNTY = { value: 400n * PHA, description: 'Uptime alerts for Telegram' } as const;
export const DEMO_DONATION = 20_000n * PHA;
/** The reported tip (finder: delegator 20, for owner 2) and the tip a tipper opened alone. */
export const REPORTED_TIP_REASON = 'Wrote the pool operator FAQ';
export const OPEN_TIP_REASON = 'Answered delegator questions in the forum';
/** Vesting: five delegators get 1,200 PHA over 60 days from the start; one gets 600 PHA vesting later. */
export const VESTED_DELEGATORS = [0, 1, 2, 3, 4] as const;
export const VESTED_AMOUNT = 1_200n * PHA;
export const VESTING_DAYS = 60n;
export const LATE_VESTED_DELEGATOR = 5;

/** Block-by-block batches before the first spend period (`now` is the block the first batch lands in). */
export function treasuryOpening(a: DemoAccounts, now: bigint, blocksPerDay: bigint, end: bigint): DemoTx[][] {
  const perBlock = VESTED_AMOUNT / (VESTING_DAYS * blocksPerDay);
  const opening: DemoTx[] = [
    [
      '//Alice',
      call('Balances', 'transfer_keep_alive', {
        dest: { type: 'Id', value: TREASURY_ACCOUNT },
        value: DEMO_DONATION,
      }),
    ],
    ...VESTED_DELEGATORS.map(
      (d): DemoTx => [
        '//Eve',
        call('Vesting', 'vested_transfer', {
          target: id(a.delegator(d)),
          schedule: { locked: VESTED_AMOUNT, per_block: perBlock, starting_block: now },
        }),
      ],
    ),
    [
      '//Eve',
      call('Vesting', 'vested_transfer', {
        target: id(a.delegator(LATE_VESTED_DELEGATOR)),
        schedule: { locked: 600n * PHA, per_block: perBlock, starting_block: end + 7n * blocksPerDay },
      }),
    ],
    [
      a.delegator(20),
      call('Tips', 'report_awesome', { reason: text(REPORTED_TIP_REASON), who: id(a.owner(2)) }),
    ],
    [
      '//Charlie',
      call('Tips', 'tip_new', {
        reason: text(OPEN_TIP_REASON),
        who: id(a.delegator(50)),
        tip_value: 15n * PHA,
      }),
    ],
  ];
  const proposals = DEMO_BOUNTIES.map((b): DemoTx[] => [
    [b.proposer, call('Bounties', 'propose_bounty', { value: b.value, description: text(b.description) })],
  ]);
  const reported = reportedTipHash(a);
  const approvals: DemoTx[] = [
    sudo(call('Bounties', 'approve_bounty', { bounty_id: 0n })),
    sudo(call('Bounties', 'approve_bounty', { bounty_id: 1n })),
    ['//Bob', call('Tips', 'tip', { hash: reported, tip_value: 25n * PHA })],
    ['//Charlie', call('Tips', 'tip', { hash: reported, tip_value: 40n * PHA })],
  ];
  return [opening, ...proposals, approvals];
}

/** Block-by-block batches after the spend period funded bounties 0 and 1. */
export function treasuryCurators(a: DemoAccounts): DemoTx[][] {
  return [
    [
      sudo(call('Bounties', 'propose_curator', { bounty_id: 0n, curator: id(a.owner(1)), fee: 50n * PHA })),
      sudo(call('Bounties', 'propose_curator', { bounty_id: 1n, curator: id(a.owner(5)), fee: 200n * PHA })),
    ],
    [
      [a.owner(1), call('Bounties', 'accept_curator', { bounty_id: 0n })],
      [a.owner(5), call('Bounties', 'accept_curator', { bounty_id: 1n })],
    ],
    [
      [a.owner(1), call('Bounties', 'award_bounty', { bounty_id: 0n, beneficiary: id(a.delegator(33)) })],
      [
        a.owner(5),
        call('ChildBounties', 'add_child_bounty', {
          parent_bounty_id: 1n,
          value: DEMO_CHILD_BOUNTY.value,
          description: text(DEMO_CHILD_BOUNTY.description),
        }),
      ],
    ],
    [
      [
        a.owner(5),
        call('ChildBounties', 'propose_curator', {
          parent_bounty_id: 1n,
          child_bounty_id: 0n,
          curator: id(a.delegator(40)),
          fee: 20n * PHA,
        }),
      ],
    ],
    [
      [
        a.delegator(40),
        call('ChildBounties', 'accept_curator', { parent_bounty_id: 1n, child_bounty_id: 0n }),
      ],
    ],
  ];
}

/** After the payout delay and the tip's countdown: bounty 0 claimed, the reported tip closed. */
export const treasuryPayouts = (a: DemoAccounts): DemoTx[][] => [
  [
    [a.delegator(33), call('Bounties', 'claim_bounty', { bounty_id: 0n })],
    [a.delegator(20), call('Tips', 'close_tip', { hash: reportedTipHash(a) })],
  ],
];

/** The key of the reported tip. */
export const reportedTipHash = (a: DemoAccounts): string =>
  tipHash(reasonHash(text(REPORTED_TIP_REASON)), accountOf(a.owner(2)));
/** The key of the tip a tipper opened alone. */
export const openTipHash = (a: DemoAccounts): string =>
  tipHash(reasonHash(text(OPEN_TIP_REASON)), accountOf(a.delegator(50)));
