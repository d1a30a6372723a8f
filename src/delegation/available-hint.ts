/**
 * The "Available" line under a PHA amount (delegate, wrap): the same figure in every form (free minus
 * locks, `phaAvailability`), plus the W-PHA the form may also use, and what Max keeps back — for the fee
 * (and the existential deposit when no lock covers it) — or, when a pool's room is smaller, that room.
 */
import type { PhaAvailability } from '../api/balances.js';
import { formatPha } from '../ui/format.js';
import type { Locale, Translate } from '../ui/i18n/i18n.js';

export function availableHint(
  t: Translate,
  locale: Locale,
  a: PhaAvailability,
  opts: { wpha?: bigint; capRoom?: bigint } = {},
): string {
  const amount = formatPha(a.available, locale);
  const available =
    opts.wpha !== undefined && opts.wpha > 0n
      ? t('form.availableWithWpha', { amount, wpha: formatPha(opts.wpha, locale) })
      : t('form.available', { amount });
  const max =
    opts.capRoom !== undefined
      ? t('form.maxCapped', { room: formatPha(opts.capRoom, locale) })
      : t(a.keepsEd ? 'form.maxKeepsFeeEd' : 'form.maxKeepsFee', { kept: formatPha(a.kept, locale) });
  return `${available} · ${max}`;
}
