/**
 * A chain that keeps only its recent blocks in memory and reads older ones from its LevelDB archive
 * (issue 19's "a node that runs for months"; issue 20's defect 8, "every block stays in memory") answers
 * exactly what a chain holding every block in memory answers: the same blocks are built on both from the
 * same extrinsics, then every read at every block — raw storage, paged keys, runtime calls, block and
 * header lookups, @polkadot/api's `api.at`, chainHead_v1 on a block pinned long ago — is compared.
 * Also: state pruning (`--state-pruning N`) refuses reads before the window with Substrate's words and
 * forgets the archived changes (also of blocks built before a restart); a store written before the archive index existed is indexed on open.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise } from '@polkadot/api';
import { ClassicLevel } from 'classic-level';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../chain/server.js';
import { BlockStore } from '../../src/pallets-mock/devchain/block-store.js';
import { type BlockRecord, DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { EmbeddedProvider } from '../../src/pallets-mock/rpc/embedded-provider.js';
import {
  alice,
  bob,
  charlie,
  keyring,
  PHA,
  RawClient,
  signTx,
  transferCall,
  walkQueryStorageAt,
} from '../rpc/helpers.js';

const BLOCKS = 40;
const IN_MEMORY = 4;
const ACCOUNT_PREFIX = '0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9';
/** System.Number and System.Events (twox128 of each name). */
const SYSTEM_NUMBER = '0x26aa394eea5630e07c48ae0c9558cef702a5c1b19ab7a04f536c519aca4983ac';
const SYSTEM_EVENTS = '0x26aa394eea5630e07c48ae0c9558cef780d41e5e16056765bc8461851072c9d7';
const recipients = ['//Dave', '//Eve', '//Ferdie', '//One', '//Two'].map((uri) => keyring.addFromUri(uri));

let dir: string;
let store: Store;
let full: DevChain;
let archived: DevChain;

/** A LevelDB block store at `path`, open. */
async function openStore(path: string) {
  const s = new BlockStore(new ClassicLevel<string, string>(path, { valueEncoding: 'utf8' }));
  await s.db.open();
  return s;
}
type Store = Awaited<ReturnType<typeof openStore>>;

/** Builds the same blocks on both chains: each block carries a transfer or two signed once. */
async function buildTwins(a: DevChain, b: DevChain, blocks: number, from = 0): Promise<void> {
  const signers = [alice, bob, charlie];
  for (let i = from; i < from + blocks; i++) {
    const signer = signers[i % signers.length] as (typeof signers)[number];
    const to = recipients[i % recipients.length] as (typeof recipients)[number];
    const xt = signTx(a, signer, transferCall(to.address, BigInt(i + 1) * PHA), {
      nonce: BigInt(Math.floor(i / signers.length)),
    });
    a.submit(xt);
    b.submit(xt);
    const [x, y] = await Promise.all([a.newBlocks(1), b.newBlocks(1)]);
    expect(y.hash).toBe(x.hash);
  }
}

async function connected(chain: DevChain): Promise<EmbeddedProvider> {
  const provider = new EmbeddedProvider(chain, { autoConnect: false });
  await provider.connect();
  return provider;
}

async function rpc(chain: DevChain, method: string, params: unknown[]): Promise<unknown> {
  const provider = await connected(chain);
  try {
    return await provider.send(method, params);
  } finally {
    await provider.disconnect();
  }
}

beforeAll(async () => {
  await cryptoReady();
  dir = mkdtempSync(join(tmpdir(), 'pha-archive-'));
  store = await openStore(join(dir, 'db'));
  full = new DevChain({ mode: 'Manual' });
  archived = new DevChain({
    mode: 'Manual',
    persist: (block) => store.putBlock(block),
    archive: store,
    blocksInMemory: IN_MEMORY,
  });
  await store.setIdentity({ genesisHash: archived.genesisHash, profile: 'dev', seed: 'empty' });
  await buildTwins(full, archived, BLOCKS);
});

