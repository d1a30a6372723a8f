/**
 * Storage of a range of consecutive blocks, read in batches through @polkadot/api's JSON-RPC (sent as they
 * are, `api.rpc(method, ...params)`: no codec is built for the thousands of keys and hashes): every key
 * is read once over the whole range with `state_queryStorage(keys, first, last)` (the first block lists
 * every key, later blocks only the keys that changed), keys asked for in the same turn of the event loop
 * travel together, and the value of a key at any block of the range is then a binary search away. Each
 * value is decoded once per change (`decoded`), not once per block.
 *
 * Keys under a prefix at a block (a map's entries) are the keys present at the first or the last block of
 * the range (`state_getKeysPaged` at both) plus keys the caller knows were created in between (`hint`,
 * e.g. from the range's NftMinted events), each present at a block when its value there is not null.
 *
 *   const range = new RangeStorage(api, 101, hashes);   // blocks 101 … 100 + hashes.length
 *   const hex = await range.get(key, 5);                // value at block 106 (null: absent)
 */
import type { ApiPromise } from '@polkadot/api';

/** The node's cap on keys × blocks per state_queryStorage (README: `state_queryStorage` limits). */
const MAX_CELLS = 100_000;
const PAGE = 1000;

/** Runs `f` at the next turn of the event loop: setImmediate where there is one (Node's setTimeout waits 1 ms). */
const nextTurn: (f: () => void) => void =
  typeof setImmediate === 'function' ? (f) => setImmediate(f) : (f) => setTimeout(f, 0);

interface Change {
  /** Index of the block (in the range) the value took effect at. */
  at: number;
  hex: string | null;
  /** What the reader made of this value (decoded once per change). */
  decoded?: unknown;
}

export type ChangeSet = { block: string; changes: Array<[string, string | null]> };

export class RangeStorage {
  private readonly changes_ = new Map<string, Change[]>();
  private readonly loading = new Map<string, Promise<void>>();
  private pending: string[] = [];
  private flush: Promise<void> | undefined;
  private readonly index = new Map<string, number>();
  private readonly enumerated = new Map<string, Promise<string[]>>();
  private readonly hinted = new Map<string, Set<string>>();
  /** Keys whose value was asked for at some block (a subset of the loaded ones). */
  private readonly read = new Set<string>();
  /** state_queryStorage calls made (for the bench's notes). */
  queries = 0;

  constructor(
    private readonly api: ApiPromise,
    /** Number of the range's first block. */
    readonly first: number,
    /** Hashes of the range's blocks, in order. */
    readonly hashes: readonly string[],
  ) {
    for (const [i, h] of hashes.entries()) this.index.set(h, i);
  }

  get last(): number {
    return this.first + this.hashes.length - 1;
  }

  /** Index in the range of block `n`. */
  slot(n: number): number {
    const i = n - this.first;
    if (i < 0 || i >= this.hashes.length) throw new Error(`block ${n} is outside the range`);
    return i;
  }

  /** Reads `keys` over the range (those not read yet), together with the keys asked for in this turn. */
  load(keys: Iterable<string>): Promise<void> {
    const waits: Array<Promise<void>> = [];
    for (const k of keys) {
      if (this.changes_.has(k)) continue;
      let p = this.loading.get(k);
      if (!p) {
        this.pending.push(k);
        this.flush ??= new Promise<void>(nextTurn).then(() => this.fetchPending());
        p = this.flush;
        this.loading.set(k, p);
      }
      waits.push(p);
    }
    return waits.length === 0 ? Promise.resolve() : Promise.all(waits).then(() => undefined);
  }

  private async fetchPending(): Promise<void> {
    const keys = this.pending;
    this.pending = [];
    this.flush = undefined;
    const per = Math.max(1, Math.floor(MAX_CELLS / this.hashes.length));
    const chunks: string[][] = [];
    for (let i = 0; i < keys.length; i += per) chunks.push(keys.slice(i, i + per));
    try {
      await Promise.all(chunks.map((c) => this.fetch(c)));
    } finally {
      for (const k of keys) this.loading.delete(k);
    }
  }

  private async fetch(keys: string[]): Promise<void> {
    this.queries++;
    const from = this.hashes[0] as string;
    const to = this.hashes[this.hashes.length - 1] as string;
    this.ingest(keys, (await this.api.rpc('state_queryStorage', keys, from, to)) as ChangeSet[]);
  }

