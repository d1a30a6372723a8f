/**
 * The dev chain: blocks built from the transaction pool by the executive, every block final, state kept
 * per block as diffs indexed per key (a read at any kept block costs a binary search, never a scan of
 * later blocks; runtime code runs against a view of it), and the submit path of a Substrate node (decode,
 * signature over the exact signing payload, era, nonce, fee). Build modes: Instant (a block per RPC
 * submission), Interval (a timer) and Manual (dev_newBlock only). Platform-neutral: persistence is a hook
 * the Node server fills in.
 */
import { Executive, type InvalidKind, InvalidTransaction } from '../frame/executive.js';
import type { Kernel, Profile } from '../frame/runtime.js';
import { u32, Writer } from '../frame/scale.js';
import { type State, type StateDiff, StateView } from '../frame/state.js';
import {
  checkMqSequence,
  messageVerifyItem,
  mqValidity,
  signedMessageOf,
} from '../pallets/phala-mq/index.js';
import type { SignedMessageValue } from '../pallets/phala-mq/types.js';
import {
  BlockHash,
  SPEC_VERSION,
  Account as SystemAccount,
  TRANSACTION_VERSION,
} from '../pallets/system/index.js';
import type { AccountId } from '../primitives/account.js';
import { fromHex, toHex } from '../primitives/bytes.js';
import { blake2_256 } from '../primitives/hashing.js';
import { verifySignature } from '../primitives/signature.js';
import { preverify, type SignatureBatchVerifier, type VerifyItem } from '../primitives/signature-batch.js';
import {
  ArchivedBlockCache,
  type ArchivedChange,
  type BlockArchive,
  readAtArchived,
} from './chain-archive.js';
import {
  type DecodedExtrinsic,
  decodeExtrinsic,
  encodeUnsigned,
  eraBirth,
  signingPayload,
} from './extrinsic.js';
import { BLOCK_TIME_MS, buildGenesis, GENESIS_TIMESTAMP_MS, type GenesisOptions } from './genesis.js';
import { extrinsicsRoot, type Header, headerHash, nextStateRoot, ZERO_HASH } from './header.js';
import { type PreparedSubmission, SubmitBatcher } from './submit-batcher.js';
import {
  alreadyImported,
  PoolError,
  type PooledTx,
  type PoolLimits,
  TxPool,
  type TxStatus,
  type TxValidity,
  temporarilyBanned,
} from './tx-pool.js';

export type BuildMode = 'Instant' | 'Manual' | 'Interval';

export interface BlockRecord {
  hash: string;
  header: Header;
  extrinsics: Uint8Array[];
  timestampMs: bigint;
  diff: StateDiff;
}

/** A JSON-RPC error the server passes through as is (1010 invalid transaction, 1001 bad format …). */
export class ChainError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: string,
    /** For 1010 errors: which InvalidTransaction it was. */
    readonly invalid?: InvalidKind,
  ) {
    super(data ? `${message}: ${data}` : message);
    this.name = 'ChainError';
  }
}

const INVALID_TEXT: Record<InvalidKind, string> = {
  Call: 'Transaction call is not expected',
  Payment: 'Inability to pay some fees (e.g. account balance too low)',
  Future: 'Transaction will be valid in the future',
  Stale: 'Transaction is outdated',
  BadProof: 'Transaction has a bad signature',
  AncientBirthBlock: 'Transaction has an ancient birth block',
  ExhaustsResources: 'Transaction would exhaust the block limits',
  Custom: 'InvalidTransaction custom error',
  BadMandatory: 'A call was labelled as mandatory, but resulted in an Error.',
  MandatoryValidation: 'Transaction dispatch is mandatory; transactions must not be validated.',
  BadSigner: 'Invalid signing address',
};

export const invalidTransaction = (kind: InvalidKind): ChainError =>
  new ChainError(1010, 'Invalid Transaction', INVALID_TEXT[kind], kind);

const asChainError = (err: PoolError): ChainError => new ChainError(err.code, err.rpcMessage, err.data);

const U64_MAX = 18_446_744_073_709_551_615n;

/** CheckNonce's tag `(signer, nonce).encode()` (Khala's nonce is a u32). */
function nonceTag(signerKey: Uint8Array, nonce: bigint): string {
  const w = new Writer();
  w.bytes(signerKey);
  u32.enc(w, nonce);
  return toHex(w.finish());
}

