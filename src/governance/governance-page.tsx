/**
 * The governance section: `#/governance[/tab]` with Radix tabs (deep-linked, src/ui/route-tabs.tsx) for
 * referenda, proposals, my locks, delegation, Council, Technical Committee, Treasury, bounties, tips and the
 * multisig accounts with their pending calls, and `#/governance/referendum/<n>` for one referendum. The
 * shell passes the path segments after `governance`.
 */
import './governance.css';
import type { ReactNode } from 'react';
import { RouteTabs } from '../ui/route-tabs.js';
import { SectionBoundary } from '../ui/section-boundary.js';
import { BountiesPanel } from './bounties-panel.js';
import { CollectivePanel } from './collective-panel.js';
import { DelegationPanel } from './delegation-panel.js';
import { ElectionPanel } from './election-panel.js';
import { LocksPanel } from './locks-panel.js';
import { MultisigPanel } from './multisig-panel.js';
import { ProposalsPanel } from './proposals-panel.js';
import { ReferendaList } from './referenda-list.js';
import { ReferendumPage } from './referendum-page.js';
import { TipsPanel } from './tips-panel.js';
import { TreasuryPanel } from './treasury-panel.js';
import { UnlockReminder } from './unlock-reminder.js';
import { useGovT } from './use-gov-t.js';

const TABS = [
  'referenda',
  'proposals',
  'locks',
  'delegation',
  'council',
  'tc',
  'treasury',
  'bounties',
  'tips',
  'multisig',
] as const;
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
  const panel: Record<Tab, ReactNode> = {
    referenda: <ReferendaList />,
    proposals: <ProposalsPanel />,
    locks: <LocksPanel />,
    delegation: <DelegationPanel />,
    council: (
      <>
        <CollectivePanel section="council" />
        <SectionBoundary>
          <ElectionPanel />
        </SectionBoundary>
      </>
    ),
    tc: <CollectivePanel section="technicalCommittee" />,
    treasury: <TreasuryPanel />,
    bounties: <BountiesPanel />,
    tips: <TipsPanel />,
    multisig: <MultisigPanel />,
  };
  return (
    <div className="governance">
      <h1>{t('title')}</h1>
      <SectionBoundary>
        <UnlockReminder />
      </SectionBoundary>
      <RouteTabs
        label={t('tabs')}
        value={tab}
        href={(x) => `#/governance/${x}`}
        tabs={TABS.map((x) => ({
          value: x,
          label: t(`tab.${x}`),
          content: <SectionBoundary>{panel[x]}</SectionBoundary>,
        }))}
      />
    </div>
  );
}
