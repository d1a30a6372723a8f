/**
 * One simulated pRuntime worker with the relayer work it needs (pherry's role for one worker), transport-
 * neutral: feed it every finalized block in order (`processBlock`), then ask `step(view)` what to submit
 * given what the chain shows at its head. It walks the worker's lifecycle as an operator would:
 * `register_worker_v2` with an attestation from the simulated IAS, or from the simulated DCAP service when
 * the plan says `attestation: 'dcap'` (submitted by the relayer account),
 * waits for the benchmark to land (`initial_score`), then asks the operator's account to
 * `PhalaStakePoolv2.add_worker` and `start_computing` — and relays every signed message the pRuntime emits
 * (benchmark report, heartbeats) as `PhalaMq.sync_offchain_message`.
 *
 * Relaying keeps an outbox: a message stays until the chain's `OffchainIngress` for the worker passes its
 * sequence, so messages lost with the tx pool (a node restart) are sent again, stale ones are dropped,
 * and nothing is ever sent out of order. Lifecycle calls are retried when the chain has not moved after
 * RETRY_BLOCKS. Used in-process by the actor supervisor and over RPC by `npm run worker` (chain/worker.ts).
 */
import type { CallValue } from '../frame/runtime.js';
import type { SignedMessageValue } from '../pallets/phala-mq/types.js';
import { type AttestationService, SimulatedAttestationService } from './attestation-service.js';
import { SimulatedDcapService } from './dcap-service.js';
import { type PRuntimeState, PRuntimeWorker } from './pruntime.js';
import type { BlockInfo } from './worker-state.js';

/** Blocks to wait for a lifecycle call (or a relayed message) to show on chain before sending it again. */
export const RETRY_BLOCKS = 10n;

export interface WorkerPlan {
  /** The identity key derives from it (`pha-stake/worker/<name>/identity`): same name, same worker. */
  name: string;
  /** Operator account (SS58 or hex), written into pruntime_info; it must own the pool. */
  operator: string;
  pool: bigint;
  /** Stake for start_computing (planck). */
  stake: bigint;
  /** Benchmark speed; the initial score is ≈ 6 × this. */
  iterationsPerSecond: bigint;
  /** Which simulated attestation to register with (default IAS). */
  attestation?: AttestationKind;
  /** Dev networks: benchmark for at most this many blocks (`DEV_BENCHMARK_BLOCKS`), not the chain's 50. */
  benchmarkBlocks?: bigint;
}

/**
 * The dev-profile benchmark duration of simulated workers (`dev` and `demo` profiles, not `production`):
 * the pRuntime reports its score one block after `BenchStart` (12 s at the node's interval) instead of
 * waiting the chain's BenchmarkDuration of 50 blocks (10 minutes). The chain accepts any report of at
 * least one second, as Phala's does.
 */
export const DEV_BENCHMARK_BLOCKS = 1n;

export type AttestationKind = 'ias' | 'dcap';

/** What the agent needs to see at the chain's head. */
export interface WorkerView {
  head: bigint;
  nowSec: bigint;
  /** OffchainIngress[Worker(pubkey)]: the next sequence the chain expects from this worker. */
  ingress: bigint;
  /** Where the worker stands on chain; needed only until it computes (see `needsLifecycle`). */
  lifecycle?: WorkerLifecycleView;
}

export interface WorkerLifecycleView {
  registered: boolean;
  benchmarked: boolean;
  /** Added to a pool (bound to a session). */
  bound: boolean;
  /** Its session is computing (WorkerIdle or WorkerUnresponsive). */
  computing: boolean;
}

export type AgentStage = 'registering' | 'benchmarking' | 'adding' | 'starting' | 'computing';

export interface AgentAction {
  /** Who signs: the relayer account or the worker's operator. */
  signer: 'relayer' | 'operator';
  call: CallValue;
  what: string;
}

export interface WorkerAgentState {
  plan: WorkerPlan;
  stage: AgentStage;
  pruntime: PRuntimeState;
  outbox: SignedMessageValue[];
  lastBlock: bigint;
  attemptAt: bigint | null;
}

const ias = new SimulatedAttestationService();
let dcap: SimulatedDcapService | undefined;
/** The simulated service of a kind (the DCAP PKI is built on first use). */
function attestationService(kind: AttestationKind | undefined): AttestationService {
  if (kind !== 'dcap') return ias;
  dcap ??= new SimulatedDcapService();
  return dcap;
}

export const relayCall = (m: SignedMessageValue): CallValue => ({
  type: 'PhalaMq',
  value: { type: 'sync_offchain_message', value: { signed_message: m } },
});

