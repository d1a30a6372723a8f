/**
 * "My delegations": the selected account's total value (delegations, queued withdrawals, unclaimed owner
 * rewards) split by pool or vault; value and rewards charts from its history; its delegation NFTs (pool,
 * shares, value at today's share price, earnings, a withdrawing badge) with a withdraw form each; queued
 * withdrawals with countdowns and unlock actions; vesting (what is locked and when it frees); W-PHA
 * wrap/unwrap; and the CSV export when the history
 * API is present.
 */

import { useConnection } from '../api/api-context.js';
import { chainConstants } from '../api/chain-constants.js';
import { useHead } from '../api/chain-head.js';
import { useNowSecs } from '../api/chain-time.js';
import { useAccountHistory } from '../api/history.js';
import { useDelegations, usePoolIndex } from '../api/pools/use-pools.js';
import { poolHref } from '../app/router.js';
import { WithdrawForm } from '../delegation/withdraw-form.js';
import { formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { SectionBoundary } from '../ui/section-boundary.js';
import { Skeleton } from '../ui/skeleton.js';
import { Term } from '../ui/term.js';
import { useSelectedAccount } from '../wallet/wallet-context.js';
import { CsvExport } from './csv-export.js';
import { NftEarnings } from './nft-earnings.js';
import { useOwnerRewards } from './owner-rewards.js';
import { PortfolioCharts } from './portfolio-charts.js';
import { holdingsByPool } from './portfolio-model.js';
import { PortfolioSummary } from './portfolio-summary.js';
import { QueuedWithdrawals } from './queued-withdrawals.js';
import { VestingPanel } from './vesting-panel.js';
import { WrapForm } from './wrap-form.js';

export function PortfolioPage() {
  const { t, locale } = useLocale();
  const { api } = useConnection();
  const account = useSelectedAccount();
  const index = usePoolIndex();
  const delegations = useDelegations(account?.address);
  const now = useNowSecs();
  // the head's number: where the charts' last point (the value held now) stands
  const block = useHead()?.number;
  const history = useAccountHistory(account?.address);
  const ownerRewards = useOwnerRewards(account?.address, index.list);
  if (!account)
    return (
      <section>
        <h1>{t('portfolio.heading')}</h1>
        <p>{t('portfolio.connect')}</p>
      </section>
    );
  const nfts = delegations.data?.nfts ?? [];
  const queued = delegations.data?.queued ?? [];
  const holdings = holdingsByPool(nfts, queued, ownerRewards);
  // the cards in the summary table's order: by pool or vault, then NFT
  const cards = [...nfts].sort((a, b) => (a.pid === b.pid ? a.nftId - b.nftId : a.pid < b.pid ? -1 : 1));
  const graceSecs = chainConstants(api).gracePeriodSecs;
  return (
    <section data-testid="portfolio">
      <h1>{t('portfolio.heading')}</h1>
      {delegations.isLoading ? (
        <Skeleton shape="section" />
      ) : holdings.pools.length === 0 ? (
        <div className="empty card" data-testid="portfolio-empty">
          <p>{t('portfolio.empty')}</p>
          <a href="#/">{t('portfolio.browse')}</a>
        </div>
      ) : (
        <>
          <PortfolioSummary pools={holdings.pools} total={holdings.total} />
          <SectionBoundary>
            <PortfolioCharts
              available={history.available}
              records={history.data}
              nowMs={now * 1000}
              live={
                block === undefined
                  ? undefined
                  : { value: holdings.total.delegated + holdings.total.queued, block }
              }
            />
          </SectionBoundary>
          <ul className="nft-list">
            {cards.map((n) => {
              const pool = index.byPid.get(n.pid);
              const q = queued.find((x) => x.pid === n.pid);
              return (
                <li
                  key={`${n.cid}-${n.nftId}`}
                  className="card"
                  data-testid="nft-card"
                  data-pid={n.pid.toString()}
                >
                  <h3>{t('portfolio.nft', { cid: n.cid, nft: n.nftId })}</h3>
                  <dl className="stats">
                    <div>
                      <dt>{t(`pools.kind.${n.kind}`)}</dt>
                      <dd>
                        <a href={poolHref(n.kind, n.pid)}>#{n.pid.toString()}</a>
                      </dd>
                    </div>
                    <div>
                      <dt>
                        <Term term="share">{t('portfolio.shares')}</Term>
                      </dt>
                      <dd data-testid="nft-shares">{formatPha(n.shares, locale)}</dd>
                    </div>
                    <div>
                      <dt>{t('portfolio.value')}</dt>
                      <dd data-testid="nft-value" data-planck={n.value.toString()}>
                        {formatPha(n.value, locale)} PHA
                      </dd>
                    </div>
                  </dl>
                  <SectionBoundary>
                    <NftEarnings
                      pid={n.pid}
                      liveValue={n.value + (q?.value ?? 0n)}
                      queued={q}
                      records={history.data}
                      nowSecs={now}
                      graceSecs={graceSecs}
                    />
                  </SectionBoundary>
                  {pool && (
                    <WithdrawForm
                      nft={n}
                      pool={pool}
                      account={account}
                      wphaMinBalance={index.wphaMinBalance}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <SectionBoundary>
        <QueuedWithdrawals queued={queued} now={now} account={account} />
      </SectionBoundary>
      <SectionBoundary>
        <VestingPanel account={account} />
      </SectionBoundary>
      <SectionBoundary>
        <WrapForm account={account} />
      </SectionBoundary>
      <SectionBoundary>
        <CsvExport available={history.available} records={history.data} />
      </SectionBoundary>
    </section>
  );
}
