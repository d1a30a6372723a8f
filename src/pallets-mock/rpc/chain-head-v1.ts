/**
 * The new JSON-RPC spec's `chainHead_v1_*` group (paritytech/json-rpc-interface-spec; spec/chain-rpc.md
 * §2.2, §4), what polkadot-api 2.x follows the chain with.
 *
 * `chainHead_v1_follow [withRuntime]` answers a subscription id, then notifies `chainHead_v1_followEvent`:
 * `initialized` (the head as the one finalized block, plus the runtime in the spec's
 * `{type:'valid', spec:{specName, implName, specVersion, implVersion, transactionVersion, apis:{id: v}}}`
 * form when withRuntime), `bestBlockChanged`, and for each new block `newBlock` (`newRuntime: null`: the
 * runtime never upgrades), `bestBlockChanged` and `finalized` (every block is final at once; nothing is
 * ever pruned). Reported blocks are pinned per subscription until `chainHead_v1_unpin`; at 512 pinned
 * blocks the subscription gets `stop`. At most 4 follow subscriptions per connection (-32800).
 *
 * `header` answers the SCALE header hex; `call`, `body` and `storage` answer `{result:'started',
 * operationId}` and deliver `operationCallDone` / `operationBodyDone` / `operationStorageItems` …
 * `operationStorageDone`, or `operationError`, on the follow subscription right after the response.
 * Storage item types: value, hash (blake2_256), descendantsValues / descendantsHashes (1000 items per
 * page, then `operationWaitingForContinue` until `chainHead_v1_continue`), closestDescendantMerkleValue.
 * There is no trie, so the "Merkle value" is blake2_256 over the subtree's sorted (key, blake2_256(value))
 * pairs: it changes exactly when something under the key changes, which is what clients compare it for.
 * The hash of `:code` is chain-info's runtimeCodeHash stand-in. Child tries do not exist (always empty).
 *
 * Errors follow the spec: an unknown or stale follow id makes `header` answer null, `call`/`body`/`storage`
 * answer `{result:'limitReached'}` and `unpin`/`continue`/`stopOperation`/`unfollow` do nothing; a block
 * hash never reported or already unpinned is -32801 "Invalid block hash"; `call` on a follow without
 * runtime is -32802; `continue` on an operation not waiting is -32803; duplicate hashes in `unpin` are
 * -32804; wrong types are -32602. More than 16 operations in flight per follow answer limitReached (or
 * discard the storage items beyond the limit, `discardedItems`).
 */
import type { BlockRecord } from '../devchain/chain.js';
import { encodeHeader } from '../devchain/header.js';
import { concatBytes, fromHex, toHex } from '../primitives/bytes.js';
import { blake2_256 } from '../primitives/hashing.js';
import { CODE_KEY, runtimeCodeHash } from './chain-info.js';
import { runtimeCall, runtimeVersionJson, storageHashHex, storageHex } from './legacy-state.js';
import {
  arrayParam,
  hexBytesParam,
  hexParam,
  maxParams,
  runtimeApiNameParam,
  stringParam,
} from './params.js';
import {
  invalidParams,
  type MethodTable,
  type RpcContext,
  RpcError,
  type RpcHandler,
  type Subscription,
} from './server-core.js';

export const FOLLOW_EVENT = 'chainHead_v1_followEvent';
/** Substrate's defaults: follow subscriptions per connection, pinned blocks, operations per follow. */
export const MAX_FOLLOWS_PER_CONNECTION = 4;
export const MAX_PINNED_BLOCKS = 512;
export const MAX_OPERATIONS = 16;
/** Storage items per `operationStorageItems` page of a descendants query (as Substrate and Chopsticks). */
export const STORAGE_PAGE_ITEMS = 1000;

// Error codes of the spec (sc-rpc-spec-v2 chain_head/error.rs).
const REACHED_LIMITS = -32800;
const INVALID_BLOCK = -32801;
const INVALID_RUNTIME_CALL = -32802;
const INVALID_CONTINUE = -32803;
const INVALID_DUPLICATE_HASHES = -32804;

