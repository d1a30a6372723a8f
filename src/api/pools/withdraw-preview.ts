/**
 * What a `withdraw` will do before it is signed: the final Khala runtime's base pool semantics
 * (`try_withdraw` → `push_withdraw_in_queue` → `try_process_withdraw_queue`), replayed on the pool's
 * numbers. The account's own queued request is merged back into its NFT and replaced by the new one at
 * the back of the queue; then the queue is paid FIFO from the free stake while it exceeds the W-PHA
 * minimum balance — the requests ahead first, each partially when the free stake runs out
 * (`bdiv(free, price)` shares at the start price, paid `min(bmul(shares, price), free)` at the current
 * price), a remainder worth at most the W-PHA minimum balance burnt as dust, an NFT remainder of at most
 * 1,000 shares swept along. Pure, exact U64F64 arithmetic from the one fixed-point module.
 *
 * The result splits the requested value (the requested shares at the share price when the queue reaches
 * them — today's, unless requests ahead burnt as dust move it by a few planck) into what is
 * paid now (the exact transfer), what stays queued (the rest of the requested value, carried by
 * `queuedShares`), and, when the request leaves the queue, what is lost as dust or rounding:
 * `paidNow + queued + forfeited = requested` to the planck.
 */
import { bdiv, bmul, sharePrice, shareValue } from '../../primitives/fixed.js';

/** `balance_close_to_zero` of the base pool. */
const DUST_LIMIT = 1000n;

export interface QueuedRequest {
  user: string;
  shares: bigint;
}

export interface PreviewPool {
  totalValue: bigint;
  totalShares: bigint;
  freeStake: bigint;
  /** The withdraw queue, front first, with each request's shares. */
  queue: readonly QueuedRequest[];
}

export interface WithdrawPreview {
  /** Value of the requested shares at the price the queue reaches them at (planck). */
  requested: bigint;
  /** W-PHA transferred to the account by this call (its `Withdrawal` amount). */
  paidNow: bigint;
  /** Requested value still waiting in the queue. */
  queued: bigint;
  /** Shares of the account's request left in the queue (0 when it leaves the queue). */
  queuedShares: bigint;
  /** Value lost when the request leaves the queue with a dust remainder (and rounding). */
  forfeited: bigint;
  /** Value of the other requests ahead in the queue, and how much of it this call pays out. */
  ahead: bigint;
  paidAhead: bigint;
  /** Shares of the account's earlier request that this one replaces (0 when none). */
  replacedShares: bigint;
}

const extractDust = (n: bigint): bigint => (n <= DUST_LIMIT ? 0n : n);
const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/**
 * Replays `withdraw(shares)` by `account`; undefined when the pool has no shares (no price). The caller
 * validates `shares` (non-dust, at most the NFT's shares plus the account's queued shares).
 */
export function previewWithdraw(
  pool: PreviewPool,
  account: string,
  shares: bigint,
  wphaMinBalance: bigint,
): WithdrawPreview | undefined {
  let totalValue = pool.totalValue;
  let totalShares = pool.totalShares;
  const price0 = sharePrice(totalValue, totalShares);
  if (price0 === null) return undefined;
  const queue = pool.queue.filter((w) => w.user !== account).map((w) => ({ ...w, mine: false }));
  const replacedShares = pool.queue.filter((w) => w.user === account).reduce((s, w) => s + w.shares, 0n);
  const ahead = queue.reduce((s, w) => s + bmul(w.shares, price0), 0n);
  queue.push({ user: account, shares, mine: true });
  let free = pool.freeStake;
  let paidNow = 0n;
  let paidAhead = 0n;
  let mineLeft = false;
  /** The share price when the queue reaches the request (requests ahead paid or burnt first). */
  let priceAtMine: bigint | null = null;
  /** `maybe_remove_dust`: a request worth ≤ the W-PHA minimum balance leaves total_shares. */
  const removeDust = (s: bigint): boolean => {
    const p = sharePrice(totalValue, totalShares);
    if (p === null || bmul(s, p) > wphaMinBalance) return false;
    totalShares -= s;
    return true;
  };
  while (free > wphaMinBalance) {
    const w = queue[0];
    if (!w) break;
    if (w.mine && priceAtMine === null) priceAtMine = sharePrice(totalValue, totalShares);
    if (removeDust(w.shares)) {
      if (w.mine) mineLeft = true;
      queue.shift();
      continue;
    }
    const freeShares = price0 === 0n ? w.shares : bdiv(free, price0);
    const withdrawing = min(freeShares, w.shares);
    // remove_stake_from_nft
    const p = sharePrice(totalValue, totalShares);
    if (p === null) break;
    const amount = min(bmul(withdrawing, p), free);
    const rest = w.shares - withdrawing;
    const dust = rest <= DUST_LIMIT ? rest : 0n;
    free -= amount;
    totalValue = extractDust(totalValue - amount) > 0n ? totalValue - amount : 0n;
    totalShares -= withdrawing + dust;
    w.shares = rest - dust;
    if (w.mine) paidNow += amount;
    else paidAhead += amount;
    if (w.shares === 0n || removeDust(w.shares)) {
      if (w.mine) mineLeft = true;
      queue.shift();
    } else if (amount === 0n) break;
  }
  const mine = queue.find((w) => w.mine);
  const queuedShares = mineLeft || !mine ? 0n : mine.shares;
  const requested = bmul(shares, priceAtMine ?? sharePrice(totalValue, totalShares) ?? price0);
  const rest = requested - paidNow;
  return {
    requested,
    paidNow,
    queued: queuedShares > 0n ? rest : 0n,
    queuedShares,
    forfeited: queuedShares > 0n ? 0n : rest,
    ahead,
    paidAhead,
    replacedShares,
  };
}

/**
 * What the pool's free stake covers of its queue, front first: the requests it pays in full, and the
 * value it pays (the first uncovered request partially); `total` is the queue's value at today's price.
 */
export function queueCoverage(
  pool: PreviewPool,
  wphaMinBalance: bigint,
): { covered: number; coveredValue: bigint; total: bigint } {
  const price = sharePrice(pool.totalValue, pool.totalShares);
  if (price === null) return { covered: 0, coveredValue: 0n, total: 0n };
  let budget = pool.freeStake > wphaMinBalance ? pool.freeStake : 0n;
  let covered = 0;
  let coveredValue = 0n;
  let total = 0n;
  for (const w of pool.queue) {
    const v = bmul(w.shares, price);
    total += v;
    const pay = min(v, budget);
    if (pay === v && covered === pool.queue.indexOf(w)) covered++;
    budget -= pay;
    coveredValue += pay;
  }
  return { covered, coveredValue, total };
}

/** Each queued request's value at today's price (`shareValue`, as the pallet pays it), front first. */
export function requestValues(pool: PreviewPool): bigint[] {
  const price = sharePrice(pool.totalValue, pool.totalShares);
  return pool.queue.map((w) => shareValue(w.shares, price));
}
