/**
 * The one lifecycle every action goes through: sign (extension signer or dev key), submit and watch
 * Ready → InBlock → Finalized, detect `System.ExtrinsicFailed` and decode its error, and record every step
 * in the transaction store. Resolves with the final record (finalized or failed); never throws.
 */
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { DispatchError } from '@polkadot/types/interfaces';
import type { ISubmittableResult } from '@polkadot/types/types';
import type { SigningAccount } from './signing-account.js';
import { decodeDispatchError, decodeThrown } from './tx-error.js';
import { type TxLabel, type TxRecord, type TxStore, txStore } from './tx-store.js';

export interface SubmitOptions {
  api: ApiPromise;
  tx: SubmittableExtrinsic<'promise'>;
  account: SigningAccount;
  label: TxLabel;
  store?: TxStore;
  /** Called with the record as soon as it exists (forms follow it by id). */
  onCreated?: (rec: TxRecord) => void;
}

function failure(api: ApiPromise, result: ISubmittableResult): DispatchError | undefined {
  for (const { event } of result.events) {
    if (api.events.system.ExtrinsicFailed.is(event)) return event.data[0] as unknown as DispatchError;
  }
  return undefined;
}

export function submitTx({
  api,
  tx,
  account,
  label,
  store = txStore,
  onCreated,
}: SubmitOptions): Promise<TxRecord> {
  const rec = store.add(label);
  onCreated?.(rec);
  const done = (patch: Partial<TxRecord>) => store.update(rec.id, patch) as TxRecord;
  if (!account.pair && !account.signer) {
    return Promise.resolve(done({ status: 'failed', error: { code: 'WatchOnly', docs: '' } }));
  }
  return new Promise<TxRecord>((resolve) => {
    let unsub: (() => void) | undefined;
    let settled = false;
    const finish = (patch: Partial<TxRecord>) => {
      if (settled) return;
      settled = true;
      unsub?.();
      resolve(done(patch));
    };
    const onStatus = (result: ISubmittableResult) => {
      const s = result.status;
      if (s.isReady || s.isFuture) done({ status: 'ready', txHash: tx.hash.toHex() });
      else if (s.isInBlock || s.isFinalized) {
        const blockHash = (s.isInBlock ? s.asInBlock : s.asFinalized).toHex();
        const failed = failure(api, result);
        if (failed) {
          finish({ status: 'failed', blockHash, error: decodeDispatchError(api, failed) });
          return;
        }
        if (s.isInBlock) {
          done({ status: 'inBlock', blockHash });
          void api.rpc.chain
            .getHeader(blockHash)
            .then((h) => store.update(rec.id, { blockNumber: h.number.toNumber() }))
            .catch(() => {});
        } else finish({ status: 'finalized', blockHash });
      } else if (s.isInvalid || s.isDropped || s.isUsurped) {
        finish({ status: 'failed', error: { code: 'Invalid', docs: s.type } });
      }
    };
    const signer = account.pair ?? account.address;
    const options = account.pair ? {} : { signer: account.signer };
    tx.signAndSend(signer, options, onStatus)
      .then((u) => {
        if (settled) u();
        else unsub = u;
      })
      .catch((err: unknown) => finish({ status: 'failed', error: decodeThrown(err) }));
  });
}