const STORAGE_TYPES = [
  'value',
  'hash',
  'descendantsValues',
  'descendantsHashes',
  'closestDescendantMerkleValue',
] as const;
type StorageType = (typeof STORAGE_TYPES)[number];

interface StorageItem {
  key: string;
  value?: string;
  hash?: string;
  closestDescendantMerkleValue?: string;
}

interface Operation {
  /** How many of the follow's MAX_OPERATIONS it holds (storage: one per item). */
  weight: number;
  /** Set while the operation waits for chainHead_v1_continue: resumes it after that call's response. */
  resume?: (ctx: RpcContext) => void;
}

interface Follow {
  sub: Subscription;
  withRuntime: boolean;
  pinned: Set<string>;
  operations: Map<string, Operation>;
  nextOperation: number;
}

const followsByConnection = new WeakMap<object, Map<string, Follow>>();

function followsOf(ctx: RpcContext): Map<string, Follow> {
  let follows = followsByConnection.get(ctx.connection);
  if (!follows) {
    follows = new Map();
    followsByConnection.set(ctx.connection, follows);
  }
  return follows;
}

/** The runtime in the spec's form (`apis` as an object, not the legacy pairs). */
export function runtimeSpecJson() {
  const v = runtimeVersionJson();
  return {
    type: 'valid' as const,
    spec: {
      specName: v.specName,
      implName: v.implName,
      specVersion: v.specVersion,
      implVersion: v.implVersion,
      transactionVersion: v.transactionVersion,
      apis: Object.fromEntries(v.apis),
    },
  };
}

const LIMIT_REACHED = { result: 'limitReached' } as const;

// ---------------------------------------------------------------------------------------------------
// Parameters

const followIdParam = (v: unknown): string => stringParam(v, 'followSubscription');
const operationIdParam = (v: unknown): string => stringParam(v, 'operationId');
const blockHashParam = (v: unknown, name = 'hash'): string => hexParam(v, name, { bytes: 32 });

/** A block this follow has reported and not unpinned; otherwise -32801. */
function checkPinned(follow: Follow, hash: string): void {
  if (!follow.pinned.has(hash))
    throw new RpcError(INVALID_BLOCK, 'Invalid block hash', `${hash} is not pinned by this subscription`);
}

/** A pinned block, from memory or (pinned long ago) the chain's archive. */
async function pinnedBlock(ctx: RpcContext, follow: Follow, hash: string): Promise<BlockRecord> {
  checkPinned(follow, hash);
  const block = await ctx.chain.findBlock(hash);
  if (!block)
    throw new RpcError(INVALID_BLOCK, 'Invalid block hash', `${hash} is not pinned by this subscription`);
  return block;
}

function storageItemsParam(v: unknown): Array<{ key: string; type: StorageType }> {
  return arrayParam(v, 'items').map((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw invalidParams(`items[${i}]: expected an object { key, type }`);
    const { key, type } = item as Record<string, unknown>;
    if (typeof type !== 'string' || !(STORAGE_TYPES as readonly string[]).includes(type))
      throw invalidParams(`items[${i}].type: expected one of ${STORAGE_TYPES.join(', ')}`);
    return { key: hexParam(key, `items[${i}].key`), type: type as StorageType };
  });
}

// ---------------------------------------------------------------------------------------------------
// Follow

