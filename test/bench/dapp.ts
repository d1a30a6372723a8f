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
 * The node is set up as `npm run chain` sets it up: with `pha_poolList` (src/indexer/pool-list-rpc.ts)
 * and its in-process API started; the browser is fresh (no cache, no stored metadata): a first visit.
 * `npm run bench -- dapp` runs only these. Skipped (with a row note) when no Chromium is found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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
      const page = await browser.newPage();
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
          if (/"id":/.test(typeof payload === 'string' ? payload : payload.toString()))
            socket.answered = true;
        });
      });
      const base = server.resolvedUrls?.local[0] ?? '';
      const t0 = performance.now();
      await page.goto(`${base}?rpc=${encodeURIComponent(node.url)}#/`);
      await page.getByTestId('pool-row').first().waitFor({ timeout: 120_000 });
      await page.getByTestId('pool-search').fill('777');
      await page.locator('[data-testid="pool-row"][data-pid="777"]').waitFor();
      const ms = performance.now() - t0;
      const rounds = sockets.map((x) => x.rounds);
      const calls = [...methods.values()].reduce((a, b) => a + b, 0);
      const top = [...methods.entries()].sort((a, b) => b[1] - a[1]).map(([m, n]) => `${m}×${n}`);
      rows.push(
        single(
          `pool list interactive, ${POOLS} pools (headless Chromium)`,
          'ms',
          ms,
          ms / 1000,
          'navigation → rows shown → search answered',
        ),
        single(`RPC requests to render the ${POOLS}-pool list`, 'requests', calls, ms / 1000, top.join(' ')),
        single(
          `RPC round trips to render the ${POOLS}-pool list`,
          'round trips',
          Math.max(0, ...rounds),
          ms / 1000,
          `per socket, in the order opened: ${rounds.join(', ')}`,
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
