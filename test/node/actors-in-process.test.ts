/**
 * In-process actors (issue 6), without sockets: CheckMqSequence at pool entry (a stale message sequence
 * → 1010 "Transaction is outdated", one ahead → pooled as Future and included once the gap closes), the
 * ActorSupervisor bringing a worker from registration to settlements on a DevChain with its transactions
 * submitted locally (never an instant block by themselves), its state surviving export/import, and the
 * harness's `offchain.startActors()` running a Gatekeeper, relayer and pRuntime on `advanceBlocks`.
 */
import { describe, expect, it } from 'vitest';
import { ChainError, DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { createRuntime } from '../../src/pallets-mock/index.js';
import { ActorSupervisor } from '../../src/pallets-mock/offchain/actor-supervisor.js';
import { SimulatedAttestationService } from '../../src/pallets-mock/offchain/attestation-service.js';
import { PRuntimeWorker } from '../../src/pallets-mock/offchain/pruntime.js';
import { signCall, submitLocal } from '../../src/pallets-mock/offchain/tx-signer.js';
import { relayCall } from '../../src/pallets-mock/offchain/worker-agent.js';
import { Sessions, WorkerBindings } from '../../src/pallets-mock/pallets/phala-computation/index.js';
import { OffchainIngress } from '../../src/pallets-mock/pallets/phala-mq/index.js';
import { RegistryEvent, TOPIC } from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { PHA } from '../../src/primitives/fixed.js';
import { poolWithSimWorker } from '../fixtures/sim-worker-pool.js';

const c = (pallet: string, name: string, value: Record<string, unknown> = {}) => ({
  type: pallet,
  value: { type: name, value },
});

describe('in-process actors', () => {
  it('CheckMqSequence: stale → outdated, future → waits in the pool until the gap closes', async () => {
    await cryptoReady();
    const chain = new DevChain({ mode: 'Instant' });
    const w = new PRuntimeWorker({ name: 'mq-seq' });
    const ias = new SimulatedAttestationService();
    const nowSec = () => chain.atBlock(undefined, () => 0n) + 1_767_225_600n;
    submitLocal(chain, '//Ferdie', c('PhalaRegistry', 'register_worker_v2', w.registration(ias, nowSec())));
    await chain.newBlocks(1);
    const m0 = w.egress.push(TOPIC.registryEvent, RegistryEvent, {
      type: 'BenchReport',
      value: { start_time: 0n, iterations: 0n },
    });
    const m1 = w.egress.push(TOPIC.registryEvent, RegistryEvent, {
      type: 'BenchReport',
      value: { start_time: 0n, iterations: 1n },
    });
    // m1 first (relayed by Ferdie): ahead of the expected sequence 0 → Future, no block built for it.
    chain.submit(signCall(chain, '//Ferdie', relayCall(m1)), { local: true });
    expect(chain.pool.size).toBe(1);
    const best = chain.best;
    // m0 relayed by another account closes the gap.
    chain.submit(signCall(chain, '//Eve', relayCall(m0)), { local: true });
    expect(chain.best).toBe(best); // local submissions never trigger instant blocks
    await chain.newBlocks(2);
    expect(chain.pool.size).toBe(0);
    const ingress = chain.atBlock(undefined, () =>
      OffchainIngress.tryGet({ type: 'Worker', value: w.pubkey }),
    );
    expect(ingress).toBe(2n);
    // m0 again: its sequence is below the chain's → Invalid(Stale).
    let err: unknown;
    try {
      chain.submit(signCall(chain, '//Ferdie', relayCall(m0)));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ChainError);
    expect((err as ChainError).code).toBe(1010);
    expect((err as ChainError).data).toBe('Transaction is outdated');
  });

  it('the supervisor takes a worker from attestation to settlements; its state survives export/import', async () => {
    await cryptoReady();
    const chain = new DevChain({ mode: 'Manual' });
    const { actors, pubkey } = await poolWithSimWorker(chain);
    const session = () => chain.atBlock(undefined, () => WorkerBindings.tryGet(pubkey));
    const info = () => {
      const s = session();
      return s === undefined ? undefined : chain.atBlock(undefined, () => Sessions.tryGet(s));
    };
    for (let i = 0; i < 100 && info()?.state.type !== 'WorkerIdle'; i++) await chain.newBlocks(1);
    expect(info()?.state.type).toBe('WorkerIdle');
    // Restart the actors from their exported state halfway.
    await chain.newBlocks(300);
    const saved = actors.exportState();
    actors.stop();
    await chain.newBlocks(5); // blocks the actors missed: replayed on start
    const again = new ActorSupervisor(chain);
    again.start(saved);
    for (let i = 0; i < 20 && (info()?.stats.totalReward ?? 0n) === 0n; i++) await chain.newBlocks(100);
    expect(info()?.stats.totalReward ?? 0n).toBeGreaterThan(0n);
    expect(info()?.state.type).toBe('WorkerIdle');
    expect(again.refused).toBe(0);
    chain.kernel.tryState();
  }, 60_000);

  it('harness: offchain.startActors() runs the Gatekeeper, relayer and pRuntimes on advanceBlocks', () => {
    const rt = createRuntime();
    const w = new PRuntimeWorker({ name: 'harness', operator: '//Alice' });
    rt.offchain.startActors({ workers: [w] });
    const nowSec = (rt.query('Timestamp.Now') as bigint) / 1000n;
    expect(
      rt.dispatch(
        '//Bob',
        'PhalaRegistry.register_worker_v2',
        w.registration(new SimulatedAttestationService(), nowSec),
      ).ok,
    ).toBe(true);
    rt.advanceBlocks(55);
    const info = rt.query('PhalaRegistry.Workers', w.pubkey) as { initialScore: bigint | null };
    expect(info.initialScore).not.toBeNull();
    expect(rt.dispatch('//Alice', 'PhalaStakePoolv2.create').ok).toBe(true);
    expect(rt.dispatch('//Alice', 'PhalaWrappedBalances.wrap', { amount: 20_000n * PHA }).ok).toBe(true);
    expect(
      rt.dispatch('//Alice', 'PhalaStakePoolv2.contribute', {
        pid: 0n,
        amount: 10_000n * PHA,
        as_vault: null,
      }).ok,
    ).toBe(true);
    expect(rt.dispatch('//Alice', 'PhalaStakePoolv2.add_worker', { pid: 0n, pubkey: w.pubkey }).ok).toBe(
      true,
    );
    expect(
      rt.dispatch('//Alice', 'PhalaStakePoolv2.start_computing', {
        pid: 0n,
        worker: w.pubkey,
        stake: 5_000n * PHA,
      }).ok,
    ).toBe(true);
    rt.events();
    let settled = false;
    for (let i = 0; i < 30 && !settled; i++) {
      rt.advanceBlocks(100);
      settled = rt.events().some((e) => e.name === 'SessionSettled');
    }
    expect(settled).toBe(true);
    rt.tryState();
  });
});
