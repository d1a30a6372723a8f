/**
 * Checks the history API's JSON records (contracts §6, shapes of src/indexer/types.ts) field by field and
 * returns them typed, so a renamed or missing field fails here, once, with its name — never as
 * `undefined` deep inside a chart. Numbers on the wire are decimal strings, times unix ms.
 */
import type {
  AccountRecord,
  CommissionChange,
  IndexerStatus,
  PoolSnapshot,
  RecordBase,
  ReferendumEnactment,
  ReferendumStory,
  ReferendumTally,
  ReferendumVote,
  SnapshotReason,
  TreasuryInflow,
  WorkerSnapshot,
} from '../indexer/types.js';

/** A history record that does not have the documented shape. */
export class HistoryShapeError extends Error {
  constructor(
    readonly method: string,
    readonly field: string,
    readonly got: unknown,
  ) {
    super(`${method}: field "${field}" is ${JSON.stringify(got) ?? 'undefined'}, not as documented`);
    this.name = 'HistoryShapeError';
  }
}

type Fields = { readonly [k: string]: unknown };

/** Reads one record's fields, throwing HistoryShapeError naming the first bad one. */
class Reader {
  constructor(
    private readonly method: string,
    private readonly r: Fields,
  ) {}
  private bad(field: string): never {
    throw new HistoryShapeError(this.method, field, this.r[field]);
  }
  /** A non-negative decimal string (planck, shares, ppm, bits). */
  dec(f: string): string {
    const v = this.r[f];
    return typeof v === 'string' && /^\d+$/.test(v) ? v : this.bad(f);
  }
  decOrNull(f: string): string | null {
    return this.r[f] === null ? null : this.dec(f);
  }
  /** A non-negative safe integer (block numbers, unix ms). */
  int(f: string): number {
    const v = this.r[f];
    return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : this.bad(f);
  }
  intOrNull(f: string): number | null {
    return this.r[f] === null ? null : this.int(f);
  }
  str(f: string): string {
    const v = this.r[f];
    return typeof v === 'string' && v !== '' ? v : this.bad(f);
  }
  strOrNull(f: string): string | null {
    return this.r[f] === null ? null : this.str(f);
  }
  oneOf<T extends string>(f: string, allowed: readonly T[]): T {
    const v = this.r[f];
    return allowed.includes(v as T) ? (v as T) : this.bad(f);
  }
  /** Any string, empty included. */
  text(f: string): string {
    const v = this.r[f];
    return typeof v === 'string' ? v : this.bad(f);
  }
  bool(f: string): boolean {
    const v = this.r[f];
    return typeof v === 'boolean' ? v : this.bad(f);
  }
  /** A field holding nested records, read by the caller. */
  raw(f: string): unknown {
    return this.r[f];
  }
  boolOrNull(f: string): boolean | null {
    const v = this.r[f];
    return v === null || typeof v === 'boolean' ? v : this.bad(f);
  }
  base(): RecordBase {
    return { blockNumber: this.int('blockNumber'), timestampMs: this.int('timestampMs') };
  }
  reason(): SnapshotReason {
    return this.oneOf('reason', ['event', 'daily'] as const);
  }
}

const KINDS = ['StakePool', 'Vault'] as const;

function records<T>(method: string, raw: unknown, one: (r: Reader) => T): T[] {
  if (!Array.isArray(raw)) throw new HistoryShapeError(method, '(result)', raw);
  return raw.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw new HistoryShapeError(method, '(record)', item);
    return one(new Reader(method, item as Fields));
  });
}

export const decodePoolSnapshots = (raw: unknown): PoolSnapshot[] =>
  records('pha_poolSnapshots', raw, (r) => ({
    ...r.base(),
    reason: r.reason(),
    pid: r.dec('pid'),
    kind: r.oneOf('kind', KINDS),
    owner: r.str('owner'),
    cid: r.dec('cid'),
    totalValue: r.dec('totalValue'),
    totalShares: r.dec('totalShares'),
    sharePriceBits: r.dec('sharePriceBits'),
    sharePrice: r.dec('sharePrice'),
    commission: r.dec('commission'),
    freeStake: r.dec('freeStake'),
    releasingStake: r.dec('releasingStake'),
    withdrawingShares: r.dec('withdrawingShares'),
    withdrawingValue: r.dec('withdrawingValue'),
    delegators: r.dec('delegators'),
    workers: r.dec('workers'),
    idleWorkers: r.dec('idleWorkers'),
    cap: r.decOrNull('cap'),
    ownerRewards: r.dec('ownerRewards'),
    cumulativeOwnerRewards: r.dec('cumulativeOwnerRewards'),
  }));

const ACCOUNT_TYPES = [
  'contribution',
  'withdrawalQueued',
  'withdrawal',
  'ownerRewardsWithdrawn',
  'ownerSharesClaimed',
  'delegation',
] as const;

