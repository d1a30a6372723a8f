/**
 * The transaction pool, with Substrate's rules (sc-transaction-pool's base pool): each validated
 * transaction `provides` tags and `requires` tags (CheckNonce: `(signer, nonce)`; CheckMqSequence:
 * `("PhalaMqOffchainMessages", sender, seq)`); validation leaves out the tags the state already satisfies.
 * It is Ready when every tag it still requires is provided by a Ready transaction in the pool, Future
 * otherwise, and moves to Ready as soon as the gap fills (its watchers are told `ready` then). A transaction providing a tag another pooled one provides replaces it
 * only with a strictly higher priority, else 1014 "Priority is too low". Limits on count and bytes of
 * Ready and of Future transactions and on transactions per sender evict the lowest priority (the newest
 * among equals); a transaction evicted on its own import is 1016 "Immediately Dropped". Hashes found
 * invalid are banned for a while (1012). `revalidate` re-derives everything against a new head: what is
 * invalid or past its mortality leaves, the rest is re-tagged. `ready()` is the block builder's order:
 * highest priority first, oldest among equals, never before what it requires.
 */
import type { AccountId } from '../primitives/account.js';
import type { DecodedExtrinsic } from './extrinsic.js';

export type TxStatus =
  | { type: 'future' | 'ready' | 'dropped' | 'invalid' }
  | { type: 'inBlock' | 'finalized'; blockHash: string }
  | { type: 'usurped'; by: string };

/** What validation says about a transaction (TaggedTransactionQueue's ValidTransaction). */
export interface TxValidity {
  priority: bigint;
  requires: string[];
  provides: string[];
  /** The last block number at which it may still be included (mortality); immortal = no bound. */
  validTill: bigint;
}

export interface PooledTx extends TxValidity {
  xt: DecodedExtrinsic;
  signer: AccountId;
  nonce: bigint;
  arrival: number;
  /** From an in-process actor: never triggers an instant block by itself. */
  local: boolean;
  watchers: Array<(s: TxStatus) => void>;
  /** Its watchers have been told `ready` (a promotion from Future tells them once). */
  announcedReady?: boolean;
}

export interface PoolLimits {
  readyCount: number;
  readyBytes: number;
  futureCount: number;
  futureBytes: number;
  /** Transactions (Ready and Future) one signer may have in the pool. */
  perSender: number;
  /** How long an invalidated hash is refused (Substrate: 30 min). */
  banMs: number;
}

/** Substrate's defaults (--pool-limit 8192, --pool-kbytes 20480, future = a tenth), 256 per sender. */
export const DEFAULT_POOL_LIMITS: PoolLimits = {
  readyCount: 8192,
  readyBytes: 20 * 1024 * 1024,
  futureCount: 819,
  futureBytes: 2 * 1024 * 1024,
  perSender: 256,
  banMs: 30 * 60 * 1000,
};

/** Most banned hashes remembered (the oldest ban is forgotten first). */
export const MAX_BANNED = 16_384;

/** An error of the pool, with the author RPC's code, message and data (sc-rpc-api author errors). */
export class PoolError extends Error {
  constructor(
    readonly code: number,
    readonly rpcMessage: string,
    readonly data?: string,
  ) {
    super(data ? `${rpcMessage}: ${data}` : rpcMessage);
    this.name = 'PoolError';
  }
}

export const alreadyImported = () => new PoolError(1013, 'Transaction Already Imported');
export const temporarilyBanned = () => new PoolError(1012, 'Transaction is temporarily banned');
const tooLowPriority = (old: bigint, nu: bigint) =>
  new PoolError(
    1014,
    `Priority is too low: (${old} vs ${nu})`,
    'The transaction has too low priority to replace another transaction already in the pool.',
  );
const immediatelyDropped = () =>
  new PoolError(1016, 'Immediately Dropped', "The transaction couldn't enter the pool because of the limit");

/** `a` is worse than `b`: lower priority, or equal priority and newer. */
const worse = (a: PooledTx, b: PooledTx) =>
  a.priority !== b.priority ? a.priority < b.priority : a.arrival > b.arrival;

export class TxPool {
  readonly limits: PoolLimits;
  private readonly byHash = new Map<string, PooledTx>();
  /** tag → the pooled transaction providing it. */
  private readonly byTag = new Map<string, PooledTx>();
  /** tag → pooled transactions requiring it. */
  private readonly waiting = new Map<string, Set<PooledTx>>();
  private readonly readySet = new Set<PooledTx>();
  private readonly bySender = new Map<AccountId, Set<PooledTx>>();
  private readonly banned = new Map<string, number>();
  private arrivals = 0;
  private readyBytes = 0;
  private futureBytes = 0;

  constructor(limits: Partial<PoolLimits> = {}) {
    this.limits = { ...DEFAULT_POOL_LIMITS, ...limits };
  }

  has(hash: string): boolean {
    return this.byHash.has(hash);
  }

  get size(): number {
    return this.byHash.size;
  }

  get readyCount(): number {
    return this.readySet.size;
  }

