/**
 * The compute benches' network (issues 3 and 19): a harness runtime with N attested, benchmarked
 * pRuntime workers in stake pools of at most MaxPoolWorkers (200) owned by //Alice and funded by //Bob,
 * all computing, with the Gatekeeper and the relayer feeding every finalized block to them and the
 * pRuntimes and submitting their signed messages through `PhalaMq.sync_offchain_message` (harness
 * dispatch: no fee). `step()` advances one block and relays it. Registrations and starts go 500 per
 * block. Setup is timed in phases. `stepPooled(verifier)` pre-verifies each block's messages on a worker
 * pool before dispatching them, each source's as soon as the relayer takes them. Given a `verifier`,
 * setup pre-verifies on it too: each block's registrations (their IAS certificate and report signatures,
 * while this thread has the simulated service sign the next block's) and every relayed message; the
 * chain still checks every signature (signature-batch.ts). With `fastForward` (a LocalSignatureLedger)
 * the runtime runs in the explicit fast-forward mode: the Gatekeeper's and the pRuntimes' signatures,
 * made here, are recorded in the ledger and not verified again on chain.
 */

import { DEV_ACCOUNT_BALANCE, DEV_ACCOUNTS } from '../../src/pallets-mock/devchain/genesis.js';
import { createRuntime, type Runtime } from '../../src/pallets-mock/index.js';
import { SimulatedAttestationService } from '../../src/pallets-mock/offchain/attestation-service.js';
import { Gatekeeper } from '../../src/pallets-mock/offchain/gatekeeper.js';
import { type PRuntimeOptions, PRuntimeWorker } from '../../src/pallets-mock/offchain/pruntime.js';
import { Relayer, readBlock } from '../../src/pallets-mock/offchain/relayer.js';
import { type SigningJob, signSr25519 } from '../../src/pallets-mock/offchain/signer.js';
import type { BlockInfo } from '../../src/pallets-mock/offchain/worker-state.js';
import { messageVerifyItem } from '../../src/pallets-mock/pallets/phala-mq/index.js';
import type { SignedMessageValue } from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { attestationVerifyItems } from '../../src/pallets-mock/pallets/phala-registry/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import type { LocalSignatureLedger } from '../../src/pallets-mock/primitives/local-signatures.js';
import {
  preverify,
  recordVerdicts,
  type SignatureBatchVerifier,
} from '../../src/pallets-mock/primitives/signature-batch.js';
import { PHA } from '../../src/primitives/fixed.js';
import type { CryptoBoard, Signed } from './crypto-board.js';
import type { OffchainPool, Registration } from './offchain-pool.js';

export const OWNER = accountId('//Alice');
const RELAYER = '//Ferdie';
const FUNDER = '//Bob';
const POOL_WORKERS = 200;
const STAKE = 3_600n * PHA;
/**
 * Registrations and starts per block: each one appends a system event to the block's OutboundMessages
 * (joined once when the relayer reads the block, frame/state.ts), and a real block's weight limit allows
 * a few hundred of these calls at most anyway.
 */
const PER_BLOCK = 500;

export function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`bench sanity check failed: ${what}`);
}

export interface Network {
  rt: Runtime;
  gk: Gatekeeper;
  relayer: Relayer;
  workers: PRuntimeWorker[];
  /** Every finalized block so far, as the relayer read it (kept only when asked for). */
  history: BlockInfo[];
  /** Messages relayed (dispatched through `PhalaMq.sync_offchain_message`) so far. */
  relayed(): number;
  /**
   * Settlements the chain dropped so far (`SessionSettlementDropped`: the session was updated at or after
   * the report's time, as when a report lands after the block of the worker's next settlement).
   */
  droppedSettlements(): readonly DroppedSettlement[];
  /** Setup phases' wall time in seconds. */
  setup: { keys: number; register: number; benchmark: number; pools: number; start: number; total: number };
  step(): void;
  /**
   * `step()` with each block's relayed messages pre-verified on `verifier` (both cores) before they are
   * dispatched; dispatch still checks every signature (the memo, signature-batch.ts).
   */
  stepPooled(verifier: SignatureBatchVerifier): Promise<void>;
  /**
   * Pipelined, as pherry relays: advances one block and feeds it to the Gatekeeper and the pRuntimes,
   * whose messages are signed on `board` (its threads standing for their own machines), each as soon as
   * it is made, while this thread dispatches the previous block's messages; with `verify`, whoever signs
   * a message then verifies the signature for the chain's memo (pre-verified while the next block is
   * built). Each message is dispatched as soon as its own job is done; this thread takes the block's jobs
   * nobody has taken when it would otherwise wait. Each block's messages land one block later than with
   * `step()`; dispatch still checks every signature.
   */
  stepPipelined(pipeline: Pipeline): void;
  /** Dispatches the messages `stepPipelined` took from the last block (due before reading the results). */
  flush(): void;
}

