/**
 * Display-edge number formatting: planck bigints to decimal strings (12 decimals for PHA), decimal input
 * back to planck without floats, Permill as a percentage, and short addresses. Pure functions.
 */

export const PHA_DECIMALS = 12;
const UNIT = 10n ** BigInt(PHA_DECIMALS);

/** `1234500000000000n` → "1,234.5" (at most `digits` fraction digits, truncated, never rounded up). */
export function formatPha(planck: bigint, digits = 4, locale = 'en'): string {
  const negative = planck < 0n;
  const abs = negative ? -planck : planck;
  const whole = abs / UNIT;
  const frac = (abs % UNIT).toString().padStart(PHA_DECIMALS, '0').slice(0, digits).replace(/0+$/, '');
  const sep = locale === 'id' ? ',' : '.';
  const wholeText = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US').format(whole);
  return `${negative ? '-' : ''}${wholeText}${frac ? `${sep}${frac}` : ''}`;
}

/** Parses "12.5" / "12,5" into planck; undefined when not a non-negative decimal with ≤ 12 fraction digits. */
export function parsePha(text: string): bigint | undefined {
  const t = text.trim().replace(',', '.');
  const m = /^(\d{0,30})(?:\.(\d{0,12}))?$/.exec(t);
  if (!m || t === '' || t === '.') return undefined;
  const whole = BigInt(m[1] || '0');
  const frac = BigInt((m[2] ?? '').padEnd(PHA_DECIMALS, '0') || '0');
  return whole * UNIT + frac;
}

/** Planck → the plain decimal text an input shows ("12.5"), exact. */
export function planckToInput(planck: bigint): string {
  const whole = planck / UNIT;
  const frac = (planck % UNIT).toString().padStart(PHA_DECIMALS, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole.toString();
}

/** Permill (0 … 1,000,000) → "12.5%". */
export function formatPermill(permill: number): string {
  return `${(permill / 10_000).toFixed(permill % 10_000 === 0 ? 0 : 2)}%`;
}

/** A ratio (0.1234) → "12.34%"; "–" when unknown. */
export function formatPercent(ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return '–';
  return `${(ratio * 100).toFixed(2)}%`;
}

/** "43pD…Xy7q" */
export function shortAddress(address: string): string {
  return address.length > 12 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address;
}

/** Seconds → "2d 3h" / "5h 12m" / "4m". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3_600);
  const m = Math.floor((s % 3_600) / 60);
  if (d > 0) return `${d}d ${h}h`;
  if (h > 0) return `${h}h ${m}m`;
  return `${m}m`;
}