  get futureCount(): number {
    return this.byHash.size - this.readySet.size;
  }

  isReady(tx: PooledTx): boolean {
    return this.readySet.has(tx);
  }

  isBanned(hash: string, now = Date.now()): boolean {
    const until = this.banned.get(hash);
    if (until === undefined) return false;
    if (until > now) return true;
    this.banned.delete(hash);
    return false;
  }

  ban(hash: string, now = Date.now()): void {
    this.banned.delete(hash);
    this.banned.set(hash, now + this.limits.banMs);
    if (this.banned.size > MAX_BANNED) {
      const oldest = this.banned.keys().next().value;
      if (oldest !== undefined) this.banned.delete(oldest);
    }
  }

  /**
   * Imports a validated transaction: replaces what provides the same tags (strictly higher priority
   * only), then enforces the limits. Returns the transactions it pushed out (already notified).
   * Throws PoolError 1013 / 1014 / 1016.
   */
  import(tx: Omit<PooledTx, 'arrival'>): { pooled: PooledTx; removed: PooledTx[] } {
    if (this.byHash.has(tx.xt.hash)) throw alreadyImported();
    const clashes = new Set<PooledTx>();
    for (const tag of tx.provides) {
      const other = this.byTag.get(tag);
      if (other) clashes.add(other);
    }
    for (const other of clashes)
      if (tx.priority <= other.priority) throw tooLowPriority(other.priority, tx.priority);
    const pooled: PooledTx = { ...tx, arrival: this.arrivals++ };
    const removed: PooledTx[] = [];
    for (const other of clashes) {
      this.remove(other.xt.hash);
      removed.push(other);
      for (const w of other.watchers) w({ type: 'usurped', by: pooled.xt.hash });
    }
    this.insert(pooled);
    const evicted = this.enforceLimits(pooled.signer);
    removed.push(...evicted);
    if (evicted.includes(pooled)) throw immediatelyDropped();
    return { pooled, removed };
  }

  remove(hash: string): PooledTx | undefined {
    const tx = this.byHash.get(hash);
    if (!tx) return undefined;
    this.byHash.delete(hash);
    const sender = this.bySender.get(tx.signer);
    sender?.delete(tx);
    if (sender?.size === 0) this.bySender.delete(tx.signer);
    for (const tag of tx.requires) {
      const set = this.waiting.get(tag);
      set?.delete(tx);
      if (set?.size === 0) this.waiting.delete(tag);
    }
    const wasReady = this.readySet.delete(tx);
    if (wasReady) this.readyBytes -= tx.xt.bytes.length;
    else this.futureBytes -= tx.xt.bytes.length;
    for (const tag of tx.provides) {
      if (this.byTag.get(tag) !== tx) continue;
      this.byTag.delete(tag);
      if (wasReady) for (const dependent of this.waiting.get(tag) ?? []) this.demote(dependent);
    }
    return tx;
  }

  /** Every pooled transaction, Ready ones first, each group in arrival order. */
  all(): PooledTx[] {
    const byArrival = (a: PooledTx, b: PooledTx) => a.arrival - b.arrival;
    const ready = [...this.readySet].sort(byArrival);
    const future = [...this.byHash.values()].filter((t) => !this.readySet.has(t)).sort(byArrival);
    return [...ready, ...future];
  }

  /** Consecutive nonces of one signer's pooled transactions from `fromNonce` (system_accountNextIndex). */
  countFor(signer: AccountId, fromNonce: bigint): bigint {
    const nonces = new Set<bigint>();
    for (const tx of this.bySender.get(signer) ?? []) nonces.add(tx.nonce);
    let next = fromNonce;
    while (nonces.has(next)) next++;
    return next - fromNonce;
  }

  /** The Ready transactions in block order: best priority first, oldest among equals, dependencies first. */
  ready(): PooledTx[] {
    const heap = new TxHeap();
    const unmet = new Map<PooledTx, number>();
    for (const tx of this.readySet) {
      const n = tx.requires.filter((tag) => this.byTag.has(tag)).length;
      if (n === 0) heap.push(tx);
      else unmet.set(tx, n);
    }
    const out: PooledTx[] = [];
    for (let tx = heap.pop(); tx; tx = heap.pop()) {
      out.push(tx);
      for (const tag of tx.provides) {
        if (this.byTag.get(tag) !== tx) continue;
        for (const dependent of this.waiting.get(tag) ?? []) {
          const left = unmet.get(dependent);
          if (left === undefined) continue;
          if (left <= 1) {
            unmet.delete(dependent);
            heap.push(dependent);
          } else unmet.set(dependent, left - 1);
        }
      }
    }
    return out;
  }

