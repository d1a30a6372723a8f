/**
 * A labelled amount input with a Max button; its problem (if any) is announced and tied to the input with
 * aria-describedby / aria-invalid. The text is read as the active locale displays numbers; input the
 * parser refuses (ambiguous separators, too many decimals…) shows the parser's reason first. When the
 * language changes, an amount typed in the one before is written again in the new one's separators
 * (amount-locale.ts).
 */
import { useId } from 'react';
import { useAmountFollowsLocale } from './amount-locale.js';
import { amountProblemText } from './amount-problem.js';
import { formatPha, parseAmount } from './format.js';
import { useLocale } from './i18n/i18n.js';

export interface AmountFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  onMax?: () => void;
  problem?: string;
  hint?: string;
  testId?: string;
  disabled?: boolean;
}

export function AmountField({
  label,
  value,
  onChange,
  onMax,
  problem,
  hint,
  testId,
  disabled,
}: AmountFieldProps) {
  const { t, locale } = useLocale();
  const id = useId();
  useAmountFollowsLocale(value, onChange);
  const parsed = parseAmount(value, locale);
  if (!parsed.ok && parsed.problem.kind !== 'empty') problem = amountProblemText(t, parsed.problem);
  const described = [problem ? `${id}-problem` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <input
          id={id}
          inputMode="decimal"
          autoComplete="off"
          placeholder={formatPha(1_234_500_000_000_000n, locale)}
          value={value}
          disabled={disabled}
          data-testid={testId}
          aria-invalid={!!problem}
          aria-describedby={described || undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        {onMax && (
          <button type="button" onClick={onMax} disabled={disabled}>
            {t('common.max')}
          </button>
        )}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
