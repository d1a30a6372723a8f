/**
 * Helpers for the node tests: real `npm run chain` / `npm run worker` processes on 127.0.0.1 (spawned
 * with `node --import tsx`), their output watched line by line, and JSON-RPC over HTTP POST.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import type { ApiPromise } from '@polkadot/api';
import type { QueryableStorageEntry, SubmittableExtrinsicFunction } from '@polkadot/api/types';

export interface Proc {
  child: ChildProcess;
  /** Everything printed so far (stdout + stderr). */
  output(): string;
  /** Resolves with the first match of `re` in the output (now or later). */
  waitFor(re: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** Resolves when the process exited. */
  exited: Promise<number | null>;
}

export function spawnTs(script: string, args: string[]): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
    for (const w of [...waiters]) w();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited,
    waitFor(re, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const m = re.exec(out);
          if (m) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(m);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out waiting for ${re} in:\n${out.slice(-3000)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

export async function startNode(args: string[]): Promise<{ proc: Proc; url: string; http: string }> {
  const proc = spawnTs('chain/cli.ts', ['--port', '0', ...args]);
  const m = await Promise.race([
    proc.waitFor(/pha-stake node ready (ws:\/\/\S+) (http:\/\/\S+)/, 60_000),
    proc.exited.then((code) => {
      throw new Error(`node exited with ${code}: ${proc.output()}`);
    }),
  ]);
  return { proc, url: m[1] as string, http: m[2] as string };
}

let rpcId = 0;
export async function rpc<T>(http: string, method: string, params: unknown[] = []): Promise<T> {
  const res = await fetch(http, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: ++rpcId, method, params }),
  });
  const body = (await res.json()) as {
    result?: T;
    error?: { code: number; message: string; data?: unknown };
  };
  if (body.error)
    throw new Error(`${method}: ${body.error.code} ${body.error.message} ${String(body.error.data ?? '')}`);
  return body.result as T;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Stops a process: SIGTERM, then SIGKILL after `graceMs`. */
export async function stop(proc: Proc, graceMs = 5_000): Promise<void> {
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill('SIGTERM');
  const timer = setTimeout(() => proc.child.kill('SIGKILL'), graceMs);
  await proc.exited;
  clearTimeout(timer);
}

/** A storage query by pallet and item (Phala's pallets are not in @polkadot/api's augmented types). */
export function query(api: ApiPromise, pallet: string, item: string): QueryableStorageEntry<'promise'> {
  const entry = api.query[pallet]?.[item];
  if (!entry) throw new Error(`the metadata has no storage ${pallet}.${item}`);
  return entry;
}

/** A call by pallet and name. */
export function tx(api: ApiPromise, pallet: string, call: string): SubmittableExtrinsicFunction<'promise'> {
  const fn = api.tx[pallet]?.[call];
  if (!fn) throw new Error(`the metadata has no call ${pallet}.${call}`);
  return fn;
}