  /**
   * Re-validates every pooled transaction against a new head (after each block): `check` returns its new
   * validity or throws (invalid: removed, banned, watchers told `invalid`); one that cannot enter block
   * `next` any more (past `validTill`, its mortality) is dropped and banned (watchers told `dropped`). The
   * rest keep their arrival and watchers.
   */
  revalidate(next: bigint, check: (tx: PooledTx) => TxValidity): void {
    const txs = [...this.byHash.values()].sort((a, b) => a.arrival - b.arrival);
    for (const tx of txs) this.remove(tx.xt.hash);
    for (const tx of txs) {
      if (tx.validTill < next) {
        this.ban(tx.xt.hash);
        for (const w of tx.watchers) w({ type: 'dropped' });
        continue;
      }
      let validity: TxValidity;
      try {
        validity = check(tx);
      } catch {
        this.ban(tx.xt.hash);
        for (const w of tx.watchers) w({ type: 'invalid' });
        continue;
      }
      const clash = validity.provides.some((tag) => this.byTag.has(tag));
      if (clash) {
        // Two pooled transactions now provide one tag (both were valid before): keep the earlier one.
        for (const w of tx.watchers) w({ type: 'dropped' });
        continue;
      }
      this.insert({ ...tx, ...validity });
    }
    this.enforceLimits(undefined);
  }

  // ------------------------------------------------------------------------------------------------

  private insert(tx: PooledTx): void {
    this.byHash.set(tx.xt.hash, tx);
    let sender = this.bySender.get(tx.signer);
    if (!sender) {
      sender = new Set();
      this.bySender.set(tx.signer, sender);
    }
    sender.add(tx);
    for (const tag of tx.requires) {
      let set = this.waiting.get(tag);
      if (!set) {
        set = new Set();
        this.waiting.set(tag, set);
      }
      set.add(tx);
    }
    for (const tag of tx.provides) this.byTag.set(tag, tx);
    this.futureBytes += tx.xt.bytes.length;
    this.promote(tx);
  }

  /** Makes `tx` Ready if every tag it requires is satisfied, then whatever waited on it. */
  private promote(first: PooledTx): void {
    const stack = [first];
    for (let tx = stack.pop(); tx; tx = stack.pop()) {
      if (this.readySet.has(tx) || !this.byHash.has(tx.xt.hash)) continue;
      const satisfied = tx.requires.every((tag) => {
        const provider = this.byTag.get(tag);
        return provider !== undefined && this.readySet.has(provider);
      });
      if (!satisfied) continue;
      this.readySet.add(tx);
      this.futureBytes -= tx.xt.bytes.length;
      this.readyBytes += tx.xt.bytes.length;
      if (!tx.announcedReady) {
        tx.announcedReady = true;
        for (const w of tx.watchers) w({ type: 'ready' });
      }
      for (const tag of tx.provides)
        if (this.byTag.get(tag) === tx) for (const d of this.waiting.get(tag) ?? []) stack.push(d);
    }
  }

  /** Moves `tx` and everything depending on it back to Future. */
  private demote(first: PooledTx): void {
    const stack = [first];
    for (let tx = stack.pop(); tx; tx = stack.pop()) {
      if (!this.readySet.delete(tx)) continue;
      this.readyBytes -= tx.xt.bytes.length;
      this.futureBytes += tx.xt.bytes.length;
      for (const tag of tx.provides)
        if (this.byTag.get(tag) === tx) for (const d of this.waiting.get(tag) ?? []) stack.push(d);
    }
  }

  /** Evicts the worst transactions until every limit holds; returns them (watchers told `dropped`). */
  private enforceLimits(sender: AccountId | undefined): PooledTx[] {
    const evicted: PooledTx[] = [];
    const evict = (candidates: Iterable<PooledTx>) => {
      let worst: PooledTx | undefined;
      for (const tx of candidates) if (!worst || worse(tx, worst)) worst = tx;
      if (!worst) return false;
      this.remove(worst.xt.hash);
      evicted.push(worst);
      for (const w of worst.watchers) w({ type: 'dropped' });
      return true;
    };
    const l = this.limits;
    const senders = sender === undefined ? [...this.bySender.keys()] : [sender];
    for (const s of senders)
      while ((this.bySender.get(s)?.size ?? 0) > l.perSender) evict(this.bySender.get(s) ?? []);
    while (this.readySet.size > l.readyCount || this.readyBytes > l.readyBytes) evict(this.readySet);
    while (this.futureCount > l.futureCount || this.futureBytes > l.futureBytes)
      evict([...this.byHash.values()].filter((t) => !this.readySet.has(t)));
    return evicted;
  }
}

/** A binary max-heap of transactions by (priority, older first). */
class TxHeap {
  private readonly items: PooledTx[] = [];

  push(tx: PooledTx): void {
    const a = this.items;
    a.push(tx);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(a[parent] as PooledTx, a[i] as PooledTx)) break;
      [a[parent], a[i]] = [a[i] as PooledTx, a[parent] as PooledTx];
      i = parent;
    }
  }

  pop(): PooledTx | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || !last) return top;
    a[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < a.length && worse(a[best] as PooledTx, a[l] as PooledTx)) best = l;
      if (r < a.length && worse(a[best] as PooledTx, a[r] as PooledTx)) best = r;
      if (best === i) break;
      [a[best], a[i]] = [a[i] as PooledTx, a[best] as PooledTx];
      i = best;
    }
    return top;
  }
}
