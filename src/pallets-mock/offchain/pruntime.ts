/**
 * A simulated pRuntime worker (the TEE side of crates/phactory/src/system/mod.rs): an sr25519 identity
 * key (and an ECDH key), its `WorkerRegistrationInfoV2` and the attestation quote committing to it
 * (REPORTDATA = blake2_256(SCALE(pruntime_info))), a benchmark counter running at a configurable rate
 * while benchmarking or computing, and the worker state machine fed with every finalized block's
 * messages: it reports `BenchReport` after `BenchmarkDuration` blocks and answers the heartbeat challenges
 * that hit it with `HeartbeatV2`, all as sequenced messages signed by the identity key.
 *
 * `setOnline(false)` models a pRuntime that is down: blocks queue up and its benchmark stops; when it comes
 * back it replays the missed blocks in order (emitting late heartbeats first), as a restarted pRuntime
 * does.
 *
 * A relayer serving many pRuntimes hands a block only to those it can reach (relayer.ts): the rest would
 * only move their clock. Such a pRuntime follows the relayer's `FedClock` (`followClock`): once it is in
 * step (it processed a block online since it started following, came back or was restored), every block
 * the relayer finishes counts as seen, and its clock catches up to the last one before anything reads it.
 */
import { encode } from '../frame/scale.js';
import {
  type AttestationReportValue,
  RegistryEvent,
  type SignedMessageValue,
  TOPIC,
  WorkerRegistrationInfoV2,
  type WorkerRegistrationInfoV2Value,
  WorkingReportEvent,
} from '../pallets/phala-mq/types.js';
import {
  DEV_RELAYCHAIN_GENESIS_HASH,
  devSeed,
  KHALA_PARA_ID,
} from '../pallets/phala-registry/dev-identities.js';
import { accountId } from '../primitives/account.js';
import { concatBytes, toHex } from '../primitives/bytes.js';
import { blake2_256 } from '../primitives/hashing.js';
import type { QuoteRequest } from './attestation-service.js';
import { systemEventsFor } from './block-events.js';
import { SignedMessageChannel, type Sr25519Pair, sr25519FromSeed } from './signer.js';
import { type BlockInfo, type WorkerStateCallback, WorkerStateMachine } from './worker-state.js';

export interface PRuntimeOptions {
  /** Name the identity key is derived from (`pha-stake/worker/<name>`), or an explicit 32-byte seed. */
  name?: string;
  seed?: Uint8Array;
  /**
   * The keys `pruntimeKeys` derives for this name or seed, when derived elsewhere (a bench derives
   * 30,000 pRuntimes' keys on worker threads); derived here when absent.
   */
  keys?: PRuntimeKeys;
  /** Operator account written into pruntime_info (the pool owner that may add this worker). */
  operator?: string | null;
  /** Benchmark iterations per second (P ≈ 6 × this). */
  iterationsPerSecond?: bigint;
  /** Dev networks: report the benchmark after at most this many blocks (see WorkerStateMachine). */
  benchmarkBlocks?: bigint;
  paraId?: bigint;
  genesisBlockHash?: string;
  version?: bigint;
  maxConsensusVersion?: bigint;
}

/** A pRuntime's identity key pair and its ECDH public key (hex). */
export interface PRuntimeKeys {
  identity: Sr25519Pair;
  ecdhPubkey: string;
}

/** The keys of a pRuntime named `name` (or with identity seed `seed`); the ECDH key follows the identity. */
export function pruntimeKeys(opts: Pick<PRuntimeOptions, 'name' | 'seed'>): PRuntimeKeys {
  const name = opts.name ?? 'worker';
  const identity = sr25519FromSeed(opts.seed ?? devSeed(`worker/${name}/identity`));
  const pubkey = toHex(identity.publicKey);
  return { identity, ecdhPubkey: toHex(sr25519FromSeed(devSeed(`worker/${name}/ecdh/${pubkey}`)).publicKey) };
}

/**
 * The time of the last block a relayer finished feeding to its pRuntimes (see `followClock`), and how a
 * pRuntime tells the relayer it must be handed every block from now on (`needsEveryBlock` turned true
 * outside a block: it went down or came back, was restored, or had a message queued).
 */
export interface FedClock {
  timestampMs: bigint | null;
  wake(worker: PRuntimeWorker): void;
}

/** A pRuntime's restorable state (see `PRuntimeWorker.exportState`). */
export interface PRuntimeState {
  online: boolean;
  backlog: BlockInfo[];
  benchRunning: boolean;
  runningMs: bigint;
  clockMs: bigint | null;
  iterationsPerSecond: bigint;
  sequence: bigint;
  registered: boolean;
  benchState: WorkerStateMachine['benchState'];
  workingState: WorkerStateMachine['workingState'];
}