export interface DevChainOptions extends GenesisOptions {
  mode?: BuildMode;
  /** Interval mode period (default 12 s). */
  intervalMs?: number;
  /** Called with each new block before it is announced (the Node server makes it durable here). */
  persist?: (block: BlockRecord) => Promise<void>;
  /**
   * Blocks to resume from (oldest first, genesis excluded), replayed onto the genesis state. The first
   * one may be a checkpoint: a block numbered above 1 whose diff is the whole change since genesis (a
   * demo snapshot); blocks between genesis and it are then unknown (pruned).
   */
  resume?: BlockRecord[];
  /**
   * The state after the first `resume` block, when that block is a state checkpoint's (a restart that
   * need not replay every block since genesis): the kernel starts from `entries`, and the blocks from
   * `firstKnown` up to the checkpoint stay in the archive.
   */
  resumeState?: { entries: Array<[string, Uint8Array]>; firstKnown: bigint };
  /** Transaction pool limits (Substrate's defaults otherwise). */
  poolLimits?: Partial<PoolLimits>;
  /**
   * Where blocks go once they leave memory (every block is persisted there first). Without one, every
   * block stays in memory.
   */
  archive?: BlockArchive;
  /** With an archive: how many recent blocks stay in memory (default DEFAULT_BLOCKS_IN_MEMORY). */
  blocksInMemory?: number;
  /**
   * Substrate's `--state-pruning N`: the state of only the last N blocks is kept (reads at older blocks
   * answer "State already discarded"); undefined keeps every block's state (archive).
   */
  statePruning?: number;
  /** Pre-verifies submissions' signatures in parallel (chain/verify-pool.ts on Node); see `preverify`. */
  verifier?: SignatureBatchVerifier;
}

/**
 * Fewer signatures than this in a batch are verified inline, not on the verifier: one item gains nothing
 * from another thread (one thread verifies it either way) and pays the round trip; two or more split
 * over the threads. A lone submission is what an idle node sees; a busy one gathers larger batches.
 */
export const MIN_POOLED_ITEMS = 2;

/** Recent blocks a chain with an archive keeps in memory. */
export const DEFAULT_BLOCKS_IN_MEMORY = 64;

/** The index of the first element of ascending `xs` greater than `n` (xs.length when none is). */
function firstAfter(xs: bigint[], n: bigint): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as bigint) <= n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface SubmitOptions {
  /** From an in-process actor: never triggers an instant block by itself. */
  local?: boolean;
  watch?: (status: TxStatus) => void;
}

export class DevChain {
  readonly kernel: Kernel;
  readonly executive: Executive;
  readonly genesisHash: string;
  readonly profile: Profile;
  readonly pool: TxPool;
  private readonly genesisBlock: BlockRecord;
  /** The blocks in memory after genesis, consecutive, oldest first (all of them without an archive). */
  private readonly recent: BlockRecord[] = [];
  /** Blocks 1…offset are pruned (a checkpoint resumed at offset+1). */
  private offset = 0n;
  private readonly byHash = new Map<string, BlockRecord>();
  /**
   * key → the block numbers (ascending) at which it changed, among the blocks in memory, and the value it
   * had before each change: a read at a block finds the first change after it by binary search.
   */
  private readonly changes = new Map<string, { at: bigint[]; old: Array<Uint8Array | undefined> }>();
  /**
   * The oldest block whose state memory can answer: every change after it is in `changes`. 0 until a
   * block leaves memory for the archive; then the last block that left.
   */
  private memoryFloor = 0n;
  private readonly archive?: BlockArchive;
  private readonly archived = new ArchivedBlockCache();
  /** Views of archived blocks' state while `readAt` runs runtime code against them, by block hash. */
  private readonly archivedViews = new Map<string, State>();
  private readonly blocksInMemory: number;
  private readonly statePruning?: number;
  /** With state pruning: the changed keys of each block in the window built since start, until it is pruned. */
  private readonly windowKeys = new Map<bigint, string[]>();
  /** The head state (the kernel's own; kernel.state is a view while runtime code runs at an old block). */
  private readonly headState: State;
  private readonly headListeners = new Set<(b: BlockRecord) => void>();
  private mode: BuildMode;
  private intervalMs: number;
  private timer: ReturnType<typeof setInterval> | undefined;
  private nextTimestamp: bigint | undefined;
  private building: Promise<unknown> = Promise.resolve();
  private readonly persist?: (block: BlockRecord) => Promise<void>;
  /** Verifies signatures in parallel ahead of the synchronous checks (a worker pool); none by default. */
  verifier?: SignatureBatchVerifier;
  private batcher?: SubmitBatcher;

  constructor(opts: DevChainOptions = {}) {
    const genesis = buildGenesis(opts);
    this.kernel = genesis.kernel;
    this.profile = opts.profile ?? 'dev';
    this.executive = new Executive(this.kernel);
    this.genesisHash = genesis.hash;
    this.persist = opts.persist;
    this.archive = opts.archive;
    this.blocksInMemory = opts.archive ? (opts.blocksInMemory ?? DEFAULT_BLOCKS_IN_MEMORY) : Infinity;
    this.statePruning = opts.statePruning;
    this.verifier = opts.verifier;
    this.pool = new TxPool(opts.poolLimits);
    this.headState = this.kernel.state;
    this.genesisBlock = {
      hash: genesis.hash,
      header: genesis.header,
      extrinsics: [],
      timestampMs: GENESIS_TIMESTAMP_MS - BLOCK_TIME_MS,
      diff: [],
    };
    this.byHash.set(genesis.hash, this.genesisBlock);
    if (opts.resumeState) this.startFromState(opts.resumeState, opts.resume?.[0]);
    for (const block of opts.resume ?? []) this.replay(block);
    if (opts.resumeState && opts.resume?.[0]) {
      this.offset = opts.resumeState.firstKnown - 1n;
      this.memoryFloor = opts.resume[0].header.number - 1n;
    }
    this.mode = opts.mode ?? 'Instant';
    this.intervalMs = opts.intervalMs ?? Number(BLOCK_TIME_MS);
    this.setMode(this.mode);
  }

