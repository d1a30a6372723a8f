/**
 * React hooks over the governance queries. Every key lives under the chain's `stateKey`, so each is
 * refetched once per new block while on screen; ids and addresses only, never a bigint.
 */
import { useQuery } from '@tanstack/react-query';
import { useConnection } from '../../api/api-context.js';
import { stateKey } from '../../api/query-keys.js';
import { type AccountGovernance, fetchAccountGovernance, fetchDelegatorsTo } from './account-query.js';
import { type BountyView, fetchBounties, fetchTips, type TipView } from './bounties-query.js';
import { type CallBytes, fetchCallBytes } from './call-tree.js';
import { type CollectiveSection, fetchCollective } from './collective-query.js';
import type { BoundedCall } from './decode.js';
import { type DemocracyData, fetchDemocracy } from './democracy-query.js';
import { fetchElection } from './elections-query.js';
import { fetchTreasury } from './treasury-query.js';

const forever = Number.POSITIVE_INFINITY;

export function useDemocracy() {
  const { api, genesis } = useConnection();
  return useQuery<DemocracyData>({
    queryKey: stateKey(genesis, 'gov', 'democracy'),
    queryFn: () => fetchDemocracy(api),
    staleTime: forever,
  });
}

export function useAccountGovernance(address: string | undefined) {
  const { api, genesis } = useConnection();
  return useQuery<AccountGovernance>({
    queryKey: stateKey(genesis, 'gov', 'account', address ?? ''),
    queryFn: () => fetchAccountGovernance(api, address as string),
    enabled: !!address,
    staleTime: forever,
  });
}

export function useDelegatorsTo(address: string | undefined) {
  const { api, genesis } = useConnection();
  return useQuery({
    queryKey: stateKey(genesis, 'gov', 'delegators', address ?? ''),
    queryFn: () => fetchDelegatorsTo(api, address as string),
    enabled: !!address,
    staleTime: forever,
  });
}

export function useCollective(section: CollectiveSection) {
  const { api, genesis } = useConnection();
  return useQuery({
    queryKey: stateKey(genesis, 'gov', 'collective', section),
    queryFn: () => fetchCollective(api, section),
    staleTime: forever,
  });
}

export function useElection() {
  const { api, genesis } = useConnection();
  return useQuery({
    queryKey: stateKey(genesis, 'gov', 'election'),
    queryFn: () => fetchElection(api),
    staleTime: forever,
  });
}

export function useTreasury() {
  const { api, genesis } = useConnection();
  return useQuery({
    queryKey: stateKey(genesis, 'gov', 'treasury'),
    queryFn: () => fetchTreasury(api),
    staleTime: forever,
  });
}

export function useBounties() {
  const { api, genesis } = useConnection();
  return useQuery<BountyView[]>({
    queryKey: stateKey(genesis, 'gov', 'bounties'),
    queryFn: () => fetchBounties(api),
    staleTime: forever,
  });
}

export function useTips() {
  const { api, genesis } = useConnection();
  return useQuery<TipView[]>({
    queryKey: stateKey(genesis, 'gov', 'tips'),
    queryFn: () => fetchTips(api),
    staleTime: forever,
  });
}

/** A call's bytes do not change: cached by its hash or bytes, outside the per-block state. */
export function useCallBytes(call: BoundedCall | undefined) {
  const { api, genesis } = useConnection();
  const id = call ? ('inline' in call ? call.inline : call.hash) : '';
  return useQuery<CallBytes>({
    queryKey: [genesis, 'gov', 'call', id],
    queryFn: () => fetchCallBytes(api, call as BoundedCall),
    enabled: !!call,
    staleTime: forever,
  });
}
