/**
 * Storage of the history indexer. A tiny ordered key-value interface (`KvStore`: get, atomic put of many
 * pairs, ordered range read) with an in-memory implementation for the browser; the Node side backs it
 * with LevelDB (chain/history-store.ts). `IndexStore` lays the records out on it:
 *
 *   meta:cursor                       last indexed block {genesisHash, number, hash, timestampMs}
 *   meta:state                        running sums (owner rewards, treasury, last commissions, tallies)
 *   pool:<pid>:<block>:<seq>          PoolSnapshot          acct:<address>:<block>:<seq>  AccountRecord
 *   comm:<pid>:<block>:<seq>          CommissionChange      trea:<block>                  TreasuryInflow
 *   work:<pubkey>:<block>:<seq>       WorkerSnapshot        refr:<index>:<block>:<seq>    ReferendumTally
 *   rfst:<index>                      ReferendumStory (at its end, without enactment)
 *   rfen:<index>                      ReferendumEnactment (the Scheduler's Dispatched result)
 *
 * Numbers in keys are zero-padded so key order is numeric order. A block's records, the running state
 * and the cursor are written in one atomic put, and a block's keys depend only on the block, so a crash
 * can neither leave half a block nor, on re-indexing, duplicate one: resume starts at cursor + 1.
 */
import type {
  AccountRecord,
  CommissionChange,
  PoolSnapshot,
  ReferendumEnactment,
  ReferendumStory,
  ReferendumTally,
  TreasuryInflow,
  WorkerSnapshot,
} from './types.js';

export interface KvStore {
  get(key: string): Promise<string | undefined>;
  /** Writes every pair, all or nothing. */
  putAll(pairs: ReadonlyArray<readonly [string, string]>): Promise<void>;
  /** Values of the keys k with gte ≤ k < lt, in key order. */
  values(gte: string, lt: string): Promise<string[]>;
}

/** An in-memory KvStore (sorted keys, binary search). */
export class MemoryKv implements KvStore {
  private readonly map = new Map<string, string>();
  private readonly keys: string[] = [];

  async get(key: string): Promise<string | undefined> {
    return this.map.get(key);
  }

  async putAll(pairs: ReadonlyArray<readonly [string, string]>): Promise<void> {
    for (const [k, v] of pairs) {
      if (!this.map.has(k)) this.keys.splice(this.lowerBound(k), 0, k);
      this.map.set(k, v);
    }
  }

  async values(gte: string, lt: string): Promise<string[]> {
    const out: string[] = [];
    for (let i = this.lowerBound(gte); i < this.keys.length; i++) {
      const k = this.keys[i] as string;
      if (k >= lt) break;
      out.push(this.map.get(k) as string);
    }
    return out;
  }

  get size(): number {
    return this.map.size;
  }

  /** Every pair in key order (e.g. to ship a store with a snapshot). */
  entries(): Array<[string, string]> {
    return this.keys.map((k) => [k, this.map.get(k) as string]);
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.keys[mid] as string) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export interface Cursor {
  genesisHash: string;
  number: number;
  hash: string;
  timestampMs: number;
  /** The chain's SS58 format (addresses in records use it). */
  ss58: number;
  /** The first block indexed (1 unless the endpoint's early blocks were unknown). */
  firstBlock: number;
}

/** Running sums carried from block to block (decimal strings). */
export interface RunningState {
  /** pid → cumulative owner rewards (stake pools) / owner shares gained (vaults). */
  ownerRewards: Record<string, string>;
  /** pid → last commission seen, ppm. */
  commissions: Record<string, string>;
  treasuryCumulative: string;
  /** refIndex → last tally seen [ayes, nays, turnout] (a finished referendum keeps none on chain). */
  tallies?: Record<string, [string, string, string]>;
}

export const emptyRunningState = (): RunningState => ({
  ownerRewards: {},
  commissions: {},
  treasuryCumulative: '0',
  tallies: {},
});

/** Everything one block adds. */
export interface BlockWrite {
  cursor: Cursor;
  state: RunningState;
  pools: PoolSnapshot[];
  accounts: AccountRecord[];
  commissions: CommissionChange[];
  treasury: TreasuryInflow[];
  workers: WorkerSnapshot[];
  referenda: ReferendumTally[];
  /** Referenda that ended in this block (their story), and enactments dispatched in it. */
  stories?: ReferendumStory[];
  enactments?: Array<ReferendumEnactment & { refIndex: string }>;
}

const pad = (n: number | string, width: number) => String(n).padStart(width, '0');
const blk = (n: number) => pad(n, 12);
/** pids and referendum indices are u64/u32: 20 digits keep them ordered. */
const id = (n: string) => pad(n, 20);

const CURSOR = 'meta:cursor';
const STATE = 'meta:state';

/** A block's records as store pairs, appended to `pairs`. */
function recordPairs(w: BlockWrite, pairs: Array<[string, string]>): void {
  const n = w.cursor.number;
  const seqs = new Map<string, number>();
  const put = (space: string, record: unknown) => {
    const seq = seqs.get(space) ?? 0;
    seqs.set(space, seq + 1);
    pairs.push([`${space}:${blk(n)}:${pad(seq, 5)}`, JSON.stringify(record)]);
  };
  for (const r of w.pools) put(`pool:${id(r.pid)}`, r);
  for (const r of w.accounts) put(`acct:${r.address}`, r);
  for (const r of w.commissions) put(`comm:${id(r.pid)}`, r);
  for (const r of w.workers) put(`work:${r.pubkey.toLowerCase()}`, r);
  for (const r of w.referenda) put(`refr:${id(r.refIndex)}`, r);
  for (const r of w.stories ?? []) pairs.push([`rfst:${id(r.refIndex)}`, JSON.stringify(r)]);
  for (const { refIndex, ...r } of w.enactments ?? [])
    pairs.push([`rfen:${id(refIndex)}`, JSON.stringify(r)]);
  for (const r of w.treasury) pairs.push([`trea:${blk(n)}`, JSON.stringify(r)]);
}

export class IndexStore {
  constructor(readonly kv: KvStore) {}

