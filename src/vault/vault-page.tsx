/**
 * A vault's page (`#/vault/<pid>[/pools|/queue]`): the shared pool page with the stake pools the vault
 * invests in as its own tab.
 */
import type { PoolSummary } from '../api/pools/pool-model.js';
import { PoolPageLayout } from '../delegation/pool-page-layout.js';
import { useT } from '../ui/i18n/i18n.js';

function InvestPools({ vault }: { vault: PoolSummary }) {
  const t = useT();
  return (
    <section className="card">
      <h3>{t('pool.investPools')}</h3>
      {vault.investPools.length === 0 ? (
        <p className="empty">{t('pool.noInvestPools')}</p>
      ) : (
        <ul>
          {vault.investPools.map((p) => (
            <li key={p.toString()}>
              <a href={`#/pool/${p}`}>#{p.toString()}</a>
            </li>
          ))}
        </ul>
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
