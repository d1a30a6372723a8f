/**
 * The new JSON-RPC spec's `transaction_v1_*` group (paritytech/json-rpc-interface-spec), how polkadot-api
 * 2.x submits. `transaction_v1_broadcast [tx]` answers an opaque operation id and then, after the
 * response, hands the transaction to DevChain.submitQueued like author_submitExtrinsic. As the spec asks, an
 * invalid transaction is dropped silently (the client learns of it from TaggedTransactionQueue and the
 * blocks it follows) and still counts against the limit: at most 512 broadcasts per connection until
 * stopped, beyond which broadcast answers null. `transaction_v1_stop [id]` ends a broadcast (the
 * transaction stays in the pool, as on Substrate); an id that is not an active broadcast of this
 * connection is -32602 "Invalid operation id".
 */
import { hexBytesParam, maxParams, stringParam } from './params.js';
import { INVALID_PARAMS, type MethodTable, RpcError, type RpcHandler, randomId } from './server-core.js';

export const MAX_BROADCASTS_PER_CONNECTION = 512;

const broadcastsByConnection = new WeakMap<object, Set<string>>();

function broadcastsOf(connection: object): Set<string> {
  let set = broadcastsByConnection.get(connection);
  if (!set) {
    set = new Set();
    broadcastsByConnection.set(connection, set);
  }
  return set;
}

const broadcast: RpcHandler = (ctx, params) => {
  maxParams(params, 1, 'transaction_v1_broadcast');
  const bytes = hexBytesParam(params[0], 'transaction');
  const active = broadcastsOf(ctx.connection);
  if (active.size >= MAX_BROADCASTS_PER_CONNECTION) return null;
  let id = randomId();
  while (active.has(id)) id = randomId();
  active.add(id);
  ctx.afterResponse(() => {
    // Batched with what arrives together, as author_submitExtrinsic. Invalid, already imported or
    // outdated: the spec has the server drop it without a word.
    ctx.chain.submitQueued(bytes).catch(() => {});
  });
  return id;
};

const stop: RpcHandler = (ctx, params) => {
  maxParams(params, 1, 'transaction_v1_stop');
  const id = stringParam(params[0], 'operationId');
  if (!broadcastsOf(ctx.connection).delete(id))
    throw new RpcError(INVALID_PARAMS, 'Invalid operation id', `${id} is not an active broadcast`);
  return null;
};

export const transactionMethods: MethodTable = {
  transaction_v1_broadcast: broadcast,
  transaction_v1_stop: stop,
};
