/**
 * The explorer of stake pools and vaults: search, kind and capacity filters, "my delegations", sort, and
 * 20-row pages. Filtering runs over the cached list (no RPC per keystroke); the search is deferred so
 * typing stays responsive with thousands of pools.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useDelegations, usePoolIndex } from '../api/pools/use-pools.js';
import { useT } from '../ui/i18n/i18n.js';
import { Pagination } from '../ui/pagination.js';
import { useSelectedAccount } from '../wallet/wallet-context.js';
import {
  DEFAULT_LIST_OPTIONS,
  filterAndSort,
  type ListOptions,
  paginate,
  type SortKey,
} from './pool-filters.js';
import { PoolRow } from './pool-row.js';

const PAGE_SIZE = 20;
const SORTS: SortKey[] = ['tvl', 'apr', 'commission', 'free', 'pid'];

export function ExplorerPage() {
  const t = useT();
  const index = usePoolIndex();
  const account = useSelectedAccount();
  const delegations = useDelegations(account?.address).data;
  const [opts, setOpts] = useState<ListOptions>(DEFAULT_LIST_OPTIONS);
  const [page, setPage] = useState(0);
  const search = useDeferredValue(opts.search);
  const ids = { search: useId(), sort: useId(), kind: useId() };

  const mine = useMemo(
    () =>
      new Set([...(delegations?.nfts ?? []), ...(delegations?.queued ?? [])].map((n) => n.pid.toString())),
    [delegations],
  );
  const rows = useMemo(
    () => filterAndSort(index.list, { ...opts, search, mine }, (p) => index.apr(p)),
    [index, opts, search, mine],
  );
  const shown = paginate(rows, page, PAGE_SIZE);
  const update = (patch: Partial<ListOptions>) => {
    setOpts((o) => ({ ...o, ...patch }));
    setPage(0);
  };

  return (
    <section>
      <h1>{t('pools.heading')}</h1>
      <div className="controls">
        <label htmlFor={ids.search}>{t('pools.search')}</label>
        <input
          id={ids.search}
          type="search"
          data-testid="pool-search"
          value={opts.search}
          onChange={(e) => update({ search: e.target.value })}
        />
        <label htmlFor={ids.kind}>{t('pools.filter.kind')}</label>
        <select
          id={ids.kind}
          value={opts.kind}
          onChange={(e) => update({ kind: e.target.value as ListOptions['kind'] })}
        >
          <option value="all">{t('pools.filter.all')}</option>
          <option value="StakePool">{t('pools.filter.stakePools')}</option>
          <option value="Vault">{t('pools.filter.vaults')}</option>
        </select>
        <label htmlFor={ids.sort}>{t('pools.sort')}</label>
        <select
          id={ids.sort}
          data-testid="pool-sort"
          value={opts.sort}
          onChange={(e) => update({ sort: e.target.value as SortKey })}
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`pools.sort.${s}`)}
            </option>
          ))}
        </select>
        <label>
          <input
            type="checkbox"
            checked={opts.hideWhitelisted}
            onChange={(e) => update({ hideWhitelisted: e.target.checked })}
          />
          {t('pools.filter.hideWhitelisted')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={opts.hasCapacity}
            onChange={(e) => update({ hasCapacity: e.target.checked })}
          />
          {t('pools.filter.hasCapacity')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={opts.mineOnly}
            onChange={(e) => update({ mineOnly: e.target.checked })}
          />
          {t('pools.filter.mine')}
        </label>
      </div>
      {index.isLoading ? (
        <output>{t('common.loading')}</output>
      ) : (
        <>
          <output data-testid="pool-count">{t('pools.count', { count: rows.length })}</output>
          {rows.length === 0 ? (
            <p>{t('pools.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="pools" data-testid="pool-table">
                <thead>
                  <tr>
                    <th scope="col">{t('pools.col.pid')}</th>
                    <th scope="col">{t('pools.col.kind')}</th>
                    <th scope="col">{t('pools.col.owner')}</th>
                    <th scope="col">{t('pools.col.tvl')}</th>
                    <th scope="col">{t('pools.col.apr')}</th>
                    <th scope="col">{t('pools.col.commission')}</th>
                    <th scope="col">{t('pools.col.free')}</th>
                    <th scope="col">{t('pools.col.capacity')}</th>
                    <th scope="col">{t('pools.col.workers')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.items.map((p) => (
                    <PoolRow key={p.pid.toString()} pool={p} apr={index.apr(p)} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination page={shown.page} pages={shown.pages} onPage={setPage} />
        </>
      )}
    </section>
  );
}
