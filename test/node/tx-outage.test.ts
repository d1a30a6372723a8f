/**
 * Defect 9 (issue 20), "the dApp in an outage": a transaction whose connection drops between submission
 * and finalization reads 'disconnected' (never "rejected"), the page reconnects with backoff, and on
 * return its fate is looked up in the chain: a real `npm run chain` process on a --db is SIGKILLed and
 * restarted behind a loopback TCP relay (the page's fixed address; the node's port is 0). Killed with the
 * transaction only in the pool → "not sent" (the pool died with the node; the chain agrees: nonce and
 * balance unchanged). Killed after its block was sealed but before the page heard → "included in block #N"
 * (the chain agrees: the transfer happened once).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket, connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { type Connection, connect } from '../../src/api/connection.js';
import { submitTx } from '../../src/api/tx/submit.js';
import { type TxRecord, type TxStatus, TxStore } from '../../src/api/tx/tx-store.js';
import { type Proc, rpc, startNode } from './processes.js';

/** A TCP relay on 127.0.0.1:0 to the node's port; `cut()` drops every link and refuses new ones. */
async function relay(target: () => number) {
  const links = new Set<Socket>();
  let open = true;
  const server = createServer((client) => {
    if (!open) return client.destroy();
    const upstream = tcpConnect(target(), '127.0.0.1');
    for (const s of [client, upstream]) {
      links.add(s);
      s.on('close', () => links.delete(s));
      s.on('error', () => {});
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('relay has no port');
  return {
    url: `ws://127.0.0.1:${address.port}`,
    cut() {
      open = false;
      for (const s of links) s.destroy();
    },
    restore() {
      open = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const portOf = (url: string) => Number(new URL(url).port);

function waitForStatus(store: TxStore, status: TxStatus): Promise<TxRecord> {
  return new Promise((resolve) => {
    const check = () => {
      const r = store.snapshot()[0];
      if (r?.status === status) {
        stop();
        resolve(r);
      }
    };
    const stop = store.subscribe(check);
    check();
  });
}

describe('defect 9: the dApp in an outage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pha-stake-outage-'));
  const db = join(dir, 'chain');
  const args = ['--db', db, '--block-time', 'manual', '--dev', '--actors', 'off'];
  const procs: Proc[] = [];
  let nodePort = 0;
  let node: Awaited<ReturnType<typeof startNode>>;
  let link: Awaited<ReturnType<typeof relay>>;
  let conn: Connection;

  const restart = async () => {
    node.proc.child.kill('SIGKILL');
    await node.proc.exited;
    node = await startNode(args);
    procs.push(node.proc);
    nodePort = portOf(node.url);
  };

  afterAll(async () => {
    await conn?.api.disconnect();
    await link?.close();
    for (const p of procs) p.child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  const setup = async () => {
    await cryptoWaitReady();
    node = await startNode(['--seed', 'empty', ...args]);
    procs.push(node.proc);
    nodePort = portOf(node.url);
    link = await relay(() => nodePort);
    conn = await connect(link.url);
    const keyring = new Keyring({ type: 'sr25519', ss58Format: conn.ss58 });
    return { alice: keyring.addFromUri('//Alice'), bob: keyring.addFromUri('//Bob').address };
  };
  const free = async (address: string) => (await conn.api.query.system.account(address)).data.free.toBigInt();

  it('killed with the transaction only in the pool: disconnected, then "not sent"; the chain agrees', async () => {
    const { alice, bob } = await setup();
    const { api } = conn;
    const store = new TxStore();
    const before = {
      nonce: (await api.rpc.system.accountNextIndex(alice.address)).toNumber(),
      bob: await free(bob),
    };
    const outcome = submitTx({
      api,
      tx: api.tx.balances.transferKeepAlive(bob, 10n ** 12n),
      account: { address: alice.address, source: 'dev', pair: alice },
      label: { key: 'outage', params: {} },
      store,
    });
    expect((await waitForStatus(store, 'ready')).nonce).toBe(before.nonce);
    link.cut();
    await restart();
    await waitForStatus(store, 'disconnected');
    expect(conn.retry?.retry.attempt).toBeGreaterThan(0);
    link.restore();
    const rec = await outcome;
    expect(rec.status).toBe('notSent');
    expect(rec.error).toBeUndefined();
    expect((await api.rpc.system.accountNextIndex(alice.address)).toNumber()).toBe(before.nonce);
    expect(await free(bob)).toBe(before.bob);
    expect(conn.retry?.retry.attempt).toBe(0);
  });

  it('killed after its block was sealed, before the page heard: "included in block #N"; the chain agrees', async () => {
    const { api } = conn;
    const keyring = new Keyring({ type: 'sr25519', ss58Format: conn.ss58 });
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob').address;
    const store = new TxStore();
    const bobBefore = await free(bob);
    const outcome = submitTx({
      api,
      tx: api.tx.balances.transferKeepAlive(bob, 10n ** 12n),
      account: { address: alice.address, source: 'dev', pair: alice },
      label: { key: 'outage', params: {} },
      store,
    });
    const ready = await waitForStatus(store, 'ready');
    link.cut();
    await waitForStatus(store, 'disconnected');
    await rpc(node.http, 'dev_newBlock', [{ count: 1 }]);
    const sealed = await rpc<{ number: string }>(node.http, 'chain_getHeader');
    await restart();
    link.restore();
    const rec = await outcome;
    expect(rec.status).toBe('finalized');
    expect(rec.blockNumber).toBe(Number.parseInt(sealed.number, 16));
    expect(rec.txHash).toBe(ready.txHash);
    const { block } = await api.rpc.chain.getBlock(rec.blockHash);
    expect(block.extrinsics.some((x) => x.hash.toHex() === ready.txHash)).toBe(true);
    expect(await free(bob)).toBe(bobBefore + 10n ** 12n);
    expect((await api.rpc.system.accountNextIndex(alice.address)).toNumber()).toBe((ready.nonce ?? -1) + 1);
  });
});
