/**
 * The runtime's key → SCALE-bytes state with a stack of transactional layers, as Substrate's overlay change
 * set: `begin` opens a layer, `commit` folds it into the one below, `rollback` throws it away. Keys are
 * lowercase 0x-hex strings so they double as the JSON-RPC storage keys.
 *
 * `append` adds an item to a value in an open layer without copying the value: the layer holds the
 * value before and the item, and their bytes are joined the first time the value is read (`get`,
 * `entries`, `snapshot`, a block's diff). Stored bytes are never changed in place, so a layer rolled back
 * still reads the value it had; n appends between reads cost O(n) instead of O(n²) (a block's 1,000
 * system messages, one per extrinsic, each its own layer).
 */

/** Joins a value's bytes (absent: none yet) with items appended to it, in order. */
export type AppendJoin = (before: Uint8Array | undefined, items: readonly Uint8Array[]) => Uint8Array;

/** A value in an open layer made by appending `item` to `before`; its bytes are joined once, when read. */
class Appended {
  private joined: Uint8Array | undefined;

  constructor(
    private before: Uint8Array | Appended | undefined,
    private item: Uint8Array,
    private readonly join: AppendJoin,
  ) {}

  bytes(): Uint8Array {
    if (this.joined) return this.joined;
    // Back to the nearest value already joined (or plain bytes), then every item after it in order.
    const items: Uint8Array[] = [];
    let node: Uint8Array | Appended | undefined = this;
    while (node instanceof Appended && node.joined === undefined) {
      items.push(node.item);
      node = node.before;
    }
    items.reverse();
    this.joined = this.join(node instanceof Appended ? node.joined : node, items);
    // Joined, it needs nothing before it any more (values appended after it stop at it).
    this.before = undefined;
    this.item = NOTHING;
    return this.joined;
  }
}

const NOTHING = new Uint8Array(0);

type Layered = Uint8Array | Appended;
type Layer = Map<string, Layered | null>;

const bytesOf = (v: Layered): Uint8Array => (v instanceof Appended ? v.bytes() : v);

/** One block's storage changes: new value (null = deleted) and the value before the block. */
export type StateDiff = Array<{ key: string; old: Uint8Array | undefined; value: Uint8Array | null }>;

/** Hex length of a storage item's prefix, '0x' + twox128(pallet) + twox128(item): the base index's bucket. */
const ITEM_PREFIX_LEN = 66;
/** Stale keys the index may wait for; beyond them it is dropped and rebuilt at the next prefix query. */
const INDEX_STALE_LIMIT = 1 << 16;

export class State {
  private readonly layers: Layer[] = [];
  /** Committed keys by item prefix, built on the first prefix query and kept up to date after it. */
  private index: Map<string, Set<string>> | undefined;
  /**
   * Base keys added or deleted since the index was last brought up to date: the index learns them at the
   * next prefix query. A rewrite of a key the base already holds changes no bucket, so a block's writes
   * (most to keys that already exist) cost one map lookup each and leave nothing to catch up.
   */
  private readonly indexStale = new Set<string>();

  /** The committed values (appends are joined when read, as in the layers). */
  private readonly base: Map<string, Layered>;

  constructor(initial: ReadonlyMap<string, Uint8Array> = new Map()) {
    this.base = new Map(initial);
  }

  get depth(): number {
    return this.layers.length;
  }

  get(key: string): Uint8Array | undefined {
    const v = this.current(key);
    return v === undefined ? undefined : bytesOf(v);
  }