  // ------------------------------------------------------------------------------------------------
  // Blocks

  get head(): BlockRecord {
    return this.recent[this.recent.length - 1] ?? this.genesisBlock;
  }

  get best(): bigint {
    return this.head.header.number;
  }

  /** A block in memory (genesis and the most recent ones); `findBlock` also reads the archive. */
  block(hashOrNumber: string | bigint): BlockRecord | undefined {
    if (typeof hashOrNumber === 'bigint') {
      if (hashOrNumber === 0n) return this.genesisBlock;
      const first = this.recent[0]?.header.number;
      if (first === undefined || hashOrNumber < first) return undefined;
      return this.recent[Number(hashOrNumber - first)];
    }
    return this.byHash.get(hashOrNumber.toLowerCase());
  }

  /** Any known block, from memory or the archive. */
  async findBlock(hashOrNumber: string | bigint): Promise<BlockRecord | undefined> {
    const inMemory = this.block(hashOrNumber);
    if (inMemory || !this.archive) return inMemory;
    let n: bigint | undefined;
    if (typeof hashOrNumber === 'bigint') n = hashOrNumber;
    else {
      const hash = hashOrNumber.toLowerCase();
      n = this.archived.numberOf(hash) ?? (await this.archive.blockNumberOf(hash));
    }
    if (n === undefined || n <= this.offset || n > this.best) return undefined;
    const cached = this.archived.get(n);
    if (cached) return cached;
    const block = await this.archive.blockByNumber(n);
    if (block) this.archived.put(block);
    return block;
  }

  /** The hash of any known block; an archived one's stays cached long after the block itself (see findBlock). */
  async blockHash(n: bigint): Promise<string | undefined> {
    const inMemory = this.block(n);
    if (inMemory || !this.archive) return inMemory?.hash;
    return this.archived.hashOf(n) ?? (await this.findBlock(n))?.hash;
  }

  /** The lowest block number above genesis whose state is known (1 unless resumed from a checkpoint). */
  get firstKnown(): bigint {
    return this.offset + 1n;
  }

  private remember(block: BlockRecord): void {
    this.recent.push(block);
    this.byHash.set(block.hash, block);
    const n = block.header.number;
    for (const d of block.diff) {
      let c = this.changes.get(d.key);
      if (!c) {
        c = { at: [], old: [] };
        this.changes.set(d.key, c);
      }
      c.at.push(n);
      c.old.push(d.old);
    }
  }

  /** Blocks past `blocksInMemory` leave memory, oldest first (the archive has them: each was persisted). */
  private forgetOldBlocks(): void {
    const count = this.recent.length - this.blocksInMemory;
    if (count <= 0) return;
    const leaving = this.recent.splice(0, count);
    const touched = new Set<string>();
    for (const block of leaving) {
      this.byHash.delete(block.hash);
      for (const d of block.diff) touched.add(d.key);
    }
    const floor = (leaving[leaving.length - 1] as BlockRecord).header.number;
    this.memoryFloor = floor;
    for (const key of touched) {
      const c = this.changes.get(key);
      if (!c) continue;
      const gone = firstAfter(c.at, floor);
      if (gone === c.at.length) this.changes.delete(key);
      else {
        c.at.splice(0, gone);
        c.old.splice(0, gone);
      }
    }
  }

  /**
   * The kernel's state replaced by a state checkpoint's (the state after `at`, the first block to resume;
   * replaying that block's changes onto it then changes nothing: they are already in it).
   */
  private startFromState(
    state: NonNullable<DevChainOptions['resumeState']>,
    at: BlockRecord | undefined,
  ): void {
    if (!at || !this.archive) throw new Error('resume: a state checkpoint needs its block and an archive');
    const s = this.kernel.state;
    for (const key of s.keysWithPrefix('')) s.delete(key);
    for (const [key, value] of state.entries) s.set(key, value);
  }

  private replay(block: BlockRecord): void {
    const n = block.header.number;
    if (this.recent.length === 0 && n > 1n) this.offset = n - 1n;
    else if (n !== this.best + 1n) throw new Error(`resume: block #${n} does not follow #${this.best}`);
    for (const d of block.diff) {
      if (d.value === null) this.kernel.state.delete(d.key);
      else this.kernel.state.set(d.key, d.value);
    }
    this.remember(block);
  }

