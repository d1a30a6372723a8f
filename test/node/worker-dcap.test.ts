/**
 * `npm run worker -- --attestation dcap` (issue 16): a simulated worker, as its own process over a real
 * WebSocket, registers on a dev node (started on port 0) through a DCAP quote with collateral from the
 * dev PCK chain the dev genesis trusts, is benchmarked, added and started by its operator. A bad
 * `--attestation` value is refused with a clear error before anything is sent.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiPromise } from '@polkadot/api';
import { afterAll, describe, expect, it } from 'vitest';
import { type Proc, query, rpc, spawnTs, startPoolNode, stop } from './processes.js';

describe('npm run worker -- --attestation dcap', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pha-stake-dcap-worker-'));
  const procs: Proc[] = [];
  let api: ApiPromise | undefined;
  afterAll(async () => {
    await api?.disconnect();
    for (const p of procs) p.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an unknown attestation kind', async () => {
    const bad = spawnTs('chain/worker.ts', [
      '--ws',
      'ws://127.0.0.1:1',
      '--operator',
      '//Alice',
      '--pool',
      '0',
      '--attestation',
      'epid',
    ]);
    procs.push(bad);
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toMatch(/--attestation must be ias or dcap/);
  });

  it('registers a simulated worker through DCAP, which then computes', async () => {
    const { node, api: poolApi } = await startPoolNode();
    procs.push(node.proc);
    api = poolApi;
    const a = poolApi;

    const worker = spawnTs('chain/worker.ts', [
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
      'dcap-worker',
      '--state',
      join(dir, 'worker.json'),
      '--attestation',
      'dcap',
      '--progress',
    ]);
    procs.push(worker);
    const pubkey = (await worker.waitFor(/pha-stake worker ready (0x[0-9a-f]{64})/, 60_000))[1] as string;

    const step = async () => {
      await rpc(node.http, 'dev_newBlock', [{ count: 4 }]);
      const n = (await a.rpc.chain.getHeader()).number.toNumber();
      await worker.waitFor(new RegExp(`synced #${n}\\b`), 30_000);
    };
    const sessionState = async () => {
      const s = (await query(a, 'phalaComputation', 'workerBindings')(pubkey)).toJSON() as string | null;
      if (!s) return undefined;
      return ((await query(a, 'phalaComputation', 'sessions')(s)).toJSON() as { state: string }).state;
    };
    for (let i = 0; i < 60 && (await sessionState()) !== 'WorkerIdle'; i++) await step();

    const registered = (await query(a, 'phalaRegistry', 'workers')(pubkey)).toJSON() as {
      attestationProvider: unknown;
      confidenceLevel: number;
      initialScore: number | null;
    };
    expect(registered.attestationProvider).toBe('Dcap');
    expect(registered.confidenceLevel).toBe(1);
    expect(registered.initialScore).toBeGreaterThan(500);
    expect(await sessionState()).toBe('WorkerIdle');
    expect(worker.output()).not.toMatch(/refused/);

    await stop(worker);
    await a.disconnect();
    api = undefined;
    await stop(node.proc);
  }, 240_000);
});
