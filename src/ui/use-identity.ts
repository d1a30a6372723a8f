/**
 * The on-chain identity name of an address (Identity pallet `identityOf(..).info.display`), when the
 * chain has that pallet and the address has a display name; undefined otherwise. Read once per address
 * and cached; works with the old (Option<Registration>) and new ((Registration, Option<Username>)) shape.
 */
import { useQuery } from '@tanstack/react-query';
import { useChainView } from '../api/api-context.js';

type Plain = unknown;
const field = (v: Plain, k: string): Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, Plain>)[k] : undefined;

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

export function useIdentityName(address: string | undefined): string | undefined {
  const { genesis, connection } = useChainView();
  const identityOf = connection?.api.query.identity?.identityOf;
  return (
    useQuery({
      queryKey: [genesis, 'identity', address ?? ''],
      queryFn: async () =>
        displayName((await (identityOf as NonNullable<typeof identityOf>)(address)).toJSON()) ?? null,
      enabled: !!identityOf && !!address,
      staleTime: 10 * 60_000,
    }).data ?? undefined
  );
}
