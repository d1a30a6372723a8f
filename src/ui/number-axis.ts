/**
 * Ticks and fraction digits for a chart's value axis, so no two labels read the same: the step is 1, 2 or 5
 * times a power of ten, the ticks are its multiples around the data, and the labels show as many fraction
 * digits as the step needs. A span narrower than `minSpan` is widened around its middle first: a fresh
 * delegation's "earned" (a rounding loss of a few planck) drew an axis of "0, 0, -0, -0" with recharts'
 * own ticks, labelled to two digits.
 */

export interface NumberAxis {
  /** Tick values, ascending; the first at or below the data, the last at or above it. */
  ticks: number[];
  /** The axis domain: the first and last tick. */
  domain: [number, number];
  /** Fraction digits that tell the ticks apart. */
  digits: number;
}

const STEPS = [1, 2, 5, 10];

/** The smallest 1/2/5 × 10^k step that covers `span` in at most `intervals` steps, and its k. */
function niceStep(span: number, intervals: number): { step: number; exponent: number } {
  const raw = span / intervals;
  let exponent = Math.floor(Math.log10(raw));
  const unit = 10 ** exponent;
  let mantissa = STEPS.find((m) => m * unit >= raw * (1 - 1e-12)) ?? 10;
  if (mantissa === 10) {
    mantissa = 1;
    exponent += 1;
  }
  return { step: mantissa * 10 ** exponent, exponent };
}

/** The least and greatest finite value (min > max when there is none); charts' axes span them. */
export function extent(values: readonly number[]): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return [min, max];
}

/** The axis for data `values` (finite numbers), with about `count` ticks and a span of at least `minSpan`. */
export function numberAxis(values: readonly number[], minSpan: number, count = 5): NumberAxis {
  let [min, max] = extent(values);
  if (min > max) return { ticks: [0, minSpan], domain: [0, minSpan], digits: digitsOf(minSpan) };
  if (max - min < minSpan) {
    const mid = (min + max) / 2;
    min = mid - minSpan / 2;
    max = mid + minSpan / 2;
  }
  // The finest step whose ticks number at most count + 1.
  let intervals = Math.max(1, count);
  let { step, exponent } = niceStep(max - min, intervals);
  while (intervals > 1 && Math.ceil(max / step) - Math.floor(min / step) + 1 > count + 1) {
    intervals -= 1;
    ({ step, exponent } = niceStep(max - min, intervals));
  }
  const first = Math.floor(min / step);
  const last = Math.ceil(max / step);
  const digits = Math.max(0, -exponent);
  // Multiples of the step, rounded to its digits (0.1 · 3 is 0.30000000000000004 in floats).
  const ticks = Array.from({ length: last - first + 1 }, (_, i) =>
    Number(((first + i) * step).toFixed(digits)),
  );
  return { ticks, domain: [ticks[0] as number, ticks[ticks.length - 1] as number], digits };
}

const digitsOf = (x: number): number => Math.max(0, -Math.floor(Math.log10(x)));
