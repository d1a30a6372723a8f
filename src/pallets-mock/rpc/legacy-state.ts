/**
 * Legacy `state_*` methods (spec/chain-rpc.md §1.2, §1.3, §1.5): runtime version (+ subscription), metadata,
 * storage reads at any block (value, hash, size), paged keys (lexicographic, strictly after startKey, at
 * most 1000), queryStorageAt / queryStorage (at most MAX_QUERY_CELLS keys × blocks, else 4001), storage
 * subscriptions (first notification carries every key, absent ones as null; later ones only the keys
 * whose value changed) and state_call into the runtime
 * APIs of devchain/runtime-api.ts. Runtime-call failures answer 4003 "Client error" as Substrate does.
 * The hash of `:code` is chain-info's runtimeCodeHash stand-in (there is no wasm to hash).
 */
import type { BlockRecord, DevChain } from '../devchain/chain.js';
import { ChainError } from '../devchain/chain.js';
import { callRuntimeApi, chainMetadata } from '../devchain/runtime-api.js';
import { RUNTIME_VERSION } from '../pallets/system/index.js';
import { toHex } from '../primitives/bytes.js';
import { blake2_256 } from '../primitives/hashing.js';
import { CODE_KEY, runtimeCodeHash } from './chain-info.js';
import { unsubscriber } from './legacy-chain.js';
import {
  arrayParam,
  atParam,
  hexBytesParam,
  hexParam,
  maxParams,
  runtimeApiNameParam,
  uintParam,
} from './params.js';
import { type MethodTable, RpcError, type RpcHandler } from './server-core.js';

/** Substrate's STORAGE_KEYS_PAGED_MAX_COUNT. */
export const MAX_KEYS_PAGE = 1000;
/** Most blocks one state_queryStorage call may scan. */
export const MAX_QUERY_RANGE = 10_000;
/** Most keys × blocks one state_queryStorage call may read (e.g. 100 keys over 1,000 blocks). */
export const MAX_QUERY_CELLS = 100_000;

/** state_getRuntimeVersion JSON (numbers, apis as [id, version] pairs). */
export function runtimeVersionJson() {
  return {
    specName: RUNTIME_VERSION.specName,
    implName: RUNTIME_VERSION.implName,
    authoringVersion: Number(RUNTIME_VERSION.authoringVersion),
    specVersion: Number(RUNTIME_VERSION.specVersion),
    implVersion: Number(RUNTIME_VERSION.implVersion),
    apis: RUNTIME_VERSION.apis.map(([id, v]): [string, number] => [id, Number(v)]),
    transactionVersion: Number(RUNTIME_VERSION.transactionVersion),
    stateVersion: Number(RUNTIME_VERSION.stateVersion),
  };
}

const metadataHex = new WeakMap<DevChain, string>();
/** Metadata bytes as hex (`0x6d657461…`, no length prefix), cached per chain. */
export function metadataHexOf(chain: DevChain): string {
  let hex = metadataHex.get(chain);
  if (!hex) {
    hex = toHex(chainMetadata(chain));
    metadataHex.set(chain, hex);
  }
  return hex;
}

/** The raw value of a key at a block in memory (a new head), as hex or null. */
function headStorageHex(chain: DevChain, key: string, block: BlockRecord): string | null {
  const v = chain.storage(key, block.hash);
  return v === undefined ? null : toHex(v);
}

/** The raw value of a key at any kept block, as hex or null. */
export async function storageHex(chain: DevChain, key: string, block: BlockRecord): Promise<string | null> {
  const v = await chain.readStorage(key, block);
  return v === undefined ? null : toHex(v);
}

