/**
 * Age rows (issue 20, defect 8: memory and restarts grew with the chain's age): what one more block costs
 * the node for as long as it runs and at every restart, measured, never asserted (the regression tests
 * of the limits are in test/rpc/age-limits.test.ts). A DevChain persisting to a temporary LevelDB store
 * (chain/store.ts, the node's) builds 2,000 empty blocks, then 2,000 blocks of one signed transfer each:
 * - heap retained per block (after a full GC, before and after);
 * - LevelDB bytes per block;
 * - restart: opening the store, verifying and loading its blocks and resuming a DevChain from them, per
 *   1,000 blocks.
 * The extrapolation to a month of 12 s blocks (216,000) is in the notes. `npm run bench -- age`.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openBlockStore } from '../../chain/store.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { alice, bob, PHA, signTx, transferCall } from '../rpc/helpers.js';
import type { BenchGroup, BenchRow } from './bench.js';

const BLOCKS = 2_000;
const MONTH = 216_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapAfterGc = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const dirBytes = (dir: string) => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');

function row(name: string, value: number, unit: string, seconds: number, note: string): BenchRow {
  return { name, unit, median: value, min: value, max: value, ops: BLOCKS, seconds, note };
}

/** Bytes of the store's files once LevelDB has compacted them (deleted and overwritten records gone). */
async function compactedBytes(store: Awaited<ReturnType<typeof openBlockStore>>): Promise<number> {
  await (store.db as unknown as { compactRange(a: string, b: string): Promise<void> }).compactRange('', '~');
  return dirBytes(store.path);
}

/**
 * A node's chain (a DevChain on a LevelDB store, recent blocks in memory, the rest in the archive) grown by
 * 2,000 empty then 2,000 one-transfer blocks: heap retained and compacted LevelDB bytes per block.
 */
async function grow(path: string, label: string, statePruning?: number) {
  const store = await openBlockStore(path);
  const chain = new DevChain({
    mode: 'Manual',
    persist: (b) => store.putBlock(b),
    archive: store,
    statePruning,
  });
  await store.setIdentity({ genesisHash: chain.genesisHash, profile: 'dev', seed: 'empty' });
  const rows: BenchRow[] = [];
  const measure = async (kind: string, build: () => Promise<void>) => {
    const heap0 = heapAfterGc();
    const disk0 = await compactedBytes(store);
    const t0 = performance.now();
    await build();
    const seconds = (performance.now() - t0) / 1000;
    const perBlock = (heapAfterGc() - heap0) / BLOCKS;
    const disk = ((await compactedBytes(store)) - disk0) / BLOCKS;
    rows.push(
      row(
        `age: heap retained per ${kind} block${label}`,
        perBlock,
        'bytes',
        seconds,
        `a month of such blocks ≈ ${n0((perBlock * MONTH) / 2 ** 20)} MiB of heap`,
      ),
      row(
        `age: LevelDB bytes per ${kind} block${label}`,
        disk,
        'bytes',
        seconds,
        `compacted; a month ≈ ${n0((disk * MONTH) / 2 ** 20)} MiB`,
      ),
    );
  };
  await measure('empty', () => chain.newBlocks(BLOCKS).then(() => {}));
  await measure('one-transfer', async () => {
    for (let n = 0n; n < BigInt(BLOCKS); n++) {
      chain.submit(signTx(chain, alice, transferCall(bob.address, PHA), { nonce: n }));
      await chain.newBlocks(1);
    }
  });
  chain.stop();
  const head = chain.head.hash;
  const checkpointed = `${path}-checkpointed`;
  await store.close();
  cpSync(path, checkpointed, { recursive: true });
  // the same store with the state checkpoint a node writes when it stops
  const copy = await openBlockStore(checkpointed);
  await copy.putStateCheckpoint(chain.head, chain.kernel.state.entries());
  await copy.close();
  return { rows, head, checkpointed };
}

async function age(): Promise<BenchRow[]> {
  await cryptoReady();
  const dir = mkdtempSync(join(tmpdir(), 'pha-stake-age-'));
  const path = join(dir, 'chain');
  const { rows, head, checkpointed } = await grow(path, '');
  rows.push(...(await grow(join(dir, 'pruned'), ' (--state-pruning 256)', 256)).rows);

  const t0 = performance.now();
  const reopened = await openBlockStore(path);
  const { blocks } = await reopened.load();
  const resumed = new DevChain({ mode: 'Manual', resume: blocks });
  const ms = performance.now() - t0;
  if (resumed.head.hash !== head) throw new Error('the restarted chain has another head');
  await reopened.close();

  const t1 = performance.now();
  const quick = await openBlockStore(checkpointed);
  const fromCheckpoint = await quick.load();
  const restarted = new DevChain({
    mode: 'Manual',
    resume: fromCheckpoint.blocks,
    resumeState: fromCheckpoint.state,
    archive: quick,
  });
  const quickMs = performance.now() - t1;
  if (restarted.head.hash !== head)
    throw new Error('the chain restarted from its checkpoint has another head');
  await quick.close();
  rmSync(dir, { recursive: true, force: true });
  rows.push(
    row(
      'age: restart from the state checkpoint written at shutdown',
      quickMs,
      'ms',
      quickMs / 1000,
      `${n0(blocks.length)} blocks stored; ${fromCheckpoint.blocks.length} verified and replayed`,
    ),
  );
  const per1000 = (ms * 1000) / blocks.length;
  rows.push(
    row(
      'age: restart (open, verify, load, resume) per 1,000 blocks',
      per1000,
      'ms',
      ms / 1000,
      `${n0(blocks.length)} blocks in ${n0(ms)} ms; a month ≈ ${n0((per1000 * MONTH) / 1000 / 1000)} s`,
    ),
  );
  return rows;
}

export const ageBench: BenchGroup = { title: 'age (issue 20 defect 8)', run: age };
