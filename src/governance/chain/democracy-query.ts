/**
 * The democracy overview in a bounded number of round trips: every referendum (`ReferendumInfoOf`
 * entries), the public proposals with their depositors (`PublicProps`, `DepositOf` multi), the
 * electorate (`Balances.TotalIssuance`) and the pallet's constants (read once from the metadata).
 */
import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import { arr, big, num, plain, str, variant } from '../../api/codec.js';
import type { Threshold } from '../../primitives/threshold.js';
import { thresholdFromName } from '../model/threshold.js';
import { type BoundedCall, decodeBounded, decodeReferendum, type Referendum } from './decode.js';

export interface PublicProposal {
  index: number;
  proposal: BoundedCall;
  proposer: string;
  depositors: string[];
  deposit: bigint;
  /** deposit × number of depositors (the launch order). */
  backing: bigint;
}

export interface DemocracyConsts {
  launchPeriod: bigint;
  votingPeriod: bigint;
  enactmentPeriod: bigint;
  voteLockingPeriod: bigint;
  minimumDeposit: bigint;
  fastTrackVotingPeriod: bigint;
}

export interface ExternalProposal {
  proposal: BoundedCall;
  threshold: Threshold;
}

export interface DemocracyData {
  referenda: Referendum[];
  proposals: PublicProposal[];
  electorate: bigint;
  /** The Council's proposal waiting for the next external launch slot (or a fast-track). */
  external: ExternalProposal | null;
}

const constant = (api: ApiPromise, name: keyof ApiPromise['consts']['democracy'] & string): bigint => {
  const c = api.consts.democracy?.[name] as Codec | undefined;
  if (!c) throw new Error(`the runtime has no constant democracy.${name}`);
  return big(c.toPrimitive());
};

const constsCache = new WeakMap<ApiPromise, DemocracyConsts>();

export function democracyConsts(api: ApiPromise): DemocracyConsts {
  const hit = constsCache.get(api);
  if (hit) return hit;
  const out = {
    launchPeriod: constant(api, 'launchPeriod'),
    votingPeriod: constant(api, 'votingPeriod'),
    enactmentPeriod: constant(api, 'enactmentPeriod'),
    voteLockingPeriod: constant(api, 'voteLockingPeriod'),
    minimumDeposit: constant(api, 'minimumDeposit'),
    fastTrackVotingPeriod: constant(api, 'fastTrackVotingPeriod'),
  };
  constsCache.set(api, out);
  return out;
}

export async function fetchDemocracy(api: ApiPromise): Promise<DemocracyData> {
  const [entries, props, issuance, next] = await Promise.all([
    api.query.democracy.referendumInfoOf.entries(),
    api.query.democracy.publicProps(),
    api.query.balances.totalIssuance(),
    api.query.democracy.nextExternal(),
  ]);
  const nextPlain = plain(next);
  const [extCall, extThreshold] = nextPlain === null ? [] : arr(nextPlain);
  const external =
    extCall === undefined
      ? null
      : { proposal: decodeBounded(extCall), threshold: thresholdFromName(variant(extThreshold ?? '')[0]) };
  const referenda = entries
    .map(([key, value]) => decodeReferendum(num(key.args[0]?.toPrimitive()), plain(value)))
    .sort((a, b) => b.index - a.index);
  const list = arr(plain(props)).map((p) => {
    const [index, proposal, proposer] = arr(p);
    return { index: num(index), proposal: decodeBounded(proposal), proposer: str(proposer) };
  });
  const deposits = list.length ? await api.query.democracy.depositOf.multi(list.map((p) => p.index)) : [];
  const proposals = list.map((p, i): PublicProposal => {
    const d = deposits[i] ? plain(deposits[i] as Codec) : null;
    const [who, amount] = d ? arr(d) : [[], 0];
    const depositors = arr(who ?? []).map(str);
    const deposit = big(amount ?? 0);
    return { ...p, depositors, deposit, backing: deposit * BigInt(depositors.length) };
  });
  return { referenda, proposals, electorate: big(issuance.toPrimitive()), external };
}

/** The first launch block after `now` (launches happen at multiples of LaunchPeriod, hook first). */
export const nextLaunch = (now: bigint, launchPeriod: bigint): bigint =>
  (now / launchPeriod + 1n) * launchPeriod;
