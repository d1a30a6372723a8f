/**
 * The conviction picker: 0.1× … 6×, each with its lock period ("28 days", on dev chains "8 minutes") after a
 * winning vote (or after undelegating).
 */
import { useId } from 'react';
import { CONVICTIONS, type Conviction, lockDays, multiplierLabel } from '../primitives/conviction.js';
import { formatDuration } from '../ui/format.js';
import { type Locale, useLocale } from '../ui/i18n/i18n.js';
import { useGovT } from './use-gov-t.js';

export function ConvictionSelect({
  value,
  onChange,
  voteLockingPeriod,
  blockTimeSecs,
}: {
  value: Conviction;
  onChange(c: Conviction): void;
  voteLockingPeriod: bigint;
  blockTimeSecs: number;
}) {
  const t = useGovT();
  const { locale } = useLocale();
  const id = useId();
  const days = (c: Conviction) => lockDays(c, voteLockingPeriod, blockTimeSecs);
  return (
    <div className="field">
      <label htmlFor={id}>{t('vote.conviction')}</label>
      <select
        id={id}
        data-testid="conviction"
        value={value}
        onChange={(e) => onChange(CONVICTIONS[Number(e.target.value)] ?? 0)}
      >
        {CONVICTIONS.map((c) => (
          <option key={c} value={c}>
            {c === 0
              ? t('vote.conviction.none', { x: multiplierLabel(c) })
              : t('vote.conviction.locked', {
                  x: multiplierLabel(c),
                  duration: formatLockDays(days(c), locale),
                })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A lock in days as whole units: "28 days", "8 minutes" (dev chains lock for minutes, never "0.01 days"). */
export const formatLockDays = (days: number, locale: Locale): string =>
  formatDuration(Math.round(days * 86_400), locale);
