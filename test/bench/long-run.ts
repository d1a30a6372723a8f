/**
 * `npm run bench -- long [--blocks N] [--state-pruning N]` (issue 19, "a node that runs for months"; on
 * request only, like the soak): the demo network as `npm run chain` runs it — the demo snapshot on a
 * LevelDB store with its archive (the last 64 blocks in memory), the in-process actors (Gatekeeper, 57
 * live pRuntimes, relayer) and the in-process history indexer — advanced by N blocks (default 200,000)
 * in batches of 1,000, the history indexer brought up to the head after each batch (its time counts in the
 * blocks per second). At 5 %, 25 %, 50 % and 100 % of N (10k, 50k, 100k, 200k by default) it reports
 * RSS, heap and off-heap buffers (V8's `external`: Buffers, ArrayBuffers) after a full GC, blocks per
 * second over the last tenth of N with the process's CPU time per block over the same blocks (all threads:
 * on shared cores wall time is not all ours, CPU time is), and LevelDB growth per 1,000 blocks since the
 * previous sample. The rows say whether RSS, blocks/s and CPU per block stayed within ±20 % after the
 * warm-up: the first sample (the snapshot just parsed, the code not yet optimised, LevelDB's first
 * compactions) is shown, the rest are judged against the second. RSS beyond heap + external is native memory.
 *
 * RSS is read twice. Right after a batch and a full GC, V8 still holds the pages that GC emptied (its
 * background unmapper returns them over the next few hundred milliseconds) and the heap it grew for the
 * batch (it shrinks the committed heap towards the live one when the process idles): that reading swings by
 * ±20 % with where in V8's heap-growing cycle the sample falls, whatever the chain's age. The judged reading
 * is taken once the process has idled until the committed heap stops shrinking — as a node idles between
 * 6-second blocks — and the busy one is reported beside it.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startNodeHistory } from '../../chain/node-history.js';
import { DEMO_SNAPSHOT, readSnapshot, shippedHistory } from '../../chain/snapshot.js';
import { openBlockStore } from '../../chain/store.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { ActorSupervisor } from '../../src/pallets-mock/offchain/actor-supervisor.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import type { BenchGroup, BenchRow } from './bench.js';

const BATCH = 1_000;
const MB = 2 ** 20;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function flag(name: string): number | undefined {
  const i = process.argv.indexOf(name);
  if (i < 0) return undefined;
  const v = Number(process.argv[i + 1]);
  if (!Number.isSafeInteger(v) || v <= 0) throw new Error(`${name} must be a positive integer`);
  return v;
}

/** The largest divisor of `n` no greater than `limit` (the indexer's step inside a pruning window). */
function largestDivisorAtMost(n: number, limit: number): number {
  for (let d = Math.min(n, limit); d > 1; d--) if (n % d === 0) return d;
  return 1;
}

const dirBytes = (dir: string) => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

interface Sample {
  blocks: number;
  rssMb: number;
  busyRssMb: number;
  heapMb: number;
  externalMb: number;
  blocksPerSecond: number;
  cpuMsPerBlock: number;
  dbBytesPer1000: number;
}

/**
 * Memory once the process has idled: a full GC every 250 ms until V8's committed heap and RSS stop
 * shrinking (at most 5 s).
 */
async function settledMemory(): Promise<NodeJS.MemoryUsage> {
  let last = process.memoryUsage();
  for (let round = 0; round < 20; round++) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    gc();
    const now = process.memoryUsage();
    const shrinking = now.heapTotal < last.heapTotal || now.rss < last.rss * 0.98;
    last = now;
    if (!shrinking) break;
  }
  return last;
}