export class PRuntimeWorker {
  readonly identity: Sr25519Pair;
  readonly pubkey: string;
  readonly ecdhPubkey: string;
  readonly egress: SignedMessageChannel;
  readonly state: WorkerStateMachine;
  iterationsPerSecond: bigint;
  private readonly opts: PRuntimeOptions;
  private online = true;
  private backlog: BlockInfo[] = [];
  private benchRunning = false;
  /**
   * Benchmark running time in ms: `runningMs`, plus `clockMs − runFrom` while a running stretch is open
   * (`runFrom` not null). The clock advances per block without a `bigint` sum per block; a stretch is
   * folded into `runningMs` when the benchmark pauses or the clock restarts.
   */
  private runningMs = 0n;
  private runFrom: bigint | null = null;
  private clockMs: bigint | null = null;
  /** The relayer's clock this pRuntime follows, and whether it is in step with it (see the header). */
  private fed: FedClock | null = null;
  private inStep = false;
  /** Heartbeats answered so far (challenge block numbers), for tests. */
  readonly answered: bigint[] = [];

  constructor(opts: PRuntimeOptions = {}) {
    this.opts = opts;
    const keys = opts.keys ?? pruntimeKeys(opts);
    this.identity = keys.identity;
    this.pubkey = toHex(this.identity.publicKey);
    this.ecdhPubkey = keys.ecdhPubkey;
    this.egress = new SignedMessageChannel({ type: 'Worker', value: this.pubkey }, this.identity);
    this.state = new WorkerStateMachine(this.pubkey);
    this.state.benchBlocksCap = opts.benchmarkBlocks ?? null;
    this.iterationsPerSecond = opts.iterationsPerSecond ?? 100n;
    this.egress.onQueued = () => this.fed?.wake(this);
  }

  /** `WorkerRegistrationInfoV2` as `get_runtime_info` returns it. */
  registrationInfo(): WorkerRegistrationInfoV2Value {
    return {
      version: this.opts.version ?? 1n,
      machineId: toHex(blake2_256(this.identity.publicKey).subarray(0, 16)),
      pubkey: this.pubkey,
      ecdhPubkey: this.ecdhPubkey,
      genesisBlockHash: this.opts.genesisBlockHash ?? DEV_RELAYCHAIN_GENESIS_HASH,
      features: [1n, 4n],
      operator:
        this.opts.operator === undefined || this.opts.operator === null
          ? null
          : accountId(this.opts.operator),
      paraId: this.opts.paraId ?? KHALA_PARA_ID,
      maxConsensusVersion: this.opts.maxConsensusVersion ?? 0n,
    };
  }

  /** REPORTDATA: blake2_256(SCALE(info)) ‖ 32 zero bytes. */
  reportData(info: WorkerRegistrationInfoV2Value = this.registrationInfo()): Uint8Array {
    return concatBytes(blake2_256(encode(WorkerRegistrationInfoV2, info)), new Uint8Array(32));
  }

  /**
   * The arguments of `register_worker_v2`: runtime info and an attestation from `service` (the simulated
   * IAS or DCAP service) at `nowSec`.
   */
  registration<A extends AttestationReportValue>(
    service: { attest(q: QuoteRequest): A },
    nowSec: bigint,
    quote: Partial<QuoteRequest> = {},
  ): { pruntime_info: WorkerRegistrationInfoV2Value; attestation: A } {
    const info = this.registrationInfo();
    return {
      pruntime_info: info,
      attestation: service.attest({ reportData: this.reportData(info), timestampSec: nowSec, ...quote }),
    };
  }

  isOnline(): boolean {
    return this.online;
  }

  /**
   * Counts every block the relayer finishes as seen once this pRuntime is in step (see the header); the
   * relayer then hands it only the blocks that reach it.
   */
  followClock(fed: FedClock): void {
    this.catchUp();
    this.fed = fed;
    this.inStep = false;
    fed.wake(this);
  }

  /**
   * Whether the relayer must hand it every block, whatever the block holds: it is down (blocks queue
   * up), its clock has not started or is not in step with the relayer's, or it has messages waiting.
   */
  needsEveryBlock(): boolean {
    return !this.online || this.clockMs === null || !this.inStep || this.egress.pending > 0;
  }

  /**
   * The block the relayer must hand it whatever the block holds, when its benchmark window is open: the
   * one that ends the window (it reports then); null when no window is open.
   */
  benchmarkEndBlock(): bigint | null {
    return this.state.benchEndBlock();
  }

  /** Moves the clock to the relayer's last finished block, which an in-step pRuntime has seen. */
  private catchUp(): void {
    const fed = this.fed?.timestampMs;
    if (this.inStep && this.online && fed != null && this.clockMs !== null && fed > this.clockMs)
      this.clockMs = fed;
  }

