/**
 * The on-chain identity of an address (Identity pallet `identityOf`): its display name and the verdict
 * of its registrars' judgements, when the chain has that pallet and the address has a display name;
 * undefined otherwise. Read once per address and cached, through the generated typed query; the names
 * of many addresses (the explorer's owners, for its search) in one request, which fills that cache too.
 */
import type { Option } from '@polkadot/types';
import type { PalletIdentityJudgement, PalletIdentityRegistration } from '@polkadot/types/lookup';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useChainView } from '../api/api-context.js';

/** What the registrars' judgements say, worst first: one bad verdict outweighs good ones. */
export type JudgementKind = 'erroneous' | 'lowQuality' | 'knownGood' | 'reasonable' | 'pending';
const PRIORITY: ReadonlyArray<[PalletIdentityJudgement['type'], JudgementKind]> = [
  ['Erroneous', 'erroneous'],
  ['LowQuality', 'lowQuality'],
  ['KnownGood', 'knownGood'],
  ['Reasonable', 'reasonable'],
  ['FeePaid', 'pending'],
];

export interface IdentitySummary {
  name: string;
  judgement?: JudgementKind;
}

/** The display name of a registration (raw data as UTF-8, trimmed), or undefined. */
function displayName(registration: PalletIdentityRegistration): string | undefined {
  const display = registration.info.display;
  if (!display.isRaw) return undefined;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(display.asRaw.toU8a(true));
  return text.trim() || undefined;
}

/** The verdict of a registration's judgements, or undefined. */
function judgementOf(registration: PalletIdentityRegistration): JudgementKind | undefined {
  const seen = new Set(registration.judgements.map(([, judgement]) => judgement.type));
  return PRIORITY.find(([type]) => seen.has(type))?.[1];
}

/** Name and judgement of a registration, or undefined without a display name. */
function identitySummary(registration: PalletIdentityRegistration): IdentitySummary | undefined {
  const name = displayName(registration);
  if (!name) return undefined;
  const judgement = judgementOf(registration);
  return judgement ? { name, judgement } : { name };
}

const summaryOf = (registration: Option<PalletIdentityRegistration>): IdentitySummary | null =>
  (registration.isSome && identitySummary(registration.unwrap())) || null;

const identityKey = (genesis: string, address: string) => [genesis, 'identity', address] as const;
const STALE_MS = 10 * 60_000;

export function useIdentity(address: string | undefined): IdentitySummary | undefined {
  const { genesis, connection } = useChainView();
  const identityOf = connection?.api.query.identity?.identityOf;
  return (
    useQuery({
      queryKey: identityKey(genesis, address ?? ''),
      queryFn: async () => summaryOf(await (identityOf as NonNullable<typeof identityOf>)(address as string)),
      enabled: !!identityOf && !!address,
      staleTime: STALE_MS,
    }).data ?? undefined
  );
}

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/**
 * The display names of `addresses` (those that have one), read together in one `identityOf.multi`
 * request however many there are; empty until the answer arrives and on a chain without the pallet.
 */
export function useIdentityNames(addresses: readonly string[]): ReadonlyMap<string, string> {
  const { genesis, connection } = useChainView();
  const client = useQueryClient();
  const identityOf = connection?.api.query.identity?.identityOf;
  return (
    useQuery({
      queryKey: [genesis, 'identity-names', addresses.join(',')],
      queryFn: async () => {
        const registrations = await (identityOf as NonNullable<typeof identityOf>).multi([...addresses]);
        const names = new Map<string, string>();
        registrations.forEach((registration, i) => {
          const address = addresses[i] as string;
          const summary = summaryOf(registration);
          client.setQueryData(identityKey(genesis, address), summary);
          if (summary) names.set(address, summary.name);
        });
        return names;
      },
      enabled: !!identityOf && addresses.length > 0,
      staleTime: STALE_MS,
    }).data ?? NO_NAMES
  );
}
