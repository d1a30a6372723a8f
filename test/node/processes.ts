/**
 * Helpers for the node tests: real `npm run chain` / `npm run worker` processes on 127.0.0.1 (spawned
 * with `node --import tsx`), their output watched line by line, and JSON-RPC over HTTP POST.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { ApiPromise, WsProvider } from '@polkadot/api';
import type {
  QueryableStorageEntry,
  SubmittableExtrinsic,
  SubmittableExtrinsicFunction,
} from '@polkadot/api/types';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';

export interface Proc {
  child: ChildProcess;
  /** Everything printed so far (stdout + stderr). */
  output(): string;
  /** Resolves with the first match of `re` in the output (now or later). */
  waitFor(re: RegExp, timeoutMs?: number): Promise<RegExpExecArray>;
  /** Resolves when the process exited. */
  exited: Promise<number | null>;
}

/** Starts `node --import tsx script args…`; `env` adds variables to this process's environment. */
export function spawnTs(script: string, args: string[], env?: Record<string, string>): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: env ? { ...process.env, ...env } : process.env,
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

const PHA = 1_000_000_000_000n;

export interface PoolNode {
  node: { proc: Proc; url: string; http: string };
  api: ApiPromise;
  alice: KeyringPair;
  /** Signs and sends `call` as `pair`, then builds one block. */
  send(pair: KeyringPair, call: SubmittableExtrinsic<'promise'>): Promise<void>;
}

/**
 * A dev node on an empty chain in manual block mode with the actors on, an `@polkadot/api` client on it,
 * and stake pool 0 owned by //Alice with 30,000 PHA of her own W-PHA delegated to it: what a simulated
 * worker needs to be added and started (`npm run worker -- --pool 0 --operator //Alice`).
 */
export async function startPoolNode(): Promise<PoolNode> {
  const node = await startNode([
    '--seed',
    'empty',
    '--db',
    'memory',
    '--block-time',
    'manual',
    '--dev',
    '--actors',
    'on',
  ]);
  const api = await ApiPromise.create({
    provider: new WsProvider(node.url),
    noInitWarn: true,
    signedExtensions: { CheckMqSequence: { extrinsic: {}, payload: {} } },
  });
  const alice = new Keyring({ type: 'sr25519', ss58Format: 30 }).addFromUri('//Alice');
  const send = async (pair: KeyringPair, call: SubmittableExtrinsic<'promise'>) => {
    await call.signAndSend(pair, { nonce: -1 });
    await rpc(node.http, 'dev_newBlock', [{ count: 1 }]);
  };
  await send(alice, tx(api, 'phalaStakePoolv2', 'create')());
  await send(alice, tx(api, 'phalaWrappedBalances', 'wrap')(50_000n * PHA));
  await send(alice, tx(api, 'phalaStakePoolv2', 'contribute')(0, 30_000n * PHA, null));
  return { node, api, alice, send };
}
