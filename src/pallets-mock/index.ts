/**
 * The scenario harness (spec/contracts.md §3): a whole runtime in memory, driven like a FRAME test. Calls
 * are dispatched synchronously without fee or nonce, blocks advance 12 s each, and every decoded value
 * uses the contract's JS shapes. The same kernel backs the dev chain; this is its test-facing face.
 */

import { BLOCK_TIME_MS, buildGenesis, GENESIS_TIMESTAMP_MS } from './devchain/genesis.js';
import { bind } from './frame/config.js';
import { Executive } from './frame/executive.js';
import { buildMetadata } from './frame/metadata.js';
import type { Origin as KernelOrigin } from './frame/origin.js';
import { type CallValue, type Kernel, toDispatchError } from './frame/runtime.js';
import { CodecError, decode, encode } from './frame/scale.js';
import { StorageMap, StorageValue } from './frame/storage.js';
import { HarnessActors, type HarnessActorsOptions } from './offchain/harness-actors.js';
import { deliverSettlement } from './pallets/phala-computation/index.js';
import { MqFastForwardLedger } from './pallets/phala-mq/index.js';
import { forceRegisterWorkerWith } from './pallets/phala-registry/index.js';
import { accountId, InvalidAccountError, publicKey } from './primitives/account.js';
import { concatBytes, toHex, utf8 } from './primitives/bytes.js';
import { blake2_256 } from './primitives/hashing.js';
import { LocalSignatureLedger } from './primitives/local-signatures.js';

export type AccountLike = string;
export type Origin = AccountLike | 'root' | 'none';
export type RuntimeEvent = { pallet: string; name: string; fields: Record<string, unknown> };
export type Outcome =
  | { ok: true; events: RuntimeEvent[] }
  | { ok: false; error: string; detail?: string; events: [] };

export interface CreateRuntimeOptions {
  profile?: 'dev' | 'demo' | 'production';
  balances?: Array<[AccountLike, bigint]>;
  config?: Record<string, bigint | number | boolean>;
  /**
   * FAST-FORWARD MODE — off unless given; for benches and long simulations only, never a node. With a
   * ledger here, `PhalaMq.sync_offchain_message` does not re-verify a signature that an in-process signer
   * recorded in this same ledger (`SignedMessageChannel.recordSignaturesIn`) for exactly the message's
   * bytes and key; the chain still records and dispatches every message and still checks its sender,
   * topic, sequence, signing key and signature length, and verifies every signature the ledger does not
   * vouch for (tampered, foreign or evicted). Only a `LocalSignatureLedger` instance turns it on, so no
   * RPC, CLI flag or other serialized input can (see primitives/local-signatures.ts).
   */
  fastForwardLocalSignatures?: LocalSignatureLedger;
}

export interface Runtime {
  dispatch(origin: Origin, call: string, args?: Record<string, unknown>): Outcome;
  query(item: string, ...keys: unknown[]): unknown;
  advanceBlocks(n: number): void;
  advanceTime(seconds: number): void;
  events(): RuntimeEvent[];
  tryState(): void;
  offchain: {
    registerWorker(w: {
      pubkey: AccountLike;
      operator: AccountLike;
      initialScore: number;
      confidenceLevel?: number;
    }): void;
    settle(s: { worker: AccountLike; vBits?: bigint; payoutBits: bigint; treasuryBits?: bigint }): Outcome;
    /** Gatekeeper + relayer (+ the given pRuntime workers), run on every advanceBlocks. */
    startActors(opts?: HarnessActorsOptions): void;
  };
  /** The kernel underneath (for the dev chain and low-level tests). */
  readonly kernel: Kernel;
  /** SCALE-encoded metadata V14 of this runtime. */
  metadata(): Uint8Array;
  /**
   * Calls `listener(blockNumber)` after each block is finalized and before the next one opens, so
   * `query` reads the finished block (the off-chain actors read PhalaMq.OutboundMessages there).
   * Returns the unsubscribe function.
   */
  onBlockFinalized(listener: (block: bigint) => void): () => void;
}

const toEvent = (e: { pallet: string; name: string; fields: Record<string, unknown> }): RuntimeEvent => ({
  pallet: e.pallet,
  name: e.name,
  fields: e.fields,
});

function parseOrigin(origin: Origin): KernelOrigin {
  if (origin === 'root') return { kind: 'root' };
  if (origin === 'none') return { kind: 'none' };
  return { kind: 'signed', who: accountId(origin) };
}

/** Harness block hashes: deterministic stand-ins (the dev chain uses real header hashes). */
const harnessHash = (n: bigint): string =>
  toHex(blake2_256(concatBytes(utf8('pha-stake/harness/'), utf8(n.toString()))));

