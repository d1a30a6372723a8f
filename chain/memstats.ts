/**
 * Memory statistics on request, for measuring the node (the soak bench, test/bench/soak.ts): when the
 * node runs with `PHA_STAKE_MEMSTATS=1` in its environment, each SIGUSR2 runs a full garbage collection
 * and prints one line to stderr:
 *   `pha-stake memstats {"rss":…,"heapUsed":…,"heapTotal":…,"external":…,"arrayBuffers":…}` (bytes)
 * With `PHA_STAKE_MEMSTATS=snapshot` each signal also writes a V8 heap snapshot to the temporary
 * directory (seconds of pause; for finding what is retained: load two in Chrome's DevTools, Comparison).
 * Without the variable nothing is installed (SIGUSR2 keeps its default). No RPC method reaches it: the
 * collection costs tens of milliseconds and only the process's owner can send it a signal.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const MEMSTATS_ENV = 'PHA_STAKE_MEMSTATS';
export const MEMSTATS_LINE = /pha-stake memstats (\{[^\n]*\})/g;

export interface MemStats {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
}

/** Installs the SIGUSR2 handler when `PHA_STAKE_MEMSTATS` is set; does nothing otherwise. */
export function installMemStats(env: NodeJS.ProcessEnv = process.env): void {
  if (!env[MEMSTATS_ENV]) return;
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  process.on('SIGUSR2', () => {
    gc();
    gc();
    const m = process.memoryUsage();
    const stats: MemStats = {
      rss: m.rss,
      heapUsed: m.heapUsed,
      heapTotal: m.heapTotal,
      external: m.external,
      arrayBuffers: m.arrayBuffers,
    };
    process.stderr.write(`pha-stake memstats ${JSON.stringify(stats)}\n`);
    if (env[MEMSTATS_ENV] === 'snapshot') {
      const file = join(tmpdir(), `pha-stake-${process.pid}-${Date.now()}.heapsnapshot`);
      process.stderr.write(`pha-stake heap snapshot ${writeHeapSnapshot(file)}\n`);
    }
  });
}