/** A `SessionSettlementDropped` event's fields: the settlement's V and payout (U64F64 bits). */
export interface DroppedSettlement {
  v: bigint;
  payout: bigint;
}

/** Where `stepPipelined` signs the pRuntimes' and the Gatekeeper's messages, and whether it pre-verifies them there. */
export interface Pipeline {
  board: CryptoBoard;
  verify: boolean;
}

/** How a pipelined bench row's messages travel, for its name and note. */
export const describePipeline = ({ board, verify }: Pipeline): string =>
  `messages signed${verify ? ' and pre-verified' : ''} on a shared job board (${board.threads} worker thread${board.threads === 1 ? '' : 's'}, and the chain's thread when it would wait), each block's dispatched after the next is built (one block later, as pherry relays)`;

/**
 * N attested, benchmarked workers in stake pools of ≤ 200, all computing; set up with signatures
 * pre-verified on `opts.verifier` and the pRuntimes' keys and IAS reports made on `opts.offchain` when given.
 */
export async function network(
  n: number,
  opts: {
    keepHistory?: boolean;
    verifier?: SignatureBatchVerifier;
    offchain?: OffchainPool;
    fastForward?: LocalSignatureLedger;
  } = {},
): Promise<Network> {
  const t0 = performance.now();
  let t = t0;
  const lap = () => {
    const now = performance.now();
    const s = (now - t) / 1000;
    t = now;
    return s;
  };
  const funds = BigInt(n) * STAKE + 1_000_000n * PHA;
  const rt = createRuntime({
    balances: DEV_ACCOUNTS.map((a): [string, bigint] => [a, a === FUNDER ? funds : DEV_ACCOUNT_BALANCE]),
    fastForwardLocalSignatures: opts.fastForward,
  });
  const gk = new Gatekeeper();
  if (opts.fastForward) gk.egress.recordSignaturesIn(opts.fastForward);
  const relayer = new Relayer(gk);
  const history: BlockInfo[] = [];
  const pending: BlockInfo[] = [];
  // A pipelined step hands the finalized block to the relayer at once (`relayNow`), before the next block
  // opens; the other steps take it from `pending` after.
  let relayNow: ((b: BlockInfo) => void) | null = null;
  rt.onBlockFinalized(() => {
    const b = readBlock(rt.query);
    if (relayNow) relayNow(b);
    else pending.push(b);
  });
  const dispatch = (who: string, call: string, args: Record<string, unknown> = {}) => {
    const out = rt.dispatch(who, call, args);
    if (!out.ok) throw new Error(`${call}: ${out.error}`);
    return out.events;
  };
  let relayed = 0;
  const dropped: DroppedSettlement[] = [];
  const relay = (m: SignedMessageValue) => {
    relayed++;
    for (const e of dispatch(RELAYER, 'PhalaMq.sync_offchain_message', { signed_message: m })) {
      if (e.name === 'SessionSettlementDropped') dropped.push(e.fields as unknown as DroppedSettlement);
    }
  };
  const step = () => {
    rt.advanceBlocks(1);
    for (const b of pending.splice(0)) {
      if (opts.keepHistory) history.push(b);
      for (const m of relayer.processBlock(b)) relay(m);
    }
    rt.events();
  };
  const stepPooled = async (verifier: SignatureBatchVerifier) => {
    rt.advanceBlocks(1);
    for (const b of pending.splice(0)) {
      if (opts.keepHistory) history.push(b);
      // Each source's messages go to the pool as soon as the relayer takes them (the Gatekeeper's while
      // the pRuntimes still run); they are dispatched in the relayer's order, each batch once it is back
      // (the Gatekeeper's settlement runs while the heartbeats are verified).
      const batches: { taken: SignedMessageValue[]; check: Promise<boolean[]> }[] = [];
      relayer.processBlock(b, (taken) => {
        batches.push({
          taken,
          check: preverify(
            verifier,
            rt.kernel.enter(() => taken.map(messageVerifyItem)),
          ),
        });
      });
      for (const { taken, check } of batches) {
        await check;
        for (const m of taken) relay(m);
      }
    }
    rt.events();
  };
  // Every channel's signing goes through `sink`: posted to the signing threads as it is made during a
  // pipelined step, made here at once otherwise (as an undeferred channel does).
  let deferredTo: ((job: SigningJob) => void) | null = null;
  const sink = (job: SigningJob) => {
    if (deferredTo) deferredTo(job);
    else job.complete(signSr25519(job.payload, job.key));
  };
  gk.egress.deferSigningTo(sink);
  // Pipelined stepping: the messages taken from the last block, and how their jobs complete (in posting
  // order, until `done()` holds). Each message waits for its signature; then every job left is completed
  // too (a block without messages, a message pushed after the relayer took its queue), so the board
  // gets back every job it was given.
  let carried: { taken: SignedMessageValue[]; complete: (done: () => boolean) => void } | null = null;
  const flush = () => {
    if (!carried) return;
    const { taken, complete } = carried;
    carried = null;
    for (const m of taken) {
      complete(() => m.signature !== '0x');
      relay(m);
    }
    complete(() => false);
  };
  const stepPipelined = ({ board, verify }: Pipeline) => {
    const jobs: SigningJob[] = [];
    const taken: SignedMessageValue[] = [];
    const signing = board.signEach({ verify });
    deferredTo = (job) => {
      jobs.push(job);
      signing.post(job);
    };
    // The relayer takes the block as soon as it is finalized, so its jobs are posted before the next block
    // opens: the threads sign them while that block's initialization runs too.
    relayNow = (b) => {
      for (const block of [...pending.splice(0), b]) {
        if (opts.keepHistory) history.push(block);
        taken.push(...relayer.processBlock(block));
      }
    };
    try {
      rt.advanceBlocks(1);
    } finally {
      deferredTo = null;
      relayNow = null;
    }
    // The last block's messages, signed (and verified) meanwhile, are dispatched while this block's are.
    flush();
    // Each of this block's messages is dispatched as soon as its own job (and those posted before it) is
    // done. Pre-verified, each verdict goes to the chain's memo as its job completes, with the signature,
    // payload and key it was made over: dispatch computes its own and finds the verdict only for exactly
    // those bytes.
    let recorded = 0;
    const complete = (done: () => boolean) => {
      signing.completeUntil(done);
      if (!verify) return;
      const { outputs } = signing;
      for (; recorded < outputs.length; recorded++) {
        const { signature, valid } = outputs[recorded] as Signed;
        const job = jobs[recorded] as SigningJob;
        recordVerdicts(
          [{ kind: 'Sr25519', signature, message: job.payload, key: job.key.publicKey }],
          [valid === true],
        );
      }
    };
    carried = { taken, complete };
    rt.events();
  };
  const { verifier } = opts;
  const setupStep = (): void | Promise<void> => (verifier ? stepPooled(verifier) : step());
  const { offchain } = opts;
  const options = Array.from(
    { length: n },
    (_, i): PRuntimeOptions => ({
      name: `bench-${i}`,
      operator: OWNER,
      iterationsPerSecond: 100n + BigInt(i % 100),
    }),
  );
  if (offchain) {
    const derived = await offchain.keys(options);
    options.forEach((o, i) => {
      o.keys = derived[i];
    });
  }
  const workers = options.map((o) => new PRuntimeWorker(o));
  for (const w of workers) {
    if (opts.fastForward) w.egress.recordSignaturesIn(opts.fastForward);
    w.egress.deferSigningTo(sink);
    relayer.addWorker(w);
  }
  const keys = lap();
  await setupStep();
  const nowSec = (rt.query('Timestamp.Now') as bigint) / 1000n;
  // One block's registrations: signed on the off-chain threads, or here (synchronously) by one simulated IAS.
  const signed: (from: number) => Promise<Registration[]> = offchain
    ? (from) => offchain.registrations(options.slice(from, from + PER_BLOCK), nowSec)
    : (
        (ias) => async (from) =>
          workers.slice(from, from + PER_BLOCK).map((w) => w.registration(ias, nowSec))
      )(new SimulatedAttestationService());
  // Their signatures are sent to the verifier as soon as they are signed.
  const registrations = (from: number) => {
    const args = signed(from);
    const checked = verifier
      ? args.then((a) =>
          preverify(
            verifier,
            rt.kernel.enter(() => a.flatMap((r) => attestationVerifyItems(r.attestation))),
          ),
        )
      : undefined;
    return { args, checked };
  };
  let next = registrations(0);
  for (let from = 0; from < n; from += PER_BLOCK) {
    if (from > 0) await setupStep();
    const { args, checked } = next;
    if (from + PER_BLOCK < n) next = registrations(from + PER_BLOCK);
    await checked;
    for (const a of await args) dispatch(RELAYER, 'PhalaRegistry.register_worker_v2', a);
  }
  const register = lap();
  const isScored = (w: PRuntimeWorker) =>
    (rt.query('PhalaRegistry.Workers', w.pubkey) as { initialScore: unknown }).initialScore !== null;
  // A worker stays scored: each is read until found scored (mostly in registration order), then never.
  let unscored = 0;
  const scored = () => {
    while (unscored < n && isScored(workers[unscored] as PRuntimeWorker)) unscored++;
    return unscored === n;
  };
  for (let i = 0; i < 100 && !scored(); i++) await setupStep();
  check(scored(), 'every worker benchmarked');
  const benchmark = lap();
  const pools: bigint[] = [];
  for (let i = 0; i < n; i += POOL_WORKERS) {
    const pid = rt.query('PhalaBasePool.PoolCount') as bigint;
    dispatch(OWNER, 'PhalaStakePoolv2.create');
    pools.push(pid);
    const size = BigInt(Math.min(POOL_WORKERS, n - i));
    dispatch(FUNDER, 'PhalaWrappedBalances.wrap', { amount: size * STAKE });
    dispatch(FUNDER, 'PhalaStakePoolv2.contribute', { pid, amount: size * STAKE, as_vault: null });
  }
  workers.forEach((w, i) => {
    dispatch(OWNER, 'PhalaStakePoolv2.add_worker', {
      pid: pools[Math.floor(i / POOL_WORKERS)],
      pubkey: w.pubkey,
    });
  });
  const poolsS = lap();
  for (const [i, w] of workers.entries()) {
    if (i > 0 && i % PER_BLOCK === 0) await setupStep();
    dispatch(OWNER, 'PhalaStakePoolv2.start_computing', {
      pid: pools[Math.floor(i / POOL_WORKERS)],
      worker: w.pubkey,
      stake: STAKE,
    });
  }
  await setupStep();
  check(rt.query('PhalaComputation.OnlineWorkers') === BigInt(n), 'every worker computing');
  const start = lap();
  return {
    rt,
    gk,
    relayer,
    workers,
    history,
    relayed: () => relayed,
    droppedSettlements: () => dropped,
    setup: { keys, register, benchmark, pools: poolsS, start, total: (performance.now() - t0) / 1000 },
    step,
    stepPooled,
    stepPipelined,
    flush,
  };
}