export function createRuntime(opts: CreateRuntimeOptions = {}): Runtime {
  const profile = opts.profile ?? 'dev';
  const ledger = opts.fastForwardLocalSignatures;
  if (ledger !== undefined && !(ledger instanceof LocalSignatureLedger))
    throw new TypeError('fastForwardLocalSignatures: expected a LocalSignatureLedger of this process');
  const { kernel } = buildGenesis(
    { profile, config: opts.config, balances: opts.balances },
    ledger ? [bind(MqFastForwardLedger, ledger)] : [],
  );
  const executive = new Executive(kernel);
  let number = 0n;
  let nextTimestamp = GENESIS_TIMESTAMP_MS;
  let cursor = 0;
  let metadataBytes: Uint8Array | undefined;

  const openBlock = () => {
    number += 1n;
    executive.initializeBlock({ number, parentHash: harnessHash(number - 1n), timestampMs: nextTimestamp });
    nextTimestamp += BLOCK_TIME_MS;
  };
  openBlock();

  const normaliseCall = (call: string, args: Record<string, unknown>): CallValue => {
    const [pallet, name] = call.split('.');
    const raw = { type: pallet ?? '', value: { type: name ?? '', value: args } };
    kernel.callDecl(raw as CallValue);
    return kernel.enter(() => decode(kernel.callCodec, encode(kernel.callCodec, raw))) as CallValue;
  };

  const storageItem = (item: string) => {
    const [pallet, name] = item.split('.');
    const found = kernel.pallet(pallet ?? '')?.storage?.find((s) => s.meta.name === name);
    if (!found) throw new Error(`unknown storage item ${item}`);
    return found;
  };

  const finalizedListeners: Array<(block: bigint) => void> = [];
  let actors: HarnessActors | undefined;

  const runtime: Runtime = {
    kernel,
    dispatch(origin, call, args = {}) {
      let kernelOrigin: KernelOrigin;
      try {
        kernelOrigin = parseOrigin(origin);
      } catch (err) {
        if (err instanceof InvalidAccountError)
          return { ok: false, error: 'BadOrigin', detail: err.message, events: [] };
        throw err;
      }
      let value: CallValue;
      try {
        value = normaliseCall(call, args);
      } catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        const unknown = err instanceof CodecError && detail.startsWith('unknown call');
        return { ok: false, error: unknown ? 'InvalidCall' : 'InvalidArgument', detail, events: [] };
      }
      const out = kernel.dispatch(kernelOrigin, value);
      if (out.ok) return { ok: true, events: out.events.map(toEvent) };
      return { ok: false, error: out.error.path, detail: out.error.message, events: [] };
    },
    query(item, ...keys) {
      const s = storageItem(item);
      return kernel.enter(() => {
        if (s instanceof StorageValue) return s.meta.modifier === 'Default' ? s.get() : s.tryGet();
        if (!(s instanceof StorageMap)) throw new Error(`${item} is not a storage item`);
        if (keys.length < s.meta.hashers.length) return s.entries(...keys);
        return s.meta.modifier === 'Default' ? s.get(...keys) : s.tryGet(...keys);
      });
    },
    advanceBlocks(n) {
      for (let i = 0; i < n; i++) {
        executive.finalizeBlock();
        for (const listener of [...finalizedListeners]) listener(number);
        actors?.blockFinalized();
        openBlock();
        actors?.blockOpened();
      }
    },
    advanceTime(seconds) {
      const ms = BigInt(seconds) * 1000n;
      nextTimestamp += ms;
      kernel.enter(() => {
        const nowItem = storageItem('Timestamp.Now') as StorageValue<bigint>;
        nowItem.set(nowItem.get() + ms);
      });
    },
    events() {
      const out = kernel.journal.slice(cursor).map(toEvent);
      kernel.journal.length = 0;
      cursor = 0;
      return out;
    },
    tryState() {
      kernel.tryState();
    },
    offchain: {
      registerWorker(w) {
        kernel.enter(() =>
          kernel.transactional(() =>
            forceRegisterWorkerWith({
              pubkey: toHex(publicKey(w.pubkey)),
              operator: accountId(w.operator),
              initialScore: BigInt(w.initialScore),
              confidenceLevel: w.confidenceLevel === undefined ? undefined : BigInt(w.confidenceLevel),
            }),
          ),
        );
      },
      settle(s) {
        const mark = kernel.journal.length;
        try {
          kernel.enter(() => kernel.transactional(() => deliverSettlement(toHex(publicKey(s.worker)), s)));
          return { ok: true, events: kernel.journal.slice(mark).map(toEvent) };
        } catch (err) {
          const e = toDispatchError(err);
          return { ok: false, error: e.path, detail: e.message, events: [] };
        }
      },
      startActors(actorOpts) {
        if (actors) throw new Error('offchain.startActors: the actors are already running');
        actors = new HarnessActors(runtime.query, runtime.dispatch, actorOpts);
      },
    },
    onBlockFinalized(listener) {
      finalizedListeners.push(listener);
      return () => {
        const i = finalizedListeners.indexOf(listener);
        if (i >= 0) finalizedListeners.splice(i, 1);
      };
    },
    metadata() {
      metadataBytes ??= buildMetadata(kernel);
      return metadataBytes;
    },
  };
  return runtime;
}

export { DEV_ACCOUNTS } from './devchain/genesis.js';
