/**
 * What became of a transaction whose watch was cut (the node went away between signing and
 * finalization): looks through the blocks from the one before submission to the head for it — by its
 * hash, or by its signer and nonce with the same call (an extension may re-sign) — and reads its outcome
 * from that block's events; otherwise asks the node's pool. Never guesses: 'notSent' only when it is in
 * no block and not in the pool (sending again then reuses the account's nonce, so it cannot run twice).
 */
import type { ApiPromise } from '@polkadot/api';
import type { EventRecord } from '@polkadot/types/interfaces';
import { extrinsicFailure } from './dispatch-failure.js';
import { decodeDispatchError, type TxError } from './tx-error.js';

export interface SentTx {
  /** The signed extrinsic's hash, when signing finished. */
  txHash?: string;
  signer: string;
  nonce: number;
  /** The call's hex (SCALE of the method). */
  callHex: string;
  /** The best block number just before submission. */
  fromBlock: number;
}

export type TxFate =
  | { kind: 'included'; blockNumber: number; blockHash: string; error?: TxError }
  | { kind: 'pending' }
  | { kind: 'notSent' };

export async function findTxFate(api: ApiPromise, sent: SentTx): Promise<TxFate> {
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  for (let n = Math.max(0, sent.fromBlock); n <= head; n++) {
    const blockHash = await api.rpc.chain.getBlockHash(n);
    const { block } = await api.rpc.chain.getBlock(blockHash);
    const index = block.extrinsics.findIndex(
      (x) =>
        x.hash.toHex() === sent.txHash ||
        (x.isSigned &&
          x.signer.toString() === sent.signer &&
          x.nonce.toNumber() === sent.nonce &&
          x.method.toHex() === sent.callHex),
    );
    if (index < 0) continue;
    const events = (await api.query.system.events.at(blockHash)) as unknown as EventRecord[];
    const failed = extrinsicFailure(
      api,
      events
        .filter(({ phase }) => phase.isApplyExtrinsic && phase.asApplyExtrinsic.toNumber() === index)
        .map((r) => r.event),
    );
    const error = failed ? decodeDispatchError(api, failed) : undefined;
    return { kind: 'included', blockNumber: n, blockHash: blockHash.toHex(), ...(error ? { error } : {}) };
  }
  if (sent.txHash) {
    const pool = await api.rpc.author.pendingExtrinsics();
    if (pool.some((x) => x.hash.toHex() === sent.txHash)) return { kind: 'pending' };
  }
  return { kind: 'notSent' };
}
