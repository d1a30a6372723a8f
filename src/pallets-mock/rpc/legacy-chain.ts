/**
 * Legacy `chain_*` methods (spec/chain-rpc.md §1.3, §1.5): block hashes by number (number, hex, array of
 * at most MAX_BLOCK_HASHES, or none), headers and blocks as JSON, the finalized head (every block is final), and the head
 * subscriptions. Subscriptions send the current head at once, then each new block. Wire names are
 * singular (`chain_subscribeNewHead` → `chain_newHead`); the decorated plural and British spellings are
 * served too, because @polkadot/api drops any RPC that `rpc_methods` does not list.
 */
import type { BlockRecord, DevChain } from '../devchain/chain.js';
import { headerJson } from '../devchain/header.js';
import { toHex } from '../primitives/bytes.js';
import { blockNumberParam, maxParams, optionalHashParam } from './params.js';
import { invalidParams, type MethodTable, type RpcContext, type RpcHandler } from './server-core.js';

/** Most block numbers one chain_getBlockHash array may ask for. */
export const MAX_BLOCK_HASHES = 1024;

export type HeaderJson = ReturnType<typeof headerJson>;

const headerCache = new WeakMap<BlockRecord, HeaderJson>();

/** The JSON header of a block (cached: every head subscriber gets the same object). */
export function blockHeaderJson(block: BlockRecord): HeaderJson {
  let json = headerCache.get(block);
  if (!json) {
    json = headerJson(block.header);
    headerCache.set(block, json);
  }
  return json;
}

/** The block a `hash?` param names: absent → best block, unknown → undefined. */
async function blockByHashParam(chain: DevChain, v: unknown, name: string): Promise<BlockRecord | undefined> {
  const hash = optionalHashParam(v, name);
  return hash === undefined ? chain.head : chain.findBlock(hash);
}

async function hashOf(chain: DevChain, v: unknown, name: string): Promise<string | null> {
  const n = blockNumberParam(v, name);
  return (await chain.blockHash(n)) ?? null;
}

const getBlockHash: RpcHandler = async ({ chain }, params) => {
  maxParams(params, 1, 'chain_getBlockHash');
  const p = params[0];
  if (p === undefined || p === null) return chain.head.hash;
  if (Array.isArray(p)) {
    if (p.length > MAX_BLOCK_HASHES)
      throw invalidParams(`blockNumber: at most ${MAX_BLOCK_HASHES} numbers per call (got ${p.length})`);
    const hashes: Array<string | null> = [];
    for (const [i, n] of p.entries()) hashes.push(await hashOf(chain, n, `blockNumber[${i}]`));
    return hashes;
  }
  return hashOf(chain, p, 'blockNumber');
};

const getHeader: RpcHandler = async ({ chain }, params) => {
  maxParams(params, 1, 'chain_getHeader');
  const block = await blockByHashParam(chain, params[0], 'hash');
  return block ? blockHeaderJson(block) : null;
};

const getBlock: RpcHandler = async ({ chain }, params) => {
  maxParams(params, 1, 'chain_getBlock');
  const block = await blockByHashParam(chain, params[0], 'hash');
  if (!block) return null;
  return {
    block: { header: blockHeaderJson(block), extrinsics: block.extrinsics.map((x) => toHex(x)) },
    justifications: null,
  };
};

const getFinalizedHead: RpcHandler = ({ chain }, params) => {
  maxParams(params, 0, 'chain_getFinalizedHead');
  return chain.head.hash;
};

/** A head subscription notifying `method`: the current head at once, then every new block. */
function headSubscription(method: string): RpcHandler {
  return (ctx: RpcContext, params) => {
    maxParams(params, 0, method);
    let off = (): void => {};
    const sub = ctx.subscribe(method, () => off());
    sub.send(blockHeaderJson(ctx.chain.head));
    off = ctx.chain.onNewHead((block) => sub.send(blockHeaderJson(block)));
    return sub.id;
  };
}

/** The matching unsubscribe: `[id]` → true if it was one of this connection's `method` subscriptions. */
export function unsubscriber(...methods: string[]): RpcHandler {
  return (ctx, params) => {
    maxParams(params, 1, 'unsubscribe');
    return ctx.unsubscribe(params[0], methods);
  };
}

const subscribeNewHead = headSubscription('chain_newHead');
const unsubscribeNewHead = unsubscriber('chain_newHead');
const subscribeFinalizedHeads = headSubscription('chain_finalizedHead');
const unsubscribeFinalizedHeads = unsubscriber('chain_finalizedHead');
const subscribeAllHeads = headSubscription('chain_allHead');
const unsubscribeAllHeads = unsubscriber('chain_allHead');

export const legacyChainMethods: MethodTable = {
  chain_getBlockHash: getBlockHash,
  chain_getHead: getBlockHash,
  chain_getHeader: getHeader,
  chain_getBlock: getBlock,
  chain_getFinalizedHead: getFinalizedHead,
  chain_getFinalisedHead: getFinalizedHead,
  chain_subscribeNewHead: subscribeNewHead,
  chain_subscribeNewHeads: subscribeNewHead,
  subscribe_newHead: subscribeNewHead,
  chain_unsubscribeNewHead: unsubscribeNewHead,
  chain_unsubscribeNewHeads: unsubscribeNewHead,
  unsubscribe_newHead: unsubscribeNewHead,
  chain_subscribeFinalizedHeads: subscribeFinalizedHeads,
  chain_subscribeFinalisedHeads: subscribeFinalizedHeads,
  chain_unsubscribeFinalizedHeads: unsubscribeFinalizedHeads,
  chain_unsubscribeFinalisedHeads: unsubscribeFinalizedHeads,
  chain_subscribeAllHeads: subscribeAllHeads,
  chain_unsubscribeAllHeads: unsubscribeAllHeads,
};
