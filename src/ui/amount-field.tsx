/**
 * A labelled amount input with a Max button; its problem (if any) is announced and tied to the input with
 * aria-describedby / aria-invalid.
 */
import { useId } from 'react';
import { useT } from './i18n/i18n.js';

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
  const t = useT();
  const id = useId();
  const described = [problem ? `${id}-problem` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-row">
        <input
          id={id}
          inputMode="decimal"
          autoComplete="off"
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