  onNewHead(listener: (b: BlockRecord) => void): () => void {
    this.headListeners.add(listener);
    return () => this.headListeners.delete(listener);
  }

  setMode(mode: BuildMode, intervalMs = this.intervalMs): void {
    this.mode = mode;
    this.intervalMs = intervalMs;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (mode === 'Interval')
      this.timer = setInterval(() => void this.newBlocks(1).catch(() => {}), intervalMs);
  }

  get buildMode(): BuildMode {
    return this.mode;
  }

  /** The next block's timestamp is `ms`; later blocks continue from it (dev_timeTravel). */
  timeTravel(ms: bigint): void {
    this.nextTimestamp = ms;
  }

  stop(): void {
    this.setMode('Manual');
  }

  /** Builds `count` blocks, one after another, each persisted before it is announced. */
  newBlocks(count = 1): Promise<BlockRecord> {
    const run = this.building.then(async () => {
      let last = this.head;
      for (let i = 0; i < count; i++) {
        const { block, included } = this.buildBlock();
        if (this.persist) await this.persist(block);
        this.remember(block);
        if (this.statePruning !== undefined && this.archive)
          this.windowKeys.set(
            block.header.number,
            block.diff.map((d) => d.key),
          );
        // The kernel's event journal serves the harness only; a long-running chain must not keep it.
        this.kernel.journal.length = 0;
        last = block;
        for (const l of this.headListeners) l(block);
        for (const tx of included) for (const w of tx.watchers) w({ type: 'inBlock', blockHash: block.hash });
        for (const tx of included)
          for (const w of tx.watchers) w({ type: 'finalized', blockHash: block.hash });
        this.revalidatePool();
        this.forgetOldBlocks();
        await this.pruneState();
      }
      return last;
    });
    this.building = run.catch(() => {});
    return run;
  }

  private buildBlock(): { block: BlockRecord; included: PooledTx[] } {
    const parent = this.head;
    const number = parent.header.number + 1n;
    const timestampMs = this.nextTimestamp ?? parent.timestampMs + BLOCK_TIME_MS;
    this.nextTimestamp = undefined;
    const state = this.kernel.state;
    state.begin();
    const included: PooledTx[] = [];
    try {
      this.executive.initializeBlock({ number, parentHash: parent.hash, timestampMs });
      const extrinsics = [
        encodeUnsigned(this.kernel, {
          type: 'Timestamp',
          value: { type: 'set', value: { now: timestampMs } },
        }),
      ];
      for (const tx of this.pool.ready()) {
        const signed = tx.xt.signed;
        if (!signed) continue;
        // CheckMqSequence: a message whose sequence is not next yet waits; one already passed is dropped.
        const mq = this.kernel.enter(() => checkMqSequence(tx.xt.call));
        if (mq === 'future') continue;
        if (mq === 'stale') {
          this.dropInvalid(tx);
          continue;
        }
        try {
          this.executive.applySigned({
            signer: tx.signer,
            nonce: signed.nonce,
            tip: signed.tip,
            call: tx.xt.call,
            len: tx.xt.bytes.length,
          });
          included.push(tx);
          extrinsics.push(tx.xt.bytes);
          this.pool.remove(tx.xt.hash);
        } catch (err) {
          if (err instanceof InvalidTransaction && err.kind === 'Future') continue;
          this.dropInvalid(tx);
        }
      }
      this.executive.finalizeBlock();
      const diff = state.commitBlock();
      const header: Header = {
        parentHash: parent.hash,
        number,
        stateRoot: nextStateRoot(parent.header.stateRoot, diff),
        extrinsicsRoot: extrinsicsRoot(extrinsics),
        digest: { logs: [] },
      };
      return { block: { hash: headerHash(header), header, extrinsics, timestampMs, diff }, included };
    } catch (err) {
      while (state.depth > 0) state.rollback();
      throw err;
    }
  }

  // ------------------------------------------------------------------------------------------------
  // State

  /**
   * The block a read names (head by default) if memory holds its state; throws ChainError for an unknown
   * block, a pruned state, or one only the archive holds (read it with the async methods below).
   */
  private stateInMemory(at: string | undefined): BlockRecord {
    const block = at ? this.block(at) : this.head;
    if (!block) throw new ChainError(-32602, 'Unknown block', at);
    this.checkStateKept(block);
    if (block.header.number < this.memoryFloor)
      throw new ChainError(4003, 'Client error', `the state of block #${block.header.number} is archived`);
    return block;
  }

  /** State pruning: reads before the last `statePruning` blocks answer Substrate's "State already discarded". */
  private checkStateKept(block: BlockRecord): void {
    if (this.statePruning !== undefined && block.header.number < this.best - BigInt(this.statePruning))
      throw new ChainError(
        4003,
        'Client error',
        `State already discarded for ${block.hash} (block #${block.header.number}; --state-pruning keeps the state of the last ${this.statePruning} blocks)`,
      );
  }

