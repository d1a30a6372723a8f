/**
 * The history indexer core: follows an endpoint's finalized heads through @polkadot/api and indexes
 * every block in order, from the block after its cursor (on a fresh store block 1, or the first block
 * the endpoint knows when its early blocks are pruned) — never skipping and never indexing a block twice. Per block it reads the events and, at that block's state, every pool,
 * delegation, worker and referendum the events touched (stake pools also pull in the vaults subscribed to
 * them, whose value follows theirs); at the first block of each UTC day (and the first block indexed) it
 * reads all of them. Event-only facts (commission changes, withdrawals, owner rewards, treasury inflow
 * from computation = Balances.Withdraw from the subsidy wallet `modlphala/pp`) come from the events. Each
 * block is committed atomically with the cursor (store.ts), so a restart resumes exactly where it
 * stopped. The parent hash of every block is checked against the cursor: a different chain is an error,
 * not a silent mix. Platform-neutral: runs in the browser over the embedded chain and in Node.
 */
import type { ApiPromise } from '@polkadot/api';
import type { RuntimeVersion } from '@polkadot/types/interfaces';
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import { fromFixed, sharePricePlanck } from '../primitives/fixed.js';
import { Backfill, MAX_BATCH } from './backfill.js';
import { BlockReader, type PoolState, palletAccount } from './chain-reader.js';
import { democracyTask, dispatchOutcome } from './dispatch-outcome.js';
import { isEvent, type PlainEvent } from './event-filter.js';
import { votesOnReferendum } from './referendum-votes.js';
import type { BlockWrite, Cursor, IndexStore, RunningState } from './store.js';
import type {
  AccountRecord,
  CommissionChange,
  HistoryApi,
  IndexerStatus,
  PoolSnapshot,
  ReferendumEnactment,
  ReferendumStory,
  ReferendumTally,
  SnapshotReason,
  TreasuryInflow,
  WorkerSnapshot,
} from './types.js';

export const DAY_MS = 86_400_000;
const S = (n: bigint | number) => n.toString();

export interface IndexerOptions {
  api: ApiPromise;
  store: IndexStore;
  /** Called when indexing a block fails (the indexer retries on the next finalized head). */
  onError?: (err: unknown) => void;
  /**
   * Snapshots that rewards alone cause (a pool's RewardReceived / OwnerSharesGained, a worker's
   * SessionSettled) are deferred to the first block of the next window of this many ms, all together
   * (one read of the block's state per window instead of one per settlement); default 0: at every
   * reward. The demo build uses it to index a week quickly.
   */
  rewardSnapshotWindowMs?: number;
  /**
   * Most blocks read and committed together while catching up (backfill.ts; at most MAX_BATCH, default
   * it). Following new heads, the indexer reads the few blocks behind the head the same way (a batch of
   * one block reads its storage raw and decodes it with the runtime's codecs, as a backfill does). 1
   * indexes block by block through a decorated API per block (`api.at`): the reference path.
   */
  batchBlocks?: number;
}

/** Blocks of a batch committed together (then the listeners hear of them, and stop() takes effect). */
export const COMMIT_BLOCKS = 64;

const REFERENDUM_EVENTS = new Set(['Started', 'Voted', 'Cancelled', 'Passed', 'NotPassed']);

/**
 * The events scanEvents acts on, the only ones decoded (keep the two in step), and RmrkCore.NftMinted
 * (a batch learns its new NFTs from it).
 */
export function indexedEvent(section: string, method: string): boolean {
  switch (section) {
    case 'rmrkCore':
      return method === 'NftMinted';
    case 'phalaStakePoolv2':
    case 'phalaBasePool':
    case 'phalaVault':
    case 'phalaComputation':
      return true;
    case 'phalaRegistry':
      return method === 'InitialScoreSet';
    case 'balances':
      return method === 'Withdraw';
    case 'democracy':
      return REFERENDUM_EVENTS.has(method);
    case 'scheduler':
      return method === 'Dispatched';
    default:
      return false;
  }
}

/** Per-block tally of what the events touched. */
interface Touched {
  pools: Set<string>;
  /** Pools and workers touched only by rewards (see `rewardSnapshotWindowMs`). */
  rewardPools: Set<string>;
  rewardWorkers: Set<string>;
  delegations: Map<string, { address: string; pid: string }>;
  workers: Set<string>;
  referenda: Set<string>;
  /** Referenda that ended in this block (Passed / NotPassed). */
  finished: Set<string>;
  enactments: Array<ReferendumEnactment & { refIndex: string }>;
  settled: Map<string, bigint>;
  accounts: AccountRecord[];
  commissions: CommissionChange[];
  treasury: bigint;
}

/** Substrate's answer for a read of pruned state (4003 "State already discarded"). */
const isStateDiscarded = (err: unknown): boolean =>
  /State already discarded/.test(err instanceof Error ? err.message : String(err));

