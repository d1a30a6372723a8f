/**
 * Pieces shared by the bounties and tips pages: a state machine drawn as numbered steps (done, current,
 * to come; the current one marked `aria-current="step"`), and a small inline action form whose fields are
 * an address, a PHA amount (parsed in the active locale; typed before a language switch, it keeps its value
 * written in the new language: ui/amount-locale.ts) or a text, submitted as one transaction.
 */
import { isAddress } from '@polkadot/util-crypto';
import { type FormEvent, useId, useState } from 'react';
import { useAmountFollowsLocale } from '../ui/amount-locale.js';
import { parsePha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { useGovT } from './use-gov-t.js';

export function Steps({
  steps,
  current,
  label,
}: {
  steps: readonly string[];
  current: number;
  label: string;
}) {
  return (
    <ol className="steps" aria-label={label} data-testid="steps">
      {steps.map((s, i) => (
        <li
          key={s}
          className={i < current ? 'done' : i === current ? 'current' : 'todo'}
          aria-current={i === current ? 'step' : undefined}
        >
          {s}
        </li>
      ))}
    </ol>
  );
}

export type FieldKind = 'address' | 'amount' | 'text';
export interface FieldSpec {
  name: string;
  kind: FieldKind;
  label: string;
}
export type FieldValues = {
  address: Record<string, string>;
  amount: Record<string, bigint>;
  text: Record<string, string>;
};

/** A checked field's value (ActionForm builds only when every field checked out, so it is there). */
export function field<T>(values: Record<string, T>, name: string): T {
  const v = values[name];
  if (v === undefined) throw new Error(`the form has no checked field ${name}`);
  return v;
}

/** A plain input whose text, a PHA amount, follows a language switch (a hook per field of a form). */
function AmountInput({
  value,
  onChange,
  ...rest
}: {
  id: string;
  value: string;
  onChange(v: string): void;
  'data-testid': string;
}) {
  useAmountFollowsLocale(value, onChange);
  return <input {...rest} value={value} inputMode="decimal" onChange={(e) => onChange(e.target.value)} />;
}

/** A labelled inline form: checks each field, then builds and sends the transaction. */
export function ActionForm({
  fields,
  submit,
  testId,
  disabled,
  build,
}: {
  fields: FieldSpec[];
  submit: string;
  testId: string;
  disabled?: boolean;
  build(values: FieldValues): Promise<unknown>;
}) {
  const t = useGovT();
  const { locale } = useLocale();
  const base = useId();
  const [raw, setRaw] = useState<Record<string, string>>({});
  const values: FieldValues = { address: {}, amount: {}, text: {} };
  let problem: string | undefined;
  for (const f of fields) {
    const v = (raw[f.name] ?? '').trim();
    if (f.kind === 'address') {
      if (!isAddress(v)) problem ??= t('treasuryUi.badAddress', { field: f.label });
      else values.address[f.name] = v;
    } else if (f.kind === 'amount') {
      const planck = parsePha(v, locale);
      if (planck === undefined) problem ??= t('treasuryUi.badAmount', { field: f.label });
      else values.amount[f.name] = planck;
    } else values.text[f.name] = v;
  }
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!problem) void build(values);
  };
  return (
    <form className="inline-form" onSubmit={onSubmit} data-testid={testId}>
      {fields.map((f) => (
        <label key={f.name} htmlFor={`${base}-${f.name}`}>
          {f.label}{' '}
          {f.kind === 'amount' ? (
            <AmountInput
              id={`${base}-${f.name}`}
              data-testid={`${testId}-${f.name}`}
              value={raw[f.name] ?? ''}
              onChange={(v) => setRaw((r) => ({ ...r, [f.name]: v }))}
            />
          ) : (
            <input
              id={`${base}-${f.name}`}
              data-testid={`${testId}-${f.name}`}
              value={raw[f.name] ?? ''}
              onChange={(e) => setRaw((r) => ({ ...r, [f.name]: e.target.value }))}
            />
          )}
        </label>
      ))}
      <button type="submit" data-testid={`${testId}-submit`} disabled={disabled || !!problem}>
        {submit}
      </button>
      {problem && Object.keys(raw).length > 0 && <span className="problem">{problem}</span>}
    </form>
  );
}

/** A one-click action: sends its transaction. */
export function ActionButton({
  label,
  testId,
  disabled,
  send,
}: {
  label: string;
  testId: string;
  disabled?: boolean;
  send(): Promise<unknown>;
}) {
  return (
    <button type="button" data-testid={testId} disabled={disabled} onClick={() => void send()}>
      {label}
    </button>
  );
}
