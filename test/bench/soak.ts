/**
 * `npm run bench -- soak [--minutes N]` (default 10): a bounded soak of a real `npm run chain` process on
 * loopback (issue 20). After 30 s idle (the baseline), N minutes of mixed traffic — valid transfers,
 * historical reads, malformed frames, unknown methods, future-nonce spam from empty accounts, deep JSON,
 * subscription floods and connection churn — then 60 s idle. Every 10 s it samples the node's RSS and
 * open file descriptors (/proc), the last block interval and the p99 latency of the reads, printed to
 * stderr. Finally the node is killed with SIGKILL, restarted on the same --db, and every block it had
 * announced must be there with the same hash. The table reports the worst block time against idle, RSS
 * after the load against the baseline, the p99 read latency and the blocks kept. Only run on request:
 * `npm run bench` alone leaves it out.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { spawnTs } from '../node/processes.js';
import { alice, hex, keyring, PHA, signTx, transferCall } from '../rpc/helpers.js';
import type { BenchGroup, BenchRow } from './bench.js';

const BLOCK_MS = 2000;
const SAMPLE_MS = 10_000;

function minutesFlag(): number {
  const i = process.argv.indexOf('--minutes');
  const v = i >= 0 ? Number(process.argv[i + 1]) : 10;
  if (!Number.isFinite(v) || v <= 0) throw new Error('--minutes must be a positive number');
  return v;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function procStats(pid: number): { rssMb: number; fds: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return { rssMb: rssKb / 1024, fds: readdirSync(`/proc/${pid}/fd`).length };
}

async function startNode(db: string) {
  const proc = spawnTs('chain/cli.ts', [
    '--db',
    db,
    '--seed',
    'empty',
    '--port',
    '0',
    '--block-time',
    `${BLOCK_MS}`,
  ]);
  const m = await proc.waitFor(/pha-stake node ready (ws:\/\/\S+) (http:\/\/\S+)/, 120_000);
  return { proc, url: m[1] as string, http: m[2] as string };
}

/** A WebSocket JSON-RPC client that times its calls. */
async function connect(url: string) {
  const ws = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let id = 0;
  const waiting = new Map<number, (v: { result?: unknown; error?: unknown }) => void>();
  const notes: Array<(m: { params?: { result?: unknown } }) => void> = [];
  ws.on('message', (d) => {
    const m = JSON.parse(d.toString()) as {
      id?: number;
      method?: string;
      result?: unknown;
      error?: unknown;
      params?: { result?: unknown };
    };
    if (m.id !== undefined && waiting.has(m.id)) waiting.get(m.id)?.(m);
    else if (m.method) for (const n of notes) n(m);
  });
  ws.on('error', () => {});
  return {
    ws,
    onNote: (fn: (m: { params?: { result?: unknown } }) => void) => notes.push(fn),
    call(method: string, params: unknown[] = []): Promise<{ result?: unknown; error?: unknown }> {
      const n = ++id;
      return new Promise((resolve) => {
        waiting.set(n, resolve);
        ws.send(JSON.stringify({ jsonrpc: '2.0', id: n, method, params }));
      });
    },
  };
}

const p99 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.99))] ?? 0;
};

