/**
 * One stake pool's console: key numbers, who may act (the owner's signing account, or a proxy of the owner
 * signing `proxy.proxy` — ui/signing-identity.tsx — gets actions enabled; anyone else sees why), and its
 * sections as Radix tabs deep-linked as `#/operator/<pid>[/settings|/rewards|/queue]` — workers and their
 * monitor, settings, owner rewards, withdraw-queue pressure.
 */
import type { ReactNode } from 'react';
import type { PoolSummary } from '../../api/pools/pool-model.js';
import { AddressView } from '../../ui/address-view.js';
import { formatApr, formatPermill, formatPha } from '../../ui/format.js';
import { useLocale } from '../../ui/i18n/i18n.js';
import { RouteTabs } from '../../ui/route-tabs.js';
import { SectionBoundary } from '../../ui/section-boundary.js';
import { SigningIdentityScope, useOwnerIdentity } from '../../ui/signing-identity.js';
import { useWalletTx } from '../../ui/use-wallet-tx.js';
import { OwnerRewards } from './owner-rewards.js';
import { QueuePressure } from './queue-pressure.js';
import { SettingsPanel } from './settings-panel.js';
import { OP_MESSAGES, useOpT } from './use-op-t.js';
import { WorkersPanel } from './workers-panel.js';

const sections = ['workers', 'settings', 'rewards', 'queue'] as const;
type Section = (typeof sections)[number];

export function PoolConsole({
  pool,
  apr,
  tab,
}: {
  pool: PoolSummary;
  apr: number | null;
  /** The section segment of the route, if any. */
  tab?: string | undefined;
}) {
  const t = useOpT();
  const { locale } = useLocale();
  const { account, signable } = useWalletTx(OP_MESSAGES);
  const identity = useOwnerIdentity(pool.owner);
  const canAct = identity.kind !== 'none' && signable;
  const pid = pool.pid.toString();
  const current: Section = sections.find((x) => x === tab) ?? 'workers';
  const panel: Record<Section, ReactNode> = {
    workers: <WorkersPanel pool={pool} canAct={canAct} />,
    settings: <SettingsPanel pool={pool} canAct={canAct} />,
    rewards: <OwnerRewards pool={pool} canAct={canAct} />,
    queue: <QueuePressure pool={pool} />,
  };
  return (
    <SigningIdentityScope identity={identity}>
      <article
        data-testid="operator-console"
        data-can-act={canAct ? 'yes' : 'no'}
        data-signing-as={identity.kind}
      >
        <p>
          <a href="#/operator">{t('back')}</a>
        </p>
        <h1>{t('console.title', { pid })}</h1>
        <dl className="stats" data-testid="operator-stats">
          <div>
            <dt>{t('stats.owner')}</dt>
            <dd>
              <AddressView address={pool.owner} />
            </dd>
          </div>
          <div>
            <dt>{t('stats.value')}</dt>
            <dd data-planck={pool.totalValue.toString()}>{formatPha(pool.totalValue, locale)} PHA</dd>
          </div>
          <div>
            <dt>{t('stats.free')}</dt>
            <dd data-testid="free-stake" data-planck={pool.freeStake.toString()}>
              {formatPha(pool.freeStake, locale)} PHA
            </dd>
          </div>
          <div>
            <dt>{t('stats.commission')}</dt>
            <dd>{formatPermill(pool.commission, locale)}</dd>
          </div>
          <div>
            <dt>{t('stats.cap')}</dt>
            <dd>{pool.cap === null ? t('stats.noCap') : `${formatPha(pool.cap, locale)} PHA`}</dd>
          </div>
          <div>
            <dt>{t('stats.apr')}</dt>
            <dd>{formatApr(apr, locale)}</dd>
          </div>
        </dl>
        <p>
          <a href={`#/pool/${pid}`}>{t('console.publicPage')}</a>
        </p>
        {!canAct && (
          <p className="notice" role="note" data-testid="owner-only">
            {!account ? t('selectAccount') : !signable ? t('needSigner') : t('ownerOnly')}
          </p>
        )}
        <RouteTabs
          label={t('console.sections')}
          value={current}
          href={(x) => `#/operator/${pid}${x === 'workers' ? '' : `/${x}`}`}
          tabs={sections.map((x) => ({
            value: x,
            label: t(`console.tab.${x}`),
            content: <SectionBoundary>{panel[x]}</SectionBoundary>,
          }))}
        />
      </article>
    </SigningIdentityScope>
  );
}
