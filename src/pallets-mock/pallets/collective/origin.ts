/**
 * pallet_collective's RawOrigin inside the runtime's OriginCaller, and the origin guards Phala's runtime
 * builds from it (EnsureProportionAtLeast, EnsureProportionMoreThan, EnsureMember, each usually
 * `EitherOfDiverse` with EnsureRoot).
 *
 * In the kernel an origin `{ kind: 'collective', collective, yes, of }` is `RawOrigin::Members(yes, of)`
 * (a motion carried by `yes` of `of` seats); the same kind with `members: [who]` is
 * `RawOrigin::Member(who)` (one member acting alone through `execute`). The Member form never satisfies
 * a proportion guard, and the Members form never satisfies EnsureMember, as in Rust.
 * Deviation: `Members(u32, u32)` is declared with one tuple field instead of two unnamed fields (same
 * encoding; the metadata comparison treats OriginCaller as a runtime-composed type).
 */

import type { Origin } from '../../frame/origin.js';
import { enumOf, tuple, u32 } from '../../frame/scale.js';
import { AccountId } from '../../frame/types.js';
import type { AccountId as Account } from '../../primitives/account.js';

export type CollectiveName = 'Council' | 'TechnicalCommittee';

export const CollectiveRawOrigin = enumOf(
  {
    path: ['pallet_collective', 'RawOrigin'],
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'I', type: null },
    ],
  },
  { Members: tuple(u32, u32), Member: AccountId, _Phantom: null },
);

/** `RawOrigin::Members(yes, of)` of a collective. */
export const membersOrigin = (collective: CollectiveName, yes: number, of: number): Origin => ({
  kind: 'collective',
  collective,
  yes,
  of,
});

/** `RawOrigin::Member(who)` of a collective. */
export const memberOrigin = (collective: CollectiveName, who: Account): Origin => ({
  kind: 'collective',
  collective,
  yes: 1,
  of: 1,
  members: [who],
});

const isMembers = (o: Origin, collective: CollectiveName): o is Origin & { kind: 'collective' } =>
  o.kind === 'collective' && o.collective === collective && o.members === undefined;

/** EnsureProportionAtLeast<N, D>: `Members(n, m)` with n·D ≥ N·m. */
export function proportionAtLeast(o: Origin, collective: CollectiveName, n: number, d: number): boolean {
  return isMembers(o, collective) && BigInt(o.yes) * BigInt(d) >= BigInt(n) * BigInt(o.of);
}

/** EnsureProportionMoreThan<N, D>: `Members(n, m)` with n·D > N·m. */
export function proportionMoreThan(o: Origin, collective: CollectiveName, n: number, d: number): boolean {
  return isMembers(o, collective) && BigInt(o.yes) * BigInt(d) > BigInt(n) * BigInt(o.of);
}

/** EnsureMember: the account of `Member(who)`, or null. */
export function memberOf(o: Origin, collective: CollectiveName): Account | null {
  if (o.kind !== 'collective' || o.collective !== collective || o.members?.length !== 1) return null;
  return o.members[0] ?? null;
}

export const isRoot = (o: Origin): boolean => o.kind === 'root';

/** The OriginCaller value of a kernel origin (what the Scheduler stores and dispatch_as names). */
export function originCallerOf(o: Origin): { type: string; value: unknown } {
  switch (o.kind) {
    case 'root':
      return { type: 'system', value: { type: 'Root', value: null } };
    case 'none':
      return { type: 'system', value: { type: 'None', value: null } };
    case 'signed':
      return { type: 'system', value: { type: 'Signed', value: o.who } };
    case 'collective': {
      const member = o.members?.length === 1 ? o.members[0] : undefined;
      return {
        type: o.collective,
        value: member
          ? { type: 'Member', value: member }
          : { type: 'Members', value: [BigInt(o.yes), BigInt(o.of)] },
      };
    }
  }
}

/** The kernel origin of an OriginCaller value. */
export function originOfCaller(caller: { type: string; value: unknown }): Origin {
  const raw = caller.value as { type: string; value: unknown };
  if (caller.type === 'system') {
    if (raw.type === 'Root') return { kind: 'root' };
    if (raw.type === 'None') return { kind: 'none' };
    return { kind: 'signed', who: raw.value as Account };
  }
  const collective = caller.type as CollectiveName;
  if (raw.type === 'Member') return memberOrigin(collective, raw.value as Account);
  if (raw.type === 'Members') {
    const [yes, of] = raw.value as [bigint, bigint];
    return membersOrigin(collective, Number(yes), Number(of));
  }
  return { kind: 'none' }; // _Phantom is never constructed
}