  /** The value of `key` at block `n` from memory (n ≥ memoryFloor), in O(log changes of that key). */
  private memoryValue(key: string, n: bigint): Uint8Array | undefined {
    const c = n < this.best ? this.changes.get(key) : undefined;
    if (c) {
      const i = firstAfter(c.at, n);
      if (i < c.at.length) return c.old[i];
    }
    return this.headState.get(key);
  }

  /** The keys with prefix `p` at block `n` ≥ memoryFloor, or that changed after it: candidates, unsorted. */
  private memoryKeys(p: string, n: bigint): Set<string> {
    const keys = new Set(this.headState.keysWithPrefix(p));
    // keys first (no entry pair per changed key): most changed keys are under other prefixes
    if (n < this.best)
      for (const k of this.changes.keys()) {
        if (!k.startsWith(p)) continue;
        const at = this.changes.get(k)?.at ?? [];
        if ((at[at.length - 1] ?? -1n) > n) keys.add(k);
      }
    return keys;
  }

  /** The raw value of a key at a block in memory (head by default). */
  storage(key: string, at?: string): Uint8Array | undefined {
    return this.memoryValue(key.toLowerCase(), this.stateInMemory(at).header.number);
  }

  /** Keys with a prefix at a block in memory, sorted, strictly after `startKey`, at most `count`. */
  keysPaged(prefix: string, count: number, startKey?: string, at?: string): string[] {
    return this.memoryKeysPaged(prefix, count, startKey, this.stateInMemory(at).header.number);
  }

  private memoryKeysPaged(prefix: string, count: number, startKey: string | undefined, n: bigint): string[] {
    const start = startKey?.toLowerCase() ?? '';
    const out: string[] = [];
    for (const k of [...this.memoryKeys(prefix.toLowerCase(), n)].sort()) {
      if (k <= start) continue;
      if (this.memoryValue(k, n) === undefined) continue;
      out.push(k);
      if (out.length >= count) break;
    }
    return out;
  }

  /** Runs read-only runtime code against the state of a block in memory (head by default). */
  atBlock<T>(at: string | undefined, fn: () => T): T {
    const archivedView = at ? this.archivedViews.get(at.toLowerCase()) : undefined;
    if (archivedView) return this.kernel.withState(archivedView, fn);
    const block = this.stateInMemory(at);
    if (block === this.head) {
      this.headState.begin();
      try {
        return this.kernel.enter(fn);
      } finally {
        this.headState.rollback();
      }
    }
    const n = block.header.number;
    const view = new StateView(
      (k) => this.memoryValue(k, n),
      (prefix) => this.memoryKeys(prefix, n),
    );
    return this.kernel.withState(view, fn);
  }

  /** The raw value of a key at any kept block, from memory or the archive. */
  async readStorage(key: string, block: BlockRecord): Promise<Uint8Array | undefined> {
    this.checkStateKept(block);
    const k = key.toLowerCase();
    const n = block.header.number;
    if (n >= this.memoryFloor || !this.archive) return this.memoryValue(k, n);
    return this.archivedValue(this.archive, k, n);
  }

  /**
   * The value of `k` at archived block `n`: the value before its first change after n, else its value at
   * the memory floor. Blocks that leave memory during a read are read from the archive next (each was
   * indexed there when persisted), so the answer never skips a change.
   */
  private async archivedValue(archive: BlockArchive, k: string, n: bigint): Promise<Uint8Array | undefined> {
    for (let after = n; ; ) {
      const floor = this.memoryFloor;
      const [changed] = await archive.changes(k, after, floor, 1);
      if (changed) return changed.old;
      if (this.memoryFloor === floor) return this.memoryValue(k, floor);
      after = floor;
    }
  }

  /**
   * The values of a key over blocks `from` … `to` (any kept blocks) as change points: `[from, value at
   * from]`, then `[m, value at m]` for each block m in the range that wrote the key — state_queryStorage
   * without a read per block. Archived blocks' changes come from ordered scans of the archive's index
   * (each holds the value it replaced, so the value after a change is the old value of the next one).
   */
  async storageChanges(
    key: string,
    from: BlockRecord,
    to: BlockRecord,
  ): Promise<Array<[bigint, Uint8Array | undefined]>> {
    this.checkStateKept(from);
    const k = key.toLowerCase();
    const a = from.header.number;
    const b = to.header.number;
    // changes in a … end from the archive, until `end` reaches `to` or the memory floor (blocks that leave
    // memory during a read are read from the archive next)
    const archived: ArchivedChange[] = [];
    let end = a;
    while (this.archive && end < b && end < this.memoryFloor) {
      const upTo = b < this.memoryFloor ? b : this.memoryFloor;
      archived.push(...(await this.archive.changes(k, end, upTo)));
      end = upTo;
    }
    // the value at `end` (after the last archived change), and the changes after it that memory holds
    let atEnd: Uint8Array | undefined;
    let recent: Array<[bigint, Uint8Array | undefined]> = [];
    if (end >= this.memoryFloor || !this.archive) {
      atEnd = this.memoryValue(k, end);
      recent = this.memoryChanges(k, end, b);
    } else atEnd = await this.archivedValue(this.archive, k, end);
    const out: Array<[bigint, Uint8Array | undefined]> = [[a, archived[0] ? archived[0].old : atEnd]];
    for (const [i, c] of archived.entries()) {
      const next = archived[i + 1];
      out.push([c.at, next ? next.old : atEnd]);
    }
    out.push(...recent);
    return out;
  }

