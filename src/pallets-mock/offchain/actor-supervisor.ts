/**
 * The in-process actors of a dev chain (`--actors on`): the Gatekeeper, simulated pRuntime workers and the
 * relayer, following a DevChain's new heads. For every block, in order, the relayer reads its number,
 * timestamp and PhalaMq.OutboundMessages (from the block's own state diff), feeds them to the Gatekeeper
 * and to every worker agent, and then — at the head only — submits what they emit: the Gatekeeper's
 * signed WorkingInfoUpdateEvents and the workers' messages as `PhalaMq.sync_offchain_message` signed by
 * the relayer account, and each worker's lifecycle calls (register_worker_v2 by the relayer, add_worker /
 * start_computing by its operator). Everything is signed for real (tx-signer.ts) and submitted with
 * `chain.submit(bytes, { local: true })`, so actors never trigger a block by themselves; their
 * transactions wait for the next one. Processing is synchronous inside the new-head listener, so even a
 * `dev_newBlock` of thousands of blocks sees every heartbeat relayed in time.
 *
 * State: `exportState()` is JSON (json-state.ts) holding the Gatekeeper (workers, V/P tokenomic, pending
 * challenges, egress sequence), each agent (pRuntime state, outbox, stage) and the last processed block.
 * `start(saved)` restores it and catches up on the blocks after it by replaying their stored diffs;
 * without saved state the Gatekeeper replays the chain from block 1 (or, on a chain resumed from a
 * checkpoint, starts at the head with the chain's tokenomic parameters). `onCheckpoint` is called every
 * `checkpointEvery` blocks so the node can persist it beside its blocks.
 */
import { type BlockRecord, ChainError, type DevChain } from '../devchain/chain.js';
import type { CallValue } from '../frame/runtime.js';
import { decode, vec } from '../frame/scale.js';
import {
  isComputing,
  Sessions,
  TokenomicParametersStore,
  WorkerBindings,
} from '../pallets/phala-computation/index.js';
import { OffchainIngress, OutboundMessages, signedMessageOf } from '../pallets/phala-mq/index.js';
import { Message, type MessageValue, type SignedMessageValue } from '../pallets/phala-mq/types.js';
import { Workers } from '../pallets/phala-registry/storage.js';
import { Now } from '../pallets/timestamp/index.js';
import { Gatekeeper, type GatekeeperState } from './gatekeeper.js';
import { gkParams } from './gk-tokenomic.js';
import { parseState, stringifyState } from './json-state.js';
import { accountOf, signCall } from './tx-signer.js';
import {
  DEV_BENCHMARK_BLOCKS,
  RETRY_BLOCKS,
  relayCall,
  WorkerAgent,
  type WorkerAgentState,
  type WorkerPlan,
  type WorkerView,
} from './worker-agent.js';
import type { BlockInfo } from './worker-state.js';

export interface SupervisorOptions {
  /** SURI of the relayer account that submits messages and registrations (default //Ferdie). */
  relayer?: string;
  /** Run the Gatekeeper (default true). */
  gatekeeper?: boolean;
  /** Blocks between checkpoints (default 100). */
  checkpointEvery?: number;
  onCheckpoint?: (state: string, block: bigint) => void;
  /** Diagnostics (a submission refused, a worker started). */
  log?: (line: string) => void;
}

interface SupervisorState {
  version: 1;
  lastBlock: bigint;
  gatekeeper: GatekeeperState | null;
  gkOutbox: SignedMessageValue[];
  agents: Array<{ agent: WorkerAgentState; operatorSuri: string; dead: boolean }>;
}

export interface StartWorkerOptions {
  /** Operator SURI: signs add_worker / start_computing; must own the pool. */
  operator: string;
  pool: bigint;
  /** Stake in planck. */
  stake: bigint;
  /** Benchmark iterations per second (initial score ≈ 6×); default 100. */
  iterationsPerSecond?: bigint;
  /** Identity name (default derived from operator, pool and a counter). */
  name?: string;
}

const GK_ORIGIN = { type: 'Gatekeeper', value: null } as const;
const MESSAGES = vec(Message);

export class ActorSupervisor {
  readonly gatekeeper: Gatekeeper | undefined;
  private readonly agents = new Map<string, { agent: WorkerAgent; operatorSuri: string; dead: boolean }>();
  private gkOutbox: SignedMessageValue[] = [];
  /** Messages relayed since the last head, to pre-verify on the chain's worker pool. */
  private readonly relayed: SignedMessageValue[] = [];
  private gkRelayedMax = -1n;
  private gkRelayedAt = 0n;
  /** The last block processed (-1n: none yet). */
  lastBlock = -1n;
  private lastMessages: MessageValue[] = [];
  private unsubscribe: (() => void) | undefined;
  private readonly relayer: string;
  private readonly checkpointEvery: bigint;
  /** Submissions refused by the pool, for diagnostics. */
  refused = 0;

