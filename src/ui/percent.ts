/**
 * Percentage input → Permill (the chain's commission unit): "12.5" or "12,5" → 125,000; undefined unless a
 * number from 0 to 100 with at most 4 decimals. Pure.
 */
export function parsePercentToPermill(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  const m = /^(\d{1,3})(?:\.(\d{1,4}))?$/.exec(t);
  if (!m) return undefined;
  const permill = Number(m[1]) * 10_000 + Number((m[2] ?? '').padEnd(4, '0'));
  return permill > 1_000_000 ? undefined : permill;
}
