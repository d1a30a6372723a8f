/**
 * The governance section: `#/governance[/tab]` with tabs for referenda, proposals, my locks, delegation,
 * Council, Technical Committee and Treasury, and `#/governance/referendum/<n>` for one referendum. The
 * shell passes the path segments after `governance`.
 */
import './governance.css';
import { SectionBoundary } from '../ui/section-boundary.js';
import { CollectivePanel } from './collective-panel.js';
import { DelegationPanel } from './delegation-panel.js';
import { LocksPanel } from './locks-panel.js';
import { ProposalsPanel } from './proposals-panel.js';
import { ReferendaList } from './referenda-list.js';
import { ReferendumPage } from './referendum-page.js';
import { TreasuryPanel } from './treasury-panel.js';
import { UnlockReminder } from './unlock-reminder.js';
import { useGovT } from './use-gov-t.js';

const TABS = ['referenda', 'proposals', 'locks', 'delegation', 'council', 'tc', 'treasury'] as const;
type Tab = (typeof TABS)[number];

export function GovernancePage({ path = [] }: { path?: readonly string[] }) {
  const t = useGovT();
  const [head, id] = path;
  if (head === 'referendum' && id && /^\d+$/.test(id))
    return (
      <div className="governance">
        <SectionBoundary>
          <ReferendumPage index={Number(id)} />
        </SectionBoundary>
      </div>
    );
  const tab: Tab = TABS.find((x) => x === head) ?? 'referenda';
  return (
    <div className="governance">
      <h1>{t('title')}</h1>
      <nav aria-label={t('tabs')} className="tabs">
        {TABS.map((x) => (
          <a key={x} href={`#/governance/${x}`} aria-current={x === tab ? 'page' : undefined}>
            {t(`tab.${x}`)}
          </a>
        ))}
      </nav>
      <SectionBoundary>
        <UnlockReminder />
      </SectionBoundary>
      <SectionBoundary>{tab === 'referenda' && <ReferendaList />}</SectionBoundary>
      <SectionBoundary>{tab === 'proposals' && <ProposalsPanel />}</SectionBoundary>
      <SectionBoundary>{tab === 'locks' && <LocksPanel />}</SectionBoundary>
      <SectionBoundary>{tab === 'delegation' && <DelegationPanel />}</SectionBoundary>
      <SectionBoundary>{tab === 'council' && <CollectivePanel section="council" />}</SectionBoundary>
      <SectionBoundary>{tab === 'tc' && <CollectivePanel section="technicalCommittee" />}</SectionBoundary>
      <SectionBoundary>{tab === 'treasury' && <TreasuryPanel />}</SectionBoundary>
    </div>
  );
}