export class Indexer {
  readonly api: ApiPromise;
  readonly store: IndexStore;
  private cursor: Cursor | undefined;
  private state: RunningState | undefined;
  private finalized = 0;
  private running: Promise<void> = Promise.resolve();
  /** Whether a round of indexing is queued or running, and whether heads arrived since it started. */
  private round: 'idle' | 'running' | 'again' = 'idle';
  private unsub: (() => void) | undefined;
  private stopped = false;
  private readonly listeners = new Set<(n: number) => void>();
  private readonly onError: (err: unknown) => void;
  private readonly rewardWindowMs: number;
  private readonly batchBlocks: number;
  /** Set when the endpoint refuses state_queryStorage: block by block from then on. */
  private batchesRefused = false;
  private committedBlock = 0;
  private readonly backfill: Backfill;
  /** Pools (`pool:<pid>`) and workers (`work:<pubkey>`) rewarded since the last window's snapshots. */
  private readonly pendingRewards = new Set<string>();
  private rewardWindow = -1;
  /** Session account → bound worker, kept from SessionBound / SessionUnbound (saves a read per settlement). */
  private readonly sessionWorkers = new Map<string, string | null>();
  /** The subsidy wallet's address (SS58, as Withdraw's `who` decodes). */
  private subsidy = '';
  private lastError: unknown;
  /**
   * Set when the endpoint has discarded the state of the next block to index (a node with
   * `--state-pruning N` the indexer fell more than N blocks behind): that state never comes back, so the
   * indexer stops there, reports it once, and no longer retries at every head.
   */
  private halted: Error | undefined;
  /** Runtime version at the last indexed block: the version the next block was built with. */
  private parentVersion: RuntimeVersion | undefined;

  constructor(opts: IndexerOptions) {
    this.api = opts.api;
    this.store = opts.store;
    this.onError = opts.onError ?? ((err) => console.error('indexer:', err));
    this.rewardWindowMs = opts.rewardSnapshotWindowMs ?? 0;
    this.batchBlocks = Math.max(1, Math.min(MAX_BATCH, opts.batchBlocks ?? MAX_BATCH));
    this.backfill = new Backfill(this.api, indexedEvent);
  }

  /** Adds the pools and workers touched by rewards to this block's snapshots, now or per window. */
  private addRewardTouches(t: Touched, timestampMs: number, daily: boolean): void {
    const pending = this.pendingRewards;
    for (const pid of t.rewardPools) pending.add(`pool:${pid}`);
    for (const w of t.rewardWorkers) pending.add(`work:${w}`);
    const window = this.rewardWindowMs > 0 ? Math.floor(timestampMs / this.rewardWindowMs) : -1;
    if (this.rewardWindowMs > 0 && window === this.rewardWindow && !daily) return;
    this.rewardWindow = window;
    for (const key of pending) {
      const id = key.slice(5);
      if (key.startsWith('pool:')) t.pools.add(id);
      else t.workers.add(id);
    }
    pending.clear();
  }

  /** The worker bound to a session, from SessionBound events seen or read once at this block. */
  private async sessionWorker(reader: BlockReader, session: string): Promise<string | null> {
    const known = this.sessionWorkers.get(session);
    if (known !== undefined) return known;
    const worker = (await reader.sessionWorker(session))?.toLowerCase() ?? null;
    this.sessionWorkers.set(session, worker);
    return worker;
  }

  /** Loads the cursor; refuses a store that indexed another chain. */
  async init(): Promise<void> {
    await this.api.isReady;
    this.cursor = await this.store.cursor();
    this.committedBlock = this.cursor?.number ?? 0;
    this.state = await this.store.state();
    const genesis = this.api.genesisHash.toHex();
    if (this.cursor && this.cursor.genesisHash !== genesis)
      throw new Error(`the history store indexed another chain (genesis ${this.cursor.genesisHash})`);
    this.subsidy = palletAccount('phala/pp', this.ss58);
    // an endpoint whose rpc_methods lacks state_queryStorage (@polkadot/api then drops the method) is
    // followed block by block from the start
    if (!('queryStorage' in this.api.rpc.state)) this.batchesRefused = true;
  }

  get ss58(): number {
    return this.api.registry.chainSS58 ?? 42;
  }

  /** Last indexed block number (0 before the first). */
  /** The last block whose records are committed (a batch's cursor runs ahead of its commits). */
  get indexedBlock(): number {
    return this.committedBlock;
  }

  /** Follows finalized heads until stop(). */
  async start(): Promise<void> {
    if (!this.state) await this.init();
    const unsub = await this.api.rpc.chain.subscribeFinalizedHeads((header) => {
      this.finalized = Math.max(this.finalized, header.number.toNumber());
      this.kick();
    });
    this.unsub = unsub;
  }