  /** Takes a `state_queryStorage(keys, first, last)` answer over this range as the values of `keys`. */
  ingest(keys: readonly string[], sets: readonly ChangeSet[]): void {
    const out = new Map<string, Change[]>(keys.map((k) => [k, [{ at: 0, hex: null }]]));
    for (const set of sets) {
      const at = this.index.get(set.block.toLowerCase());
      if (at === undefined)
        throw new Error(`state_queryStorage answered block ${set.block}, not in the range`);
      for (const [k, hex] of set.changes) {
        const list = out.get(k.toLowerCase());
        if (!list) continue;
        const change = { at, hex };
        if (at === 0) list[0] = change;
        else list.push(change);
      }
    }
    for (const [k, list] of out) this.changes_.set(k, list);
  }

  /** Whether a loaded key's value changes inside the range. */
  changes(key: string): boolean {
    return (this.changes_.get(key.toLowerCase())?.length ?? 0) > 1;
  }

  /**
   * Every key whose value was asked for at some block: what the next range of a steady reader will ask
   * for again. (Not every key loaded: keys loaded up front but never asked for drop out, so the set
   * follows what is read instead of growing with every key ever read.)
   */
  readKeys(): string[] {
    return [...this.read];
  }

  /** The change in effect at block index `i` of a loaded key. */
  private changeAt(key: string, i: number): Change {
    const list = this.changes_.get(key);
    if (!list) throw new Error(`key ${key} not loaded`);
    this.read.add(key);
    let lo = 0;
    let hi = list.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if ((list[mid] as Change).at <= i) lo = mid;
      else hi = mid - 1;
    }
    return list[lo] as Change;
  }

  /** The raw value of `key` at block index `i` (null when absent). */
  async get(key: string, i: number): Promise<string | null> {
    const k = key.toLowerCase();
    if (!this.changes_.has(k)) await this.load([k]);
    return this.changeAt(k, i).hex;
  }

  /** `decode(hex)` of `key` at block index `i`, computed once per change of the value. */
  async decoded<T>(key: string, i: number, decode: (hex: string | null) => T): Promise<T> {
    const k = key.toLowerCase();
    if (!this.changes_.has(k)) await this.load([k]);
    const c = this.changeAt(k, i);
    if (!('decoded' in c)) c.decoded = decode(c.hex);
    return c.decoded as T;
  }

  /** Keys created under `prefix` inside the range that the first and last blocks may not show. */
  hint(prefix: string, key: string): void {
    const p = prefix.toLowerCase();
    let set = this.hinted.get(p);
    if (!set) {
      set = new Set();
      this.hinted.set(p, set);
    }
    set.add(key.toLowerCase());
  }

  /** Keys under `prefix` present at block index `i`, in key order. */
  async keysAt(prefix: string, i: number): Promise<string[]> {
    const keys = await this.candidatesOf(prefix);
    return keys.filter((k) => this.changeAt(k, i).hex !== null);
  }

  /** Every key under `prefix` present at some block of the range (loaded), in key order. */
  async candidatesOf(prefix: string): Promise<string[]> {
    const p = prefix.toLowerCase();
    let candidates = this.enumerated.get(p);
    if (!candidates) {
      candidates = this.candidates(p).then(async (keys) => {
        await this.load(keys);
        return keys;
      });
      this.enumerated.set(p, candidates);
    }
    return candidates;
  }

  /**
   * The index of the last block at or before `i` where any of `keys` (loaded) changed: two blocks with
   * the same answer see the same values of all of them.
   */
  lastChange(keys: Iterable<string>, i: number): number {
    let last = 0;
    for (const k of keys) last = Math.max(last, this.changeAt(k, i).at);
    return last;
  }

  /** Keys under `prefix` at block index `i`, enumerated at that block (state_getKeysPaged), in key order. */
  keysAtBlock(prefix: string, i: number): Promise<string[]> {
    return this.keysPaged(prefix.toLowerCase(), this.hashes[i] as string);
  }

  private async candidates(prefix: string): Promise<string[]> {
    const ends = [this.hashes[0] as string, this.hashes[this.hashes.length - 1] as string];
    const found = await Promise.all([...new Set(ends)].map((h) => this.keysPaged(prefix, h)));
    const all = new Set([...found.flat(), ...(this.hinted.get(prefix) ?? [])]);
    return [...all].sort();
  }

  private async keysPaged(prefix: string, hash: string): Promise<string[]> {
    const out: string[] = [];
    let start: string | null = null;
    for (;;) {
      const page = (await this.api.rpc('state_getKeysPaged', prefix, PAGE, start, hash)) as string[];
      out.push(...page.map((k) => k.toLowerCase()));
      if (page.length < PAGE) return out;
      start = page[page.length - 1] ?? null;
    }
  }
}
