/**
 * Every stored block carries a checksum of its record, so `verify` catches a changed byte anywhere in it —
 * also in the parts the header hash and state root do not cover (the extrinsics' bytes, the timestamp, the
 * diff's old values), which a flipped bit in the node's store once slipped through. Records written before
 * checksums (ending with their diff) still verify. A real LevelDB (classic-level) under a real DevChain.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlockStore } from '../../src/pallets-mock/devchain/block-store.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { alice, bob, PHA, signTx, transferCall } from '../rpc/helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'pha-stake-checksum-'));
const openStore = () => new BlockStore(new ClassicLevel<string, string>(join(dir, 'db')));
let store: ReturnType<typeof openStore>;

beforeAll(async () => {
  await cryptoReady();
  store = openStore();
  const chain = new DevChain({ mode: 'Manual', persist: (b) => store.putBlock(b) });
  await store.setIdentity({ genesisHash: chain.genesisHash, profile: 'dev', seed: 'empty' });
  for (let n = 0; n < 3; n++) {
    chain.submit(signTx(chain, alice, transferCall(bob.address, PHA), { nonce: BigInt(n) }));
    await chain.newBlocks(1);
  }
  chain.stop();
});

afterAll(async () => {
  await store.db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('block checksums', () => {
  it('verify refuses block #2 with any one character of its record changed', async () => {
    const blockKey = (await store.db.keys({ gte: 'block:', lt: 'block;' }).all())[1] as string;
    const record = (await store.db.get(blockKey)) as string;
    expect((await store.verify()).problem).toBeUndefined();
    // a changed hex digit in the extrinsics, the timestamp, an old value, the checksum itself
    const positions = [
      record.indexOf('"extrinsics":["0x') + 20,
      record.indexOf('"timestampMs":"') + 16,
      record.lastIndexOf('"sum":"') + 10,
    ];
    const oldValue = /\["0x[0-9a-f]+","0x([0-9a-f]+)"/.exec(record);
    if (oldValue) positions.push(record.indexOf(oldValue[1] as string) + 2);
    for (const at of positions) {
      const c = record[at] as string;
      const damaged = record.slice(0, at) + (c === '1' ? '2' : '1') + record.slice(at + 1);
      await store.db.put(blockKey, damaged);
      const found = await store.verify();
      expect(found.problem, `changed at ${at}`).toMatch(/^block #2 /);
      expect(found.blocks.map((b) => b.header.number)).toEqual([1n]);
    }
    // a record from before checksums (no sum, ending with its diff) verifies
    await store.db.put(blockKey, `${record.slice(0, record.lastIndexOf(',"sum":"'))}}`);
    expect((await store.verify()).problem).toBeUndefined();
    await store.db.put(blockKey, record);
  });
});