/** Runs a runtime API at a block; failures become 4003 "Client error" (Substrate's execution error). */
export async function runtimeCall(
  chain: DevChain,
  method: string,
  args: Uint8Array,
  block: BlockRecord,
): Promise<string> {
  try {
    return toHex(await chain.readAt(block, () => callRuntimeApi(chain, method, args, block.hash)));
  } catch (err) {
    if (err instanceof RpcError || err instanceof ChainError) throw err;
    throw new RpcError(
      4003,
      'Client error',
      `Execution failed: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

const keyList = (v: unknown, name: string): string[] => {
  const keys = arrayParam(v, name).map((k, i) => hexParam(k, `${name}[${i}]`));
  return [...new Set(keys)];
};

const getRuntimeVersion: RpcHandler = ({ chain }, params) => {
  maxParams(params, 1, 'state_getRuntimeVersion');
  atParam(chain, params[0]);
  return runtimeVersionJson();
};

/** The runtime never upgrades here: one notification with the version, then silence. */
const subscribeRuntimeVersion: RpcHandler = (ctx, params) => {
  maxParams(params, 0, 'state_subscribeRuntimeVersion');
  const sub = ctx.subscribe('state_runtimeVersion', () => {});
  sub.send(runtimeVersionJson());
  return sub.id;
};

const getMetadata: RpcHandler = async ({ chain }, params) => {
  maxParams(params, 1, 'state_getMetadata');
  await atParam(chain, params[0]);
  return metadataHexOf(chain);
};

const getStorage: RpcHandler = async ({ chain }, params) => {
  maxParams(params, 2, 'state_getStorage');
  const key = hexParam(params[0], 'key');
  return storageHex(chain, key, await atParam(chain, params[1]));
};

/** The blake2_256 hash of a key's value at a block, or null; `:code` answers runtimeCodeHash. */
export async function storageHashHex(
  chain: DevChain,
  key: string,
  block: BlockRecord,
): Promise<string | null> {
  const v = await chain.readStorage(key, block);
  if (v === undefined) return key === CODE_KEY ? runtimeCodeHash(chain) : null;
  return toHex(blake2_256(v));
}

const getStorageHash: RpcHandler = async ({ chain }, params) => {
  maxParams(params, 2, 'state_getStorageHash');
  const key = hexParam(params[0], 'key');
  return storageHashHex(chain, key, await atParam(chain, params[1]));
};

const getStorageSize: RpcHandler = async ({ chain }, params) => {
  maxParams(params, 2, 'state_getStorageSize');
  const key = hexParam(params[0], 'key');
  const v = await chain.readStorage(key, await atParam(chain, params[1]));
  return v === undefined ? null : v.length;
};

const getKeysPaged: RpcHandler = async ({ chain }, params) => {
  maxParams(params, 4, 'state_getKeysPaged');
  const prefix = params[0] === null || params[0] === undefined ? '0x' : hexParam(params[0], 'prefix');
  const count = uintParam(params[1], 'count', { max: MAX_KEYS_PAGE });
  const startKey = optionalHexParam(params[2], 'startKey');
  const block = await atParam(chain, params[3]);
  if (count === 0) return [];
  return chain.readKeysPaged(prefix, count, startKey, block);
};

const optionalHexParam = (v: unknown, name: string): string | undefined =>
  v === undefined || v === null ? undefined : hexParam(v, name);

const queryStorageAt: RpcHandler = async ({ chain }, params) => {
  maxParams(params, 2, 'state_queryStorageAt');
  const keys = keyList(params[0], 'keys');
  const block = await atParam(chain, params[1]);
  const changes: Array<[string, string | null]> = [];
  for (const k of keys) changes.push([k, await storageHex(chain, k, block)]);
  return [{ block: block.hash, changes }];
};

/** Changes of `keys` over a block range: the first block lists every key, later ones only changes. */
const queryStorage: RpcHandler = async ({ chain }, params) => {
  maxParams(params, 3, 'state_queryStorage');
  const keys = keyList(params[0], 'keys');
  const fromHash = hexParam(params[1], 'fromBlock', { bytes: 32 });
  const from = await chain.findBlock(fromHash);
  const to = await atParam(chain, params[2], 'toBlock');
  if (!from) throw new RpcError(4003, 'Client error', `UnknownBlock: header not found for ${fromHash}`);
  if (from.header.number > to.header.number)
    throw new RpcError(4001, 'Invalid block range', 'fromBlock is after toBlock');
  if (to.header.number - from.header.number >= BigInt(MAX_QUERY_RANGE))
    throw new RpcError(4001, 'Invalid block range', `at most ${MAX_QUERY_RANGE} blocks per query`);
  const cells = BigInt(keys.length) * (to.header.number - from.header.number + 1n);
  if (cells > BigInt(MAX_QUERY_CELLS))
    throw new RpcError(
      4001,
      'Invalid block range',
      `at most ${MAX_QUERY_CELLS} keys × blocks per query (asked ${keys.length} keys × ${to.header.number - from.header.number + 1n} blocks)`,
    );
  return changeSets(chain, keys, from, to);
};

/**
 * state_queryStorage's answer from each key's change points (DevChain.storageChanges: memory, or one scan
 * of the archive's index per key) instead of a read per key and block: the first block lists every key,
 * each later block the keys whose value changed there, in the order asked.
 */
async function changeSets(
  chain: DevChain,
  keys: string[],
  from: BlockRecord,
  to: BlockRecord,
): Promise<Array<{ block: string; changes: Array<[string, string | null]> }>> {
  const byBlock = new Map<bigint, Array<[number, string, string | null]>>();
  const seen = new Set<string>();
  for (const [i, k] of keys.entries()) {
    if (seen.has(k)) continue;
    seen.add(k);
    let last: string | null | undefined;
    for (const [n, raw] of await chain.storageChanges(k, from, to)) {
      const v = raw === undefined ? null : toHex(raw);
      if (v === last) continue;
      last = v;
      let list = byBlock.get(n);
      if (!list) {
        list = [];
        byBlock.set(n, list);
      }
      list.push([i, k, v]);
    }
  }
  const out: Array<{ block: string; changes: Array<[string, string | null]> }> = [];
  for (const n of [...byBlock.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const hash = (await chain.blockHash(n)) as string;
    const list = (byBlock.get(n) ?? []).sort((a, b) => a[0] - b[0]);
    out.push({ block: hash, changes: list.map(([, k, v]): [string, string | null] => [k, v]) });
  }
  return out;
}

/**
 * state_subscribeStorage [keys]: first notification with every key (null when absent), then, per new
 * block, only the keys whose value changed (values are compared, so dev_setStorage writes show up with
 * the next block too). Without keys: every block's whole storage diff.
 */
const subscribeStorage: RpcHandler = (ctx, params) => {
  maxParams(params, 1, 'state_subscribeStorage');
  const { chain } = ctx;
  const keys = params[0] === undefined || params[0] === null ? null : keyList(params[0], 'keys');
  let off = (): void => {};
  const sub = ctx.subscribe('state_storage', () => off());
  if (keys) {
    const head = chain.head;
    const last = new Map<string, string | null>();
    const changes = keys.map((k): [string, string | null] => {
      const v = headStorageHex(chain, k, head);
      last.set(k, v);
      return [k, v];
    });
    sub.send({ block: head.hash, changes });
    off = chain.onNewHead((block) => {
      const changed: Array<[string, string | null]> = [];
      for (const k of keys) {
        const v = headStorageHex(chain, k, block);
        if (last.get(k) === v) continue;
        last.set(k, v);
        changed.push([k, v]);
      }
      if (changed.length > 0) sub.send({ block: block.hash, changes: changed });
    });
  } else {
    off = chain.onNewHead((block) => {
      const changes = block.diff.map((d): [string, string | null] => [
        d.key,
        d.value === null ? null : toHex(d.value),
      ]);
      if (changes.length > 0) sub.send({ block: block.hash, changes });
    });
  }
  return sub.id;
};

const call: RpcHandler = async ({ chain }, params) => {
  maxParams(params, 3, 'state_call');
  const method = runtimeApiNameParam(params[0], 'method');
  const args = hexBytesParam(params[1], 'data', { emptyOk: true });
  return runtimeCall(chain, method, args, await atParam(chain, params[2]));
};

const unsubscribeRuntimeVersion = unsubscriber('state_runtimeVersion');
const unsubscribeStorage = unsubscriber('state_storage');

export const legacyStateMethods: MethodTable = {
  state_getRuntimeVersion: getRuntimeVersion,
  chain_getRuntimeVersion: getRuntimeVersion,
  state_subscribeRuntimeVersion: subscribeRuntimeVersion,
  chain_subscribeRuntimeVersion: subscribeRuntimeVersion,
  state_unsubscribeRuntimeVersion: unsubscribeRuntimeVersion,
  chain_unsubscribeRuntimeVersion: unsubscribeRuntimeVersion,
  state_getMetadata: getMetadata,
  state_getStorage: getStorage,
  state_getStorageAt: getStorage,
  state_getStorageHash: getStorageHash,
  state_getStorageHashAt: getStorageHash,
  state_getStorageSize: getStorageSize,
  state_getStorageSizeAt: getStorageSize,
  state_getKeysPaged: getKeysPaged,
  state_getKeysPagedAt: getKeysPaged,
  state_queryStorageAt: queryStorageAt,
  state_queryStorage: queryStorage,
  state_subscribeStorage: subscribeStorage,
  state_unsubscribeStorage: unsubscribeStorage,
  state_call: call,
  state_callAt: call,
};
