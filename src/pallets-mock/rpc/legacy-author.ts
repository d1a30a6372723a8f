/**
 * Legacy `author_*` and `payment_*` methods. Submission goes through DevChain.submitQueued (batched with
 * what arrives together for the signature pool, then DevChain.submit: decode, signature over the exact
 * payload, era, nonce, fee), whose ChainError (1010 "Invalid Transaction" + Substrate's
 * texts, 1001, 1013, 1014) is answered as is. author_submitAndWatchExtrinsic notifies
 * `author_extrinsicUpdate` with Substrate's ExtrinsicStatus JSON: "future" | "ready" | {inBlock} |
 * {finalized} | {usurped} | "invalid" | "dropped"; the subscription ends after the last four. `finalized` follows
 * `inBlock` after CoreOptions.finalizedDelayMs once the client is quiet (see there why). payment_queryInfo /
 * payment_queryFeeDetails return Substrate's JSON (fees as decimal strings, weights as
 * {ref_time, proof_size}); they never check signatures (clients send fake ones).
 */
import type { TxStatus } from '../devchain/tx-pool.js';
import { compact, Reader, u32, u64, u128, Writer } from '../frame/scale.js';
import { concatBytes, fromHex, toHex } from '../primitives/bytes.js';
import { unsubscriber } from './legacy-chain.js';
import { runtimeCall } from './legacy-state.js';
import { atParam, hexBytesParam, maxParams } from './params.js';
import { type MethodTable, RpcError, type RpcHandler } from './server-core.js';

/** ExtrinsicStatus as Substrate serialises it. */
export function extrinsicStatusJson(s: TxStatus): unknown {
  switch (s.type) {
    case 'inBlock':
      return { inBlock: s.blockHash };
    case 'finalized':
      return { finalized: s.blockHash };
    case 'usurped':
      return { usurped: s.by };
    default:
      return s.type;
  }
}

const TERMINAL = new Set<TxStatus['type']>(['finalized', 'invalid', 'dropped', 'usurped']);

const submitExtrinsic: RpcHandler = ({ chain }, params) => {
  maxParams(params, 1, 'author_submitExtrinsic');
  return chain.submitQueued(hexBytesParam(params[0], 'extrinsic'));
};

const submitAndWatchExtrinsic: RpcHandler = (ctx, params) => {
  maxParams(params, 1, 'author_submitAndWatchExtrinsic');
  const bytes = hexBytesParam(params[0], 'extrinsic');
  const sub = ctx.subscribe('author_extrinsicUpdate', () => {});
  // If submit throws, the core closes the subscription before anything is sent.
  const deliver = (status: TxStatus) => {
    sub.send(extrinsicStatusJson(status));
    if (TERMINAL.has(status.type)) sub.close();
  };
  const opts = {
    watch: (status: TxStatus) => {
      if (status.type === 'finalized') ctx.afterQuiet(ctx.options.finalizedDelayMs, () => deliver(status));
      else deliver(status);
    },
  };
  // Without a verifier there is nothing to batch: submitted at once, the id answered in the same turn
  // (as before batching; the order of the response and an Instant block's statuses stays as it was).
  if (!ctx.chain.verifier) {
    ctx.chain.submit(bytes, opts);
    return sub.id;
  }
  return ctx.chain.submitQueued(bytes, opts).then(() => sub.id);
};

const pendingExtrinsics: RpcHandler = ({ chain }, params) => {
  maxParams(params, 0, 'author_pendingExtrinsics');
  return chain.pool.all().map((tx) => toHex(tx.xt.bytes));
};

// ---------------------------------------------------------------------------------------------------
// payment_*

const CLASS_NAMES = ['normal', 'operational', 'mandatory'];

/** pallet-transaction-payment-rpc's errors: 1 = cannot decode / query, 2 = runtime error. */
async function paymentCall(
  ctx: Parameters<RpcHandler>[0],
  params: unknown[],
  method: string,
  api: string,
): Promise<Uint8Array> {
  maxParams(params, 2, method);
  const xt = hexBytesParam(params[0], 'extrinsic');
  const block = await atParam(ctx.chain, params[1]);
  const w = new Writer();
  u32.enc(w, BigInt(xt.length));
  try {
    return fromHex(await runtimeCall(ctx.chain, api, concatBytes(xt, w.finish()), block));
  } catch (err) {
    const detail = err instanceof RpcError ? String(err.data ?? err.rpcMessage) : String(err);
    throw new RpcError(1, 'Unable to query dispatch info.', detail);
  }
}

const queryInfo: RpcHandler = async (ctx, params) => {
  const r = new Reader(
    await paymentCall(ctx, params, 'payment_queryInfo', 'TransactionPaymentApi_query_info'),
  );
  const refTime = compact(u64).dec(r);
  const proofSize = compact(u64).dec(r);
  const cls = r.u8();
  const fee = u128.dec(r);
  return {
    weight: { ref_time: Number(refTime), proof_size: Number(proofSize) },
    class: CLASS_NAMES[cls] ?? 'normal',
    partialFee: fee.toString(),
  };
};

const queryFeeDetails: RpcHandler = async (ctx, params) => {
  const r = new Reader(
    await paymentCall(ctx, params, 'payment_queryFeeDetails', 'TransactionPaymentApi_query_fee_details'),
  );
  if (r.u8() === 0) return { inclusionFee: null };
  return {
    inclusionFee: {
      baseFee: u128.dec(r).toString(),
      lenFee: u128.dec(r).toString(),
      adjustedWeightFee: u128.dec(r).toString(),
    },
  };
};

export const legacyAuthorMethods: MethodTable = {
  author_submitExtrinsic: submitExtrinsic,
  author_submitAndWatchExtrinsic: submitAndWatchExtrinsic,
  author_unwatchExtrinsic: unsubscriber('author_extrinsicUpdate'),
  author_pendingExtrinsics: pendingExtrinsics,
};

export const legacyPaymentMethods: MethodTable = {
  payment_queryInfo: queryInfo,
  payment_queryFeeDetails: queryFeeDetails,
};
