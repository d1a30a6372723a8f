/**
 * The transaction pool: validated extrinsics waiting for a block, ordered per signer by nonce. A
 * transaction whose nonce is ahead of the account waits (Future) until the gap closes; `ready` yields, in
 * arrival order, the ones that can apply now, each signer's nonces consecutive.
 */
import type { AccountId } from '../primitives/account.js';
import type { DecodedExtrinsic } from './extrinsic.js';

export type TxStatus =
  | { type: 'future' | 'ready' | 'dropped' | 'invalid' }
  | { type: 'inBlock' | 'finalized'; blockHash: string };

export interface PooledTx {
  xt: DecodedExtrinsic;
  signer: AccountId;
  nonce: bigint;
  arrival: number;
  /** From an in-process actor: never triggers an instant block by itself. */
  local: boolean;
  watchers: Array<(s: TxStatus) => void>;
}

export class TxPool {
  private readonly byHash = new Map<string, PooledTx>();
  /** `${signer}:${nonce}` → tx, so a submission's replacement check is O(1), not a scan of the pool. */
  private readonly bySignerNonce = new Map<string, PooledTx>();
  private arrivals = 0;

  has(hash: string): boolean {
    return this.byHash.has(hash);
  }

  get size(): number {
    return this.byHash.size;
  }

  add(tx: Omit<PooledTx, 'arrival'>): PooledTx {
    const pooled = { ...tx, arrival: this.arrivals++ };
    this.byHash.set(tx.xt.hash, pooled);
    this.bySignerNonce.set(`${tx.signer}:${tx.nonce}`, pooled);
    return pooled;
  }

  /** Another pooled tx of the same signer and nonce (a replacement candidate). */
  sameNonce(signer: AccountId, nonce: bigint): PooledTx | undefined {
    return this.bySignerNonce.get(`${signer}:${nonce}`);
  }

  remove(hash: string): PooledTx | undefined {
    const tx = this.byHash.get(hash);
    this.byHash.delete(hash);
    const key = tx && `${tx.signer}:${tx.nonce}`;
    if (key && this.bySignerNonce.get(key) === tx) this.bySignerNonce.delete(key);
    return tx;
  }

  all(): PooledTx[] {
    return [...this.byHash.values()].sort((a, b) => a.arrival - b.arrival);
  }

  /** Pooled transactions of one signer (for system_accountNextIndex). */
  countFor(signer: AccountId, fromNonce: bigint): bigint {
    const nonces = new Set<bigint>();
    for (const tx of this.byHash.values()) if (tx.signer === signer) nonces.add(tx.nonce);
    let next = fromNonce;
    while (nonces.has(next)) next++;
    return next - fromNonce;
  }

  /** Transactions applicable now given each signer's on-chain nonce, in arrival order. */
  ready(nonceOf: (who: AccountId) => bigint): PooledTx[] {
    const bySigner = new Map<AccountId, PooledTx[]>();
    for (const tx of this.all()) {
      const list = bySigner.get(tx.signer) ?? [];
      list.push(tx);
      bySigner.set(tx.signer, list);
    }
    // Each signer's ready run, in nonce order, takes the arrival slots its members came in with.
    const slots: Array<[number, PooledTx]> = [];
    for (const [signer, list] of bySigner) {
      let next = nonceOf(signer);
      const run: PooledTx[] = [];
      for (const tx of [...list].sort((a, b) => (a.nonce < b.nonce ? -1 : a.nonce > b.nonce ? 1 : 0))) {
        if (tx.nonce !== next) break;
        run.push(tx);
        next++;
      }
      const arrivals = run.map((t) => t.arrival).sort((a, b) => a - b);
      run.forEach((tx, i) => {
        slots.push([arrivals[i] as number, tx]);
      });
    }
    return slots.sort((a, b) => a[0] - b[0]).map(([, tx]) => tx);
  }
}