const follow: RpcHandler = (ctx, params) => {
  maxParams(params, 1, 'chainHead_v1_follow');
  const withRuntime = params[0];
  if (typeof withRuntime !== 'boolean') throw invalidParams('withRuntime: expected a boolean');
  const follows = followsOf(ctx);
  if (follows.size >= MAX_FOLLOWS_PER_CONNECTION)
    throw new RpcError(
      REACHED_LIMITS,
      'Maximum number of chainHead_follow has been reached',
      `at most ${MAX_FOLLOWS_PER_CONNECTION} per connection`,
    );
  let off = (): void => {};
  let id = '';
  const sub = ctx.subscribe(FOLLOW_EVENT, () => {
    off();
    follows.delete(id);
  });
  id = sub.id;
  const state: Follow = { sub, withRuntime, pinned: new Set(), operations: new Map(), nextOperation: 0 };
  follows.set(id, state);

  const head = ctx.chain.head;
  state.pinned.add(head.hash);
  sub.send({
    event: 'initialized',
    finalizedBlockHashes: [head.hash],
    ...(withRuntime ? { finalizedBlockRuntime: runtimeSpecJson() } : {}),
  });
  sub.send({ event: 'bestBlockChanged', bestBlockHash: head.hash });
  off = ctx.chain.onNewHead((block) => {
    if (state.pinned.size >= MAX_PINNED_BLOCKS) {
      sub.send({ event: 'stop' });
      sub.close();
      return;
    }
    state.pinned.add(block.hash);
    sub.send({
      event: 'newBlock',
      blockHash: block.hash,
      parentBlockHash: block.header.parentHash,
      ...(withRuntime ? { newRuntime: null } : {}),
    });
    sub.send({ event: 'bestBlockChanged', bestBlockHash: block.hash });
    sub.send({ event: 'finalized', finalizedBlockHashes: [block.hash], prunedBlockHashes: [] });
  });
  return id;
};

const unfollow: RpcHandler = (ctx, params) => {
  maxParams(params, 1, 'chainHead_v1_unfollow');
  ctx.unsubscribe(followIdParam(params[0]), [FOLLOW_EVENT]);
  return null;
};

const header: RpcHandler = async (ctx, params) => {
  maxParams(params, 2, 'chainHead_v1_header');
  const id = followIdParam(params[0]);
  const hash = blockHashParam(params[1]);
  const state = followsOf(ctx).get(id);
  if (!state) return null;
  return toHex(encodeHeader((await pinnedBlock(ctx, state, hash)).header));
};

const unpin: RpcHandler = (ctx, params) => {
  maxParams(params, 2, 'chainHead_v1_unpin');
  const id = followIdParam(params[0]);
  const raw = params[1];
  const hashes = Array.isArray(raw)
    ? raw.map((h, i) => blockHashParam(h, `hashOrHashes[${i}]`))
    : [blockHashParam(raw, 'hashOrHashes')];
  if (new Set(hashes).size !== hashes.length)
    throw new RpcError(
      INVALID_DUPLICATE_HASHES,
      'Received duplicate hashes for the `chainHead_unpin` method',
    );
  const state = followsOf(ctx).get(id);
  if (!state) return null;
  // All or nothing: check every hash before unpinning any.
  for (const h of hashes) checkPinned(state, h);
  for (const h of hashes) state.pinned.delete(h);
  return null;
};

// ---------------------------------------------------------------------------------------------------
// Operations

/** How much of MAX_OPERATIONS a follow's operations in flight hold. */
function operationsInUse(state: Follow): number {
  let used = 0;
  for (const op of state.operations.values()) used += op.weight;
  return used;
}

/**
 * Starts an operation of `weight` on a follow: registers it and returns its id, or undefined when the
 * follow's operation budget is spent.
 */
function startOperation(state: Follow, weight: number): string | undefined {
  if (operationsInUse(state) + weight > MAX_OPERATIONS) return undefined;
  const id = String(state.nextOperation++);
  state.operations.set(id, { weight });
  return id;
}

/** Sends an operation event, unless the operation was stopped; `last` ends it. */
function operationEvent(state: Follow, operationId: string, event: Record<string, unknown>, last: boolean) {
  if (!state.operations.has(operationId)) return;
  if (last) state.operations.delete(operationId);
  state.sub.send({ ...event, operationId });
}

const errorText = (err: unknown): string => {
  if (err instanceof RpcError) return err.data === undefined ? err.rpcMessage : String(err.data);
  return err instanceof Error ? err.message : String(err);
};

