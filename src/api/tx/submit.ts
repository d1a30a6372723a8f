/**
 * The one lifecycle every action goes through: sign (extension signer or dev key) with the account's
 * next nonce, submit and watch Ready → InBlock → Finalized, detect `System.ExtrinsicFailed` (or a wrapped
 * call's failure: dispatch-failure.ts) and decode its error, and record every step in the transaction store. When the connection drops before the end the
 * record says 'disconnected' (never "rejected"); once the node is back the transaction's fate is looked up
 * (tx-fate.ts): included (with its outcome), still in the pool (watched on), or not sent.
 * Resolves with the final record (finalized, failed or notSent); never throws.
 *
 * Transactions of one account are serialised: the next one reads `system_accountNextIndex` (on-chain nonce
 * plus the account's pooled transactions) only once the previous one is in the pool or refused, so two
 * never share a nonce. A key that also signs elsewhere (a simulated worker's operator key is often the
 * wallet's) can still take a nonce between the read and the send: the pool then answers `1014 Priority is
 * too low` (or `1010 … outdated`), and the transaction is signed again once with the next nonce.
 */
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { ISubmittableResult } from '@polkadot/types/types';
import { extrinsicFailure } from './dispatch-failure.js';
import type { SigningAccount } from './signing-account.js';
import { decodeDispatchError, decodeThrown } from './tx-error.js';
import { findTxFate, type SentTx } from './tx-fate.js';
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

const lanes = new Map<string, Promise<unknown>>();

/** Runs `fn` after every earlier `fn` of the same account settled (one lane per signer). */
function inLane<T>(address: string, fn: () => Promise<T>): Promise<T> {
  const run = (lanes.get(address) ?? Promise.resolve()).then(fn, fn);
  const tail = run.catch(() => undefined);
  lanes.set(address, tail);
  void tail.then(() => {
    if (lanes.get(address) === tail) lanes.delete(address);
  });
  return run;
}

/** The pool refused the nonce: another sender of the same account took it first. */
const nonceTaken = (err: unknown): boolean =>
  /Priority is too low|1014|outdated/i.test(err instanceof Error ? err.message : String(err));

const failure = (api: ApiPromise, result: ISubmittableResult) =>
  extrinsicFailure(
    api,
    result.events.map((r) => r.event),
  );

/** Resolves on the API's next event of `type`. */
const nextEvent = (api: ApiPromise, type: 'connected' | 'disconnected'): Promise<void> =>
  new Promise((resolve) => api.once(type, () => resolve()));

/** Resolves on the next new head (or when the connection drops again). */
async function nextHead(api: ApiPromise): Promise<void> {
  let unsub: (() => void) | undefined;
  let first = true;
  await Promise.race([
    new Promise<void>((resolve) => {
      void api.rpc.chain
        .subscribeNewHeads(() => {
          if (first) first = false;
          else resolve();
        })
        .then((u) => {
          unsub = u;
        })
        .catch(() => resolve());
    }),
    nextEvent(api, 'disconnected'),
  ]);
  unsub?.();
}