  /** A key's change points in memory in blocks after..upTo (exclusive, inclusive; after ≥ memoryFloor). */
  private memoryChanges(k: string, after: bigint, upTo: bigint): Array<[bigint, Uint8Array | undefined]> {
    const out: Array<[bigint, Uint8Array | undefined]> = [];
    const c = this.changes.get(k);
    if (c)
      for (let i = firstAfter(c.at, after); i < c.at.length && (c.at[i] as bigint) <= upTo; i++) {
        const m = c.at[i] as bigint;
        out.push([m, this.memoryValue(k, m)]);
      }
    return out;
  }

  /** Keys with a prefix at any kept block, sorted, strictly after `startKey`, at most `count`. */
  async readKeysPaged(prefix: string, count: number, startKey: string | undefined, block: BlockRecord) {
    this.checkStateKept(block);
    const n = block.header.number;
    if (n >= this.memoryFloor || !this.archive) return this.memoryKeysPaged(prefix, count, startKey, n);
    const p = prefix.toLowerCase();
    const keys = this.memoryKeys(p, this.memoryFloor);
    for (const k of await this.archive.keysChanged(p, n, this.memoryFloor)) keys.add(k);
    const start = startKey?.toLowerCase() ?? '';
    const out: string[] = [];
    for (const k of [...keys].sort()) {
      if (k <= start) continue;
      if ((await this.readStorage(k, block)) === undefined) continue;
      out.push(k);
      if (out.length >= count) break;
    }
    return out;
  }

  /**
   * Runs read-only runtime code against the state of any kept block. Inside `fn`, `atBlock(block.hash, …)`
   * works even when the block's state is archived (chain-archive.ts fetches what the code reads).
   */
  async readAt<T>(block: BlockRecord, fn: () => T): Promise<T> {
    this.checkStateKept(block);
    const inMemory = this.byHash.has(block.hash) && block.header.number >= this.memoryFloor;
    if (inMemory || !this.archive) return fn();
    const hash = block.hash;
    const reads = {
      value: (key: string) => this.readStorage(key, block),
      keys: (prefix: string) => this.readKeysPaged(prefix, Number.MAX_SAFE_INTEGER, undefined, block),
    };
    return readAtArchived(reads, (view) => {
      this.archivedViews.set(hash, view);
      try {
        return fn();
      } finally {
        this.archivedViews.delete(hash);
      }
    });
  }

  /** With `--state-pruning N`: the archive forgets the state changes of the block that just left the window. */
  private async pruneState(): Promise<void> {
    if (this.statePruning === undefined || !this.archive) return;
    const n = this.best - BigInt(this.statePruning) - 1n;
    if (n <= this.offset) return;
    // The window's blocks built since start have their keys at hand; older ones (before a restart) are read back.
    const keys = this.windowKeys.get(n) ?? (await this.findBlock(n))?.diff.map((d) => d.key);
    this.windowKeys.delete(n);
    if (keys) await this.archive.pruneState(n, keys);
  }

