/**
 * The explorer of stake pools and vaults, built to serve a decision: search, kind, minimum TVL / yield /
 * free stake, capacity, whitelist, "my delegations" and favourites filters (the search also finds owners
 * by the identity names shown, read for all owners in one request once the list is there); clickable
 * column headers that sort both ways; 20-row pages; every label explained by a tooltip. The whole view lives in the URL
 * (explorer-url.ts), so it can be shared. Filtering runs over the cached list (no RPC per keystroke); the
 * search is deferred so typing stays responsive with thousands of pools. On a phone the search stays in
 * view and the other filters fold behind a "Filters" button that counts the ones in use. A minimum amount
 * typed before a language switch keeps its value, written in the new language (ui/amount-locale.ts).
 */
import { type ReactNode, useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { poolYield } from '../api/pools/apr.js';
import type { PoolSummary } from '../api/pools/pool-model.js';
import { useDelegations, usePoolIndex } from '../api/pools/use-pools.js';
import { useAmountFollowsLocale } from '../ui/amount-locale.js';
import { formatCount, formatCountOf, formatPhaExact, parseAmount } from '../ui/format.js';
import type { MessageKey } from '../ui/i18n/en.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { Pagination } from '../ui/pagination.js';
import { PhoneDisclosure } from '../ui/phone-disclosure.js';
import { SortLabel } from '../ui/table-head.js';
import { Tip } from '../ui/tip.js';
import { useIdentityNames } from '../ui/use-identity.js';
import { useSelectedAccount } from '../wallet/wallet-context.js';
import { type ExplorerView, hashQuery, parseView, viewQuery } from './explorer-url.js';
import { useFavourites } from './favourites.js';
import { filterAndSort, paginate, type SortKey } from './pool-filters.js';
import { PoolRow } from './pool-row.js';

const PAGE_SIZE = 20;
const SORTS: SortKey[] = ['tvl', 'apr', 'commission', 'free', 'pid'];

/** APR for stake pools, APY for vaults (as a ratio), as the Phala App shows them. */
export function useYield(): (p: PoolSummary) => number | null {
  const index = usePoolIndex();
  return useMemo(() => {
    const cache = new Map<PoolSummary, number | null>();
    return (p) => {
      if (!cache.has(p)) cache.set(p, poolYield(p, index.apr(p)).value);
      return cache.get(p) ?? null;
    };
  }, [index]);
}

function SortHeader({
  col,
  label,
  tip,
  view,
  onSort,
  className = 'num',
}: {
  col: SortKey;
  label: string;
  tip: string;
  view: ExplorerView;
  onSort(col: SortKey): void;
  /** The column's class: numeric (right-aligned) unless told otherwise. */
  className?: string;
}) {
  const { t } = useLocale();
  const active = view.sort === col;
  const dir = active ? (view.descending ? 'descending' : 'ascending') : undefined;
  return (
    <th scope="col" aria-sort={dir ?? 'none'} className={className}>
      {/* a flex row, so a long label wraps within the room its "?" leaves (an inline button took it all) */}
      <span className="sort-head">
        <button
          type="button"
          className="sort"
          data-testid={`sort-${col}`}
          onClick={() => onSort(col)}
          aria-label={t('pools.sortBy', { column: label })}
        >
          <SortLabel label={label} arrow={active ? (view.descending ? '▼' : '▲') : '↕'} />
        </button>
        <Tip content={tip}>
          <span className="info" aria-hidden="true">
            ?
          </span>
        </Tip>
      </span>
    </th>
  );
}

function Plain({ label, tip, className }: { label: string; tip: string; className?: string }) {
  return (
    <th scope="col" className={className}>
      <Tip content={tip}>{label}</Tip>
    </th>
  );
}

function NumberFilter({
  label,
  value,
  onChange,
  testId,
  unit,
}: {
  label: string;
  value: string;
  onChange(v: string): void;
  testId: string;
  unit: string;
}): ReactNode {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <span className="with-unit">
        <input
          id={id}
          inputMode="decimal"
          data-testid={testId}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
        <span className="unit">{unit}</span>
      </span>
    </div>
  );
}