/** Resolves once block `n` is finalized (or when the connection drops again). */
async function finalized(api: ApiPromise, n: number): Promise<void> {
  let unsub: (() => void) | undefined;
  await Promise.race([
    new Promise<void>((resolve) => {
      void api.rpc.chain
        .subscribeFinalizedHeads((h) => {
          if (h.number.toNumber() >= n) resolve();
        })
        .then((u) => {
          unsub = u;
        })
        .catch(() => resolve());
    }),
    nextEvent(api, 'disconnected'),
  ]);
  unsub?.();
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
    /** What the fate lookup needs, known once the nonce and the starting block are read. */
    let sent: SentTx | undefined;
    /** Bumped on every drop: a lookup from an older drop stops. */
    let drops = 0;
    const finish = (patch: Partial<TxRecord>) => {
      if (settled) return;
      settled = true;
      unsub?.();
      api.off('disconnected', onDrop);
      resolve(done(patch));
    };
    const onStatus = (result: ISubmittableResult) => {
      if (settled) return;
      const s = result.status;
      if (s.isReady || s.isFuture) done({ status: 'ready', txHash: tx.hash.toHex() });
      else if (s.isInBlock || s.isFinalized) {
        const blockHash = (s.isInBlock ? s.asInBlock : s.asFinalized).toHex();
        const failed = failure(api, result);
        if (failed) {
          finish({ status: 'failed', blockHash, error: decodeDispatchError(api, failed) });
          return;
        }
        if (s.isInBlock) done({ status: 'inBlock', blockHash });
        else finish({ status: 'finalized', blockHash });
        void api.rpc.chain
          .getHeader(blockHash)
          .then((h) => store.update(rec.id, { blockNumber: h.number.toNumber() }))
          .catch(() => {});
      } else if (s.isInvalid || s.isDropped || s.isUsurped) {
        finish({ status: 'failed', error: { code: 'Invalid', docs: s.type } });
      }
    };
    /** After a drop: wait for the node, then find out what happened, watching on while it is pooled. */
    const resolveFate = async (drop: number): Promise<void> => {
      if (!api.isConnected) await nextEvent(api, 'connected');
      // a signature still in the wallet may be sent after the node is back: look once it is settled
      await sending;
      while (drop === drops && !settled) {
        if (!sent) {
          finish({ status: 'notSent' });
          return;
        }
        const fate = await findTxFate(api, { ...sent, ...(tx.isSigned ? { txHash: tx.hash.toHex() } : {}) });
        if (drop !== drops || settled) return;
        if (fate.kind === 'notSent') {
          finish({ status: 'notSent' });
          return;
        }
        if (fate.kind === 'pending') {
          done({ status: 'ready' });
          await nextHead(api);
          continue;
        }
        const where = { blockNumber: fate.blockNumber, blockHash: fate.blockHash };
        if (fate.error) {
          finish({ status: 'failed', ...where, error: fate.error });
          return;
        }
        done({ status: 'inBlock', ...where });
        await finalized(api, fate.blockNumber);
        if (drop === drops && api.isConnected) finish({ status: 'finalized', ...where });
        return;
      }
    };
    function onDrop() {
      if (settled) return;
      drops += 1;
      unsub?.();
      unsub = undefined;
      done({ status: 'disconnected' });
      const drop = drops;
      void lookUp(drop);
    }
    /** A lookup cut by another drop is redone by that drop; one failing otherwise retries a block later. */
    async function lookUp(drop: number): Promise<void> {
      try {
        await resolveFate(drop);
      } catch {
        if (drop !== drops || settled || !api.isConnected) return;
        await nextHead(api);
        await lookUp(drop);
      }
    }
    api.on('disconnected', onDrop);
    const lost = () => drops > 0 || !api.isConnected;
    const attempt = async () => {
      const [nonce, head] = await Promise.all([
        api.rpc.system.accountNextIndex(account.address),
        api.rpc.chain.getHeader(),
      ]);
      sent = {
        signer: account.address,
        nonce: nonce.toNumber(),
        callHex: tx.method.toHex(),
        fromBlock: head.number.toNumber(),
      };
      done({ nonce: sent.nonce });
      const signer = account.pair ?? account.address;
      const options = account.pair ? { nonce } : { nonce, signer: account.signer };
      await tx.signAsync(signer, options);
      // the node went away while the wallet was signing: nothing is sent (the lookup finds it nowhere)
      if (lost()) throw new Error('disconnected while signing');
      const u = await tx.send(onStatus);
      if (settled || drops > 0) u();
      else unsub = u;
    };
    const send = () =>
      inLane(account.address, async () => {
        try {
          await attempt();
        } catch (err) {
          if (lost() || !nonceTaken(err)) throw err;
          await attempt();
        }
      });
    const sending = send().catch((err: unknown) => {
      if (!lost()) finish({ status: 'failed', error: decodeThrown(err) });
      else if (drops === 0) onDrop();
    });
  });
}
