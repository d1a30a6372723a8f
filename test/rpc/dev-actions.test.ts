/**
 * The dev tools' operations (src/app/dev-tools/dev-actions.ts, and sim_startWorker's call) through @polkadot/api on a real dev node
 * (dev RPCs on): advance N blocks, jump the clock by days, fund a new account (free balance and total
 * issuance), and start a simulated worker — refused with the node's message when actors are off.
 */
import { ApiPromise, WsProvider } from '@polkadot/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceBlocks, DAY_MS, fundAccount, jumpTime } from '../../src/app/dev-tools/dev-actions.js';
import { simMethods } from '../../src/pallets-mock/rpc/sim-methods.js';
import { startSimWorker } from '../../src/stakepool/operator/sim-worker.js';
import { keyring, type Node, PHA, startNode } from './helpers.js';

describe('dev tools actions', () => {
  let node: Node;
  let api: ApiPromise;
  let provider: WsProvider;

  beforeAll(async () => {
    node = await startNode({ mode: 'Manual', dev: true, devModules: [simMethods(() => undefined)] });
    provider = new WsProvider(node.server.url);
    api = await ApiPromise.create({ provider, noInitWarn: true });
  });
  afterAll(async () => {
    await api?.disconnect();
    await node?.stop();
  });

  it('advances blocks and jumps the clock', async () => {
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    expect(await advanceBlocks(api, provider, 3)).toBe(best + 3);
    const before = (await api.query.timestamp.now()).toNumber();
    const { nowMs, best: after } = await jumpTime(api, provider, 2 * DAY_MS);
    expect(nowMs).toBe(before + 2 * DAY_MS);
    expect(after).toBe(best + 4);
  });

  it('funds a new account and the total issuance with it', async () => {
    const who = keyring.addFromUri('//dev-tools/new').address;
    const issuance = (await api.query.balances.totalIssuance()).toBigInt();
    expect(await fundAccount(api, provider, who, 1234n * PHA)).toBe(1234n * PHA);
    expect((await api.query.balances.totalIssuance()).toBigInt()).toBe(issuance + 1234n * PHA);
    expect((await api.query.system.account(who)).providers.toNumber()).toBe(1);
  });

  it('says why a simulated worker cannot start without actors', async () => {
    await expect(
      startSimWorker(provider, { pool: 0, operator: '//Alice', stake: 5000n * PHA }),
    ).rejects.toThrow(/Actors are off/);
  });
});