  stop(): void {
    this.stopped = true;
    this.unsub?.();
    this.unsub = undefined;
  }

  /** Resolves when the cursor is at `n` (indexing up to it if needed, even without start()). */
  async syncTo(n: number): Promise<void> {
    if (!this.state) await this.init();
    this.finalized = Math.max(this.finalized, n);
    while (this.indexedBlock < n) {
      const before = this.indexedBlock;
      this.kick();
      await this.idle();
      if (this.indexedBlock >= n) break;
      if (this.stopped) throw new Error('indexer stopped');
      // A round that made no progress failed: report it rather than retry forever.
      if (this.indexedBlock === before && this.lastError !== undefined) throw this.lastError;
    }
  }

  /** Resolves once no block is being indexed (after stop(), the store is then quiet). */
  async idle(): Promise<void> {
    let current: Promise<void>;
    do {
      current = this.running;
      await current;
    } while (current !== this.running);
  }

  /**
   * The block to start from on a fresh store: 1, or on a chain whose early blocks are unknown (a node
   * resumed from a checkpoint, a pruned node) the first block the endpoint has a hash for.
   */
  private async firstBlock(): Promise<number> {
    const known = async (n: number) => !(await this.api.rpc.chain.getBlockHash(n)).isEmpty;
    if (this.finalized < 1 || (await known(1))) return 1;
    let lo = 1;
    let hi = this.finalized;
    if (!(await known(hi))) return hi;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (await known(mid)) hi = mid;
      else lo = mid;
    }
    return hi;
  }

  /** Calls `fn(blockNumber)` after each committed block; returns the unsubscribe function. */
  onIndexed(fn: (n: number) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /**
   * Starts a round of indexing up to the finalized head, unless one is queued or running: a round re-reads
   * `finalized` before every block, so a head that arrives meanwhile is indexed by it. (A round queued per
   * head kept a pending promise and its closure per block for as long as the indexer stayed behind — for
   * ever on a node that builds blocks back to back, ~0.2 kB a block.) A round that fails is retried at once
   * when heads arrived during it, else at the next head.
   */
  private kick(): void {
    if (this.halted) return;
    if (this.round !== 'idle') {
      this.round = 'again';
      return;
    }
    this.round = 'running';
    this.running = this.running.then(async () => {
      let failed = false;
      try {
        while (!this.stopped && this.indexedBlock < this.finalized) {
          const next = this.cursor ? this.cursor.number + 1 : await this.firstBlock();
          const last = Math.min(this.finalized, next + this.batchBlocks - 1);
          if (!this.batchesRefused && this.batchBlocks > 1) await this.backfillOrBlock(next, last);
          else await this.indexBlock(next);
        }
        this.lastError = undefined;
      } catch (err) {
        failed = true;
        this.lastError = err;
        if (isStateDiscarded(err)) {
          this.halted = new Error(
            `history stops at block #${this.indexedBlock}: the node has discarded the state of the next block ` +
              `(it keeps only its last blocks' state, --state-pruning); history needs every block's state: ` +
              `run the node as an archive (--state-pruning archive) or with a window the indexer stays within ` +
              `(${err instanceof Error ? err.message : String(err)})`,
          );
          this.lastError = this.halted;
        }
        this.onError(this.lastError);
      } finally {
        const again = this.round === 'again';
        this.round = 'idle';
        if (failed && again) this.kick();
      }
    });
  }

  /**
   * A batch, or when it fails the next block alone (its error, if any, is the one reported). An endpoint
   * that refuses the batch's methods (public nodes keep state_queryStorage unsafe) is then followed block
   * by block for good.
   */
  private async backfillOrBlock(from: number, to: number): Promise<void> {
    try {
      await this.indexBatch(from, to);
    } catch (err) {
      if (this.indexedBlock >= from) return; // part of the batch committed: go on from there
      const text = err instanceof Error ? err.message : String(err);
      if (/-32601|method not found|unsafe/i.test(text)) this.batchesRefused = true;
      await this.indexBlock(from);
    }
  }

  /** Indexes block `n` (must be the cursor + 1) and commits it. */
  async indexBlock(n: number): Promise<void> {
    if (!this.state) throw new Error('indexer not initialised');
    if (this.cursor && n !== this.cursor.number + 1)
      throw new Error(`block ${n} is not next (indexed ${this.indexedBlock})`);
    const hash = (await this.api.rpc.chain.getBlockHash(n)).toHex();
    // Raw calls for the header and version: a decoded call would pick its registry by the parent's hash,
    // unknown on a checkpointed chain or a pruned node.
    const header = (await this.api.rpc.chain.getHeader.raw(hash)) as { parentHash?: string } | null;
    this.checkParent(n, header?.parentHash);
    // The block's types are its parent's runtime's: the version read at the previous block. For the first
    // block indexed its own version is used (its parent may be unknown: a checkpoint or a pruned node).
    const ownVersion = await this.runtimeVersion(hash);
    const reader = await BlockReader.open(this.api, hash, n, this.parentVersion ?? ownVersion);
    const write = await this.processBlock(reader, header?.parentHash, ownVersion);
    await this.store.commitBlock(write);
    this.committedBlock = n;
    this.advance(write, ownVersion);
  }

  /**
   * Indexes blocks `from` … `to` (`from` = the cursor + 1) from batched reads (backfill.ts) and commits
   * them COMMIT_BLOCKS at a time; a batch across a runtime upgrade goes block by block. Equal, record for
   * record, to indexing each with indexBlock.
   */
  async indexBatch(from: number, to: number): Promise<void> {
    if (!this.state) throw new Error('indexer not initialised');
    if (this.cursor && from !== this.cursor.number + 1)
      throw new Error(`block ${from} is not next (indexed ${this.indexedBlock})`);
    const batch = await this.backfill.open(
      from,
      to,
      this.parentVersion,
      (n, parentHash) => this.checkParent(n, parentHash),
      (hash) => this.runtimeVersion(hash),
    );
    if (!batch) {
      for (let n = from; n <= to && !this.stopped; n++) await this.indexBlock(n);
      return;
    }
    let saved = this.saveProgress();
    let writes: BlockWrite[] = [];
    const commit = async () => {
      await this.store.commitBlocks(writes);
      this.committedBlock = this.cursor?.number ?? 0;
      saved = this.saveProgress();
      const done = writes;
      writes = [];
      for (const w of done) for (const l of this.listeners) l(w.cursor.number);
    };
    try {
      for (const reader of batch.readers) {
        if (this.stopped) break;
        const parentHash = reader.number === from ? batch.parentHash : this.cursor?.hash;
        const write = await this.processBlock(reader, parentHash, batch.version, batch.blockData(reader));
        writes.push(write);
        this.advance(write, batch.version, false);
        if (writes.length >= COMMIT_BLOCKS) await commit();
      }
      if (writes.length > 0) await commit();
    } catch (err) {
      this.restoreProgress(saved);
      throw err;
    }
  }

  /** A block's runtime version (raw: see indexBlock). */
  async runtimeVersion(hash: string): Promise<RuntimeVersion> {
    return this.api.registry.createType(
      'RuntimeVersion',
      await this.api.rpc.state.getRuntimeVersion.raw(hash),
    );
  }

  /** The version the next block was built with (undefined before the first block indexed). */
  get nextBlockVersion(): RuntimeVersion | undefined {
    return this.parentVersion;
  }

  /** Refuses block `n` unless its parent is the indexed block. */
  checkParent(n: number, parentHash: string | undefined): void {
    if (this.cursor && parentHash?.toLowerCase() !== this.cursor.hash)
      throw new Error(
        `block ${n} does not build on the indexed block ${this.cursor.number} (${this.cursor.hash})`,
      );
  }

  /** The records of one block (the reader's), from the running state; nothing is committed. */
  private async processBlock(
    reader: BlockReader,
    parentHash: string | undefined,
    ownVersion: RuntimeVersion,
    data?: { timestampMs: number; events: PlainEvent[] },
  ): Promise<BlockWrite> {
    const state = this.state as RunningState;
    const n = reader.number;
    const [timestampMs, events] = data
      ? [data.timestampMs, data.events]
      : await Promise.all([reader.timestampMs(), reader.events(indexedEvent)]);
    const daily =
      this.cursor === undefined ||
      Math.floor(timestampMs / DAY_MS) !== Math.floor(this.cursor.timestampMs / DAY_MS);
    const next: RunningState = {
      ownerRewards: { ...state.ownerRewards },
      commissions: { ...state.commissions },
      treasuryCumulative: state.treasuryCumulative,
      tallies: { ...(state.tallies ?? {}) },
    };
    const t = await this.scanEvents(reader, events, next, timestampMs);
    const write = await this.collect(reader, t, next, timestampMs, daily);
    if (t.finished.size > 0 && parentHash && this.cursor) {
      const before = await BlockReader.open(this.api, parentHash, n - 1, this.parentVersion ?? ownVersion);
      write.stories = await Promise.all(
        [...t.finished].map((idx) => this.story(before, reader, BigInt(idx), next, timestampMs)),
      );
    }
    write.enactments = t.enactments;
    const cursor: Cursor = {
      genesisHash: this.api.genesisHash.toHex(),
      number: n,
      hash: reader.hash,
      timestampMs,
      ss58: this.ss58,
      firstBlock: this.cursor?.firstBlock ?? n,
    };
    return { ...write, cursor, state: next };
  }

  /** Moves the cursor past a block's write (committed, or to be committed with its batch). */
  private advance(write: BlockWrite, ownVersion: RuntimeVersion, notify = true): void {
    this.cursor = write.cursor;
    this.state = write.state;
    this.parentVersion = ownVersion;
    if (notify) for (const l of this.listeners) l(write.cursor.number);
  }

  /** What the indexer carries from block to block, to undo a batch that failed before its commit. */
  private saveProgress() {
    return {
      cursor: this.cursor,
      state: this.state,
      parentVersion: this.parentVersion,
      pendingRewards: [...this.pendingRewards],
      rewardWindow: this.rewardWindow,
      sessionWorkers: [...this.sessionWorkers],
    };
  }

  private restoreProgress(p: ReturnType<Indexer['saveProgress']>): void {
    this.cursor = p.cursor;
    this.state = p.state;
    this.parentVersion = p.parentVersion;
    this.pendingRewards.clear();
    for (const k of p.pendingRewards) this.pendingRewards.add(k);
    this.rewardWindow = p.rewardWindow;
    this.sessionWorkers.clear();
    for (const [k, v] of p.sessionWorkers) this.sessionWorkers.set(k, v);
  }

  private async scanEvents(
    reader: BlockReader,
    events: PlainEvent[],
    state: RunningState,
    timestampMs: number,
  ): Promise<Touched> {
    const t: Touched = {
      pools: new Set(),
      rewardPools: new Set(),
      rewardWorkers: new Set(),
      delegations: new Map(),
      workers: new Set(),
      referenda: new Set(),
      finished: new Set(),
      enactments: [],
      settled: new Map(),
      accounts: [],
      commissions: [],
      treasury: 0n,
    };
    const base = { blockNumber: reader.number, timestampMs };
    const delegation = (address: string, pid: string) =>
      t.delegations.set(`${address}|${pid}`, { address, pid });
    const optPid = (v: bigint | null) => (v === null ? null : S(v));
    for (const e of events) {
      switch (e.section) {
        case 'phalaStakePoolv2':
        case 'phalaBasePool':
        case 'phalaVault': {
          // every event of the pool pallets touches the pool (and the worker) it names
          const named = e.data.pid;
          const pid = named === undefined ? undefined : String(named);
          const reward =
            isEvent(e, 'phalaStakePoolv2', 'RewardReceived') || isEvent(e, 'phalaVault', 'OwnerSharesGained');
          if (pid !== undefined) (reward ? t.rewardPools : t.pools).add(pid);
          const worker = e.data.worker;
          if (typeof worker === 'string') t.workers.add(worker);
          if (isEvent(e, 'phalaStakePoolv2', 'Contribution') || isEvent(e, 'phalaVault', 'Contribution')) {
            const { pid, user, amount, shares } = e.data;
            const asVault = isEvent(e, 'phalaStakePoolv2', 'Contribution') ? optPid(e.data.asVault) : null;
            if (asVault !== null) t.pools.add(asVault);
            t.accounts.push({
              ...base,
              type: 'contribution',
              address: user,
              pid: S(pid),
              amount: S(amount),
              shares: S(shares),
              asVault,
            });
            delegation(user, S(pid));
          } else if (isEvent(e, 'phalaBasePool', 'WithdrawalQueued')) {
            const { pid, user, shares } = e.data;
            const asVault = optPid(e.data.asVault);
            if (asVault !== null) t.pools.add(asVault);
            t.accounts.push({
              ...base,
              type: 'withdrawalQueued',
              address: user,
              pid: S(pid),
              shares: S(shares),
              asVault,
            });
            delegation(user, S(pid));
          } else if (isEvent(e, 'phalaBasePool', 'Withdrawal')) {
            const { pid, user, amount, shares } = e.data;
            t.accounts.push({
              ...base,
              type: 'withdrawal',
              address: user,
              pid: S(pid),
              amount: S(amount),
              shares: S(shares),
            });
            delegation(user, S(pid));
          } else if (isEvent(e, 'phalaStakePoolv2', 'OwnerRewardsWithdrawn')) {
            const { pid, user, amount } = e.data;
            t.accounts.push({
              ...base,
              type: 'ownerRewardsWithdrawn',
              address: user,
              pid: S(pid),
              amount: S(amount),
            });
          } else if (isEvent(e, 'phalaVault', 'OwnerSharesClaimed')) {
            const { pid, user, shares } = e.data;
            t.accounts.push({
              ...base,
              type: 'ownerSharesClaimed',
              address: user,
              pid: S(pid),
              shares: S(shares),
            });
            delegation(user, S(pid));
          } else if (isEvent(e, 'phalaStakePoolv2', 'SlashSettled')) {
            delegation(e.data.user, S(e.data.pid));
          } else if (isEvent(e, 'phalaStakePoolv2', 'RewardReceived')) {
            const p = S(e.data.pid);
            state.ownerRewards[p] = S(BigInt(state.ownerRewards[p] ?? '0') + e.data.toOwner);
          } else if (isEvent(e, 'phalaVault', 'OwnerSharesGained')) {
            const p = S(e.data.pid);
            state.ownerRewards[p] = S(BigInt(state.ownerRewards[p] ?? '0') + e.data.shares);
          } else if (
            isEvent(e, 'phalaStakePoolv2', 'PoolCommissionSet') ||
            isEvent(e, 'phalaVault', 'VaultCommissionSet')
          ) {
            const p = S(e.data.pid);
            const kind = e.section === 'phalaVault' ? 'Vault' : 'StakePool';
            const commission = S(e.data.commission);
            t.commissions.push({ ...base, pid: p, kind, commission, previous: state.commissions[p] ?? '0' });
            state.commissions[p] = commission;
          }
          break;
        }
        case 'phalaComputation': {
          let worker: string | null = null;
          const named = e.data.worker;
          const session = e.data.session;
          if (typeof named === 'string') {
            worker = named;
            if (typeof session === 'string')
              if (isEvent(e, 'phalaComputation', 'SessionUnbound')) this.sessionWorkers.delete(session);
              else if (isEvent(e, 'phalaComputation', 'SessionBound'))
                this.sessionWorkers.set(session, worker);
          } else if (typeof session === 'string') worker = await this.sessionWorker(reader, session);
          if (worker === null) break;
          const settled = isEvent(e, 'phalaComputation', 'SessionSettled');
          (settled ? t.rewardWorkers : t.workers).add(worker);
          if (isEvent(e, 'phalaComputation', 'SessionSettled'))
            t.settled.set(worker, (t.settled.get(worker) ?? 0n) + fromFixed(e.data.payoutBits));
          break;
        }
        case 'phalaRegistry':
          if (isEvent(e, 'phalaRegistry', 'InitialScoreSet')) t.workers.add(e.data.pubkey);
          break;
        case 'balances':
          if (isEvent(e, 'balances', 'Withdraw') && e.data.who === this.subsidy) t.treasury += e.data.amount;
          break;
        case 'democracy':
          if (
            isEvent(e, 'democracy', 'Started') ||
            isEvent(e, 'democracy', 'Voted') ||
            isEvent(e, 'democracy', 'Cancelled') ||
            isEvent(e, 'democracy', 'Passed') ||
            isEvent(e, 'democracy', 'NotPassed')
          )
            t.referenda.add(S(e.data.refIndex));
          if (isEvent(e, 'democracy', 'Passed') || isEvent(e, 'democracy', 'NotPassed'))
            t.finished.add(S(e.data.refIndex));
          break;
        case 'scheduler': {
          // rare (an enactment): read through its codec
          const c = e.codec();
          const ev = this.api.events;
          const refIndex = ev.scheduler.Dispatched.is(c) ? democracyTask(c.data.id) : null;
          if (refIndex !== null && ev.scheduler.Dispatched.is(c))
            t.enactments.push({ ...base, refIndex, ...dispatchOutcome(this.api, c.data.result) });
          break;
        }
        default:
          break;
      }
    }
    return t;
  }

  private async collect(
    reader: BlockReader,
    t: Touched,
    state: RunningState,
    timestampMs: number,
    daily: boolean,
  ): Promise<Omit<BlockWrite, 'cursor' | 'state'>> {
    const base = { blockNumber: reader.number, timestampMs };
    const reason: SnapshotReason = daily ? 'daily' : 'event';
    this.addRewardTouches(t, timestampMs, daily);
    // Pools: touched ones (all on a daily block), plus vaults subscribed to a touched stake pool.
    const pids = daily ? (await reader.poolIds()).map(S) : [...t.pools];
    const pools = new Map<string, PoolState>();
    const queue = [...pids];
    while (queue.length > 0) {
      const pid = queue.shift() as string;
      if (pools.has(pid)) continue;
      const p = await reader.pool(BigInt(pid));
      if (!p) continue;
      pools.set(pid, p);
      for (const v of p.valueSubscribers) if (!pools.has(S(v))) queue.push(S(v));
    }
    const poolRecords: PoolSnapshot[] = [];
    const sorted = [...pools.values()].sort((a, b) => (a.pid < b.pid ? -1 : a.pid > b.pid ? 1 : 0));
    poolRecords.push(
      ...(await Promise.all(sorted.map((p) => this.poolSnapshot(reader, p, state, base, reason)))),
    );

    // Delegations: touched (account, pool) pairs; on a daily block every delegation of every pool.
    const accounts = [...t.accounts];
    const pairs = new Map(t.delegations);
    if (daily)
      for (const p of sorted)
        for (const address of (await reader.delegations(p)).keys())
          pairs.set(`${address}|${S(p.pid)}`, { address, pid: S(p.pid) });
    for (const { address, pid } of pairs.values()) {
      const p = pools.get(pid) ?? (await reader.pool(BigInt(pid)));
      if (!p) continue;
      const d = (await reader.delegations(p)).get(address) ?? { shares: 0n, withdrawingShares: 0n };
      if (daily && !t.delegations.has(`${address}|${pid}`) && d.shares === 0n && d.withdrawingShares === 0n)
        continue;
      accounts.push({
        ...base,
        type: 'delegation',
        reason: t.delegations.has(`${address}|${pid}`) ? 'event' : reason,
        address,
        pid,
        shares: S(d.shares),
        value: S(BlockReader.value(p, d.shares)),
        withdrawingShares: S(d.withdrawingShares),
        withdrawingValue: S(BlockReader.value(p, d.withdrawingShares)),
      });
    }

    // Workers.
    const pubkeys = new Set(t.workers);
    if (daily) for (const w of await reader.assignedWorkers()) pubkeys.add(w);
    const workers: WorkerSnapshot[] = [];
    const sortedKeys = [...pubkeys].sort();
    const states = await Promise.all(sortedKeys.map((k) => reader.worker(k)));
    for (const [i, pubkey] of sortedKeys.entries()) {
      const w = states[i] as Awaited<ReturnType<BlockReader['worker']>>;
      workers.push({
        ...base,
        reason: t.workers.has(pubkey) ? 'event' : reason,
        pubkey,
        pid: w.pid === null ? null : S(w.pid),
        session: w.session,
        state: w.state,
        vBits: S(w.vBits),
        veBits: S(w.veBits),
        pInit: S(w.pInit),
        pInstant: S(w.pInstant),
        stake: S(w.stake),
        totalReward: S(w.totalReward),
        settledPayout: S(t.settled.get(pubkey) ?? 0n),
        coolDownStart: S(w.coolDownStart),
        initialScore: w.initialScore === null ? null : S(w.initialScore),
      });
    }

    // Referenda.
    const refs = new Set(t.referenda);
    if (daily) for (const r of await reader.ongoingReferenda()) refs.add(S(r));
    const referenda: ReferendumTally[] = [];
    const tallies = state.tallies ?? {};
    for (const idx of [...refs].sort((a, b) => Number(BigInt(a) - BigInt(b)))) {
      const r = (await reader.has((q) => q.democracy?.referendumInfoOf))
        ? await reader.referendum(BigInt(idx))
        : null;
      if (!r) continue;
      // A finished referendum keeps no tally on chain: carry the last one seen.
      const last = tallies[idx] ?? ['0', '0', '0'];
      const tally: [string, string, string] =
        r.status === 'Ongoing' ? [S(r.ayes), S(r.nays), S(r.turnout)] : last;
      tallies[idx] = tally;
      referenda.push({
        ...base,
        reason: t.referenda.has(idx) ? 'event' : reason,
        refIndex: idx,
        status: r.status,
        ayes: tally[0],
        nays: tally[1],
        turnout: tally[2],
        approved: r.approved,
        end: S(r.end),
      });
    }
    state.tallies = tallies;

    const treasury: TreasuryInflow[] = [];
    if (t.treasury > 0n) {
      const cumulative = BigInt(state.treasuryCumulative) + t.treasury;
      state.treasuryCumulative = S(cumulative);
      treasury.push({
        ...base,
        amount: S(t.treasury),
        cumulative: S(cumulative),
        dayMs: Math.floor(timestampMs / DAY_MS) * DAY_MS,
      });
    }
    return { pools: poolRecords, accounts, commissions: t.commissions, treasury, workers, referenda };
  }

  /** A referendum's story from the state before the block it ended in (`before`) and that block. */
  private async story(
    before: BlockReader,
    at: BlockReader,
    refIndex: bigint,
    state: RunningState,
    timestampMs: number,
  ): Promise<ReferendumStory> {
    const idx = S(refIndex);
    const [p, r, ongoing, votings, electorate] = await Promise.all([
      before.ongoingProposal(refIndex),
      at.referendum(refIndex),
      before.referendum(refIndex),
      before.votings(),
      before.totalIssuance(),
    ]);
    const call = p ? (p.inline ?? (await before.preimage(p.hash, p.len))) : null;
    const last = state.tallies?.[idx] ?? ['0', '0', '0'];
    const tally =
      ongoing?.status === 'Ongoing' ? [S(ongoing.ayes), S(ongoing.nays), S(ongoing.turnout)] : last;
    return {
      blockNumber: at.number,
      timestampMs,
      refIndex: idx,
      approved: r?.approved === true,
      end: S(r?.end ?? BigInt(at.number)),
      threshold: p?.threshold ?? 'SimpleMajority',
      delay: S(p?.delay ?? 0n),
      proposalHash: p?.hash ?? '',
      call,
      ayes: tally[0] ?? '0',
      nays: tally[1] ?? '0',
      turnout: tally[2] ?? '0',
      electorate: S(electorate),
      voters: votesOnReferendum(refIndex, votings),
      enactment: null,
    };
  }

  private async poolSnapshot(
    reader: BlockReader,
    p: PoolState,
    state: RunningState,
    base: { blockNumber: number; timestampMs: number },
    reason: SnapshotReason,
  ): Promise<PoolSnapshot> {
    const [freeStake, delegations] = await Promise.all([reader.wpha(p.poolAccount), reader.delegations(p)]);
    let withdrawingShares = 0n;
    let delegators = 0n;
    for (const d of delegations.values()) {
      withdrawingShares += d.withdrawingShares;
      if (d.shares > 0n) delegators++;
    }
    let releasingStake = 0n;
    let idleWorkers = 0n;
    let ownerRewards = p.ownerShares;
    if (p.kind === 'StakePool') {
      for (const w of p.cdWorkers) releasingStake += (await reader.worker(w)).stake;
      for (const w of p.workers) if ((await reader.worker(w)).state === 'WorkerIdle') idleWorkers++;
      ownerRewards = p.ownerRewardAccount ? await reader.wpha(p.ownerRewardAccount) : 0n;
    }
    const price = p.priceBits ?? 0n;
    return {
      ...base,
      reason,
      pid: S(p.pid),
      kind: p.kind,
      owner: p.owner,
      cid: S(p.cid),
      totalValue: S(p.totalValue),
      totalShares: S(p.totalShares),
      sharePriceBits: S(price),
      sharePrice: S(sharePricePlanck(price)),
      commission: S(p.commission),
      freeStake: S(freeStake),
      releasingStake: S(releasingStake),
      withdrawingShares: S(withdrawingShares),
      withdrawingValue: S(BlockReader.value(p, withdrawingShares)),
      delegators: S(delegators),
      workers: S(p.workers.length),
      idleWorkers: S(idleWorkers),
      cap: p.cap === null ? null : S(p.cap),
      ownerRewards: S(ownerRewards),
      cumulativeOwnerRewards: state.ownerRewards[S(p.pid)] ?? '0',
    };
  }

  async status(): Promise<IndexerStatus> {
    return {
      genesisHash: this.cursor?.genesisHash ?? this.api.genesisHash.toHex(),
      indexedBlock: this.indexedBlock,
      indexedHash: this.cursor?.hash ?? null,
      firstBlock: this.cursor?.firstBlock ?? null,
      finalizedBlock: this.finalized,
    };
  }

  /** The history API over this indexer's store. */
  history(): HistoryApi {
    return createHistoryApi(this.store, { ss58: this.ss58, status: () => this.status() });
  }
}