export const decodeAccountHistory = (raw: unknown): AccountRecord[] =>
  records('pha_accountHistory', raw, (r): AccountRecord => {
    const base = { ...r.base(), address: r.str('address'), pid: r.dec('pid') };
    const type = r.oneOf('type', ACCOUNT_TYPES);
    switch (type) {
      case 'contribution':
        return {
          ...base,
          type,
          amount: r.dec('amount'),
          shares: r.dec('shares'),
          asVault: r.decOrNull('asVault'),
        };
      case 'withdrawalQueued':
        return { ...base, type, shares: r.dec('shares'), asVault: r.decOrNull('asVault') };
      case 'withdrawal':
        return { ...base, type, amount: r.dec('amount'), shares: r.dec('shares') };
      case 'ownerRewardsWithdrawn':
        return { ...base, type, amount: r.dec('amount') };
      case 'ownerSharesClaimed':
        return { ...base, type, shares: r.dec('shares') };
      case 'delegation':
        return {
          ...base,
          type,
          reason: r.reason(),
          shares: r.dec('shares'),
          value: r.dec('value'),
          withdrawingShares: r.dec('withdrawingShares'),
          withdrawingValue: r.dec('withdrawingValue'),
        };
    }
  });

export const decodeCommissionChanges = (raw: unknown): CommissionChange[] =>
  records('pha_commissionChanges', raw, (r) => ({
    ...r.base(),
    pid: r.dec('pid'),
    kind: r.oneOf('kind', KINDS),
    commission: r.dec('commission'),
    previous: r.dec('previous'),
  }));

export const decodeTreasuryInflow = (raw: unknown): TreasuryInflow[] =>
  records('pha_treasuryInflow', raw, (r) => ({
    ...r.base(),
    amount: r.dec('amount'),
    cumulative: r.dec('cumulative'),
    dayMs: r.int('dayMs'),
  }));

export const decodeWorkerSeries = (raw: unknown): WorkerSnapshot[] =>
  records('pha_workerSeries', raw, (r) => ({
    ...r.base(),
    reason: r.reason(),
    pubkey: r.str('pubkey'),
    pid: r.decOrNull('pid'),
    session: r.strOrNull('session'),
    state: r.strOrNull('state'),
    vBits: r.dec('vBits'),
    veBits: r.dec('veBits'),
    pInit: r.dec('pInit'),
    pInstant: r.dec('pInstant'),
    stake: r.dec('stake'),
    totalReward: r.dec('totalReward'),
    settledPayout: r.dec('settledPayout'),
    coolDownStart: r.dec('coolDownStart'),
    initialScore: r.decOrNull('initialScore'),
  }));

export const decodeReferendumTallies = (raw: unknown): ReferendumTally[] =>
  records('pha_referendumTallies', raw, (r) => ({
    ...r.base(),
    reason: r.reason(),
    refIndex: r.dec('refIndex'),
    status: r.oneOf('status', ['Ongoing', 'Finished'] as const),
    ayes: r.dec('ayes'),
    nays: r.dec('nays'),
    turnout: r.dec('turnout'),
    approved: r.boolOrNull('approved'),
    end: r.dec('end'),
  }));

const decodeVote = (r: Reader): ReferendumVote => ({
  voter: r.str('voter'),
  direction: r.oneOf('direction', ['aye', 'nay', 'split'] as const),
  conviction: r.int('conviction'),
  balance: r.dec('balance'),
  ayeBalance: r.dec('ayeBalance'),
  nayBalance: r.dec('nayBalance'),
  delegatedVotes: r.dec('delegatedVotes'),
  delegatedCapital: r.dec('delegatedCapital'),
});

const decodeEnactment = (r: Reader): ReferendumEnactment => ({
  ...r.base(),
  ok: r.bool('ok'),
  error: r.strOrNull('error'),
});

export function decodeReferendumStory(raw: unknown): ReferendumStory | null {
  const method = 'pha_referendumStory';
  if (raw === null) return null;
  const [story] = records(method, [raw], (r) => {
    const enactment = r.raw('enactment');
    return {
      ...r.base(),
      refIndex: r.dec('refIndex'),
      approved: r.bool('approved'),
      end: r.dec('end'),
      threshold: r.oneOf('threshold', [
        'SuperMajorityApprove',
        'SuperMajorityAgainst',
        'SimpleMajority',
      ] as const),
      delay: r.dec('delay'),
      proposalHash: r.text('proposalHash'),
      call: r.strOrNull('call'),
      ayes: r.dec('ayes'),
      nays: r.dec('nays'),
      turnout: r.dec('turnout'),
      electorate: r.dec('electorate'),
      voters: records(method, r.raw('voters'), decodeVote),
      enactment: enactment === null ? null : (records(method, [enactment], decodeEnactment)[0] ?? null),
    };
  });
  return story ?? null;
}

export function decodeStatus(raw: unknown): IndexerStatus {
  const [status] = records('pha_historyStatus', [raw], (r) => ({
    genesisHash: r.strOrNull('genesisHash'),
    indexedBlock: r.int('indexedBlock'),
    indexedHash: r.strOrNull('indexedHash'),
    firstBlock: r.intOrNull('firstBlock'),
    finalizedBlock: r.int('finalizedBlock'),
  }));
  if (!status) throw new HistoryShapeError('pha_historyStatus', '(result)', raw);
  return status;
}
