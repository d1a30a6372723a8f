/**
 * `npm run worker` as a real separate process against a real node (issue 6): the worker registers through
 * attestation, benchmarks, is added and started by its operator, answers heartbeats and earns settlements
 * from the node's in-process Gatekeeper; killed with SIGKILL it is marked unresponsive after the heartbeat
 * window, and started again (same --name and --state) it replays the blocks it missed and recovers.
 * The node runs in manual mode; the test builds blocks with dev_newBlock in steps of 4 (less than the
 * 10-block heartbeat window) and waits for the worker to sync each step, so it can never fall behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiPromise } from '@polkadot/api';
import { afterAll, describe, expect, it } from 'vitest';
import { type Proc, query, rpc, spawnTs, startPoolNode, stop } from './processes.js';

const STEP = 4;

describe('npm run worker (separate process over RPC)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pha-stake-worker-'));
  const procs: Proc[] = [];
  let api: ApiPromise | undefined;
  afterAll(async () => {
    await api?.disconnect();
    for (const p of procs) p.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('registers by attestation, computes, answers heartbeats, earns settlements; SIGKILL → unresponsive → recovers', async () => {
    // A pool owned by Alice with delegated W-PHA to stake.
    const { node, api: poolApi } = await startPoolNode();
    procs.push(node.proc);
    api = poolApi;
    const a = poolApi;

    const statePath = join(dir, 'worker.json');
    const workerArgs = [
      '--ws',
      node.url,
      '--operator',
      '//Alice',
      '--pool',
      '0',
      '--stake',
      '5000',
      '--score',
      '600',
      '--name',
      'test-worker',
      '--state',
      statePath,
      '--progress',
    ];
    let worker = spawnTs('chain/worker.ts', workerArgs);
    procs.push(worker);
    const pubkey = (await worker.waitFor(/pha-stake worker ready (0x[0-9a-f]{64})/, 60_000))[1] as string;

    const best = async () => (await a.rpc.chain.getHeader()).number.toNumber();
    /** Builds STEP blocks and waits until the (live) worker has synced them. */
    const step = async (w: Proc | undefined) => {
      await rpc(node.http, 'dev_newBlock', [{ count: STEP }]);
      const n = await best();
      if (w) await w.waitFor(new RegExp(`synced #${n}\\b`), 20_000);
    };
    const session = async () => {
      const s = (await query(a, 'phalaComputation', 'workerBindings')(pubkey)).toJSON() as string | null;
      return s ?? undefined;
    };
    const sessionInfo = async () => {
      const s = await session();
      if (!s) return undefined;
      return (await query(a, 'phalaComputation', 'sessions')(s)).toJSON() as {
        state: string;
        stats: { totalReward: number | string };
      };
    };
    const ingress = async () =>
      Number((await query(a, 'phalaMq', 'offchainIngress')({ Worker: pubkey })).toJSON() ?? 0);

    // Registered through attestation, benchmarked, added and started by the operator.
    for (let i = 0; i < 60 && (await sessionInfo())?.state !== 'WorkerIdle'; i++) await step(worker);
    const registered = (await query(a, 'phalaRegistry', 'workers')(pubkey)).toJSON() as {
      attestationProvider: unknown;
      initialScore: number | null;
    };
    expect(JSON.stringify(registered.attestationProvider)).toMatch(/ias/i);
    expect(registered.initialScore).toBeGreaterThan(500);
    expect((await sessionInfo())?.state).toBe('WorkerIdle');

    // Heartbeats answered and settlements earned (the benchmark report was message #0).
    const rewardOf = async () => BigInt((await sessionInfo())?.stats.totalReward ?? 0);
    for (let i = 0; i < 400 && ((await ingress()) < 3 || (await rewardOf()) === 0n); i++) await step(worker);
    expect(await ingress()).toBeGreaterThanOrEqual(3);
    expect(await rewardOf()).toBeGreaterThan(0n);

    // SIGKILL: the chain marks it unresponsive after the heartbeat window.
    worker.child.kill('SIGKILL');
    await worker.exited;
    let state = (await sessionInfo())?.state;
    for (let i = 0; i < 400 && state !== 'WorkerUnresponsive'; i++) {
      await step(undefined);
      state = (await sessionInfo())?.state;
    }
    expect(state).toBe('WorkerUnresponsive');

    // Back with its sealed state: it replays the missed blocks, answers late and recovers.
    worker = spawnTs('chain/worker.ts', workerArgs);
    procs.push(worker);
    await worker.waitFor(/pha-stake worker ready 0x[0-9a-f]{64} .*\(restored\)/, 60_000);
    for (let i = 0; i < 60 && state !== 'WorkerIdle'; i++) {
      await step(worker);
      state = (await sessionInfo())?.state;
    }
    expect(state).toBe('WorkerIdle');
    await stop(worker);
    await a.disconnect();
    api = undefined;
    await stop(node.proc);
  }, 180_000);
});
