/**
 * Helpers for the RPC tier: a dev chain behind a real server on 127.0.0.1:0, a raw WebSocket JSON-RPC
 * client (requests by id, notifications by subscription, raw frames), an HTTP POST helper, and a
 * Node-side signer that builds v4 extrinsics from parts so tests can sign with a wrong genesis hash, spec
 * version, era or nonce, or flip signature bytes.
 */
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import WebSocket from 'ws';
import { type RunningServer, type ServerOptions, startServer } from '../../chain/server.js';
import { type BuildMode, DevChain } from '../../src/pallets-mock/devchain/chain.js';
import {
  type Era,
  encodeExtra,
  encodeSigned,
  signingPayload,
} from '../../src/pallets-mock/devchain/extrinsic.js';
import type { CallValue } from '../../src/pallets-mock/frame/runtime.js';
import { Writer } from '../../src/pallets-mock/frame/scale.js';
import { SPEC_VERSION, TRANSACTION_VERSION } from '../../src/pallets-mock/pallets/system/index.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';

export const PHA = 1_000_000_000_000n;

export const keyring = new Keyring({ type: 'sr25519', ss58Format: 30 });
export const alice = keyring.addFromUri('//Alice');
export const bob = keyring.addFromUri('//Bob');
export const charlie = keyring.addFromUri('//Charlie');

export interface Node {
  chain: DevChain;
  server: RunningServer;
  stop(): Promise<void>;
}

/** A dev chain served on 127.0.0.1, a free port. */
export async function startNode(opts: ServerOptions & { mode?: BuildMode } = {}): Promise<Node> {
  await cryptoReady();
  const chain = new DevChain({ mode: opts.mode ?? 'Instant' });
  const server = await startServer(chain, { ...opts, host: '127.0.0.1', port: 0 });
  return {
    chain,
    server,
    async stop() {
      await server.close();
      chain.stop();
    },
  };
}

export interface RpcReply {
  jsonrpc: '2.0';
  id: number | string | null;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

export interface RpcNote {
  jsonrpc: '2.0';
  method: string;
  params: { subscription: string; result: unknown };
}

type Message = RpcReply | RpcNote | RpcReply[];

/** A bare JSON-RPC client over one WebSocket: nothing between the test and the wire. */
export class RawClient {
  private nextId = 1;
  private readonly waiters = new Map<number | string, (r: RpcReply) => void>();
  /** Every message in arrival order (responses, batches and notifications). */
  readonly log: Message[] = [];
  private listeners: Array<(m: Message) => void> = [];
  closeCode: number | undefined;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const m = JSON.parse(data.toString()) as Message;
      this.log.push(m);
      if (!Array.isArray(m) && 'id' in m && m.id !== null) this.waiters.get(m.id)?.(m);
      for (const l of [...this.listeners]) l(m);
    });
    ws.on('close', (code) => {
      this.closeCode = code;
    });
  }

  static connect(url: string): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      ws.once('open', () => resolve(new RawClient(ws)));
      ws.once('error', reject);
    });
  }

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** Sends a request and resolves with its response. */
  request(method: string, params: unknown = []): Promise<RpcReply> {
    const id = this.nextId++;
    const reply = new Promise<RpcReply>((resolve) => this.waiters.set(id, resolve));
    this.ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    return reply;
  }

  /** Like request, but resolves with `result` and throws on an error reply. */
  async call<T = unknown>(method: string, params: unknown = []): Promise<T> {
    const r = await this.request(method, params);
    if (r.error) throw new Error(`${method}: ${r.error.code} ${r.error.message} ${String(r.error.data)}`);
    return r.result as T;
  }

  /** Sends a raw frame; resolves with the next message that is not a notification. */
  sendRaw(frame: string | Buffer): Promise<RpcReply | RpcReply[]> {
    const next = this.next((m) => Array.isArray(m) || !('method' in m));
    this.ws.send(frame);
    return next as Promise<RpcReply | RpcReply[]>;
  }

  /** The next message matching `pred` (waits up to `ms`). */
  next(pred: (m: Message) => boolean, ms = 10_000): Promise<Message> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== listener);
        reject(new Error('timed out waiting for a message'));
      }, ms);
      const listener = (m: Message) => {
        if (!pred(m)) return;
        clearTimeout(timer);
        this.listeners = this.listeners.filter((l) => l !== listener);
        resolve(m);
      };
      this.listeners.push(listener);
    });
  }

  /** Notifications received so far for a subscription, in order. */
  notes(subscription: string): unknown[] {
    return this.log
      .filter(
        (m): m is RpcNote => !Array.isArray(m) && 'method' in m && m.params.subscription === subscription,
      )
      .map((m) => m.params.result);
  }

  /** Waits until `subscription` has at least `count` notifications; returns them. */
  async waitNotes(subscription: string, count: number, ms = 10_000): Promise<unknown[]> {
    const deadline = Date.now() + ms;
    while (this.notes(subscription).length < count) {
      if (Date.now() > deadline) throw new Error(`only ${this.notes(subscription).length} of ${count} notes`);
      await new Promise((r) => setTimeout(r, 5));
    }
    return this.notes(subscription);
  }

  waitClose(ms = 5000): Promise<number> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve(this.closeCode ?? 0);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('socket did not close')), ms);
      this.ws.once('close', (code) => {
        clearTimeout(t);
        resolve(code);
      });
    });
  }

  close(): void {
    this.ws.close();
  }
}

