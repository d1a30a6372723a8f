/**
 * The explorer's view in the URL, so a view can be shared: `#/?sort=apr&dir=asc&kind=Vault&minTvl=1000&
 * minApr=10&minFree=50&q=words&fav=1&hideWl=1&cap=1&mine=1&page=2`. Amounts are plain PHA decimals
 * ("1000.5"), APR a percentage; unknown or malformed values fall back to the defaults. Pure.
 */
import { planckToDecimal } from '../primitives/planck.js';
import { parseAmount } from '../ui/format.js';
import { DEFAULT_LIST_OPTIONS, type ListOptions, type SortKey } from './pool-filters.js';

export type ExplorerView = Omit<ListOptions, 'mine' | 'favourites' | 'ownerNames'> & { page: number };

const SORTS: readonly SortKey[] = ['tvl', 'apr', 'commission', 'free', 'pid'];

export const DEFAULT_VIEW: ExplorerView = (() => {
  const { mine: _m, favourites: _f, ownerNames: _n, ...rest } = DEFAULT_LIST_OPTIONS;
  return { ...rest, page: 0 };
})();

/** The query part of a hash route ("#/?a=1" → "a=1"). */
export const hashQuery = (hash: string): string => hash.split('?')[1] ?? '';

const pha = (v: string | null): bigint | null => {
  if (v === null) return null;
  const r = parseAmount(v, 'en');
  return r.ok && !v.includes(',') ? r.planck : null;
};

export function parseView(query: string): ExplorerView {
  const q = new URLSearchParams(query);
  const sort = q.get('sort');
  const kind = q.get('kind');
  const apr = Number(q.get('minApr'));
  const page = Number(q.get('page'));
  return {
    search: q.get('q') ?? '',
    kind: kind === 'StakePool' || kind === 'Vault' ? kind : 'all',
    hideWhitelisted: q.get('hideWl') === '1',
    hasCapacity: q.get('cap') === '1',
    mineOnly: q.get('mine') === '1',
    favouritesOnly: q.get('fav') === '1',
    minTvl: pha(q.get('minTvl')),
    minFree: pha(q.get('minFree')),
    minApr: q.has('minApr') && Number.isFinite(apr) && apr >= 0 ? apr : null,
    sort: SORTS.find((s) => s === sort) ?? DEFAULT_VIEW.sort,
    descending: q.get('dir') !== 'asc',
    page: Number.isSafeInteger(page) && page > 1 ? page - 1 : 0,
  };
}

const phaText = (planck: bigint): string => planckToDecimal(planck);

export function viewQuery(v: ExplorerView): string {
  const q = new URLSearchParams();
  if (v.sort !== DEFAULT_VIEW.sort) q.set('sort', v.sort);
  if (!v.descending) q.set('dir', 'asc');
  if (v.kind !== 'all') q.set('kind', v.kind);
  if (v.minTvl !== null) q.set('minTvl', phaText(v.minTvl));
  if (v.minApr !== null) q.set('minApr', String(v.minApr));
  if (v.minFree !== null) q.set('minFree', phaText(v.minFree));
  if (v.search) q.set('q', v.search);
  if (v.favouritesOnly) q.set('fav', '1');
  if (v.hideWhitelisted) q.set('hideWl', '1');
  if (v.hasCapacity) q.set('cap', '1');
  if (v.mineOnly) q.set('mine', '1');
  if (v.page > 0) q.set('page', String(v.page + 1));
  return q.toString();
}
