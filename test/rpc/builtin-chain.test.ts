/**
 * The built-in chain behind its page ↔ worker protocol (src/embedded/), in Node: serve.ts on one end of
 * a real MessageChannel, the page's client on the other, the demo snapshot, and a real abstract-level
 * store (classic-level here; browser-level in the page — the same BlockStore code). With no user action
 * the chain builds interval blocks and the demo's Gatekeeper pays rewards; a transfer made through
 * @polkadot/api survives a restart on the same store, which resumes at the same or a later block; reset
 * empties the store, so the next start is the snapshot head again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise } from '@polkadot/api';
import { ClassicLevel } from 'classic-level';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_SNAPSHOT, readSnapshot } from '../../chain/snapshot.js';
import { type ChainHost, startChainHost } from '../../src/embedded/chain-host.js';
import { type BuiltInChain, connectToChain } from '../../src/embedded/client.js';
import { serveChain } from '../../src/embedded/serve.js';
import { BlockStore } from '../../src/pallets-mock/devchain/block-store.js';
import { OffchainIngress } from '../../src/pallets-mock/pallets/phala-mq/index.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { bob, charlie, PHA } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'pha-builtin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Running {
  chain: BuiltInChain;
  host: ChainHost;
  api: ApiPromise;
  stop(): Promise<void>;
}

/** The chain on the stored database at `dir`, behind a MessageChannel, with an API on it. */
async function start(blockMs: number): Promise<Running> {
  await cryptoReady();
  const db = new ClassicLevel<string, string>(join(dir, 'db'), { valueEncoding: 'utf8' });
  await db.open();
  const store = new BlockStore(db);
  const { port1, port2 } = new MessageChannel();
  let host: ChainHost | undefined;
  serveChain(port2, async (options) => {
    host = await startChainHost({
      store,
      blockMs: options.blockMs,
      snapshot: async () => readSnapshot(DEMO_SNAPSHOT),
    });
    return { host, persisted: true };
  });
  const chain = await connectToChain(port1, { snapshotUrl: 'unused', blockMs, testHooks: false }, () => {});
  const api = await ApiPromise.create({
    provider: chain.provider(),
    noInitWarn: true,
    signedExtensions: { CheckMqSequence: { extrinsic: {}, payload: {} } },
  });
  return {
    chain,
    host: host as ChainHost,
    api,
    async stop() {
      await api.disconnect();
      await host?.stop();
      port1.close();
      await db.close();
    },
  };
}

const best = async (api: ApiPromise) => (await api.rpc.chain.getHeader()).number.toNumber();
async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 100));
}

describe('built-in chain over its worker protocol', () => {
  const head = Number(readSnapshot(DEMO_SNAPSHOT).block.header.number);
  let beforeRestart = 0;
  let bobFree = 0n;

  it('moves by itself from the snapshot head: interval blocks, Gatekeeper rewards relayed', async () => {
    const r = await start(100);
    try {
      expect(r.chain.started).toMatchObject({ resumed: false, persisted: true });
      // a chain fresh from the snapshot builds two blocks at once (the era block must not be the snapshot head)
      expect(r.chain.started.best).toBe(head + 2);
      const gk = () =>
        r.host.chain.atBlock(
          undefined,
          () => OffchainIngress.tryGet({ type: 'Gatekeeper', value: null }) ?? 0n,
        );
      const gk0 = gk();
      await until(async () => (await best(r.api)) >= head + 10 && gk() > gk0);

      // a transfer through @polkadot/api lands in an interval block
      const before = (await r.api.query.system.account(bob.address)).data.free.toBigInt();
      await new Promise<void>((resolve, reject) => {
        r.api.tx.balances
          .transferKeepAlive(bob.address, 7n * PHA)
          .signAndSend(charlie, (res) => {
            if (res.dispatchError) reject(new Error(res.dispatchError.toString()));
            else if (res.status.isInBlock) resolve();
          })
          .catch(reject);
      });
      bobFree = (await r.api.query.system.account(bob.address)).data.free.toBigInt();
      expect(bobFree).toBe(before + 7n * PHA);
      beforeRestart = await best(r.api);
    } finally {
      await r.stop();
    }
  }, 180_000);

  it('resumes the stored chain after a restart, at the same or a later block, with the transfer', async () => {
    const r = await start(60_000);
    try {
      expect(r.chain.started.resumed).toBe(true);
      expect(await best(r.api)).toBeGreaterThanOrEqual(beforeRestart);
      expect((await r.api.query.system.account(bob.address)).data.free.toBigInt()).toBe(bobFree);
      await r.chain.reset();
    } finally {
      await r.stop();
    }
  }, 180_000);

  it('after reset starts again at the snapshot head', async () => {
    const r = await start(60_000);
    try {
      expect(r.chain.started).toMatchObject({ resumed: false, best: head + 2 });
      expect(await best(r.api)).toBe(head + 2);
      expect((await r.api.query.system.account(bob.address)).data.free.toBigInt()).not.toBe(bobFree);
    } finally {
      await r.stop();
    }
  }, 180_000);
});
