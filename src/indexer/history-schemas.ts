/**
 * The JSON schemas of the pha_* history methods (spec/contracts.md §6, records of types.ts): each
 * method's parameters and result, declared once. rpc-methods.ts serves them through the RPC core (which
 * checks params against them), `rpc.discover` publishes them, and the tests validate real results
 * against them. Numbers on the wire are decimal strings except block numbers and unix-ms times.
 */
import {
  arrayOf,
  decimalString,
  hexString,
  type JsonSchema,
  nullable,
  record,
  uint,
} from '../pallets-mock/rpc/schema.js';
import type { MethodSpec } from '../pallets-mock/rpc/server-core.js';

const dec = decimalString();
const idParam = (name: string, what: string) => ({
  name,
  required: true,
  schema: {
    anyOf: [uint(what), decimalString(what)],
    description: 'a non-negative integer or a decimal string',
  } satisfies JsonSchema,
});
const msParam = (name: string) => ({ name, schema: uint('unix milliseconds') });
const reason: JsonSchema = { enum: ['event', 'daily'] };
const kind: JsonSchema = { enum: ['StakePool', 'Vault'] };
const address: JsonSchema = { type: 'string', minLength: 1, description: 'an SS58 address' };
const base = { blockNumber: uint('a block number'), timestampMs: uint('unix milliseconds') };

export const POOL_SNAPSHOT = record({
  ...base,
  reason,
  pid: dec,
  kind,
  owner: address,
  cid: dec,
  totalValue: dec,
  totalShares: dec,
  sharePriceBits: dec,
  sharePrice: dec,
  commission: dec,
  freeStake: dec,
  releasingStake: dec,
  withdrawingShares: dec,
  withdrawingValue: dec,
  delegators: dec,
  workers: dec,
  idleWorkers: dec,
  cap: nullable(dec),
  ownerRewards: dec,
  cumulativeOwnerRewards: dec,
});

const accountBase = { ...base, address, pid: dec };
export const ACCOUNT_RECORD: JsonSchema = {
  anyOf: [
    record({
      ...accountBase,
      type: { const: 'contribution' },
      amount: dec,
      shares: dec,
      asVault: nullable({ type: 'string' }),
    }),
    record({
      ...accountBase,
      type: { const: 'withdrawalQueued' },
      shares: dec,
      asVault: nullable({ type: 'string' }),
    }),
    record({ ...accountBase, type: { const: 'withdrawal' }, amount: dec, shares: dec }),
    record({ ...accountBase, type: { const: 'ownerRewardsWithdrawn' }, amount: dec }),
    record({ ...accountBase, type: { const: 'ownerSharesClaimed' }, shares: dec }),
    record({
      ...accountBase,
      type: { const: 'delegation' },
      reason,
      shares: dec,
      value: dec,
      withdrawingShares: dec,
      withdrawingValue: dec,
    }),
  ],
  description: 'an account record',
};

export const COMMISSION_CHANGE = record({ ...base, pid: dec, kind, commission: dec, previous: dec });

export const TREASURY_INFLOW = record({
  ...base,
  amount: dec,
  cumulative: dec,
  dayMs: uint('unix milliseconds'),
});

export const WORKER_SNAPSHOT = record({
  ...base,
  reason,
  pubkey: hexString(32),
  pid: nullable(dec),
  session: nullable(address),
  state: nullable({ type: 'string' }),
  vBits: dec,
  veBits: dec,
  pInit: dec,
  pInstant: dec,
  stake: dec,
  totalReward: dec,
  settledPayout: dec,
  coolDownStart: dec,
  initialScore: nullable(dec),
});

export const REFERENDUM_TALLY = record({
  ...base,
  reason,
  refIndex: dec,
  status: { enum: ['Ongoing', 'Finished'] },
  ayes: dec,
  nays: dec,
  turnout: dec,
  approved: nullable({ type: 'boolean' }),
  end: dec,
});

const REFERENDUM_VOTE = record({
  voter: address,
  direction: { enum: ['aye', 'nay', 'split'] },
  conviction: uint('a conviction 0–6', 6),
  balance: dec,
  ayeBalance: dec,
  nayBalance: dec,
  delegatedVotes: dec,
  delegatedCapital: dec,
});

export const REFERENDUM_STORY = record({
  ...base,
  refIndex: dec,
  approved: { type: 'boolean' },
  end: dec,
  threshold: { enum: ['SuperMajorityApprove', 'SuperMajorityAgainst', 'SimpleMajority'] },
  delay: dec,
  proposalHash: hexString(32),
  call: nullable(hexString()),
  ayes: dec,
  nays: dec,
  turnout: dec,
  electorate: dec,
  voters: arrayOf(REFERENDUM_VOTE),
  enactment: nullable(record({ ...base, ok: { type: 'boolean' }, error: nullable({ type: 'string' }) })),
});

export const INDEXER_STATUS = record({
  genesisHash: nullable(hexString(32)),
  indexedBlock: uint('a block number'),
  indexedHash: nullable(hexString(32)),
  firstBlock: nullable(uint('a block number')),
  finalizedBlock: uint('a block number'),
});

export const HISTORY_SPECS = {
  pha_poolSnapshots: {
    summary: "A pool's snapshots over time (fromMs..toMs inclusive, default unbounded).",
    params: [idParam('pid', 'a pool id'), msParam('fromMs'), msParam('toMs')],
    result: arrayOf(POOL_SNAPSHOT),
  },
  pha_accountHistory: {
    summary: "An account's contributions, withdrawals, owner rewards and delegation values.",
    params: [
      { name: 'address', required: true, schema: { ...address, description: 'an SS58 address or hex key' } },
    ],
    result: arrayOf(ACCOUNT_RECORD),
  },
  pha_commissionChanges: {
    summary: "A pool's commission changes.",
    params: [idParam('pid', 'a pool id')],
    result: arrayOf(COMMISSION_CHANGE),
  },
  pha_treasuryInflow: {
    summary: 'Computation subsidy moved to the Treasury, per block (fromMs..toMs inclusive).',
    params: [msParam('fromMs'), msParam('toMs')],
    result: arrayOf(TREASURY_INFLOW),
  },
  pha_workerSeries: {
    summary: "A worker's snapshots over time.",
    params: [{ name: 'pubkey', required: true, schema: hexString(32, 'a 0x 32-byte worker key') }],
    result: arrayOf(WORKER_SNAPSHOT),
  },
  pha_referendumTallies: {
    summary: "A referendum's tallies over time.",
    params: [idParam('refIndex', 'a referendum index')],
    result: arrayOf(REFERENDUM_TALLY),
  },
  pha_referendumStory: {
    summary: "A finished referendum's story: call, tally, voters, enactment (null while ongoing).",
    params: [idParam('refIndex', 'a referendum index')],
    result: nullable(REFERENDUM_STORY),
  },
  pha_historyStatus: {
    summary: 'Which block the history reaches.',
    params: [],
    result: INDEXER_STATUS,
  },
} as const satisfies Record<string, MethodSpec>;

export type HistoryMethod = keyof typeof HISTORY_SPECS;
