/**
 * The explorer's list logic, pure and fast for thousands of pools: search (pid, owner address, words of
 * the description and of the owner's identity name), filters (kind, hide whitelist-only, has capacity, my delegations, favourites, minimum
 * TVL / yield / free stake), sort (yield, TVL, commission, free stake, pid; both ways) and pagination.
 * The yield is APR for stake pools and APY for vaults, as a ratio.
 */
import { capacityLeft, type PoolKind, type PoolSummary } from '../api/pools/pool-model.js';

export type SortKey = 'apr' | 'tvl' | 'commission' | 'free' | 'pid';

export interface ListOptions {
  search: string;
  kind: PoolKind | 'all';
  hideWhitelisted: boolean;
  hasCapacity: boolean;
  mineOnly: boolean;
  favouritesOnly: boolean;
  /** Minimum TVL and free stake (planck), minimum yield (percent); null = no minimum. */
  minTvl: bigint | null;
  minFree: bigint | null;
  minApr: number | null;
  /** Pools (by pid string) the selected account delegates to. */
  mine: ReadonlySet<string>;
  /** Pools (by pid string) marked as favourites. */
  favourites: ReadonlySet<string>;
  /** Owners' on-chain identity names by address (those known so far), searched like the description. */
  ownerNames: ReadonlyMap<string, string>;
  sort: SortKey;
  descending: boolean;
}

export const DEFAULT_LIST_OPTIONS: ListOptions = {
  search: '',
  kind: 'all',
  hideWhitelisted: false,
  hasCapacity: false,
  mineOnly: false,
  favouritesOnly: false,
  minTvl: null,
  minFree: null,
  minApr: null,
  mine: new Set(),
  favourites: new Set(),
  ownerNames: new Map(),
  sort: 'tvl',
  descending: true,
};

export function matchesSearch(
  pool: PoolSummary,
  search: string,
  ownerNames: ReadonlyMap<string, string>,
): boolean {
  const q = search.trim().toLowerCase();
  if (!q) return true;
  const id = q.startsWith('#') ? q.slice(1) : q;
  if (/^\d+$/.test(id) && pool.pid.toString() === id) return true;
  if (pool.owner.toLowerCase() === q || (q.length >= 4 && pool.owner.toLowerCase().startsWith(q)))
    return true;
  const words = q.split(/\s+/);
  const text = `${pool.description}\n${ownerNames.get(pool.owner) ?? ''}`.toLowerCase();
  return words.every((w) => text.includes(w));
}

const cmpBig = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

export function filterAndSort(
  pools: readonly PoolSummary[],
  o: ListOptions,
  aprOf: (p: PoolSummary) => number | null,
): PoolSummary[] {
  const yields = new Map<PoolSummary, number>();
  const yieldOf = (p: PoolSummary): number => {
    let y = yields.get(p);
    if (y === undefined) {
      y = aprOf(p) ?? -1;
      yields.set(p, y);
    }
    return y;
  };
  const minYield = o.minApr === null ? null : o.minApr / 100;
  const out = pools.filter(
    (p) =>
      (o.kind === 'all' || p.kind === o.kind) &&
      (!o.hideWhitelisted || p.whitelist === null) &&
      (!o.hasCapacity || (capacityLeft(p) ?? 1n) > 0n) &&
      (!o.mineOnly || o.mine.has(p.pid.toString())) &&
      (!o.favouritesOnly || o.favourites.has(p.pid.toString())) &&
      (o.minTvl === null || p.totalValue >= o.minTvl) &&
      (o.minFree === null || p.freeStake >= o.minFree) &&
      (minYield === null || yieldOf(p) >= minYield) &&
      matchesSearch(p, o.search, o.ownerNames),
  );
  let key: (p: PoolSummary) => number | bigint;
  switch (o.sort) {
    case 'apr':
      key = yieldOf;
      break;
    case 'tvl':
      key = (p) => p.totalValue;
      break;
    case 'commission':
      key = (p) => p.commission;
      break;
    case 'free':
      key = (p) => p.freeStake;
      break;
    default:
      key = (p) => p.pid;
  }
  const dir = o.descending ? -1 : 1;
  return out.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    const c = typeof ka === 'bigint' && typeof kb === 'bigint' ? cmpBig(ka, kb) : Number(ka) - Number(kb);
    return c === 0 ? cmpBig(a.pid, b.pid) : c * dir;
  });
}

export function paginate<T>(
  items: readonly T[],
  page: number,
  size: number,
): { items: T[]; pages: number; page: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const p = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(p * size, p * size + size), pages, page: p };
}
