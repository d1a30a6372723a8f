/**
 * RFC 3339 timestamps in integer arithmetic (`chrono::DateTime::parse_from_rfc3339(..).timestamp()`),
 * used by IAS report times, TCB info and QE identity `nextUpdate`; and the IAS timestamp format.
 */

const DAY = 86_400n;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y: bigint, m: bigint, d: bigint): bigint {
  const yy = m <= 2n ? y - 1n : y;
  const era = (yy >= 0n ? yy : yy - 399n) / 400n;
  const yoe = yy - era * 400n;
  const mp = m > 2n ? m - 3n : m + 9n;
  const doy = (153n * mp + 2n) / 5n + d - 1n;
  const doe = yoe * 365n + yoe / 4n - yoe / 100n + doy;
  return era * 146_097n + doe - 719_468n;
}

function civilFromDays(z0: bigint): [bigint, bigint, bigint] {
  const z = z0 + 719_468n;
  const era = (z >= 0n ? z : z - 146_096n) / 146_097n;
  const doe = z - era * 146_097n;
  const yoe = (doe - doe / 1460n + doe / 36_524n - doe / 146_096n) / 365n;
  const doy = doe - (365n * yoe + yoe / 4n - yoe / 100n);
  const mp = (5n * doy + 2n) / 153n;
  const d = doy - (153n * mp + 2n) / 5n + 1n;
  const m = mp < 10n ? mp + 3n : mp - 9n;
  return [m <= 2n ? yoe + era * 400n + 1n : yoe + era * 400n, m, d];
}

const daysInMonth = (y: bigint, m: bigint): bigint => {
  if (m === 2n) return (y % 4n === 0n && y % 100n !== 0n) || y % 400n === 0n ? 29n : 28n;
  return m === 4n || m === 6n || m === 9n || m === 11n ? 30n : 31n;
};

/** Unix seconds of an RFC 3339 timestamp, or undefined when it does not parse. */
export function parseRfc3339(s: string): bigint | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/.exec(
    s,
  );
  if (!m) return undefined;
  const [y, mo, d, h, mi, se] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => BigInt(x ?? '0')) as [
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  if (mo < 1n || mo > 12n || d < 1n || d > daysInMonth(y, mo) || h > 23n || mi > 59n || se > 60n)
    return undefined;
  let offset = 0n;
  if (m[8]) {
    const oh = BigInt(m[9] ?? '0');
    const om = BigInt(m[10] ?? '0');
    if (oh > 23n || om > 59n) return undefined;
    offset = (m[8] === '-' ? -1n : 1n) * (oh * 3600n + om * 60n);
  }
  return daysFromCivil(y, mo, d) * DAY + h * 3600n + mi * 60n + se - offset;
}

/** `YYYY-MM-DDTHH:MM:SS` of unix seconds (UTC), the date-time part of IAS and TCB info timestamps. */
export function utcDateTime(unixSec: bigint): string {
  const days = unixSec >= 0n ? unixSec / DAY : (unixSec - DAY + 1n) / DAY;
  const rem = unixSec - days * DAY;
  const [y, mo, d] = civilFromDays(days);
  const p2 = (x: bigint) => x.toString().padStart(2, '0');
  return `${y.toString().padStart(4, '0')}-${p2(mo)}-${p2(d)}T${p2(rem / 3600n)}:${p2((rem % 3600n) / 60n)}:${p2(rem % 60n)}`;
}