/** Runs an operation's work after the response; a throw becomes `operationError`. */
function runOperation(
  ctx: RpcContext,
  state: Follow,
  operationId: string,
  work: () => void | Promise<void>,
): void {
  ctx.afterResponse(() => {
    Promise.resolve()
      .then(work)
      .catch((err: unknown) => {
        operationEvent(state, operationId, { event: 'operationError', error: errorText(err) }, true);
      });
  });
}

const call: RpcHandler = async (ctx, params) => {
  maxParams(params, 4, 'chainHead_v1_call');
  const id = followIdParam(params[0]);
  const hash = blockHashParam(params[1]);
  const fn = runtimeApiNameParam(params[2], 'function');
  const args = hexBytesParam(params[3], 'callParameters', { emptyOk: true });
  const state = followsOf(ctx).get(id);
  if (!state) return LIMIT_REACHED;
  if (!state.withRuntime)
    throw new RpcError(
      INVALID_RUNTIME_CALL,
      'Invalid runtime call',
      'the follow subscription was started with withRuntime false',
    );
  const block = await pinnedBlock(ctx, state, hash);
  const operationId = startOperation(state, 1);
  if (operationId === undefined) return LIMIT_REACHED;
  runOperation(ctx, state, operationId, async () => {
    const output = await runtimeCall(ctx.chain, fn, args, block);
    operationEvent(state, operationId, { event: 'operationCallDone', output }, true);
  });
  return { result: 'started', operationId };
};

const body: RpcHandler = async (ctx, params) => {
  maxParams(params, 2, 'chainHead_v1_body');
  const id = followIdParam(params[0]);
  const hash = blockHashParam(params[1]);
  const state = followsOf(ctx).get(id);
  if (!state) return LIMIT_REACHED;
  const block = await pinnedBlock(ctx, state, hash);
  const operationId = startOperation(state, 1);
  if (operationId === undefined) return LIMIT_REACHED;
  runOperation(ctx, state, operationId, () => {
    const value = block.extrinsics.map((x) => toHex(x));
    operationEvent(state, operationId, { event: 'operationBodyDone', value }, true);
  });
  return { result: 'started', operationId };
};

/** The stand-in Merkle value of a subtree (see the header), or undefined when nothing is under `key`. */
async function subtreeDigest(ctx: RpcContext, key: string, block: BlockRecord): Promise<string | undefined> {
  const keys = await ctx.chain.readKeysPaged(key, Number.MAX_SAFE_INTEGER, undefined, block);
  if (keys.length === 0) return undefined;
  const parts: Uint8Array[] = [];
  for (const k of keys) {
    const v = await ctx.chain.readStorage(k, block);
    if (v === undefined) continue;
    parts.push(fromHex(k), blake2_256(v));
  }
  return toHex(blake2_256(concatBytes(...parts)));
}

/** The single-key answer of a value / hash / closestDescendantMerkleValue item, if there is one. */
async function directItem(
  ctx: RpcContext,
  key: string,
  type: StorageType,
  block: BlockRecord,
): Promise<StorageItem | undefined> {
  if (type === 'value') {
    const value = await storageHex(ctx.chain, key, block);
    return value === null ? undefined : { key, value };
  }
  if (type === 'hash') {
    const hash = await storageHashHex(ctx.chain, key, block);
    return hash === null ? undefined : { key, hash };
  }
  const merkle =
    key === CODE_KEY && (await ctx.chain.readStorage(key, block)) === undefined
      ? runtimeCodeHash(ctx.chain)
      : await subtreeDigest(ctx, key, block);
  return merkle === undefined ? undefined : { key, closestDescendantMerkleValue: merkle };
}

