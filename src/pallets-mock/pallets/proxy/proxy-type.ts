/**
 * Khala's `ProxyType` and its `InstanceFilter<RuntimeCall>` (khala-parachain runtime/khala/src/lib.rs,
 * spec 1290): which calls a proxy of each type may dispatch for the account it acts for, and which types
 * contain which (`is_superset`). Pallets the simulator does not model (Session, CollatorSelection,
 * Lottery, Vesting…) are named anyway, so the filter stays Khala's as they land.
 */
import type { CallFilter } from '../../frame/origin.js';
import { enumOf, type ValueOf } from '../../frame/scale.js';

/** Variant order and indices as Khala's metadata declares them. */
export const ProxyType = enumOf('pha_stake_runtime::ProxyType', {
  Any: null,
  NonTransfer: null,
  CancelProxy: null,
  Governance: null,
  Collator: null,
  StakePoolManager: null,
});
export type ProxyTypeValue = ValueOf<typeof ProxyType>;
export type ProxyTypeName = ProxyTypeValue['type'];

type Call = Parameters<CallFilter>[0];

const NON_TRANSFER = new Set([
  'System',
  'Timestamp',
  'Session',
  'Democracy',
  'Council',
  'PhragmenElection',
  'TechnicalCommittee',
  'TechnicalMembership',
  'Treasury',
  'Bounties',
  'Tips',
  'Utility',
  'Identity',
  'Scheduler',
  'Proxy',
  'Multisig',
]);
const GOVERNANCE = new Set([
  'Democracy',
  'PhragmenElection',
  'Council',
  'TechnicalCommittee',
  'Treasury',
  'Utility',
  'Bounties',
  'Tips',
  'Lottery',
]);
/** StakePoolManager: whole Utility, and these calls only. */
const STAKE_POOL_MANAGER: Record<string, ReadonlySet<string>> = {
  PhalaStakePoolv2: new Set([
    'add_worker',
    'remove_worker',
    'start_computing',
    'stop_computing',
    'restart_computing',
    'reclaim_pool_worker',
    'create',
  ]),
  PhalaRegistry: new Set(['register_worker', 'register_worker_v2']),
  PhalaMq: new Set(['sync_offchain_message']),
};

/** `ProxyType::filter`: may a proxy of this type dispatch `call`? */
export function proxyTypeAllows(type: ProxyTypeName, call: Call): boolean {
  const pallet = call.type;
  const name = call.value.type;
  switch (type) {
    case 'Any':
      return true;
    case 'NonTransfer':
      return NON_TRANSFER.has(pallet) || (pallet === 'Vesting' && (name === 'vest' || name === 'vest_other'));
    case 'CancelProxy':
      return (
        (pallet === 'Proxy' && name === 'reject_announcement') ||
        pallet === 'Utility' ||
        pallet === 'Multisig'
      );
    case 'Governance':
      return GOVERNANCE.has(pallet);
    case 'Collator':
      return pallet === 'CollatorSelection' || pallet === 'Utility' || pallet === 'Multisig';
    case 'StakePoolManager':
      return pallet === 'Utility' || (STAKE_POOL_MANAGER[pallet]?.has(name) ?? false);
  }
}

/** `ProxyType::is_superset`: may a proxy of type `a` add or remove proxies of type `b`? */
export function isSuperset(a: ProxyTypeName, b: ProxyTypeName): boolean {
  if (a === b || a === 'Any') return true;
  if (b === 'Any') return false;
  return a === 'NonTransfer';
}
