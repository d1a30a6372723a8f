/**
 * Tips: each open tip's state machine as steps (collecting tips → countdown → ready to close → paid), who
 * it is for, who found it and the deposit, while collecting how many tips of the count that starts the
 * countdown are in, the tippers' values and the median it would pay now (less the finder's fee, or said to
 * have none when a Council member opened it), and the actions of the selected account: a tipper (Council member) tips, the finder
 * retracts, anyone closes once the countdown is over, a Council member proposes the motion to slash.
 * Anyone may report an awesome account (the deposit is shown); a tipper may open a tip with a value.
 */
import { useConnection } from '../api/api-context.js';
import type { Tx } from '../api/pools/calls.js';
import { AddressView } from '../ui/address-view.js';
import { formatCount, formatPha, formatWholePercent } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { Skeleton } from '../ui/skeleton.js';
import { TxStatus } from '../ui/tx-status.js';
import { useWalletTx } from '../ui/use-wallet-tx.js';
import { type TipView, treasuryConsts } from './chain/bounties-query.js';
import { useCollective, useTips } from './chain/hooks.js';
import { councilMotionTx, textBytes, tipTx } from './chain/treasury-calls.js';
import { TIP_STEPS, type TipAction, tipActions, tipMedian, tipState } from './model/treasury-steps.js';
import { ActionButton, ActionForm, field, Steps } from './treasury-ui.js';
import { useBlocks } from './use-blocks.js';
import { GOV_MESSAGES, useGovT } from './use-gov-t.js';

function TipRow({ tip, members }: { tip: TipView; members: string[] }) {
  const t = useGovT();
  const { api } = useConnection();
  const { locale } = useLocale();
  const { now, until } = useBlocks();
  const tx = useWalletTx(GOV_MESSAGES);
  const k = treasuryConsts(api);
  const me = tx.signable ? tx.account?.address : undefined;
  const isMember = !!me && members.includes(me);
  const state = tipState(tip, now);
  const active = tip.tips.filter((x) => members.includes(x.tipper));
  const median = tipMedian(active.map((x) => x.value));
  const fee =
    median !== undefined && tip.findersFee && tip.finder !== tip.who
      ? (median * BigInt(k.tipFindersFee)) / 100n
      : 0n;
  const test = `tip-${tip.hash.slice(2, 10)}`;
  const key = (a: TipAction) => `tip.action.${a}` as const;
  const busy = tx.busy || !tx.signable;
  const button = (a: TipAction, build: () => Tx) => (
    <ActionButton
      key={a}
      label={t(key(a))}
      testId={`${test}-${a}`}
      disabled={busy}
      send={() => tx.run(build(), key(a))}
    />
  );
  return (
    <li className="card" data-testid={test} data-state={state}>
      <h3>{tip.reason}</h3>
      <Steps
        steps={TIP_STEPS.map((s) => t(`tip.step.${s}`))}
        current={TIP_STEPS.indexOf(state)}
        label={t('tip.steps')}
      />
      <div>
        {t('tip.for')} <AddressView address={tip.who} />
      </div>
      <div>
        {t('tip.finder')} <AddressView address={tip.finder} />
        {tip.deposit > 0n && ` ${t('tip.deposit', { deposit: formatPha(tip.deposit, locale) })}`}
      </div>
      {tip.closes !== null && (
        <p>{t('tip.closes', { block: formatCount(tip.closes, locale), left: until(tip.closes) })}</p>
      )}
      {state === 'Open' && (
        <p data-testid="tip-progress">
          {t('tip.progress', {
            n: formatCount(tip.tips.length, locale),
            // pallet_tips: the countdown starts once (tippers + 1) / 2 have tipped
            needed: formatCount(Math.floor((members.length + 1) / 2), locale),
          })}
        </p>
      )}
      <ul>
        {tip.tips.map((x) => (
          <li key={x.tipper}>
            <AddressView address={x.tipper} /> {formatPha(x.value, locale)} PHA
          </li>
        ))}
      </ul>
      {median !== undefined && (
        <p data-testid="tip-median">
          {tip.findersFee
            ? t('tip.median', { payout: formatPha(median - fee, locale), fee: formatPha(fee, locale) })
            : t('tip.medianNoFinder', { payout: formatPha(median, locale) })}
        </p>
      )}
      <div className="actions">
        {tipActions(tip, { me, council: isMember, tipper: isMember, now }).map((a) => {
          switch (a) {
            case 'tip':
              return (
                <ActionForm
                  key={a}
                  testId={`${test}-tip`}
                  submit={t(key(a))}
                  disabled={busy}
                  fields={[{ name: 'value', kind: 'amount', label: t('tip.value') }]}
                  build={(v) => tx.run(tipTx(api, 'tip', tip.hash, field(v.amount, 'value')), key(a))}
                />
              );
            case 'retract':
              return button(a, () => tipTx(api, 'retractTip', tip.hash));
            case 'close':
              return button(a, () => tipTx(api, 'closeTip', tip.hash));
            case 'slash':
              return button(a, () => councilMotionTx(api, members.length, tipTx(api, 'slashTip', tip.hash)));
            default:
              return null;
          }
        })}
      </div>
      <TxStatus record={tx.record} />
    </li>
  );
}