const parseId = (v: bigint | number | string, name: string): string => {
  try {
    const n = BigInt(v);
    if (n < 0n) throw new Error();
    return n.toString();
  } catch {
    throw new TypeError(`${name}: expected a non-negative integer`);
  }
};

/** An address in the chain's SS58 format (accepts any SS58 prefix or a 0x 32-byte key). */
export function normaliseAddress(address: string, ss58: number): string {
  return encodeAddress(decodeAddress(address), ss58);
}

/**
 * The history API over a store: in-process functions, the same the RPC methods serve. Time ranges are
 * inclusive unix ms (default: everything); results are in block order.
 */
export function createHistoryApi(
  store: IndexStore,
  opts: { ss58?: number; status?: () => Promise<IndexerStatus> } = {},
): HistoryApi {
  const inRange =
    (fromMs = 0, toMs = Number.MAX_SAFE_INTEGER) =>
    (r: { timestampMs: number }) =>
      r.timestampMs >= fromMs && r.timestampMs <= toMs;
  const ss58 = async () => opts.ss58 ?? (await store.cursor())?.ss58 ?? 42;
  return {
    async poolSnapshots(pid, fromMs, toMs) {
      return (await store.pools(parseId(pid, 'pid'))).filter(inRange(fromMs, toMs));
    },
    async accountHistory(address) {
      return store.accounts(normaliseAddress(address, await ss58()));
    },
    async commissionChanges(pid) {
      return store.commissions(parseId(pid, 'pid'));
    },
    async treasuryInflow(fromMs, toMs) {
      return (await store.treasury()).filter(inRange(fromMs, toMs));
    },
    async workerSeries(pubkey) {
      return store.workers(pubkey);
    },
    async referendumTallies(refIndex) {
      return store.referenda(parseId(refIndex, 'refIndex'));
    },
    async referendumStory(refIndex) {
      return store.story(parseId(refIndex, 'refIndex'));
    },
    async status() {
      if (opts.status) return opts.status();
      const c = await store.cursor();
      return {
        genesisHash: c?.genesisHash ?? null,
        indexedBlock: c?.number ?? 0,
        indexedHash: c?.hash ?? null,
        firstBlock: c?.firstBlock ?? null,
        finalizedBlock: c?.number ?? 0,
      };
    },
  };
}