export class WorkerAgent {
  readonly pruntime: PRuntimeWorker;
  stage: AgentStage = 'registering';
  /** Messages emitted and not yet seen on chain, by sequence. */
  outbox: SignedMessageValue[] = [];
  /** The last block fed to the pRuntime (-1 before the first). */
  lastBlock = -1n;
  private attemptAt: bigint | null = null;
  private relayedMax = -1n;
  private relayedAt = 0n;

  constructor(readonly plan: WorkerPlan) {
    this.pruntime = new PRuntimeWorker({
      name: plan.name,
      operator: plan.operator,
      iterationsPerSecond: plan.iterationsPerSecond,
      ...(plan.benchmarkBlocks === undefined ? {} : { benchmarkBlocks: plan.benchmarkBlocks }),
    });
  }

  get pubkey(): string {
    return this.pruntime.pubkey;
  }

  /** Feeds one finalized block to the pRuntime and collects what it emits. */
  processBlock(block: BlockInfo): void {
    this.pruntime.processBlock(block);
    this.outbox.push(...this.pruntime.takeEgress());
    this.lastBlock = block.number;
  }

  /** Whether `step` needs to see anything this block (messages to relay or a lifecycle to walk). */
  get needsView(): boolean {
    return this.outbox.length > 0 || this.stage !== 'computing';
  }

  /**
   * Whether `step` needs the lifecycle part of the view. Once computing, the worker stays so: if the
   * chain or the owner stops it, an operator decides what next, not the worker.
   */
  get needsLifecycle(): boolean {
    return this.stage !== 'computing';
  }

  /** What to submit now, given the chain's head. */
  step(view: WorkerView): AgentAction[] {
    const out: AgentAction[] = [];
    this.outbox = this.outbox.filter((m) => m.sequence >= view.ingress);
    // A relayed message the chain has not taken after a while was lost (pool dropped, node restarted).
    if (this.outbox.length && view.ingress <= this.relayedMax && view.head - this.relayedAt > RETRY_BLOCKS)
      this.relayedMax = view.ingress - 1n;
    for (const m of this.outbox) {
      if (m.sequence <= this.relayedMax) continue;
      out.push({ signer: 'relayer', call: relayCall(m), what: `message #${m.sequence}` });
      this.relayedMax = m.sequence;
      this.relayedAt = view.head;
    }
    const chain = view.lifecycle;
    if (!this.pruntime.isOnline() || !chain || this.stage === 'computing') return out;
    const next: AgentStage = chain.computing
      ? 'computing'
      : chain.bound
        ? 'starting'
        : chain.benchmarked
          ? 'adding'
          : chain.registered
            ? 'benchmarking'
            : 'registering';
    if (next !== this.stage) this.attemptAt = null;
    this.stage = next;
    const due = this.attemptAt === null || view.head - this.attemptAt >= RETRY_BLOCKS;
    if (!due) return out;
    const action = this.lifecycleAction(view);
    if (action) {
      out.push(action);
      this.attemptAt = view.head;
    }
    return out;
  }

  private lifecycleAction(view: WorkerView): AgentAction | undefined {
    const { pool, stake } = this.plan;
    switch (this.stage) {
      case 'registering':
        return {
          signer: 'relayer',
          what: 'register_worker_v2',
          call: {
            type: 'PhalaRegistry',
            value: {
              type: 'register_worker_v2',
              value: this.pruntime.registration(attestationService(this.plan.attestation), view.nowSec),
            },
          },
        };
      case 'adding':
        return {
          signer: 'operator',
          what: 'add_worker',
          call: {
            type: 'PhalaStakePoolv2',
            value: { type: 'add_worker', value: { pid: pool, pubkey: this.pubkey } },
          },
        };
      case 'starting':
        return {
          signer: 'operator',
          what: 'start_computing',
          call: {
            type: 'PhalaStakePoolv2',
            value: { type: 'start_computing', value: { pid: pool, worker: this.pubkey, stake } },
          },
        };
      default:
        return undefined;
    }
  }

  /** The agent's restorable state (pRuntime, outbox, stage). */
  exportState(): WorkerAgentState {
    return {
      plan: { ...this.plan },
      stage: this.stage,
      pruntime: this.pruntime.exportState(),
      outbox: [...this.outbox],
      lastBlock: this.lastBlock,
      attemptAt: this.attemptAt,
    };
  }

  static restore(s: WorkerAgentState): WorkerAgent {
    const agent = new WorkerAgent(s.plan);
    agent.pruntime.importState(s.pruntime);
    agent.stage = s.stage;
    agent.outbox = [...s.outbox];
    agent.lastBlock = s.lastBlock;
    // After a restart nothing is in flight: retry at once.
    agent.attemptAt = null;
    return agent;
  }
}