  /** Takes the pRuntime down (false) or brings it back (true; it then replays the blocks it missed). */
  setOnline(online: boolean): void {
    if (online === this.online) return;
    this.catchUp();
    this.inStep = false;
    this.online = online;
    if (online) {
      this.foldRunning();
      this.clockMs = null;
    }
    this.fed?.wake(this);
  }

  /** Benchmark iterations so far. */
  iterations(): bigint {
    this.catchUp();
    return (this.iterationsPerSecond * this.running()) / 1000n;
  }

  /** Benchmark running time so far (ms). */
  private running(): bigint {
    const from = this.runFrom;
    return from === null || this.clockMs === null ? this.runningMs : this.runningMs + (this.clockMs - from);
  }

  /** Closes the open running stretch into `runningMs`. */
  private foldRunning(): void {
    this.runningMs = this.running();
    this.runFrom = null;
  }

  /** The clock moves to `toMs` (never back); time runs while the benchmark runs, from the first tick on. */
  private tick(toMs: bigint): void {
    if (this.clockMs === null) {
      this.clockMs = toMs;
      if (this.benchRunning) this.runFrom = toMs;
    } else if (toMs > this.clockMs) this.clockMs = toMs;
  }

  private readonly cb: WorkerStateCallback = {
    benchIterations: () => this.iterations(),
    benchResume: () => {
      if (this.benchRunning) return;
      this.benchRunning = true;
      this.runFrom = this.clockMs;
    },
    benchPause: () => {
      this.foldRunning();
      this.benchRunning = false;
    },
    benchReport: (startTime, iterations) => {
      this.egress.push(TOPIC.registryEvent, RegistryEvent, {
        type: 'BenchReport',
        value: { start_time: startTime, iterations },
      });
    },
    heartbeat: (sessionId, challengeBlock, challengeTime, iterations) => {
      this.answered.push(challengeBlock);
      this.egress.push(TOPIC.workingReport, WorkingReportEvent, {
        type: 'HeartbeatV2',
        value: {
          session_id: sessionId,
          challenge_block: challengeBlock,
          challenge_time: challengeTime,
          iterations,
          n_clusters: 0n,
          n_contracts: 0n,
        },
      });
    },
  };

  /** Feeds one finalized block (queued while offline). */
  processBlock(block: BlockInfo): void {
    if (!this.online) {
      this.backlog.push(block);
      return;
    }
    if (this.backlog.length) for (const b of this.backlog.splice(0)) this.replay(b);
    this.replay(block);
    this.inStep = this.fed !== null;
  }

  /** One block through the state machine: the system events that reach this worker, in order. */
  private replay(b: BlockInfo): void {
    const cb = this.cb;
    this.tick(b.timestampMs);
    for (const event of systemEventsFor(b, this.pubkey)) this.state.processEvent(b, event, cb);
    this.state.onBlockProcessed(b, cb);
  }

  /**
   * Everything a restarted pRuntime needs to continue (its sealed state): the state machine, the
   * benchmark clock, the egress sequence and the blocks queued while it was down. Call between blocks,
   * after its egress was taken.
   */
  exportState(): PRuntimeState {
    this.catchUp();
    return {
      online: this.online,
      backlog: this.backlog.map((b) => ({ ...b })),
      benchRunning: this.benchRunning,
      runningMs: this.running(),
      clockMs: this.clockMs,
      iterationsPerSecond: this.iterationsPerSecond,
      sequence: this.egress.nextSequence,
      registered: this.state.registered,
      benchState: this.state.benchState && { ...this.state.benchState },
      workingState: this.state.workingState && { ...this.state.workingState },
    };
  }

  /** Restores what `exportState` returned (same name/seed and options as the exported worker). */
  importState(s: PRuntimeState): void {
    this.inStep = false;
    this.online = s.online;
    this.backlog = s.backlog.map((b) => ({ ...b }));
    this.benchRunning = s.benchRunning;
    this.runningMs = s.runningMs;
    this.clockMs = s.clockMs;
    this.runFrom = s.benchRunning ? s.clockMs : null;
    this.iterationsPerSecond = s.iterationsPerSecond;
    this.egress.restoreSequence(s.sequence);
    this.state.registered = s.registered;
    this.state.benchState = s.benchState && { ...s.benchState };
    this.state.workingState = s.workingState && { ...s.workingState };
    this.fed?.wake(this);
  }

  /** Signed messages for the relayer (`get_egress_messages`). */
  takeEgress(): SignedMessageValue[] {
    return this.online ? this.egress.take() : [];
  }
}