afterAll(async () => {
  full?.stop();
  archived?.stop();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a chain with an archive', () => {
  it('keeps only its most recent blocks in memory and finds the others in the archive', async () => {
    expect(archived.best).toBe(BigInt(BLOCKS));
    expect(archived.block(BigInt(BLOCKS - IN_MEMORY))).toBeUndefined();
    expect(archived.block(BigInt(BLOCKS - IN_MEMORY + 1))?.hash).toBe(
      full.block(BigInt(BLOCKS - IN_MEMORY + 1))?.hash,
    );
    for (let n = 0n; n <= BigInt(BLOCKS); n++) {
      const expected = full.block(n) as BlockRecord;
      const byNumber = await archived.findBlock(n);
      const byHash = await archived.findBlock(expected.hash);
      expect(byNumber?.hash).toBe(expected.hash);
      expect(byHash?.header.number).toBe(n);
      expect(byHash?.extrinsics.map(toHex)).toEqual(expected.extrinsics.map(toHex));
    }
    expect(await archived.findBlock(BigInt(BLOCKS + 1))).toBeUndefined();
    expect(await archived.findBlock(`0x${'ab'.repeat(32)}`)).toBeUndefined();
  });

  it('answers every storage read and paged key list at every block as the in-memory chain does', async () => {
    const keys = full.keysPaged(ACCOUNT_PREFIX, 1000);
    expect(keys.length).toBeGreaterThan(recipients.length);
    for (let n = 0n; n <= BigInt(BLOCKS); n++) {
      const block = full.block(n) as BlockRecord;
      const archivedBlock = (await archived.findBlock(n)) as BlockRecord;
      for (const key of keys) {
        const want = full.storage(key, block.hash);
        const got = await archived.readStorage(key, archivedBlock);
        expect(got && toHex(got), `${key} at #${n}`).toBe(want && toHex(want));
      }
      expect(await archived.readKeysPaged(ACCOUNT_PREFIX, 1000, undefined, archivedBlock)).toEqual(
        full.keysPaged(ACCOUNT_PREFIX, 1000, undefined, block.hash),
      );
      expect(await archived.readKeysPaged(ACCOUNT_PREFIX, 2, keys[1], archivedBlock)).toEqual(
        full.keysPaged(ACCOUNT_PREFIX, 2, keys[1], block.hash),
      );
    }
  });

  it('refuses a synchronous read of an archived state instead of answering from the wrong block', () => {
    const old = full.block(3n) as BlockRecord;
    expect(() => archived.storage(ACCOUNT_PREFIX, old.hash)).toThrow(/Unknown block/);
  });

  it('serves the JSON-RPC reads of an old block: storage, keys, runtime calls, hashes, headers, bodies', async () => {
    const n = 5n;
    const old = full.block(n) as BlockRecord;
    const key = full.keysPaged(ACCOUNT_PREFIX, 1)[0] as string;
    const read = (chain: DevChain) =>
      Promise.all([
        rpc(chain, 'state_getStorage', [key, old.hash]),
        rpc(chain, 'state_getStorageHash', [key, old.hash]),
        rpc(chain, 'state_getStorageSize', [key, old.hash]),
        rpc(chain, 'state_getKeysPaged', [ACCOUNT_PREFIX, 10, null, old.hash]),
        rpc(chain, 'state_queryStorageAt', [[key], old.hash]),
        rpc(chain, 'state_queryStorage', [[key], (chain.block(1n) ?? full.block(1n))?.hash, old.hash]),
        rpc(chain, 'state_call', ['AccountNonceApi_account_nonce', toHex(alice.publicKey), old.hash]),
        rpc(chain, 'chain_getBlockHash', [[1, 2, Number(n)]]),
        rpc(chain, 'chain_getHeader', [old.hash]),
        rpc(chain, 'chain_getBlock', [old.hash]),
      ]);
    expect(await read(archived)).toEqual(await read(full));
  });

  it('answers state_queryStorage over archived blocks, over WebSocket, as a block-by-block state_queryStorageAt walk', async () => {
    const server = await startServer(archived, { host: '127.0.0.1', port: 0 });
    const client = await RawClient.connect(server.url);
    try {
      // accounts change every few blocks (some not between a range's end and the memory floor), the
      // block number and events every block, one key never
      const keys = [...full.keysPaged(ACCOUNT_PREFIX, 1000), SYSTEM_NUMBER, SYSTEM_EVENTS, '0x00ff'];
      const hashes = Array.from(
        { length: BLOCKS + 1 },
        (_, n) => (full.block(BigInt(n)) as BlockRecord).hash,
      );
      const floor = BLOCKS - IN_MEMORY; // the newest block only the archive holds
      expect(archived.block(BigInt(floor))).toBeUndefined();
      const ranges = [
        [0, BLOCKS],
        [1, floor],
        [3, 17],
        [5, 5],
        [floor - 3, floor + 2],
        [floor, BLOCKS],
        [floor + 1, BLOCKS],
      ] as const;
      for (const [a, b] of ranges) {
        const walked = await walkQueryStorageAt(client, keys, hashes.slice(a, b + 1));
        const answered = await client.call('state_queryStorage', [keys, hashes[a], hashes[b]]);
        expect(answered, `#${a} … #${b}`).toEqual(walked);
        expect(await rpc(full, 'state_queryStorage', [keys, hashes[a], hashes[b]])).toEqual(walked);
      }
    } finally {
      client.close();
      await server.close();
    }
  });

  it('runs runtime calls at every block, in memory or archived, as the in-memory chain does', async () => {
    for (let n = 0n; n <= archived.best; n++) {
      const hash = (full.block(n) as BlockRecord).hash;
      for (const who of [alice, bob, recipients[0]]) {
        const args = [toHex((who as typeof alice).publicKey), hash];
        expect(await rpc(archived, 'state_call', ['AccountNonceApi_account_nonce', ...args]), `#${n}`).toBe(
          await rpc(full, 'state_call', ['AccountNonceApi_account_nonce', ...args]),
        );
      }
    }
  });

  it("gives @polkadot/api's api.at the same accounts and events at old blocks", async () => {
    const apis = await Promise.all(
      [full, archived].map((chain) =>
        ApiPromise.create({ provider: new EmbeddedProvider(chain), noInitWarn: true }),
      ),
    );
    try {
      for (const n of [1n, 7n, 20n]) {
        const hash = (full.block(n) as BlockRecord).hash;
        const [a, b] = await Promise.all(apis.map((api) => api.at(hash)));
        const who = [alice.address, bob.address, ...recipients.map((r) => r.address)];
        const [x, y] = await Promise.all([a, b].map((at) => at?.query.system.account.multi(who)));
        expect(y?.map((v) => v.toJSON())).toEqual(x?.map((v) => v.toJSON()));
        const [e1, e2] = await Promise.all([a, b].map((at) => at?.query.system.events()));
        expect(e2?.toJSON()).toEqual(e1?.toJSON());
        expect(e2?.length).toBeGreaterThan(0);
      }
    } finally {
      await Promise.all(apis.map((api) => api.disconnect()));
    }
  });

  it('serves chainHead_v1 reads of a block pinned long before it left memory', async () => {
    const provider = await connected(archived);
    try {
      const events: Array<Record<string, unknown>> = [];
      const followId = await provider.subscribe(
        'chainHead_v1_followEvent',
        'chainHead_v1_follow',
        [true],
        (_e, ev) => events.push(ev as Record<string, unknown>),
      );
      const pinned = archived.head;
      const key = archived.keysPaged(ACCOUNT_PREFIX, 1)[0] as string;
      const before = archived.storage(key, pinned.hash);
      await buildTwins(full, archived, IN_MEMORY + 2, BLOCKS);
      expect(archived.block(pinned.hash)).toBeUndefined();
      const started = (await provider.send('chainHead_v1_storage', [
        followId,
        pinned.hash,
        [{ key, type: 'value' }],
        null,
      ])) as { operationId: string };
      const header = await provider.send('chainHead_v1_header', [followId, pinned.hash]);
      expect(header).toMatch(/^0x/);
      await expect
        .poll(() =>
          events.find((e) => e.event === 'operationStorageDone' && e.operationId === started.operationId),
        )
        .toBeTruthy();
      const items = events.find(
        (e) => e.event === 'operationStorageItems' && e.operationId === started.operationId,
      );
      expect(items?.items).toEqual([{ key, value: before && toHex(before) }]);
    } finally {
      await provider.disconnect();
    }
  });

  it('answers state_queryStorage over archived blocks while new blocks push others out of memory', async () => {
    const keys = [...full.keysPaged(ACCOUNT_PREFIX, 1000), SYSTEM_NUMBER, SYSTEM_EVENTS];
    const built = Number(archived.best);
    const [from, to] = [2n, archived.best].map((n) => (full.block(n) as BlockRecord).hash) as [
      string,
      string,
    ];
    // each new block moves the memory floor while the archive is being read
    const [answered] = await Promise.all([
      rpc(archived, 'state_queryStorage', [keys, from, to]),
      buildTwins(full, archived, IN_MEMORY * 2, built),
    ]);
    expect(archived.block(to)).toBeUndefined();
    expect(answered).toEqual(await rpc(full, 'state_queryStorage', [keys, from, to]));
  });
});

