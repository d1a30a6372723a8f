/**
 * The on-chain identity of an address (Identity pallet `identityOf`): its display name and the verdict
 * of its registrars' judgements, when the chain has that pallet and the address has a display name;
 * undefined otherwise. Read once per address and cached; works with the old (Option<Registration>) and
 * new ((Registration, Option<Username>)) shape.
 */
import { useQuery } from '@tanstack/react-query';
import { useChainView } from '../api/api-context.js';

type Plain = unknown;
const field = (v: Plain, k: string): Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, Plain>)[k] : undefined;

/** What the registrars' judgements say, worst first: one bad verdict outweighs good ones. */
export type JudgementKind = 'erroneous' | 'lowQuality' | 'knownGood' | 'reasonable' | 'pending';
const PRIORITY: ReadonlyArray<[string, JudgementKind]> = [
  ['erroneous', 'erroneous'],
  ['lowquality', 'lowQuality'],
  ['knowngood', 'knownGood'],
  ['reasonable', 'reasonable'],
  ['feepaid', 'pending'],
];

export interface IdentitySummary {
  name: string;
  judgement?: JudgementKind;
}

/** The display name in a decoded registration, or undefined. */
export function displayName(value: Plain): string | undefined {
  const registration = Array.isArray(value) ? value[0] : value;
  const raw = field(field(field(registration, 'info'), 'display'), 'raw');
  if (typeof raw !== 'string' || raw === '') return undefined;
  if (!raw.startsWith('0x')) return raw;
  const bytes =
    raw
      .slice(2)
      .match(/../g)
      ?.map((h) => Number.parseInt(h, 16)) ?? [];
  const text = new TextDecoder('utf-8', { fatal: false }).decode(new Uint8Array(bytes));
  return text.trim() || undefined;
}

/** The verdict of a decoded registration's judgements (`[[index, {knownGood: null}], …]`), or undefined. */
export function judgementOf(value: Plain): JudgementKind | undefined {
  const registration = Array.isArray(value) ? value[0] : value;
  const list = field(registration, 'judgements');
  if (!Array.isArray(list)) return undefined;
  const seen = new Set<string>();
  for (const item of list) {
    const j: Plain = Array.isArray(item) ? item[1] : undefined;
    const name =
      typeof j === 'string' ? j : typeof j === 'object' && j !== null ? Object.keys(j)[0] : undefined;
    if (name) seen.add(name.toLowerCase());
  }
  return PRIORITY.find(([key]) => seen.has(key))?.[1];
}

/** Name and judgement of a decoded registration, or undefined without a display name. */
export function identitySummary(value: Plain): IdentitySummary | undefined {
  const name = displayName(value);
  if (!name) return undefined;
  const judgement = judgementOf(value);
  return judgement ? { name, judgement } : { name };
}

export function useIdentity(address: string | undefined): IdentitySummary | undefined {
  const { genesis, connection } = useChainView();
  const identityOf = connection?.api.query.identity?.identityOf;
  return (
    useQuery({
      queryKey: [genesis, 'identity', address ?? ''],
      queryFn: async () =>
        identitySummary((await (identityOf as NonNullable<typeof identityOf>)(address as string)).toJSON()) ??
        null,
      enabled: !!identityOf && !!address,
      staleTime: 10 * 60_000,
    }).data ?? undefined
  );
}
