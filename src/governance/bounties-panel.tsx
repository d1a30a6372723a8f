/**
 * Bounties: each bounty's state machine as steps (proposed → approved → funded → curator proposed →
 * active → pending payout → claimed) with its curator, fee, deposit, update due and payout time, its child
 * bounties with theirs, and the actions the selected account may take in that state — a Council member
 * proposes the motion (approve, propose a curator, unassign, close), the proposed curator accepts or
 * declines, the curator awards, extends, adds child bounties or resigns, anyone claims after the payout
 * delay or removes a curator whose update is overdue. Anyone may propose a bounty (the bond is shown).
 */
import { useConnection } from '../api/api-context.js';
import type { Tx } from '../api/pools/calls.js';
import { AddressView } from '../ui/address-view.js';
import { formatCount, formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { Skeleton } from '../ui/skeleton.js';
import { TxStatus } from '../ui/tx-status.js';
import { type RunTx, useWalletTx } from '../ui/use-wallet-tx.js';
import { type BountyView, type ChildBountyView, treasuryConsts } from './chain/bounties-query.js';
import { useBounties, useCollective } from './chain/hooks.js';
import { bountyTx, childBountyTx, councilMotionTx, textBytes } from './chain/treasury-calls.js';
import type { GovKey } from './i18n/en.js';
import {
  BOUNTY_STEPS,
  type BountyAction,
  bountyActions,
  CHILD_STEPS,
  type ChildAction,
  childActions,
  type Viewer,
} from './model/treasury-steps.js';
import { ActionButton, ActionForm, type FieldSpec, type FieldValues, field, Steps } from './treasury-ui.js';
import { useBlocks } from './use-blocks.js';
import { GOV_MESSAGES, type GovT, useGovT } from './use-gov-t.js';

type Run = RunTx<GovKey>;

function BountyActions({
  b,
  viewer,
  members,
  run,
  busy,
}: {
  b: BountyView;
  viewer: Viewer;
  members: number;
  run: Run;
  busy: boolean;
}) {
  const t = useGovT();
  const { api } = useConnection();
  const i = b.index;
  const motion = (inner: Tx) => councilMotionTx(api, members, inner);
  const key = (a: BountyAction) => `bounty.action.${a}` as const;
  const params = { index: String(i) };
  const label = (a: BountyAction) => t(key(a), params);
  const button = (a: BountyAction, tx: () => Tx) => (
    <ActionButton
      key={a}
      label={label(a)}
      testId={`bounty-${i}-${a}`}
      disabled={busy}
      send={() => run(tx(), key(a), params)}
    />
  );
  const form = (a: BountyAction, fields: FieldSpec[], tx: (v: FieldValues) => Tx) => (
    <ActionForm
      key={a}
      testId={`bounty-${i}-${a}`}
      submit={label(a)}
      disabled={busy}
      fields={fields}
      build={(v) => run(tx(v), key(a), params)}
    />
  );
  return (
    <div className="actions">
      {bountyActions(b, viewer).map((a) => {
        switch (a) {
          case 'approve':
            return button(a, () => motion(bountyTx(api, 'approveBounty', i)));
          case 'reject':
          case 'cancel':
            return button(a, () => motion(bountyTx(api, 'closeBounty', i)));
          case 'withdrawCurator':
          case 'slashCurator':
            return button(a, () => motion(bountyTx(api, 'unassignCurator', i)));
          case 'accept':
            return button(a, () => bountyTx(api, 'acceptCurator', i));
          case 'decline':
          case 'resign':
          case 'removeInactive':
            return button(a, () => bountyTx(api, 'unassignCurator', i));
          case 'claim':
            return button(a, () => bountyTx(api, 'claimBounty', i));
          case 'proposeCurator':
            return form(
              a,
              [
                { name: 'curator', kind: 'address', label: t('bounty.field.curator') },
                { name: 'fee', kind: 'amount', label: t('bounty.field.fee') },
              ],
              (v) =>
                motion(bountyTx(api, 'proposeCurator', i, { Id: v.address.curator }, field(v.amount, 'fee'))),
            );
          case 'award':
            return form(
              a,
              [{ name: 'beneficiary', kind: 'address', label: t('bounty.field.beneficiary') }],
              (v) => bountyTx(api, 'awardBounty', i, { Id: v.address.beneficiary }),
            );
          case 'extend':
            return form(a, [{ name: 'remark', kind: 'text', label: t('bounty.field.remark') }], (v) =>
              bountyTx(api, 'extendBountyExpiry', i, textBytes(v.text.remark ?? '')),
            );
          case 'addChild':
            return form(
              a,
              [
                { name: 'value', kind: 'amount', label: t('bounty.field.value') },
                { name: 'description', kind: 'text', label: t('bounty.field.description') },
              ],
              (v) =>
                childBountyTx(
                  api,
                  'addChildBounty',
                  i,
                  field(v.amount, 'value'),
                  textBytes(v.text.description ?? ''),
                ),
            );
          default:
            return null;
        }
      })}
    </div>
  );
}

function ChildRow({
  c,
  parent,
  viewer,
  run,
  busy,
}: {
  c: ChildBountyView;
  parent: BountyView;
  viewer: Viewer;
  run: Run;
  busy: boolean;
}) {
  const t = useGovT();
  const { api } = useConnection();
  const { locale } = useLocale();
  const { until } = useBlocks();
  const ids = [parent.index, c.index] as const;
  const key = (a: ChildAction) => `child.action.${a}` as const;
  const params = { index: String(c.index) };
  const label = (a: ChildAction) => t(key(a), params);
  const parentCurator = parent.state === 'Active' ? parent.curator : undefined;
  const test = `child-${parent.index}-${c.index}`;
  return (
    <li data-testid={test}>
      <strong>{t('child.item', { index: c.index, description: c.description })}</strong>{' '}
      {t('child.value', { value: formatPha(c.value, locale), fee: formatPha(c.fee, locale) })}
      <Steps
        steps={CHILD_STEPS.map((s) => t(`child.step.${s}`))}
        current={CHILD_STEPS.indexOf(c.state)}
        label={t('child.steps')}
      />
      {c.curator && (
        <div>
          {t('bounty.curator')} <AddressView address={c.curator} />
        </div>
      )}
      {c.unlockAt !== undefined && (
        <p>{t('bounty.unlock', { block: formatCount(c.unlockAt, locale), left: until(c.unlockAt) })}</p>
      )}
      <div className="actions">
        {childActions(c, parentCurator, viewer).map((a) => {
          const button = (tx: () => Tx) => (
            <ActionButton
              key={a}
              label={label(a)}
              testId={`${test}-${a}`}
              disabled={busy}
              send={() => run(tx(), key(a), params)}
            />
          );
          switch (a) {
            case 'accept':
              return button(() => childBountyTx(api, 'acceptCurator', ...ids));
            case 'decline':
            case 'resign':
            case 'unassign':
              return button(() => childBountyTx(api, 'unassignCurator', ...ids));
            case 'close':
              return button(() => childBountyTx(api, 'closeChildBounty', ...ids));
            case 'claim':
              return button(() => childBountyTx(api, 'claimChildBounty', ...ids));
            case 'proposeCurator':
              return (
                <ActionForm
                  key={a}
                  testId={`${test}-${a}`}
                  submit={label(a)}
                  disabled={busy}
                  fields={[
                    { name: 'curator', kind: 'address', label: t('bounty.field.curator') },
                    { name: 'fee', kind: 'amount', label: t('bounty.field.fee') },
                  ]}
                  build={(v) =>
                    run(
                      childBountyTx(
                        api,
                        'proposeCurator',
                        ...ids,
                        { Id: v.address.curator },
                        field(v.amount, 'fee'),
                      ),
                      key(a),
                      params,
                    )
                  }
                />
              );
            case 'award':
              return (
                <ActionForm
                  key={a}
                  testId={`${test}-${a}`}
                  submit={label(a)}
                  disabled={busy}
                  fields={[{ name: 'beneficiary', kind: 'address', label: t('bounty.field.beneficiary') }]}
                  build={(v) =>
                    run(
                      childBountyTx(api, 'awardChildBounty', ...ids, { Id: v.address.beneficiary }),
                      key(a),
                      params,
                    )
                  }
                />
              );
            default:
              return null;
          }
        })}
      </div>
    </li>
  );
}

function BountyDetails({ b, t }: { b: BountyView; t: GovT }) {
  const { locale } = useLocale();
  const { api } = useConnection();
  const { now, until } = useBlocks();
  const period = treasuryConsts(api).spendPeriod;
  const nextSpend = period > 0n ? (now / period + 1n) * period : undefined;
  return (
    <>
      {b.state === 'Approved' && nextSpend !== undefined && (
        <p data-testid="funded-at">
          {t('bounty.fundedAt', { block: formatCount(nextSpend, locale), left: until(nextSpend) })}
        </p>
      )}
      <p>
        {t('bounty.value', { value: formatPha(b.value, locale) })}
        {b.fee > 0n && ` · ${t('bounty.fee', { fee: formatPha(b.fee, locale) })}`}
        {b.curatorDeposit > 0n &&
          ` · ${t('bounty.deposit', { deposit: formatPha(b.curatorDeposit, locale) })}`}
      </p>
      {b.curator && (
        <div data-testid="curator">
          {t('bounty.curator')} <AddressView address={b.curator} />
        </div>
      )}
      {b.beneficiary && (
        <div>
          {t('bounty.beneficiary')} <AddressView address={b.beneficiary} />
        </div>
      )}
      {b.updateDue !== undefined && (
        <p>{t('bounty.updateDue', { block: formatCount(b.updateDue, locale), left: until(b.updateDue) })}</p>
      )}
      {b.unlockAt !== undefined && (
        <p data-testid="unlock">
          {t('bounty.unlock', { block: formatCount(b.unlockAt, locale), left: until(b.unlockAt) })}
        </p>
      )}
    </>
  );
}

export function BountiesPanel() {
  const t = useGovT();
  const { api } = useConnection();
  const { locale } = useLocale();
  const { now, span } = useBlocks();
  const tx = useWalletTx(GOV_MESSAGES);
  const q = useBounties();
  const council = useCollective('council').data;
  const k = treasuryConsts(api);
  const me = tx.account?.address;
  const members = council?.members ?? [];
  const viewer: Viewer = {
    me: tx.signable ? me : undefined,
    council: !!me && tx.signable && members.includes(me),
    now,
  };
  const busy = tx.busy || !tx.signable;
  return (
    <section aria-label={t('bounties.title')} data-testid="bounties">
      <h2>{t('bounties.title')}</h2>
      <p>
        {t('bounties.rules', {
          min: formatPha(k.bountyValueMinimum, locale),
          delay: span(k.payoutDelay),
          update: span(k.updatePeriod),
        })}
      </p>
      {!q.data ? (
        <Skeleton shape="section" />
      ) : q.data.length === 0 ? (
        <p className="empty">{t('bounties.empty')}</p>
      ) : (
        <ul className="cards">
          {q.data.map((b) => (
            <li key={b.index} className="card" data-testid={`bounty-${b.index}`} data-state={b.state}>
              <h3>{t('bounty.item', { index: b.index, description: b.description })}</h3>
              <Steps
                steps={BOUNTY_STEPS.map((s) => t(`bounty.step.${s}`))}
                current={BOUNTY_STEPS.indexOf(b.state)}
                label={t('bounty.steps')}
              />
              <BountyDetails b={b} t={t} />
              <BountyActions b={b} viewer={viewer} members={members.length} run={tx.run} busy={busy} />
              {b.children.length > 0 && (
                <>
                  <h4>{t('child.title', { count: b.children.length })}</h4>
                  <ul>
                    {b.children.map((c) => (
                      <ChildRow key={c.index} c={c} parent={b} viewer={viewer} run={tx.run} busy={busy} />
                    ))}
                  </ul>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <TxStatus record={tx.record} />
      <div className="card" data-testid="propose-bounty">
        <h3>{t('bounties.propose')}</h3>
        <p>
          {t('bounties.bond', {
            base: formatPha(k.bountyDepositBase, locale),
            perByte: formatPha(k.dataDepositPerByte, locale),
          })}
        </p>
        <ActionForm
          testId="propose-bounty-form"
          submit={t('bounties.proposeSubmit')}
          disabled={busy}
          fields={[
            { name: 'value', kind: 'amount', label: t('bounty.field.value') },
            { name: 'description', kind: 'text', label: t('bounty.field.description') },
          ]}
          build={(v) =>
            tx.run(
              bountyTx(api, 'proposeBounty', field(v.amount, 'value'), textBytes(v.text.description ?? '')),
              'bounties.propose',
            )
          }
        />
      </div>
    </section>
  );
}