describe('state pruning', () => {
  it('keeps the state of the last N blocks: older reads answer "State already discarded", their changes are forgotten', async () => {
    const path = join(dir, 'pruned');
    const pstore = await openStore(path);
    const chain = new DevChain({
      mode: 'Manual',
      persist: (block) => pstore.putBlock(block),
      archive: pstore,
      blocksInMemory: IN_MEMORY,
      statePruning: 8,
    });
    try {
      await pstore.setIdentity({ genesisHash: chain.genesisHash, profile: 'dev', seed: 'empty' });
      const twin = new DevChain({ mode: 'Manual' });
      await buildTwins(twin, chain, 20);
      twin.stop();
      const key = chain.keysPaged(ACCOUNT_PREFIX, 1)[0] as string;
      const kept = (await chain.findBlock(12n)) as BlockRecord;
      const pruned = (await chain.findBlock(11n)) as BlockRecord;
      expect(pruned.hash).toMatch(/^0x/); // blocks stay; only their state goes
      const want = twin.storage(key, kept.hash);
      expect(toHex((await chain.readStorage(key, kept)) as Uint8Array)).toBe(want && toHex(want));
      await expect(chain.readStorage(key, pruned)).rejects.toThrow(
        /State already discarded for 0x[0-9a-f]{64}/,
      );
      await expect(rpc(chain, 'state_getStorage', [key, pruned.hash])).rejects.toThrow(
        /State already discarded/,
      );
      // state_queryStorage from a block before the window is refused the same way; from the window's
      // first block on it is the walk, archived blocks (12 … 16) and blocks in memory alike
      await expect(rpc(chain, 'state_queryStorage', [[key], pruned.hash, chain.head.hash])).rejects.toThrow(
        /State already discarded for 0x[0-9a-f]{64}/,
      );
      const server = await startServer(chain, { host: '127.0.0.1', port: 0 });
      const client = await RawClient.connect(server.url);
      try {
        const keys = [...chain.keysPaged(ACCOUNT_PREFIX, 1000), SYSTEM_NUMBER, SYSTEM_EVENTS];
        const hashes = await client.call<string[]>('chain_getBlockHash', [
          Array.from({ length: 21 }, (_, n) => n),
        ]);
        for (const [a, b] of [
          [12, 20],
          [12, 15],
          [13, 17],
        ] as const) {
          const walked = await walkQueryStorageAt(client, keys, hashes.slice(a, b + 1));
          expect(await client.call('state_queryStorage', [keys, hashes[a], hashes[b]])).toEqual(walked);
        }
        const refused = await client.request('state_queryStorage', [keys, hashes[11], hashes[20]]);
        expect(refused.error).toMatchObject({ code: 4003 });
        expect(String(refused.error?.data)).toContain('State already discarded');
      } finally {
        client.close();
        await server.close();
      }
      // the archive no longer holds block 11's changes (nor any block's before it), block 12's are there
      expect(await changeKeys(pstore, 11n)).toEqual([]);
      expect(await changeKeys(pstore, 3n)).toEqual([]);
      expect((await changeKeys(pstore, 12n)).length).toBeGreaterThan(0);
    } finally {
      chain.stop();
      await pstore.close();
    }
  });

  it('a restarted node goes on pruning the blocks it built before the restart', async () => {
    const path = join(dir, 'pruned-restart');
    const first = await openStore(path);
    const pruned = (s: Store, resume?: BlockRecord[]) =>
      new DevChain({
        mode: 'Manual',
        resume,
        persist: (block) => s.putBlock(block),
        archive: s,
        blocksInMemory: IN_MEMORY,
        statePruning: 8,
      });
    const twin = new DevChain({ mode: 'Manual' });
    const before = pruned(first);
    await first.setIdentity({ genesisHash: before.genesisHash, profile: 'dev', seed: 'empty' });
    await buildTwins(twin, before, 12);
    before.stop();
    await first.close();
    const reopened = await openStore(path);
    try {
      const blocks = await reopened.blocks();
      await reopened.ensureIndexed(blocks);
      // blocks 4 … 12 were in the window at the restart; three more blocks push 4, 5 and 6 out of it
      expect((await changeKeys(reopened, 4n)).length).toBeGreaterThan(0);
      const after = pruned(reopened, blocks);
      await buildTwins(twin, after, 3, 12);
      after.stop();
      for (const n of [4n, 5n, 6n]) expect(await changeKeys(reopened, n)).toEqual([]);
      expect((await changeKeys(reopened, 7n)).length).toBeGreaterThan(0);
    } finally {
      twin.stop();
      await reopened.close();
    }
  });
});