export function TipsPanel() {
  const t = useGovT();
  const { api } = useConnection();
  const { locale } = useLocale();
  const { span } = useBlocks();
  const tx = useWalletTx(GOV_MESSAGES);
  const q = useTips();
  const members = useCollective('council').data?.members ?? [];
  const k = treasuryConsts(api);
  const me = tx.account?.address;
  const isTipper = !!me && tx.signable && members.includes(me);
  const busy = tx.busy || !tx.signable;
  return (
    <section aria-label={t('tips.title')} data-testid="tips">
      <h2>{t('tips.title')}</h2>
      <p>
        {t('tips.rules', {
          countdown: span(k.tipCountdown),
          fee: formatWholePercent(k.tipFindersFee, locale),
        })}
      </p>
      {!q.data ? (
        <Skeleton shape="section" />
      ) : q.data.length === 0 ? (
        <p className="empty">{t('tips.empty')}</p>
      ) : (
        <ul className="cards">
          {q.data.map((tip) => (
            <TipRow key={tip.hash} tip={tip} members={members} />
          ))}
        </ul>
      )}
      <div className="card" data-testid="report-awesome">
        <h3>{t('tips.report')}</h3>
        <p>
          {t('tips.deposit', {
            base: formatPha(k.tipReportDepositBase, locale),
            perByte: formatPha(k.dataDepositPerByte, locale),
          })}
        </p>
        <ActionForm
          testId="report-awesome-form"
          submit={t('tips.reportSubmit')}
          disabled={busy}
          fields={[
            { name: 'who', kind: 'address', label: t('tip.for') },
            { name: 'reason', kind: 'text', label: t('tip.reason') },
          ]}
          build={(v) =>
            tx.run(
              tipTx(api, 'reportAwesome', textBytes(v.text.reason ?? ''), { Id: v.address.who }),
              'tips.report',
            )
          }
        />
        {isTipper && (
          <ActionForm
            testId="tip-new-form"
            submit={t('tips.newSubmit')}
            disabled={busy}
            fields={[
              { name: 'who', kind: 'address', label: t('tip.for') },
              { name: 'reason', kind: 'text', label: t('tip.reason') },
              { name: 'value', kind: 'amount', label: t('tip.value') },
            ]}
            build={(v) =>
              tx.run(
                tipTx(
                  api,
                  'tipNew',
                  textBytes(v.text.reason ?? ''),
                  { Id: v.address.who },
                  field(v.amount, 'value'),
                ),
                'tips.newSubmit',
              )
            }
          />
        )}
        <TxStatus record={tx.record} />
      </div>
    </section>
  );
}