  constructor(
    readonly chain: DevChain,
    private readonly opts: SupervisorOptions = {},
  ) {
    this.relayer = opts.relayer ?? '//Ferdie';
    this.checkpointEvery = BigInt(opts.checkpointEvery ?? 100);
    if (opts.gatekeeper !== false) this.gatekeeper = new Gatekeeper();
  }

  get running(): boolean {
    return this.unsubscribe !== undefined;
  }

  /** Restores `saved` (from exportState) if given, catches up to the head and follows new heads. */
  start(saved?: string): void {
    if (this.unsubscribe) return;
    if (saved) this.importState(saved);
    else if (this.chain.firstKnown > 1n) {
      // A checkpointed chain without actor state: start at the head with the chain's parameters.
      const params = this.chain.atBlock(undefined, () => TokenomicParametersStore.tryGet());
      if (this.gatekeeper && params) this.gatekeeper.params = gkParams(params);
      this.lastBlock = this.chain.best;
    } else this.lastBlock = 0n;
    this.lastMessages = this.messagesAt(this.lastBlock);
    this.catchUp();
    this.unsubscribe = this.chain.onNewHead((b) => {
      try {
        this.onHead(b);
      } catch (err) {
        // A broken actor must not stop the chain: report it and stop the actors.
        this.opts.log?.(
          `actors stopped at #${b.header.number}: ${err instanceof Error ? err.message : String(err)}`,
        );
        this.stop();
      }
    });
    this.act();
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Starts a simulated worker (as `npm run worker` does); returns its pubkey. */
  startWorker(o: StartWorkerOptions): string {
    const name = o.name ?? `${o.operator}/${o.pool}/${this.agents.size}`;
    const plan: WorkerPlan = {
      name,
      operator: accountOf(o.operator),
      pool: o.pool,
      stake: o.stake,
      iterationsPerSecond: o.iterationsPerSecond ?? 100n,
      ...(this.chain.profile === 'production' ? {} : { benchmarkBlocks: DEV_BENCHMARK_BLOCKS }),
    };
    const agent = new WorkerAgent(plan);
    const existing = this.agents.get(agent.pubkey);
    if (existing) return agent.pubkey;
    agent.lastBlock = this.lastBlock;
    this.agents.set(agent.pubkey, { agent, operatorSuri: o.operator, dead: false });
    this.opts.log?.(`worker ${agent.pubkey} started for pool ${o.pool}`);
    if (this.running) this.act();
    return agent.pubkey;
  }

  /** Takes a worker's pRuntime down (it queues blocks) or brings it back (it replays them). */
  setOnline(pubkey: string, online: boolean): void {
    this.agents.get(pubkey)?.agent.pruntime.setOnline(online);
  }

  /** A worker whose machine is gone for good: no longer fed, never answers again. */
  kill(pubkey: string): void {
    const a = this.agents.get(pubkey);
    if (a) a.dead = true;
  }

  workers(): WorkerAgent[] {
    return [...this.agents.values()].map((a) => a.agent);
  }

  // ------------------------------------------------------------------------------------------------

  private messagesAt(n: bigint): MessageValue[] {
    const block = this.chain.block(n);
    if (!block) return [];
    const raw = this.chain.storage(OutboundMessages.key(), block.hash);
    return raw === undefined ? [] : (decode(MESSAGES, raw) as MessageValue[]);
  }

  /** The block as the off-chain side sees it, from its own diff (OutboundMessages kept if unchanged). */
  private blockInfo(block: BlockRecord): BlockInfo {
    const key = OutboundMessages.key();
    const d = block.diff.find((e) => e.key === key);
    if (d) this.lastMessages = d.value === null ? [] : (decode(MESSAGES, d.value) as MessageValue[]);
    return { number: block.header.number, timestampMs: block.timestampMs, messages: this.lastMessages };
  }

  private catchUp(): void {
    for (let n = this.lastBlock + 1n; n <= this.chain.best; n++) {
      const block = this.chain.block(n);
      if (!block) throw new Error(`actors: block #${n} is not available to replay`);
      this.process(block);
    }
  }

  private onHead(block: BlockRecord): void {
    if (block.header.number <= this.lastBlock) return;
    if (block.header.number > this.lastBlock + 1n) this.catchUp();
    else this.process(block);
    this.act();
    // The relayed messages wait in the pool for the next block: their signatures verify meanwhile on the
    // chain's worker pool, if it has one (dispatch still checks each one).
    void this.chain.preverifyMessages(this.relayed.splice(0)).catch(() => {});
    if (this.opts.onCheckpoint && this.lastBlock % this.checkpointEvery === 0n)
      this.opts.onCheckpoint(this.exportState(), this.lastBlock);
  }

  private process(block: BlockRecord): void {
    const info = this.blockInfo(block);
    if (this.gatekeeper) {
      this.gatekeeper.processBlock(info);
      this.gkOutbox.push(...this.gatekeeper.egress.take());
      if (this.gatekeeper.reports.length > 200) this.gatekeeper.reports.splice(0, 100);
    }
    for (const a of this.agents.values()) {
      if (a.dead || a.agent.lastBlock >= info.number) continue;
      a.agent.processBlock(info);
      const answered = a.agent.pruntime.answered;
      if (answered.length > 200) answered.splice(0, 100);
    }
    this.lastBlock = info.number;
  }

  /** Submits what the actors have to say at the head. */
  private act(): void {
    const chain = this.chain;
    const head = chain.best;
    if (this.gatekeeper) {
      const ingress = chain.atBlock(undefined, () => OffchainIngress.tryGet(GK_ORIGIN) ?? 0n);
      this.gkOutbox = this.gkOutbox.filter((m) => m.sequence >= ingress);
      if (this.gkOutbox.length && ingress <= this.gkRelayedMax && head - this.gkRelayedAt > RETRY_BLOCKS)
        this.gkRelayedMax = ingress - 1n;
      for (const m of this.gkOutbox) {
        if (m.sequence <= this.gkRelayedMax) continue;
        this.submit(this.relayer, relayCall(m), `gatekeeper message #${m.sequence}`);
        this.gkRelayedMax = m.sequence;
        this.gkRelayedAt = head;
      }
    }
    const busy = [...this.agents.values()].filter((a) => !a.dead && a.agent.needsView);
    if (!busy.length) return;
    const views = chain.atBlock(undefined, () => {
      const nowSec = Now.get() / 1000n;
      return busy.map(({ agent }): WorkerView => {
        const pubkey = agent.pubkey;
        const view: WorkerView = {
          head,
          nowSec,
          ingress: OffchainIngress.tryGet({ type: 'Worker', value: pubkey }) ?? 0n,
        };
        if (agent.needsLifecycle) {
          const registered = Workers.tryGet(pubkey);
          const session = WorkerBindings.tryGet(pubkey);
          const info = session === undefined ? undefined : Sessions.tryGet(session);
          view.lifecycle = {
            registered: registered !== undefined,
            benchmarked: registered !== undefined && registered.initialScore !== null,
            bound: session !== undefined,
            computing: info !== undefined && isComputing(info.state.type),
          };
        }
        return view;
      });
    });
    busy.forEach((a, i) => {
      for (const action of a.agent.step(views[i] as WorkerView))
        this.submit(action.signer === 'relayer' ? this.relayer : a.operatorSuri, action.call, action.what);
    });
  }

  private submit(suri: string, call: CallValue, what: string): void {
    try {
      this.chain.submit(signCall(this.chain, suri, call), { local: true });
      const relayed = signedMessageOf(call);
      if (relayed && this.chain.verifier) this.relayed.push(relayed);
    } catch (err) {
      this.refused++;
      const detail = err instanceof ChainError ? err.message : String(err);
      this.opts.log?.(`actors: ${what} refused: ${detail}`);
    }
  }

  // ------------------------------------------------------------------------------------------------

  exportState(): string {
    const state: SupervisorState = {
      version: 1,
      lastBlock: this.lastBlock,
      gatekeeper: this.gatekeeper?.exportState() ?? null,
      gkOutbox: this.gkOutbox,
      agents: [...this.agents.values()].map((a) => ({
        agent: a.agent.exportState(),
        operatorSuri: a.operatorSuri,
        dead: a.dead,
      })),
    };
    return stringifyState(state);
  }

  private importState(text: string): void {
    const s = parseState<SupervisorState>(text);
    if (s.version !== 1) throw new Error(`actors: unknown state version ${String(s.version)}`);
    this.lastBlock = s.lastBlock;
    if (this.gatekeeper && s.gatekeeper) this.gatekeeper.importState(s.gatekeeper);
    this.gkOutbox = s.gkOutbox;
    this.gkRelayedMax = -1n;
    this.agents.clear();
    for (const a of s.agents) {
      const agent = WorkerAgent.restore(a.agent);
      this.agents.set(agent.pubkey, { agent, operatorSuri: a.operatorSuri, dead: a.dead });
    }
  }
}