/** The archive's change-index keys of block `n`. */
async function changeKeys(s: Store, n: bigint): Promise<string[]> {
  const out: string[] = [];
  for await (const k of s.db.keys({ gte: 'chg:', lt: 'chg;' }))
    if (k.endsWith(`:${n.toString().padStart(12, '0')}`)) out.push(k);
  return out;
}

describe('a store written before the archive index', () => {
  it('is indexed when it is opened, then answers old reads', async () => {
    const path = join(dir, 'old');
    const old = await openStore(path);
    const chain = new DevChain({ mode: 'Manual', persist: (block) => old.putBlock(block) });
    await old.setIdentity({ genesisHash: chain.genesisHash, profile: 'dev', seed: 'empty' });
    const twin = new DevChain({ mode: 'Manual' });
    await buildTwins(twin, chain, 10);
    chain.stop();
    // what an older version wrote: blocks without the index
    const index: string[] = [];
    for await (const k of old.db.keys())
      if (k.startsWith('chg:') || k.startsWith('hash:') || k === 'meta:indexed') index.push(k);
    await old.db.batch(index.map((key) => ({ type: 'del' as const, key })));
    await old.close();

    const reopened = await openStore(path);
    try {
      const blocks = await reopened.blocks();
      await reopened.ensureIndexed(blocks);
      const resumed = new DevChain({
        mode: 'Manual',
        resume: blocks,
        persist: (block) => reopened.putBlock(block),
        archive: reopened,
        blocksInMemory: 2,
      });
      await buildTwins(twin, resumed, 3, 10);
      resumed.stop();
      const key = twin.keysPaged(ACCOUNT_PREFIX, 1)[0] as string;
      for (const n of [0n, 2n, 9n]) {
        const block = (await resumed.findBlock(n)) as BlockRecord;
        const want = twin.storage(key, (twin.block(n) as BlockRecord).hash);
        const got = await resumed.readStorage(key, block);
        expect(got && toHex(got)).toBe(want && toHex(want));
      }
    } finally {
      twin.stop();
      await reopened.close();
    }
  });
});

