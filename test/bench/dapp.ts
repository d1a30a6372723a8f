/**
 * dApp rows (issue 8), measured on the production build (`vite build` into tmp/bench-dist, served by
 * `vite preview`) in headless Debian Chromium against a real node holding 1,000 stake pools:
 * - JS shipped before first paint: the entry script and its modulepreloads, gzip-compressed (what
 *   index.html makes the browser fetch before React can paint; @polkadot/api and the pages load after);
 * - time from navigation until the pool list of 1,000 pools is interactive (first page of rows shown and
 *   the search answers a query);
 * - JSON-RPC requests the page sent until then (WebSocket frames, counted by method in the note), and
 *   round trips: on each socket, a request sent after an answer arrived on it starts a new round (so
 *   requests sent together count once); the row gives the most rounds on one socket — the list's own
 *   socket and @polkadot/api's are opened side by side — and the note each socket's.
 * Five first visits are measured, each in a fresh browser context; the rows give the median visit (with
 * the five times and the machine's load in the note).
 * The node is set up as `npm run chain` sets it up: with `pha_poolList` (src/indexer/pool-list-rpc.ts)
 * and its in-process API started; the browser is fresh (no cache, no stored metadata): a first visit.
 * `npm run bench -- dapp` runs only these. Skipped (with a row note) when no Chromium is found.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import { startServer } from '../../chain/server.js';
import { poolListRpc } from '../../src/indexer/pool-list-rpc.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { chromiumPath, launchChromium } from '../e2e/browser.js';
import { createManyPools } from '../fixtures/seed-pools.js';
import type { BenchGroup, BenchRow } from './bench.js';

const OUT = 'tmp/bench-dist';
const POOLS = 1000;
/** First visits measured; the rows give the median one. */
const VISITS = 5;

const single = (name: string, unit: string, value: number, seconds: number, note: string): BenchRow => ({
  name,
  unit,
  median: value,
  min: value,
  max: value,
  ops: 1,
  seconds,
  note,
});

/** gzip bytes of the scripts index.html loads before first paint. */
export function firstPaintJs(outDir: string): { bytes: number; files: string[] } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const bytes = files.reduce((s, f) => s + gzipSync(readFileSync(join(outDir, f)), { level: 9 }).length, 0);
  return { bytes, files };
}

interface FirstVisit {
  ms: number;
  calls: number;
  /** Requests by method, most first. */
  methods: string;
  /** Round trips per WebSocket, in the order opened. */
  rounds: number[];
}

/**
 * One first visit in a fresh browser context: navigation until the first rows show and the search finds
 * pool 777, with the JSON-RPC requests the page sent and the round trips on each socket until then.
 */
async function firstVisit(browser: Browser, url: string): Promise<FirstVisit> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const methods = new Map<string, number>();
    const sockets: Array<{ rounds: number; answered: boolean }> = [];
    page.on('websocket', (ws) => {
      const socket = { rounds: 0, answered: true };
      sockets.push(socket);
      ws.on('framesent', ({ payload }) => {
        const text = typeof payload === 'string' ? payload : payload.toString();
        const m = /"method":"([^"]+)"/.exec(text);
        if (!m?.[1]) return;
        methods.set(m[1], (methods.get(m[1]) ?? 0) + 1);
        if (socket.answered) socket.rounds++;
        socket.answered = false;
      });
      ws.on('framereceived', ({ payload }) => {
        if (/"id":/.test(typeof payload === 'string' ? payload : payload.toString())) socket.answered = true;
      });
    });
    const t0 = performance.now();
    await page.goto(url);
    await page.getByTestId('pool-row').first().waitFor({ timeout: 120_000 });
    await page.getByTestId('pool-search').fill('777');
    await page.locator('[data-testid="pool-row"][data-pid="777"]').waitFor();
    const ms = performance.now() - t0;
    const calls = [...methods.values()].reduce((a, b) => a + b, 0);
    const top = [...methods.entries()].sort((a, b) => b[1] - a[1]).map(([m, n]) => `${m}×${n}`);
    return { ms, calls, methods: top.join(' '), rounds: sockets.map((x) => x.rounds) };
  } finally {
    await context.close();
  }
}

export const dappBench: BenchGroup = {
  title: 'dApp',
  async run() {
    await build({ logLevel: 'silent', build: { outDir: OUT, emptyOutDir: true } });
    const js = firstPaintJs(OUT);
    const rows: BenchRow[] = [
      single(
        'dApp JS before first paint (gzip)',
        'kB',
        js.bytes / 1024,
        0,
        `${js.files.length} files: ${js.files.join(', ')}`,
      ),
    ];
    const executable = chromiumPath();
    if (!executable) return rows;

    await cryptoReady();
    const chain = new DevChain({ mode: 'Manual' });
    createManyPools(chain, POOLS);
    await chain.newBlocks(1);
    const poolList = poolListRpc(chain);
    await poolList.warm();
    const node = await startServer(chain, { host: '127.0.0.1', port: 0, modules: [poolList.module] });
    const server = await preview({
      logLevel: 'silent',
      preview: { host: '127.0.0.1', port: 0 },
      build: { outDir: OUT },
    });
    const browser = await launchChromium(executable);
    try {
      const base = server.resolvedUrls?.local[0] ?? '';
      const visits: FirstVisit[] = [];
      for (let i = 0; i < VISITS; i++)
        visits.push(await firstVisit(browser, `${base}?rpc=${encodeURIComponent(node.url)}#/`));
      const byTime = [...visits].sort((a, b) => a.ms - b.ms);
      const median = byTime[Math.floor(VISITS / 2)] as FirstVisit;
      const seconds = visits.reduce((s, v) => s + v.ms, 0) / 1000;
      rows.push(
        {
          name: `pool list interactive, ${POOLS} pools (headless Chromium, first visit)`,
          unit: 'ms',
          median: median.ms,
          min: byTime[0]?.ms ?? 0,
          max: byTime[VISITS - 1]?.ms ?? 0,
          ops: VISITS,
          seconds,
          note: `navigation → rows shown → search answered; ${VISITS} visits, each in a fresh browser context (nothing cached): ${visits.map((v) => v.ms.toFixed(0)).join(', ')} ms, load ${loadavg()[0]?.toFixed(1)}`,
        },
        single(
          `RPC requests to render the ${POOLS}-pool list`,
          'requests',
          median.calls,
          seconds,
          median.methods,
        ),
        single(
          `RPC round trips to render the ${POOLS}-pool list`,
          'round trips',
          Math.max(0, ...median.rounds),
          seconds,
          `per socket, in the order opened: ${median.rounds.join(', ')}`,
        ),
      );
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      await node.close();
      await poolList.stop();
      chain.stop();
    }
    return rows;
  },
};
