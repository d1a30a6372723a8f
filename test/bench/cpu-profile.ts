/**
 * A CPU profile of one part of a bench (this thread only), for finding where its time goes without the
 * setup around it: `profiled(file, f)` runs `f` under V8's sampling profiler when `file` is given and
 * writes a `.cpuprofile` there (open it in Chromium's DevTools, Performance panel). Without a file it just
 * runs `f`. Sampling costs a few percent: a profiled run's rows are not the bench's numbers.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

export async function profiled<T>(file: string | undefined, f: () => Promise<T>): Promise<T> {
  if (!file) return f();
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    const out = await f();
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    process.stderr.write(`  CPU profile written to ${file}\n`);
    return out;
  } finally {
    session.disconnect();
  }
}