describe('a restart from a state checkpoint', () => {
  it('verifies and replays only the blocks after it, reading older ones from the store', async () => {
    const path = join(dir, 'checkpointed');
    const db = await openStore(path);
    const twin = new DevChain({ mode: 'Manual' });
    const chain: DevChain = new DevChain({
      mode: 'Manual',
      persist: async (block) => {
        await db.putBlock(block);
        if (block.header.number === 8n) await db.putStateCheckpoint(block, chain.kernel.state.entries());
      },
      archive: db,
      blocksInMemory: 3,
    });
    await db.setIdentity({ genesisHash: chain.genesisHash, profile: 'dev', seed: 'empty' });
    await buildTwins(twin, chain, 12);
    chain.stop();
    await db.close();

    const reopened = await openStore(path);
    try {
      const quick = await reopened.verify();
      expect(quick.problem).toBeUndefined();
      expect(quick.blocks.map((b) => b.header.number)).toEqual([8n, 9n, 10n, 11n, 12n]);
      expect(quick.state?.firstKnown).toBe(1n);
      expect((await reopened.verify({ full: true })).blocks).toHaveLength(12);

      const resumed = new DevChain({
        mode: 'Manual',
        resume: quick.blocks,
        resumeState: quick.state,
        persist: (block) => reopened.putBlock(block),
        archive: reopened,
        blocksInMemory: 3,
      });
      expect(resumed.head.hash).toBe(twin.head.hash);
      const stateOf = (c: DevChain) =>
        [...c.kernel.state.entries()].map(([k, v]) => `${k}=${toHex(v)}`).sort();
      expect(stateOf(resumed)).toEqual(stateOf(twin));
      expect(resumed.firstKnown).toBe(1n);
      await buildTwins(twin, resumed, 5, 12);
      resumed.stop();
      const keys = twin.keysPaged(ACCOUNT_PREFIX, 1000);
      for (const n of [0n, 3n, 7n, 8n, 9n, 15n]) {
        const block = (await resumed.findBlock(n)) as BlockRecord;
        expect(block.hash).toBe((twin.block(n) as BlockRecord).hash);
        expect(await resumed.readKeysPaged(ACCOUNT_PREFIX, 1000, undefined, block)).toEqual(
          twin.keysPaged(ACCOUNT_PREFIX, 1000, undefined, block.hash),
        );
        for (const key of keys) {
          const want = twin.storage(key, block.hash);
          const got = await resumed.readStorage(key, block);
          expect(got && toHex(got), `${key} at #${n}`).toBe(want && toHex(want));
        }
      }
    } finally {
      twin.stop();
      await reopened.close();
    }
  });

  it('falls back to every block when the checkpoint is damaged, and a damaged older block is refused when read', async () => {
    const path = join(dir, 'checkpointed');
    const db = await openStore(path);
    try {
      const raw = (await db.db.get('meta:state')) as string;
      await db.db.put('meta:state', raw.replace('"number":"8"', '"number":"9"'));
      const v = await db.verify();
      expect(v.problem).toBeUndefined();
      expect(v.state).toBeUndefined();
      expect(v.blocks[0]?.header.number).toBe(1n);
      const block3 = (await db.db.get('block:000000000003')) as string;
      await db.db.put('block:000000000003', block3.replace('"timestampMs":"', '"timestampMs":"1'));
      await expect(db.blockByNumber(3n)).rejects.toThrow('block #3 in the database is damaged');
    } finally {
      await db.close();
    }
  });
});