  async cursor(): Promise<Cursor | undefined> {
    const raw = await this.kv.get(CURSOR);
    return raw === undefined ? undefined : (JSON.parse(raw) as Cursor);
  }

  async state(): Promise<RunningState> {
    const raw = await this.kv.get(STATE);
    return raw === undefined ? emptyRunningState() : (JSON.parse(raw) as RunningState);
  }

  /**
   * Fills an empty store with shipped records (pairs of this layout, cursor and state included, e.g. the
   * demo snapshot's history): the indexer then continues from their cursor. Returns false and writes
   * nothing when the store already indexed something.
   */
  async seed(pairs: ReadonlyArray<readonly [string, string]>): Promise<boolean> {
    if (pairs.length === 0 || (await this.cursor()) !== undefined) return false;
    if (!pairs.some(([k]) => k === CURSOR)) throw new Error('shipped history without a cursor');
    await this.kv.putAll(pairs);
    return true;
  }

  /** Writes one block's records with the new cursor and state, atomically. */
  async commitBlock(w: BlockWrite): Promise<void> {
    await this.commitBlocks([w]);
  }

  /** Writes consecutive blocks' records with the last one's cursor and state, atomically. */
  async commitBlocks(writes: readonly BlockWrite[]): Promise<void> {
    const last = writes[writes.length - 1];
    if (!last) return;
    const pairs: Array<[string, string]> = [];
    for (const w of writes) recordPairs(w, pairs);
    pairs.push([STATE, JSON.stringify(last.state)]);
    pairs.push([CURSOR, JSON.stringify(last.cursor)]);
    await this.kv.putAll(pairs);
  }

  private async all<T>(space: string): Promise<T[]> {
    const values = await this.kv.values(`${space}:`, `${space};`);
    return values.map((v) => JSON.parse(v) as T);
  }

  pools(pid: string): Promise<PoolSnapshot[]> {
    return this.all(`pool:${id(pid)}`);
  }

  accounts(address: string): Promise<AccountRecord[]> {
    return this.all(`acct:${address}`);
  }

  commissions(pid: string): Promise<CommissionChange[]> {
    return this.all(`comm:${id(pid)}`);
  }

  treasury(): Promise<TreasuryInflow[]> {
    return this.all('trea');
  }

  workers(pubkey: string): Promise<WorkerSnapshot[]> {
    return this.all(`work:${pubkey.toLowerCase()}`);
  }

  referenda(refIndex: string): Promise<ReferendumTally[]> {
    return this.all(`refr:${id(refIndex)}`);
  }

  /** A finished referendum's story with its enactment, or null when none was recorded. */
  async story(refIndex: string): Promise<ReferendumStory | null> {
    const raw = await this.kv.get(`rfst:${id(refIndex)}`);
    if (raw === undefined) return null;
    const enacted = await this.kv.get(`rfen:${id(refIndex)}`);
    const story = JSON.parse(raw) as ReferendumStory;
    return {
      ...story,
      enactment: enacted === undefined ? null : (JSON.parse(enacted) as ReferendumEnactment),
    };
  }
}
