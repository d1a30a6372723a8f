/**
 * The conviction picker: 0.1× … 6×, each with its lock period in days after a winning vote (or after
 * undelegating).
 */
import { useId } from 'react';
import { CONVICTIONS, type Conviction, lockDays, multiplierLabel } from './model/conviction.js';
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
              : t('vote.conviction.locked', { x: multiplierLabel(c), days: formatDays(days(c)) })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Days with at most two decimals (dev chains lock for minutes). */
export const formatDays = (d: number): string =>
  d >= 10 ? d.toFixed(0) : d.toFixed(2).replace(/\.?0+$/, '');