/** One HTTP POST; returns the status and parsed body (null for an empty body). */
export async function httpPost(
  url: string,
  body: string,
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const res = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null, headers: res.headers };
}

// ---------------------------------------------------------------------------------------------------
// Signing from parts

export const transferCall = (dest: string, value: bigint): CallValue => ({
  type: 'Balances',
  value: { type: 'transfer_keep_alive', value: { dest: { type: 'Id', value: dest }, value } },
});

export const remarkCall = (remark: string): CallValue => ({
  type: 'System',
  value: { type: 'remark', value: { remark } },
});

export function encodeCall(chain: DevChain, call: CallValue): Uint8Array {
  const w = new Writer();
  chain.kernel.enter(() => chain.kernel.callCodec.enc(w, call));
  return w.finish();
}

export interface SignOptions {
  nonce: bigint;
  tip?: bigint;
  era?: Era | null;
  /** Block hash the era was taken at (the birth block); genesis for immortal. */
  birthHash?: string;
  genesisHash?: string;
  specVersion?: number;
  transactionVersion?: number;
}

/** A signed v4 extrinsic (with length prefix) built from parts, signed by `pair`. */
export function signTx(chain: DevChain, pair: KeyringPair, call: CallValue, o: SignOptions): Uint8Array {
  const callBytes = encodeCall(chain, call);
  const extra = encodeExtra(o.era ?? null, o.nonce, o.tip ?? 0n);
  const payload = signingPayload(callBytes, extra, {
    specVersion: o.specVersion ?? SPEC_VERSION,
    transactionVersion: o.transactionVersion ?? TRANSACTION_VERSION,
    genesisHash: o.genesisHash ?? chain.genesisHash,
    birthHash: o.birthHash ?? o.genesisHash ?? chain.genesisHash,
  });
  return encodeSigned({
    signerKey: pair.publicKey,
    signature: { kind: 'Sr25519', bytes: pair.sign(payload) },
    extra,
    callBytes,
  });
}

export const hex = toHex;

/** Flips one byte of `bytes` at `index` (a copy). */
export function flipByte(bytes: Uint8Array, index: number): Uint8Array {
  const out = bytes.slice();
  out[index] = (out[index] ?? 0) ^ 0xff;
  return out;
}

/** One block's entry in a state_queryStorage answer. */
export type ChangeSet = { block: string; changes: Array<[string, string | null]> };

/**
 * What state_queryStorage(keys, first, last) must answer over the blocks `hashes` (first … last), walked
 * block by block with state_queryStorageAt: the first block lists every key, later ones only the values
 * that changed.
 */
export async function walkQueryStorageAt(
  rpc: RawClient,
  keys: string[],
  hashes: string[],
): Promise<ChangeSet[]> {
  const walked: ChangeSet[] = [];
  const last = new Map<string, string | null>();
  for (const hash of hashes) {
    const [at] = await rpc.call<ChangeSet[]>('state_queryStorageAt', [keys, hash]);
    const changes = (at?.changes ?? []).filter(([k, v]) => !last.has(k) || last.get(k) !== v);
    for (const [k, v] of changes) last.set(k, v);
    if (changes.length > 0) walked.push({ block: hash, changes });
  }
  return walked;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
