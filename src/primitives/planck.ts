/**
 * PHA amounts between planck (`bigint`, 12 decimals) and exact decimal text, the core every edge shares:
 * the RPC edge's strict `parsePha` (src/pallets-mock/rpc/sim-methods.ts), the dApp's locale-aware
 * `parseAmount` (src/ui/format.ts, which handles separators and problems first), and the plain decimal
 * text that Intl, URLs and CSV start from. No floats, no locale.
 */

/** Decimals of PHA (planck per PHA = 10^12). */
export const PHA_DECIMALS = 12;

/**
 * The planck of an amount given as its integer digits and fraction digits ("1234", "5" → 1234.5 PHA):
 * `whole · 10^decimals + frac` right-padded to `decimals` digits. Either part may be empty (zero).
 * Throws `RangeError` on non-digits or more fraction digits than `decimals`.
 */
export function digitsToPlanck(whole: string, frac: string, decimals = PHA_DECIMALS): bigint {
  if (!/^[0-9]*$/.test(whole) || !/^[0-9]*$/.test(frac))
    throw new RangeError(`not decimal digits: "${whole}.${frac}"`);
  if (frac.length > decimals) throw new RangeError(`more than ${decimals} fraction digits: "${frac}"`);
  return BigInt(whole || '0') * 10n ** BigInt(decimals) + BigInt(frac.padEnd(decimals, '0') || '0');
}

/**
 * `value` units with `decimals` fraction digits → exact decimal text: "-123.045" (trailing zeros
 * dropped, no fraction part for a whole amount) or, with `fixed`, all `decimals` digits ("123.045000…").
 */
export function planckToDecimal(value: bigint, decimals = PHA_DECIMALS, fixed = false): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const unit = 10n ** BigInt(decimals);
  const digits = (abs % unit).toString().padStart(decimals, '0');
  const frac = fixed ? digits : digits.replace(/0+$/, '');
  return `${negative ? '-' : ''}${abs / unit}${frac ? `.${frac}` : ''}`;
}
