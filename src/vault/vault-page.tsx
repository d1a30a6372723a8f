/**
 * A vault's page (`#/vault/<pid>[/pools|/queue]`): the shared pool page with the stake pools the vault
 * invests in as its own tab — each with the vault's position there (its NFT at the pool's price, read as a
 * delegator's are) and the pool's estimated APR.
 */
import type { PoolSummary } from '../api/pools/pool-model.js';
import { useDelegations, usePoolIndex } from '../api/pools/use-pools.js';
import { PoolPageLayout } from '../delegation/pool-page-layout.js';
import { formatApr, formatPha } from '../ui/format.js';
import { useLocale, useT } from '../ui/i18n/i18n.js';
import { TableHead } from '../ui/table-head.js';

function InvestPools({ vault }: { vault: PoolSummary }) {
  const { t, locale } = useLocale();
  const index = usePoolIndex();
  const positions = useDelegations(vault.poolAccount).data?.nfts;
  return (
    <section className="card">
      <h3>{t('pool.investPools')}</h3>
      {vault.investPools.length === 0 ? (
        <p className="empty">{t('pool.noInvestPools')}</p>
      ) : (
        <div className="table-wrap">
          <table className="cards-on-phone" data-testid="invest-pools">
            <TableHead
              columns={[
                { label: t('pool.investPool') },
                { label: t('pool.investPosition'), num: true },
                { label: t('pool.investApr'), num: true },
              ]}
            />
            <tbody>
              {vault.investPools.map((pid) => {
                const pool = index.byPid.get(pid);
                const value = positions?.filter((n) => n.pid === pid).reduce((s, n) => s + n.value, 0n);
                return (
                  <tr key={pid.toString()} data-testid="invest-pool" data-pid={pid.toString()}>
                    <td>
                      <a href={`#/pool/${pid}`}>#{pid.toString()}</a>
                    </td>
                    <td className="num" data-label={t('pool.investPosition')} data-planck={value?.toString()}>
                      {value === undefined ? '–' : `${formatPha(value, locale)} PHA`}
                    </td>
                    <td className="num" data-label={t('pool.investApr')}>
                      {formatApr(pool ? index.apr(pool) : null, locale)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function VaultPage({ pid, tab }: { pid: bigint; tab?: string | undefined }) {
  const t = useT();
  return (
    <PoolPageLayout
      kind="Vault"
      pid={pid}
      tab={tab}
      members={{
        value: 'pools',
        label: t('pool.investPools'),
        render: (vault) => <InvestPools vault={vault} />,
      }}
    />
  );
}