async function soak(): Promise<BenchRow[]> {
  const minutes = minutesFlag();
  await cryptoReady();
  const signer = new DevChain({ mode: 'Manual' }); // same genesis as --seed empty: signs only
  const dir = mkdtempSync(join(tmpdir(), 'pha-stake-soak-'));
  const db = join(dir, 'chain');
  let node = await startNode(db);
  const main = await connect(node.url);
  const announced = new Map<number, string>();
  const arrivals: number[] = [];
  main.onNote((m) => {
    const h = m.params?.result as { number?: string } | undefined;
    if (h?.number) arrivals.push(performance.now());
  });
  await main.call('chain_subscribeNewHeads');
  const intervals = () => arrivals.slice(1).map((t, i) => t - (arrivals[i] as number));
  const samples: Array<{ phase: string; rssMb: number; fds: number; blockMs: number; p99Ms: number }> = [];
  let latencies: number[] = [];
  const sample = (phase: string) => {
    const { rssMb, fds } = procStats(node.proc.child.pid as number);
    const last = intervals().at(-1) ?? 0;
    const s = { phase, rssMb, fds, blockMs: last, p99Ms: p99(latencies) };
    latencies = [];
    samples.push(s);
    process.stderr.write(
      `soak ${phase}: RSS ${rssMb.toFixed(1)} MB, fds ${fds}, block ${last.toFixed(0)} ms, p99 ${s.p99Ms.toFixed(1)} ms\n`,
    );
  };
  const idle = async (ms: number, phase: string) => {
    for (let t = 0; t < ms; t += SAMPLE_MS) {
      await sleep(SAMPLE_MS);
      sample(phase);
    }
  };

  await idle(30_000, 'idle');
  const idleBlock = Math.max(...intervals());
  const baselineRss = samples.at(-1)?.rssMb ?? 0;

  let running = true;
  let nonce = Number((await main.call('system_accountNextIndex', [alice.address])).result);
  const loops: Array<Promise<void>> = [];
  const loop = (fn: () => Promise<void>) =>
    loops.push(
      (async () => {
        while (running) await fn().catch(() => {});
      })(),
    );
  loop(async () => {
    // valid transfers
    await main.call('author_submitExtrinsic', [
      hex(signTx(signer, alice, transferCall(alice.address, PHA), { nonce: BigInt(nonce++) })),
    ]);
    await sleep(200);
  });
  loop(async () => {
    // historical reads, timed
    const best = Math.max(1, arrivals.length);
    const t = performance.now();
    await main.call('chain_getBlockHash', [Math.floor(Math.random() * best)]);
    await main.call('state_getStorage', ['0x26aa394eea5630e07c48ae0c9558cef7', null]);
    latencies.push(performance.now() - t);
  });
  let spam = 0;
  loop(async () => {
    // abuse on a connection of its own: malformed frames, unknown methods, deep JSON, future-nonce spam
    const c = await connect(node.url);
    c.ws.send('{"jsonrpc":"2.0","id":1,"method":');
    c.ws.send(`${'['.repeat(100_000)}`);
    await c.call('no_such_method', [1, 2, 3]);
    await c.call('chain_getBlockHash', [Array.from({ length: 5000 }, (_, i) => i)]);
    const empty = keyring.addFromUri(`//soak/empty/${spam++}`);
    await c.call('author_submitExtrinsic', [
      hex(signTx(signer, empty, transferCall(alice.address, 1n), { nonce: 1000n })),
    ]);
    for (let i = 0; i < 50; i++) await c.call('chain_subscribeNewHeads');
    c.ws.close();
  });
  for (let t = 0; t < minutes * 60_000; t += SAMPLE_MS) {
    await sleep(SAMPLE_MS);
    sample('load');
  }
  const loadIntervals = intervals().slice(-Math.floor((minutes * 60_000) / BLOCK_MS));
  running = false;
  await Promise.all(loops);
  await idle(60_000, 'after');
  const afterRss = samples.at(-1)?.rssMb ?? 0;

  // Every announced block must survive a SIGKILL.
  const header = (await main.call('chain_getHeader')).result as { number: string };
  const best = Number(header.number);
  for (let n = 1; n <= best; n++)
    announced.set(n, (await main.call('chain_getBlockHash', [n])).result as string);
  node.proc.child.kill('SIGKILL');
  await node.proc.exited;
  node = await startNode(db);
  const after = await connect(node.url);
  let kept = 0;
  for (const [n, hash] of announced)
    if ((await after.call('chain_getBlockHash', [n])).result === hash) kept++;
  after.ws.close();
  node.proc.child.kill('SIGTERM');
  await node.proc.exited;
  rmSync(dir, { recursive: true, force: true });

  const worstBlock = Math.max(...loadIntervals);
  const loadP99 = Math.max(...samples.filter((s) => s.phase === 'load').map((s) => s.p99Ms));
  const row = (name: string, value: number, unit: string, note: string): BenchRow => ({
    name,
    unit,
    median: value,
    min: value,
    max: value,
    ops: 1,
    seconds: minutes * 60,
    note,
  });
  return [
    row(
      'soak: worst block interval under load ÷ idle',
      worstBlock / idleBlock,
      '×',
      `target ≤ 2 (idle worst ${idleBlock.toFixed(0)} ms, ${minutes} min of load)`,
    ),
    row(
      'soak: RSS 60 s after load ÷ baseline',
      afterRss / baselineRss,
      '×',
      `target ≤ 1.10 (baseline ${baselineRss.toFixed(1)} MB)`,
    ),
    row(
      'soak: p99 read latency under load',
      loadP99,
      'ms',
      'chain_getBlockHash + state_getStorage, worst 10 s window',
    ),
    row(
      'soak: announced blocks kept after SIGKILL',
      kept / announced.size,
      'fraction',
      `${kept} of ${announced.size}`,
    ),
  ];
}

export const soakBench: BenchGroup = { title: 'soak (issue 20, on request only)', run: soak };
