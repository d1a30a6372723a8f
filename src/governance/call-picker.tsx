/**
 * The small call picker for a public proposal: a Treasury spend, a remark, or a parameter change (the
 * computation cool-down period). Returns the call's SCALE hex for the preimage. Every call here must be
 * one the Root origin can dispatch, since a passed referendum is enacted under Root: hence
 * `system.remark` (signed or Root), never `system.remarkWithEvent` (signed only: BadOrigin at enactment).
 * A spend's amount typed before a language switch keeps its value (ui/amount-locale.ts).
 */

import type { ApiPromise } from '@polkadot/api';
import { useId } from 'react';
import { useAmountFollowsLocale } from '../ui/amount-locale.js';
import { parsePha } from '../ui/format.js';
import type { Locale } from '../ui/i18n/i18n.js';
import { useGovT } from './use-gov-t.js';

export type CallKind = 'spend' | 'remark' | 'param';

export interface CallDraft {
  kind: CallKind;
  amount: string;
  beneficiary: string;
  remark: string;
  period: string;
}

export const EMPTY_DRAFT: CallDraft = { kind: 'remark', amount: '', beneficiary: '', remark: '', period: '' };

/** The call's hex, or undefined while the draft is incomplete. */
export function draftCallHex(api: ApiPromise, d: CallDraft, locale: Locale): string | undefined {
  try {
    if (d.kind === 'remark') return d.remark ? api.tx.system.remark(d.remark).method.toHex() : undefined;
    if (d.kind === 'spend') {
      const amount = parsePha(d.amount, locale);
      if (!amount || !d.beneficiary) return undefined;
      return api.tx.treasury.spend(amount, { Id: d.beneficiary }).method.toHex();
    }
    if (!/^\d+$/.test(d.period)) return undefined;
    return api.tx.phalaComputation.setCoolDownExpiration(BigInt(d.period)).method.toHex();
  } catch {
    return undefined;
  }
}

export function CallPicker({ draft, onChange }: { draft: CallDraft; onChange(d: CallDraft): void }) {
  const t = useGovT();
  const id = useId();
  const set = (patch: Partial<CallDraft>) => onChange({ ...draft, ...patch });
  useAmountFollowsLocale(draft.amount, (amount) => set({ amount }));
  const field = (name: keyof CallDraft, label: string, testId: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        data-testid={testId}
        value={draft[name]}
        onChange={(e) => set({ [name]: e.target.value })}
      />
    </div>
  );
  return (
    <fieldset>
      <legend>{t('propose.call')}</legend>
      <select
        aria-label={t('propose.call')}
        data-testid="call-kind"
        value={draft.kind}
        onChange={(e) => set({ kind: e.target.value as CallKind })}
      >
        <option value="remark">{t('propose.kind.remark')}</option>
        <option value="spend">{t('propose.kind.spend')}</option>
        <option value="param">{t('propose.kind.param')}</option>
      </select>
      {draft.kind === 'remark' && field('remark', t('propose.remark'), 'call-remark')}
      {draft.kind === 'spend' && (
        <>
          {field('amount', t('propose.amount'), 'call-amount')}
          {field('beneficiary', t('propose.beneficiary'), 'call-beneficiary')}
        </>
      )}
      {draft.kind === 'param' && field('period', t('propose.period'), 'call-period')}
    </fieldset>
  );
}