/** CPU milliseconds this process (every thread) has used. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function longRun(): Promise<BenchRow[]> {
  const total = flag('--blocks') ?? 200_000;
  const pruning = flag('--state-pruning');
  const marks = [
    ...new Set([0.05, 0.25, 0.5, 1].map((f) => Math.max(BATCH, Math.round((total * f) / BATCH) * BATCH))),
  ];
  const window = Math.max(BATCH, Math.round(total / 10 / BATCH) * BATCH);
  if (pruning !== undefined && pruning < 2) throw new Error('--state-pruning must keep at least 2 blocks');
  const step = pruning === undefined ? BATCH : largestDivisorAtMost(BATCH, Math.floor(pruning / 2));
  await cryptoReady();
  const dir = mkdtempSync(join(tmpdir(), 'pha-stake-long-'));
  const store = await openBlockStore(join(dir, 'chain'));
  const snapshot = readSnapshot(DEMO_SNAPSHOT);
  const chain = new DevChain({
    profile: snapshot.profile,
    mode: 'Manual',
    resume: [snapshot.block],
    persist: (block) => store.putBlock(block),
    archive: store,
    statePruning: pruning,
  });
  await store.setIdentity({ genesisHash: chain.genesisHash, profile: snapshot.profile, seed: 'demo' });
  await store.putBlock(snapshot.block);
  const actors = new ActorSupervisor(chain);
  actors.start(snapshot.actors ?? undefined);
  const history = await startNodeHistory(chain, store, { seed: shippedHistory(snapshot) });
  const samples: Sample[] = [];
  const stamps: Array<{ blocks: number; ms: number; cpu: number }> = [
    { blocks: 0, ms: performance.now(), cpu: cpuMs() },
  ];
  let dbLast = { blocks: 0, bytes: dirBytes(join(dir, 'chain')) };
  try {
    for (let done = 0; done < total; ) {
      // The node's history indexer keeps up, as it does at a 6-second block time: built back to back,
      // blocks would otherwise starve it and it would sit a whole run behind. A pruned node keeps only its
      // last blocks' state, so the indexer follows it in steps within that window.
      for (let built = 0; built < BATCH; built += step) {
        await chain.newBlocks(step);
        await history.indexer.syncTo(Number(chain.best));
      }
      done += BATCH;
      const now = { blocks: done, ms: performance.now(), cpu: cpuMs() };
      stamps.push(now);
      if (!marks.includes(done)) continue;
      const since = stamps.find((s) => s.blocks >= done - window) as (typeof stamps)[number];
      gc();
      const busyRssMb = process.memoryUsage().rss / MB;
      const mem = await settledMemory();
      const sample: Sample = {
        blocks: done,
        rssMb: mem.rss / MB,
        busyRssMb,
        heapMb: mem.heapUsed / MB,
        externalMb: mem.external / MB,
        blocksPerSecond: ((done - since.blocks) * 1000) / (now.ms - since.ms),
        cpuMsPerBlock: (now.cpu - since.cpu) / (done - since.blocks),
        dbBytesPer1000: ((dirBytes(join(dir, 'chain')) - dbLast.bytes) * 1000) / (done - dbLast.blocks),
      };
      dbLast = { blocks: done, bytes: dirBytes(join(dir, 'chain')) };
      // The idle wait is not the chain's time: the next blocks are counted from here.
      stamps[stamps.length - 1] = { blocks: done, ms: performance.now(), cpu: cpuMs() };
      samples.push(sample);
      process.stderr.write(
        `long: #${done}: RSS ${sample.rssMb.toFixed(0)} MB (${busyRssMb.toFixed(0)} MB right after the batch), heap ${sample.heapMb.toFixed(0)} MB, external ${sample.externalMb.toFixed(0)} MB, ${sample.blocksPerSecond.toFixed(1)} blocks/s, CPU ${sample.cpuMsPerBlock.toFixed(2)} ms/block, LevelDB ${(sample.dbBytesPer1000 / 1024).toFixed(0)} KiB per 1,000 blocks; indexer ${Number(chain.best) - history.indexer.indexedBlock} blocks behind, load ${loadavg()[0]?.toFixed(1)}\n`,
      );
    }
  } finally {
    actors.stop();
    await history.stop();
    chain.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
  // The first sample (5 % of N) is the warm-up: the snapshot just parsed, the code not yet optimised.
  // Flatness is judged on the samples after it, against the first of them (the issue's "after warm-up").
  const settled = samples.length > 2 ? samples.slice(1) : samples;
  const first = settled[0] as Sample;
  const within = (key: 'rssMb' | 'blocksPerSecond' | 'cpuMsPerBlock') =>
    settled.every((s) => Math.abs(s[key] / first[key] - 1) <= 0.2)
      ? 'flat within ±20 % after warm-up'
      : 'NOT within ±20 % after warm-up';
  const label = `${pruning ? `, --state-pruning ${pruning}` : ''}`;
  const row = (name: string, unit: string, key: keyof Sample, note: string): BenchRow => ({
    name: `long run: ${name}${label}`,
    unit,
    median: samples[samples.length - 1]?.[key] as number,
    min: Math.min(...samples.map((s) => s[key])),
    max: Math.max(...samples.map((s) => s[key])),
    ops: total,
    seconds: ((stamps[stamps.length - 1]?.ms ?? 0) - (stamps[0]?.ms ?? 0)) / 1000,
    note,
  });
  const at = (key: keyof Sample, digits: number) =>
    samples.map((s) => `${s.blocks.toLocaleString('en-US')}: ${s[key].toFixed(digits)}`).join(', ');
  return [
    row(
      'RSS after N blocks of the demo network, idle',
      'MB',
      'rssMb',
      `${within('rssMb')}; once V8 has returned the pages GC emptied (${at('rssMb', 0)})`,
    ),
    row(
      'RSS right after a batch of blocks and a full GC',
      'MB',
      'busyRssMb',
      `V8 still holding the pages GC emptied and its grown heap (${at('busyRssMb', 0)})`,
    ),
    row(
      'blocks/s while advancing',
      'blocks/s',
      'blocksPerSecond',
      `${within('blocksPerSecond')} (${at('blocksPerSecond', 1)})`,
    ),
    row(
      'CPU time per block while advancing',
      'ms',
      'cpuMsPerBlock',
      `${within('cpuMsPerBlock')}; every thread of the process, over the same blocks as blocks/s (${at('cpuMsPerBlock', 2)})`,
    ),
    row('heap after a full GC', 'MB', 'heapMb', at('heapMb', 0)),
    row(
      'off-heap buffers after a full GC',
      'MB',
      'externalMb',
      `V8 external memory (Buffers, ArrayBuffers); RSS beyond heap + this is native (LevelDB, allocator) (${at('externalMb', 1)})`,
    ),
    row(
      'LevelDB bytes per 1,000 blocks',
      'bytes',
      'dbBytesPer1000',
      `growth since the previous sample, before compaction (${at('dbBytesPer1000', 0)})`,
    ),
  ];
}

export const longRunBench: BenchGroup = { title: 'long run (issue 19, on request only)', run: longRun };
