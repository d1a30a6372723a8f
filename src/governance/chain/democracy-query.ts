/**
 * The democracy overview in a bounded number of round trips: every referendum (`ReferendumInfoOf`
 * entries), the public proposals with their depositors (`PublicProps`, `DepositOf` multi), the
 * electorate (`Balances.TotalIssuance`) and the pallet's constants (read once from the metadata).
 */
import type { ApiPromise } from '@polkadot/api';
import type { Threshold } from '../../primitives/threshold.js';
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

type DemocracyConst = keyof DemocracyConsts;

const constant = (api: ApiPromise, name: DemocracyConst): bigint => {
  const c = api.consts.democracy?.[name];
  if (!c) throw new Error(`the runtime has no constant democracy.${name}`);
  return c.toBigInt();
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
  const external = next.isSome
    ? { proposal: decodeBounded(next.unwrap()[0]), threshold: next.unwrap()[1].type }
    : null;
  const referenda = entries
    .flatMap(([key, value]) =>
      value.isSome ? [decodeReferendum(key.args[0].toNumber(), value.unwrap())] : [],
    )
    .sort((a, b) => b.index - a.index);
  const list = props.map(([index, proposal, proposer]) => ({
    index: index.toNumber(),
    proposal: decodeBounded(proposal),
    proposer: proposer.toString(),
  }));
  const deposits = list.length ? await api.query.democracy.depositOf.multi(list.map((p) => p.index)) : [];
  const proposals = list.map((p, i): PublicProposal => {
    const d = deposits[i];
    const [who, amount] = d?.isSome ? d.unwrap() : [[], undefined];
    const depositors = who.map((a) => a.toString());
    const deposit = amount ? amount.toBigInt() : 0n;
    return { ...p, depositors, deposit, backing: deposit * BigInt(depositors.length) };
  });
  return { referenda, proposals, electorate: issuance.toBigInt(), external };
}

/** The first launch block after `now` (launches happen at multiples of LaunchPeriod, hook first). */
export const nextLaunch = (now: bigint, launchPeriod: bigint): bigint =>
  (now / launchPeriod + 1n) * launchPeriod;
