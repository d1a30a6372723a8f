/**
 * `--seed demo` (issue 6): a real node process starts from the checked-in demo snapshot with
 * the demo network present (stake pools and vaults, attested workers computing and a few unresponsive,
 * delegation NFTs, a finished and an ongoing referendum, a seconded public proposal, Council motions),
 * keeps producing blocks with the in-process actors relaying Gatekeeper settlements, and resumes after a
 * clean restart and after SIGKILL on the same --db: same genesis, no lost block, actors continuing (their
 * state is persisted beside the blocks and the blocks after it are replayed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { afterAll, describe, expect, it } from 'vitest';
import { type Proc, query, rpc, sleep, startNode, stop } from './processes.js';

const API_OPTIONS = {
  noInitWarn: true,
  signedExtensions: { CheckMqSequence: { extrinsic: {}, payload: {} } },
};

describe('--seed demo', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pha-stake-demo-'));
  const procs: Proc[] = [];
  afterAll(() => {
    for (const p of procs) p.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  const db = join(dir, 'chain');

  const connect = (url: string) => ApiPromise.create({ provider: new WsProvider(url), ...API_OPTIONS });
  const gkIngress = async (api: ApiPromise) =>
    Number((await query(api, 'phalaMq', 'offchainIngress')({ Gatekeeper: null })).toJSON() ?? 0);

  it('starts with the demo network, produces blocks with actors on, resumes after restart and SIGKILL', async () => {
    // how fast it starts is measured by `npm run bench -- demo`, not asserted here
    let node = await startNode(['--seed', 'demo', '--db', db, '--block-time', '400', '--dev']);
    procs.push(node.proc);
    let api = await connect(node.url);
    const genesis = api.genesisHash.toHex();

    // The network.
    const pools = await query(api, 'phalaBasePool', 'pools').entries();
    const kinds = pools.map(([, v]) => Object.keys(v.toJSON() as Record<string, unknown>)[0]);
    expect(kinds.filter((k) => k === 'stakePool').length).toBe(20);
    expect(kinds.filter((k) => k === 'vault').length).toBe(5);
    const sessions = (await query(api, 'phalaComputation', 'sessions').entries()).map(
      ([, v]) => (v.toJSON() as { state: string }).state,
    );
    expect(sessions.filter((s) => s === 'WorkerIdle').length).toBeGreaterThanOrEqual(50);
    expect(sessions.filter((s) => s === 'WorkerUnresponsive').length).toBeGreaterThanOrEqual(1);
    expect((await query(api, 'phalaRegistry', 'workers').keys()).length).toBeGreaterThanOrEqual(61);
    expect((await query(api, 'rmrkCore', 'nfts').keys()).length).toBeGreaterThanOrEqual(200);
    const referenda = (await query(api, 'democracy', 'referendumInfoOf').entries()).map(
      ([, v]) => Object.keys(v.toJSON() as Record<string, unknown>)[0],
    );
    expect(referenda).toContain('finished');
    expect(referenda).toContain('ongoing');
    const props = (await query(api, 'democracy', 'publicProps')()).toJSON() as Array<
      [number, unknown, string]
    >;
    expect(props.length).toBeGreaterThanOrEqual(1);
    const deposit = (await query(api, 'democracy', 'depositOf')(props[0]?.[0] ?? 0)).toJSON() as [
      string[],
      unknown,
    ];
    expect(deposit[0].length).toBeGreaterThanOrEqual(2);
    expect(((await query(api, 'council', 'proposals')()).toJSON() as string[]).length).toBeGreaterThanOrEqual(
      1,
    );
    const now = Number((await query(api, 'timestamp', 'now')()).toString());
    expect(now).toBeGreaterThan(Date.UTC(2026, 0, 8)); // ≥ 7 days after the dev genesis

    // Interval blocks keep coming; the Gatekeeper's reports keep landing.
    const best0 = (await api.rpc.chain.getHeader()).number.toNumber();
    for (let i = 0; i < 50 && (await api.rpc.chain.getHeader()).number.toNumber() < best0 + 3; i++)
      await sleep(200);
    expect((await api.rpc.chain.getHeader()).number.toNumber()).toBeGreaterThanOrEqual(best0 + 3);
    await rpc(node.http, 'dev_setBlockBuildMode', ['Manual']);
    const gk0 = await gkIngress(api);
    await rpc(node.http, 'dev_newBlock', [{ count: 250 }]);
    const gk1 = await gkIngress(api);
    expect(gk1).toBeGreaterThan(gk0);
    const best1 = (await api.rpc.chain.getHeader()).number.toNumber();
    const hash1 = (await api.rpc.chain.getBlockHash(best1)).toHex();

    // Clean restart: same chain, actors continue.
    await api.disconnect();
    await stop(node.proc);
    node = await startNode(['--db', db, '--block-time', 'manual', '--dev']);
    procs.push(node.proc);
    api = await connect(node.url);
    expect(api.genesisHash.toHex()).toBe(genesis);
    expect((await api.rpc.chain.getBlockHash(best1)).toHex()).toBe(hash1);
    await rpc(node.http, 'dev_newBlock', [{ count: 250 }]);
    const gk2 = await gkIngress(api);
    expect(gk2).toBeGreaterThan(gk1);

    // SIGKILL: the actors restart from their last checkpoint and replay the blocks after it.
    const best2 = (await api.rpc.chain.getHeader()).number.toNumber();
    await api.disconnect();
    node.proc.child.kill('SIGKILL');
    await node.proc.exited;
    node = await startNode(['--db', db, '--block-time', 'manual', '--dev']);
    procs.push(node.proc);
    api = await connect(node.url);
    expect((await api.rpc.chain.getHeader()).number.toNumber()).toBe(best2);
    await rpc(node.http, 'dev_newBlock', [{ count: 250 }]);
    expect(await gkIngress(api)).toBeGreaterThan(gk2);
    const after = (await query(api, 'phalaComputation', 'sessions').entries()).map(
      ([, v]) => (v.toJSON() as { state: string }).state,
    );
    expect(after.filter((s) => s === 'WorkerIdle').length).toBeGreaterThanOrEqual(50);
    expect(node.proc.output()).not.toMatch(/actors stopped|poisoned/);

    // sim_startWorker: an in-process worker for pool 1 (it keeps more free stake than the default
    // 5,000 PHA the worker stakes; pool 0's delegations are all staked), operated by its owner.
    const pool1 = (await query(api, 'phalaBasePool', 'pools')(1)).toJSON() as {
      stakePool: { basepool: { poolAccountId: string } };
    };
    const free1 = (
      await query(api, 'assets', 'account')(10000, pool1.stakePool.basepool.poolAccountId)
    ).toJSON() as {
      balance: string | number;
    };
    expect(BigInt(free1.balance)).toBeGreaterThanOrEqual(5_000n * 10n ** 12n);
    const pubkey = await rpc<string>(node.http, 'sim_startWorker', [{ operator: '//demo/owner/1', pool: 1 }]);
    expect(pubkey).toMatch(/^0x[0-9a-f]{64}$/);
    await rpc(node.http, 'dev_newBlock', [{ count: 70 }]);
    const bound = (await query(api, 'phalaComputation', 'workerBindings')(pubkey)).toJSON() as string | null;
    expect(bound).not.toBeNull();
    const started = (await query(api, 'phalaComputation', 'sessions')(bound ?? '')).toJSON() as {
      state: string;
    };
    expect(started.state).toBe('WorkerIdle');
    await api.disconnect();
    await stop(node.proc);
  }, 120_000);
});