  /** The value as the top layer sees it: bytes, appends not joined yet, or undefined. */
  private current(key: string): Layered | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      // A layer holds a value or null (deleted), never undefined: one lookup tells both.
      const v = (this.layers[i] as Layer).get(key);
      if (v !== undefined) return v ?? undefined;
    }
    return this.readBase(key);
  }

  /** Appends `item` to the value at `key`; `join` makes the bytes of the value with its items. */
  append(key: string, item: Uint8Array, join: AppendJoin): void {
    this.put(key, new Appended(this.current(key), item, join));
  }

  /** The committed value (overridden by historical views). */
  protected readBase(key: string): Layered | undefined {
    return this.base.get(key);
  }

  /**
   * Committed keys with a prefix (overridden by historical views). A prefix that names a storage item
   * reads that item's bucket of the index instead of scanning every key (map iteration in invariants is
   * hot: `tryState()` after every block).
   */
  protected baseKeys(prefix: string): Iterable<string> {
    if (prefix.length < ITEM_PREFIX_LEN) {
      const out: string[] = [];
      for (const k of this.base.keys()) if (k.startsWith(prefix)) out.push(k);
      return out;
    }
    if (!this.index) {
      this.index = new Map();
      for (const k of this.base.keys()) this.indexAdd(k);
      this.indexStale.clear();
    }
    for (const k of this.indexStale) {
      if (this.base.has(k)) this.indexAdd(k);
      else this.index.get(k.slice(0, ITEM_PREFIX_LEN))?.delete(k);
    }
    this.indexStale.clear();
    const bucket = this.index.get(prefix.slice(0, ITEM_PREFIX_LEN));
    if (!bucket) return [];
    if (prefix.length === ITEM_PREFIX_LEN) return [...bucket];
    const out: string[] = [];
    for (const k of bucket) if (k.startsWith(prefix)) out.push(k);
    return out;
  }

  private indexAdd(key: string): void {
    const item = key.slice(0, ITEM_PREFIX_LEN);
    let bucket = this.index?.get(item);
    if (!bucket) {
      bucket = new Set();
      this.index?.set(item, bucket);
    }
    bucket.add(key);
  }

  private markStale(key: string): void {
    this.indexStale.add(key);
    if (this.indexStale.size > INDEX_STALE_LIMIT) {
      this.index = undefined;
      this.indexStale.clear();
    }
  }

  set(key: string, value: Uint8Array): void {
    this.put(key, value);
  }

  /** Into the top layer, or the base when no layer is open. */
  private put(key: string, value: Layered): void {
    const top = this.layers[this.layers.length - 1];
    if (top) top.set(key, value);
    else {
      // One lookup: the base grew only if the key is new.
      const size = this.base.size;
      this.base.set(key, value);
      if (this.index && this.base.size !== size) this.markStale(key);
    }
  }

  delete(key: string): void {
    const top = this.layers[this.layers.length - 1];
    if (top) top.set(key, null);
    else if (this.base.delete(key) && this.index) this.markStale(key);
  }

  begin(): void {
    this.layers.push(new Map());
  }

  commit(): void {
    const top = this.layers.pop();
    if (!top) throw new Error('commit without an open storage layer');
    const below = this.layers[this.layers.length - 1];
    if (below && below.size < top.size) {
      // Into a smaller layer: the top takes its place with what it holds and the top does not, so a
      // nested call's writes are not copied once more at every level they pass.
      for (const [k, v] of below) if (!top.has(k)) top.set(k, v);
      this.layers[this.layers.length - 1] = top;
      return;
    }
    for (const [k, v] of top) {
      if (v === null) this.delete(k);
      else this.put(k, v);
    }
  }

  /**
   * Commits the only open layer into the base and returns what it changed, key-sorted, with each key's
   * previous value (a block's state diff).
   */
  commitBlock(): StateDiff {
    if (this.layers.length !== 1) throw new Error(`commitBlock with ${this.layers.length} open layers`);
    const top = this.layers[0] as Layer;
    const diff: StateDiff = [...top.keys()].sort().map((key) => {
      const value = top.get(key);
      const old = this.base.get(key);
      return { key, old: old && bytesOf(old), value: value ? bytesOf(value) : null };
    });
    this.commit();
    return diff;
  }

  rollback(): void {
    if (!this.layers.pop()) throw new Error('rollback without an open storage layer');
  }

  /** All live keys starting with `prefix`, sorted (the order Substrate iterates and pages keys in). */
  keysWithPrefix(prefix: string): string[] {
    const found = new Set<string>();
    for (const k of this.baseKeys(prefix)) found.add(k);
    for (const layer of this.layers) for (const k of layer.keys()) if (k.startsWith(prefix)) found.add(k);
    return [...found].filter((k) => this.get(k) !== undefined).sort();
  }

  /** A copy of the committed base (all layers must be closed). */
  snapshot(): Map<string, Uint8Array> {
    if (this.layers.length) throw new Error('snapshot with open storage layers');
    return new Map(this.entries());
  }

  /** Every committed pair, for hashing or persistence. */
  *entries(): IterableIterator<[string, Uint8Array]> {
    for (const [key, value] of this.base) yield [key, bytesOf(value)];
  }
}

/** A read-only view of the state as it was at an earlier block; writes go to layers only. */
export class StateView extends State {
  constructor(
    private readonly read: (key: string) => Uint8Array | undefined,
    private readonly keys: (prefix: string) => Iterable<string>,
  ) {
    super();
  }
  protected override readBase(key: string): Uint8Array | undefined {
    return this.read(key);
  }
  protected override baseKeys(prefix: string): Iterable<string> {
    return this.keys(prefix);
  }
}