  /** dev_setStorage: raw writes into the head state, no new block. */
  setStorage(pairs: Array<[string, string | null]>): void {
    for (const [key, value] of pairs) {
      if (value === null) this.kernel.state.delete(key.toLowerCase());
      else this.kernel.state.set(key.toLowerCase(), fromHex(value));
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Transactions

  /**
   * Decodes an extrinsic, checks its signature over the exact payload (with its era's birth hash) and
   * validates it against the head (TaggedTransactionQueue::validate_transaction); throws ChainError.
   */
  validate(bytes: Uint8Array): { xt: DecodedExtrinsic; validity: TxValidity } {
    return this.validateDecoded(this.decode(bytes));
  }

  /** decodeExtrinsic, its CodecError answered as 1001 "Extrinsic has invalid format". */
  private decode(bytes: Uint8Array, hash?: string): DecodedExtrinsic {
    try {
      return decodeExtrinsic(this.kernel, bytes, hash);
    } catch (err) {
      throw new ChainError(
        1001,
        'Extrinsic has invalid format',
        err instanceof Error ? err.message : String(err),
      );
    }
  }

  /** `validate` of an extrinsic already decoded (`payload`: its signing payload at the head, if known). */
  private validateDecoded(
    xt: DecodedExtrinsic,
    known?: Uint8Array,
  ): { xt: DecodedExtrinsic; validity: TxValidity } {
    const signed = xt.signed;
    if (!signed) throw invalidTransaction('Call');
    const payload = known ?? this.payloadOf(xt);
    if (!verifySignature(signed.signature.kind, signed.signature.bytes, payload, signed.signerKey))
      throw invalidTransaction('BadProof');
    return { xt, validity: this.checkState(xt) };
  }

  /** The exact signing payload of a signed extrinsic at the head (its era's birth hash); throws AncientBirthBlock. */
  private payloadOf(xt: DecodedExtrinsic): Uint8Array {
    const signed = xt.signed as NonNullable<DecodedExtrinsic['signed']>;
    const current = this.best + 1n;
    let birthHash = this.genesisHash;
    if (signed.era) {
      const birth = eraBirth(signed.era, current);
      // BlockHash[best] is written only when block best+1 initialises; Substrate validates in that
      // context (validate_transaction initialises best+1 first), so a tx born at the best block is valid.
      const stored =
        birth === this.best
          ? this.head.hash
          : this.kernel.enter(() => (birth < this.best ? BlockHash.get(birth) : ZERO_HASH));
      if ((birth > 0n && birth <= this.offset) || stored === ZERO_HASH)
        throw invalidTransaction('AncientBirthBlock');
      birthHash = stored;
    }
    return signingPayload(xt.callBytes, signed.extra, {
      specVersion: SPEC_VERSION,
      transactionVersion: TRANSACTION_VERSION,
      genesisHash: this.genesisHash,
      birthHash,
    });
  }

  /**
   * The signatures submitting `bytes` would check, for pre-verification (signature-batch.ts): the
   * extrinsic's over its signing payload at the head, and a `PhalaMq.sync_offchain_message`'s relayed
   * message. Whatever cannot be decoded or resolved is left out (the synchronous checks report it).
   */
  signatureItems(bytes: Uint8Array): VerifyItem[] {
    let xt: DecodedExtrinsic;
    try {
      xt = decodeExtrinsic(this.kernel, bytes);
    } catch {
      return [];
    }
    return this.signatureItemsOf(xt);
  }

  /** `signatureItems` of an extrinsic already decoded. */
  private signatureItemsOf(xt: DecodedExtrinsic): VerifyItem[] {
    const items: VerifyItem[] = [];
    try {
      const signed = xt.signed;
      if (!signed) return items;
      items.push({
        kind: signed.signature.kind,
        signature: signed.signature.bytes,
        message: this.payloadOf(xt),
        key: signed.signerKey,
      });
      const message = signedMessageOf(xt.call);
      if (message) items.push(this.atBlock(undefined, () => messageVerifyItem(message)));
    } catch {
      // ancient, or an unknown sender: validation and dispatch answer it
    }
    return items;
  }

  /**
   * Verifies the signatures of `batch` on the chain's SignatureBatchVerifier (both cores) and memoises
   * the valid ones for the checks that follow; without a verifier, or for fewer than MIN_POOLED_ITEMS
   * signatures, nothing (the checks verify inline).
   */
  async preverify(batch: readonly Uint8Array[]): Promise<void> {
    if (!this.verifier || !batch.length) return;
    await this.preverifyDecoded(batch.flatMap((b) => this.signatureItems(b)));
  }

  private async preverifyDecoded(items: VerifyItem[]): Promise<void> {
    if (this.verifier && items.length >= MIN_POOLED_ITEMS) await preverify(this.verifier, items);
  }

  /**
   * Pre-verifies relayed messages already in the pool (the in-process relayer's, submitted synchronously)
   * on the verifier, so their dispatch in a later block finds the verdicts; a block built before the
   * workers answer verifies them inline. Without a verifier, nothing.
   */
  async preverifyMessages(messages: readonly SignedMessageValue[]): Promise<void> {
    if (!this.verifier || !messages.length) return;
    const items: VerifyItem[] = [];
    this.atBlock(undefined, () => {
      for (const m of messages) {
        try {
          items.push(messageVerifyItem(m));
        } catch {
          // an unknown sender: dispatch reports it
        }
      }
    });
    await preverify(this.verifier, items);
  }

  /**
   * `submit` fed in batches: submissions arriving together are pre-verified on the verifier in one
   * batch, then submitted in arrival order (submit-batcher.ts). Without a verifier, exactly `submit`.
   */
  submitQueued(bytes: Uint8Array, opts: SubmitOptions = {}): Promise<string> {
    if (!this.verifier) {
      try {
        return Promise.resolve(this.submit(bytes, opts));
      } catch (err) {
        return Promise.reject(err);
      }
    }
    this.batcher ??= new SubmitBatcher({
      prepare: (b) => this.prepare(b),
      preverify: (items) => this.preverifyDecoded(items),
      submit: (b, o, prepared) => this.submitPrepared(b, o, prepared),
    });
    return this.batcher.submit(bytes, opts);
  }

  /**
   * A queued submission decoded once on arrival, for both its pre-verification and its submission: its
   * hash, the decoded extrinsic (a decoding error is kept for `submit` to answer) and its signatures.
   */
  private prepare(bytes: Uint8Array): PreparedSubmission {
    const hash = toHex(blake2_256(bytes));
    try {
      const xt = this.decode(bytes, hash);
      const items = this.signatureItemsOf(xt);
      // A signed extrinsic's first item is its own signature, over its signing payload at the head.
      const payload = xt.signed && items[0] ? { head: this.head, bytes: items[0].message } : undefined;
      return { hash, xt, items, payload };
    } catch (err) {
      return { hash, error: err, items: [] };
    }
  }

  /**
   * The state-dependent part of validation, at the head (also the pool's revalidation after each block):
   * CheckMortality's longevity, CheckNonce (stale → outdated; ahead → requires the previous nonce's
   * tag), ChargeTransactionPayment (the fee must be payable now, for a future nonce too; the priority)
   * and CheckMqSequence (stale → outdated; ahead → requires the previous sequence's tag).
   */
  private checkState(xt: DecodedExtrinsic): TxValidity {
    const signed = xt.signed as NonNullable<DecodedExtrinsic['signed']>;
    const current = this.best + 1n;
    const validTill = signed.era ? eraBirth(signed.era, current) + signed.era.period - 1n : U64_MAX;
    const tx = {
      signer: signed.signer,
      nonce: signed.nonce,
      tip: signed.tip,
      call: xt.call,
      len: xt.bytes.length,
    };
    try {
      return this.atBlock(undefined, () => {
        const checked = this.executive.validateSigned(tx);
        const mq = mqValidity(xt.call);
        // CheckMqSequence (after CheckNonce, as in Khala's order): a passed sequence is outdated.
        if (mq.status === 'stale') throw new InvalidTransaction('Stale');
        const requires = checked.ahead ? [nonceTag(signed.signerKey, signed.nonce - 1n)] : [];
        return {
          priority: checked.priority,
          requires: [...requires, ...mq.requires],
          provides: [nonceTag(signed.signerKey, signed.nonce), ...mq.provides],
          validTill,
        };
      });
    } catch (err) {
      if (err instanceof InvalidTransaction) throw invalidTransaction(err.kind);
      throw new ChainError(1002, 'Verification Error', err instanceof Error ? err.message : String(err));
    }
  }

  /**
   * author_submitExtrinsic: refuses a banned hash (1012) or one already pooled (1013), validates, imports
   * into the pool (1014 / 1016 from there), and in Instant mode builds a block when it is Ready.
   * Returns the hash.
   */
  submit(bytes: Uint8Array, opts: SubmitOptions = {}): string {
    return this.submitPrepared(bytes, opts);
  }

  /** `submit`, with what `prepare` found when the submission was queued. */
  private submitPrepared(bytes: Uint8Array, opts: SubmitOptions, prepared?: PreparedSubmission): string {
    const hash = prepared?.hash ?? toHex(blake2_256(bytes));
    if (this.pool.isBanned(hash)) throw asChainError(temporarilyBanned());
    if (this.pool.has(hash)) throw asChainError(alreadyImported());
    if (prepared?.error) throw prepared.error;
    const payload = prepared?.payload?.head === this.head ? prepared.payload.bytes : undefined;
    const { xt, validity } = this.validateDecoded(prepared?.xt ?? this.decode(bytes, hash), payload);
    const signed = xt.signed as NonNullable<DecodedExtrinsic['signed']>;
    let pooled: PooledTx;
    try {
      pooled = this.pool.import({
        xt,
        ...validity,
        signer: signed.signer,
        nonce: signed.nonce,
        local: !!opts.local,
        watchers: [],
      }).pooled;
    } catch (err) {
      throw err instanceof PoolError ? asChainError(err) : err;
    }
    const ready = this.pool.isReady(pooled);
    if (opts.watch) {
      pooled.watchers.push(opts.watch);
      opts.watch({ type: ready ? 'ready' : 'future' });
    }
    if (this.mode === 'Instant' && !opts.local && ready) void this.newBlocks(1).catch(() => {});
    return xt.hash;
  }

  /** Removes a transaction that turned out invalid in a block: banned, its watchers told `invalid`. */
  private dropInvalid(tx: PooledTx): void {
    this.pool.remove(tx.xt.hash);
    this.pool.ban(tx.xt.hash);
    for (const w of tx.watchers) w({ type: 'invalid' });
  }

  /** After each block: every pooled transaction re-validated against the new head. */
  private revalidatePool(): void {
    if (this.pool.size > 0) this.pool.revalidate(this.best + 1n, (tx) => this.checkState(tx.xt));
  }

  /** system_accountNextIndex: on-chain nonce plus this signer's consecutive pooled transactions. */
  nextIndex(who: AccountId): bigint {
    const onChain = this.kernel.enter(() => SystemAccount.get(who).nonce);
    return onChain + this.pool.countFor(who, onChain);
  }
}
