/**
 * A store that knows its state (issue 20, defect 4: a damaged database silently rewound the final chain,
 * and every open failure printed the same "Database failed to open"). A real LevelDB written by a real
 * DevChain: a second process on a held --db is refused naming the holder's pid; a path that is a file and
 * a directory that is no database get their own messages; a copy with a flipped byte and one with a
 * truncated log are refused at open (never resumed at an older block); `npm run chain -- repair` on the
 * damaged copy reports what it kept and lost, and the node then starts at the kept head.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBlockStore, StoreError } from '../../chain/store.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { alice, bob, PHA, signTx, transferCall } from '../rpc/helpers.js';
import { rpc, spawnTs, startNode, stop } from './processes.js';

const dir = mkdtempSync(join(tmpdir(), 'pha-stake-store-'));
const original = join(dir, 'chain');
const BLOCKS = 30;
let headHash = '';

beforeAll(async () => {
  await cryptoReady();
  const store = await openBlockStore(original);
  const chain = new DevChain({ mode: 'Manual', persist: (b) => store.putBlock(b) });
  await store.setIdentity({ genesisHash: chain.genesisHash, profile: 'dev', seed: 'empty' });
  for (let n = 0; n < BLOCKS; n++) {
    chain.submit(signTx(chain, alice, transferCall(bob.address, PHA), { nonce: BigInt(n) }));
    await chain.newBlocks(1);
  }
  headHash = chain.head.hash;
  chain.stop();
  await store.close();
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the database with its largest data file (table or write-ahead log) passed through `damage`. */
function damagedCopy(name: string, damage: (file: string) => void): string {
  const copy = join(dir, name);
  cpSync(original, copy, { recursive: true });
  const data = readdirSync(copy)
    .filter((f) => /^\d+\.(ldb|log)$/.test(f))
    .map((f) => ({ f, size: statSync(join(copy, f)).size }))
    .sort((a, b) => b.size - a.size)[0];
  if (!data || data.size === 0) throw new Error('no LevelDB data file in the copy');
  damage(join(copy, data.f));
  return copy;
}

let copies = 0;
/** One bit flipped in the middle of the data. */
const flipped = () =>
  damagedCopy(`flipped-${copies++}`, (file) => {
    const bytes = readFileSync(file);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);
  });

describe('defect 4: a damaged database silently rewound the final chain', () => {
  it('loads the intact database, verified up to its head', async () => {
    const store = await openBlockStore(original);
    const loaded = await store.load();
    await store.close();
    expect(loaded.blocks.length).toBe(BLOCKS);
    expect(loaded.blocks.at(-1)?.hash).toBe(headHash);
  });

  it('refuses a second process on a held --db, naming the holder', async () => {
    const held = await openBlockStore(original);
    try {
      const second = spawnTs('chain/cli.ts', ['--db', original, '--seed', 'empty', '--port', '0']);
      expect(await second.exited).not.toBe(0);
      expect(second.output()).toContain(`is in use by another process (pid ${process.pid}`);
    } finally {
      await held.close();
    }
  }, 90_000);

  it('says what is wrong with a path that is a file or a directory that is no database', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a database');
    await expect(openBlockStore(file)).rejects.toThrow(/is a file, not a database directory/);
    const other = join(dir, 'photos');
    mkdirSync(other);
    writeFileSync(join(other, 'cat.jpg'), 'x');
    await expect(openBlockStore(other)).rejects.toThrow(/holds no database/);
    await expect(openBlockStore(join(dir, 'nowhere'), { create: false })).rejects.toThrow(/no database at/);
  });

  it('refuses a copy with a flipped byte at open instead of resuming at an older block', async () => {
    const copy = flipped();
    const store = await openBlockStore(copy);
    const refused = await store.load().catch((err: unknown) => err);
    await store.close();
    expect(refused).toBeInstanceOf(StoreError);
    expect((refused as StoreError).message).toMatch(/is damaged: .*; run `npm run chain -- repair --db /);
  });

  it('refuses a copy with a truncated log at open', async () => {
    const copy = damagedCopy('truncated', (log) =>
      truncateSync(log, Math.floor(readFileSync(log).length * 0.6)),
    );
    const store = await openBlockStore(copy);
    const refused = await store.load().catch((err: unknown) => err);
    await store.close();
    expect((refused as StoreError).kind).toBe('damaged');
    expect((refused as StoreError).message).toMatch(/is damaged: .*; run `npm run chain -- repair/);
  });

  it('the node refuses the damaged copy; repair keeps what the blocks allow, reports the loss, and the node starts', async () => {
    const copy = flipped();
    const refused = spawnTs('chain/cli.ts', ['--db', copy, '--seed', 'empty', '--port', '0']);
    expect(await refused.exited).not.toBe(0);
    expect(refused.output()).toMatch(/pha-stake: the database at .* is damaged/);
    const repair = spawnTs('chain/cli.ts', ['repair', '--db', copy]);
    expect(await repair.exited).toBe(0);
    const report = repair.output();
    const kept = /kept blocks #1…#(\d+) \(head (0x[0-9a-f]{64})/.exec(report);
    expect(kept).not.toBeNull();
    const keptHead = Number(kept?.[1]);
    expect(keptHead).toBeGreaterThanOrEqual(1);
    expect(keptHead).toBeLessThan(BLOCKS);
    expect(report).toContain(`lost: ${BLOCKS - keptHead} block(s), #${keptHead + 1}…#${BLOCKS}`);
    expect(report).toMatch(/the damaged database is kept at .*\.damaged-\d+/);
    const node = await startNode(['--db', copy, '--seed', 'empty', '--block-time', 'manual']);
    try {
      const header = await rpc<{ number: string }>(node.http, 'chain_getHeader');
      expect(Number(header.number)).toBe(keptHead);
      expect(await rpc<string>(node.http, 'chain_getBlockHash', [keptHead])).toBe(kept?.[2]);
    } finally {
      await stop(node.proc);
    }
  }, 180_000);
});