/** A labelled select of the filters: `options` are [value, label] pairs. */
function SelectFilter<V extends string>({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: V;
  options: readonly (readonly [V, string])[];
  onChange(v: V): void;
  testId: string;
}): ReactNode {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} data-testid={testId} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ExplorerPage() {
  const { t, locale } = useLocale();
  const index = usePoolIndex();
  const yieldOf = useYield();
  const account = useSelectedAccount();
  const delegations = useDelegations(account?.address).data;
  const [favourites, toggleFavourite] = useFavourites();
  const [view, setView] = useState<ExplorerView>(() => parseView(hashQuery(window.location.hash)));
  const phaInput = (planck: bigint | null): string => (planck === null ? '' : formatPhaExact(planck, locale));
  const [minTvlText, setMinTvlText] = useState(() => phaInput(view.minTvl));
  const [minFreeText, setMinFreeText] = useState(() => phaInput(view.minFree));
  useAmountFollowsLocale(minTvlText, setMinTvlText);
  useAmountFollowsLocale(minFreeText, setMinFreeText);
  const [minAprText, setMinAprText] = useState(() => (view.minApr === null ? '' : String(view.minApr)));
  const search = useDeferredValue(view.search);
  const searchId = useId();

  useEffect(() => {
    const q = viewQuery(view);
    const next = `#/${q ? `?${q}` : ''}`;
    if (window.location.hash !== next && window.location.hash.replace(/^#\/?/, '').split('?')[0] === '')
      window.history.replaceState(null, '', next);
  }, [view]);

  const mine = useMemo(
    () =>
      new Set([...(delegations?.nfts ?? []), ...(delegations?.queued ?? [])].map((n) => n.pid.toString())),
    [delegations],
  );
  const owners = useMemo(() => [...new Set(index.list.map((p) => p.owner))].sort(), [index.list]);
  const ownerNames = useIdentityNames(owners);
  const rows = useMemo(
    () => filterAndSort(index.list, { ...view, search, mine, favourites, ownerNames }, yieldOf),
    [index, view, search, mine, favourites, ownerNames, yieldOf],
  );
  const shown = paginate(rows, view.page, PAGE_SIZE);
  const update = (patch: Partial<ExplorerView>) => setView((v) => ({ ...v, ...patch, page: 0 }));
  const onSort = (col: SortKey) =>
    setView((v) => ({
      ...v,
      sort: col,
      descending: v.sort === col ? !v.descending : col !== 'pid',
      page: 0,
    }));
  const amountFilter = (text: string): bigint | null => {
    const r = parseAmount(text, locale);
    return r.ok ? r.planck : null;
  };
  const tip = (k: MessageKey) => t(k);
  /** A minimum PHA amount filter: the text as typed, the view's planck when it parses. */
  const amountField = (
    key: 'minTvl' | 'minFree',
    label: MessageKey,
    testId: string,
    text: string,
    setText: (v: string) => void,
  ) => (
    <NumberFilter
      label={t(label)}
      unit="PHA"
      testId={testId}
      value={text}
      onChange={(v) => {
        setText(v);
        update({ [key]: amountFilter(v) });
      }}
    />
  );
  /** The filters beside the search that narrow the list now (the phone's "Filters" button counts them). */
  const activeFilters = [
    view.kind !== 'all',
    view.minTvl !== null,
    view.minApr !== null,
    view.minFree !== null,
    view.hideWhitelisted,
    view.hasCapacity,
    view.mineOnly,
    view.favouritesOnly,
  ].filter(Boolean).length;

  return (
    <section className="page">
      <h1>{t('pools.heading')}</h1>
      <div className="controls card">
        <div className="filter grow">
          <label htmlFor={searchId}>{t('pools.search')}</label>
          <input
            id={searchId}
            type="search"
            data-testid="pool-search"
            value={view.search}
            onChange={(e) => update({ search: e.target.value })}
          />
        </div>
        <PhoneDisclosure
          label={
            activeFilters === 0
              ? t('pools.filters')
              : t('pools.filtersActive', { count: formatCount(activeFilters, locale) })
          }
          buttonClass="filters-button"
          panelClass="filters-panel"
          testId="filters-button"
        >
          <SelectFilter
            label={t('pools.filter.kind')}
            testId="pool-kind"
            value={view.kind}
            options={[
              ['all', t('pools.filter.all')],
              ['StakePool', t('pools.filter.stakePools')],
              ['Vault', t('pools.filter.vaults')],
            ]}
            onChange={(kind) => update({ kind })}
          />
          <SelectFilter
            label={t('pools.sort')}
            testId="pool-sort"
            value={view.sort}
            options={SORTS.map((s) => [s, t(`pools.sort.${s}`)])}
            onChange={(sort) => update({ sort })}
          />
          {amountField('minTvl', 'pools.filter.minTvl', 'min-tvl', minTvlText, setMinTvlText)}
          <NumberFilter
            label={t('pools.filter.minApr')}
            unit="%"
            testId="min-apr"
            value={minAprText}
            onChange={(v) => {
              setMinAprText(v);
              const n = Number(v.replace(',', '.'));
              update({ minApr: v.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : null });
            }}
          />
          {amountField('minFree', 'pools.filter.minFree', 'min-free', minFreeText, setMinFreeText)}
          <div className="checks">
            {(
              [
                ['hideWhitelisted', 'pools.filter.hideWhitelisted'],
                ['hasCapacity', 'pools.filter.hasCapacity'],
                ['mineOnly', 'pools.filter.mine'],
                ['favouritesOnly', 'pools.filter.favourites'],
              ] as const
            ).map(([key, label]) => (
              <label key={key}>
                <input
                  type="checkbox"
                  checked={view[key]}
                  onChange={(e) => update({ [key]: e.target.checked })}
                />
                {t(label)}
              </label>
            ))}
          </div>
        </PhoneDisclosure>
      </div>
      {index.isLoading ? (
        <div className="skeleton-table" aria-busy="true">
          <output className="visually-hidden">{t('common.loading')}</output>
          {Array.from({ length: 8 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <div key={i} className="skeleton skeleton-row" />
          ))}
        </div>
      ) : (
        <>
          <output data-testid="pool-count">{formatCountOf(rows.length, 'pool', locale)}</output>
          {rows.length === 0 ? (
            <div className="empty card">
              <p>{t('pools.empty')}</p>
            </div>
          ) : (
            <div className="table-wrap card">
              <table className="pools" data-testid="pool-table">
                <thead>
                  <tr>
                    <SortHeader
                      col="pid"
                      label={t('pools.col.pid')}
                      tip={tip('pools.tip.pid')}
                      view={view}
                      onSort={onSort}
                      className="col-pool"
                    />
                    <Plain label={t('pools.col.owner')} tip={tip('pools.tip.owner')} className="col-owner" />
                    <SortHeader
                      col="tvl"
                      label={t('pools.col.tvl')}
                      tip={tip('pools.tip.tvl')}
                      view={view}
                      onSort={onSort}
                    />
                    <SortHeader
                      col="apr"
                      label={t('pools.col.apr')}
                      tip={tip('pools.tip.apr')}
                      view={view}
                      onSort={onSort}
                    />
                    <SortHeader
                      col="commission"
                      label={t('pools.col.commission')}
                      tip={tip('pools.tip.commission')}
                      view={view}
                      onSort={onSort}
                    />
                    <SortHeader
                      col="free"
                      label={t('pools.col.free')}
                      tip={tip('pools.tip.free')}
                      view={view}
                      onSort={onSort}
                      className="num col-free"
                    />
                    <Plain label={t('pools.col.room')} tip={tip('pools.tip.room')} className="num" />
                    <Plain
                      label={t('pools.col.workers')}
                      tip={tip('pools.tip.workers')}
                      className="num col-workers"
                    />
                  </tr>
                </thead>
                <tbody>
                  {shown.items.map((p) => (
                    <PoolRow
                      key={p.pid.toString()}
                      pool={p}
                      yieldRatio={yieldOf(p)}
                      favourite={favourites.has(p.pid.toString())}
                      onFavourite={toggleFavourite}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination
            page={shown.page}
            pages={shown.pages}
            onPage={(page) => setView((v) => ({ ...v, page }))}
          />
        </>
      )}
    </section>
  );
}