const storage: RpcHandler = async (ctx, params) => {
  maxParams(params, 4, 'chainHead_v1_storage');
  const id = followIdParam(params[0]);
  const hash = blockHashParam(params[1]);
  const items = storageItemsParam(params[2]);
  const childTrie = params[3] === undefined || params[3] === null ? null : hexParam(params[3], 'childTrie');
  const state = followsOf(ctx).get(id);
  if (!state) return LIMIT_REACHED;
  const block = await pinnedBlock(ctx, state, hash);
  const accepted = Math.min(items.length, MAX_OPERATIONS - operationsInUse(state));
  if (accepted <= 0 && items.length > 0) return LIMIT_REACHED;
  const operationId = startOperation(state, accepted) as string;
  const taken = childTrie === null ? items.slice(0, accepted) : []; // no child tries here: nothing to find

  // Descendant queries still to page through, each with the last key sent.
  const pending: Array<{ prefix: string; hashes: boolean; after?: string }> = [];
  const direct: Array<{ key: string; type: StorageType }> = [];
  for (const { key, type } of taken) {
    if (type === 'descendantsValues' || type === 'descendantsHashes')
      pending.push({ prefix: key, hashes: type === 'descendantsHashes' });
    else direct.push({ key, type });
  }

  /** Sends the next page (or the direct items), then waits for continue or finishes. */
  const step = async (page: StorageItem[]) => {
    while (pending.length > 0 && page.length < STORAGE_PAGE_ITEMS) {
      const q = pending[0] as (typeof pending)[number];
      const want = STORAGE_PAGE_ITEMS - page.length;
      const keys = await ctx.chain.readKeysPaged(q.prefix, want, q.after, block);
      for (const k of keys) {
        const v = await ctx.chain.readStorage(k, block);
        if (v === undefined) continue;
        page.push(q.hashes ? { key: k, hash: toHex(blake2_256(v)) } : { key: k, value: toHex(v) });
      }
      if (keys.length < want) pending.shift();
      else q.after = keys[keys.length - 1];
    }
    if (page.length > 0)
      operationEvent(state, operationId, { event: 'operationStorageItems', items: page }, false);
    if (pending.length === 0) {
      operationEvent(state, operationId, { event: 'operationStorageDone' }, true);
      return;
    }
    const op = state.operations.get(operationId);
    if (!op) return; // stopped meanwhile
    op.resume = (resumeCtx) => {
      op.resume = undefined;
      runOperation(resumeCtx, state, operationId, () => step([]));
    };
    operationEvent(state, operationId, { event: 'operationWaitingForContinue' }, false);
  };
  runOperation(ctx, state, operationId, async () => {
    const first: StorageItem[] = [];
    for (const { key, type } of direct) {
      const item = await directItem(ctx, key, type, block);
      if (item) first.push(item);
    }
    await step(first);
  });
  return { result: 'started', operationId, discardedItems: items.length - accepted };
};

const continueOperation: RpcHandler = (ctx, params) => {
  maxParams(params, 2, 'chainHead_v1_continue');
  const id = followIdParam(params[0]);
  const operationId = operationIdParam(params[1]);
  const op = followsOf(ctx).get(id)?.operations.get(operationId);
  if (!op) return null; // unknown follow or operation: no effect (spec)
  if (!op.resume)
    throw new RpcError(
      INVALID_CONTINUE,
      'Invalid continue',
      `operation ${operationId} is not waiting for chainHead_v1_continue`,
    );
  op.resume(ctx);
  return null;
};

const stopOperation: RpcHandler = (ctx, params) => {
  maxParams(params, 2, 'chainHead_v1_stopOperation');
  const id = followIdParam(params[0]);
  const operationId = operationIdParam(params[1]);
  followsOf(ctx).get(id)?.operations.delete(operationId);
  return null;
};

export const chainHeadMethods: MethodTable = {
  chainHead_v1_follow: follow,
  chainHead_v1_unfollow: unfollow,
  chainHead_v1_header: header,
  chainHead_v1_call: call,
  chainHead_v1_storage: storage,
  chainHead_v1_body: body,
  chainHead_v1_continue: continueOperation,
  chainHead_v1_stopOperation: stopOperation,
  chainHead_v1_unpin: unpin,
};
