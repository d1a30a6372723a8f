/**
 * Bounties, child bounties and tips as stored by the runtime (`Bounties.Bounties` with their descriptions,
 * `ChildBounties.ChildBounties`, `Tips.Tips` with their reasons) and the constants the pages show:
 * deposits, the payout delay, the update period, the tip countdown and finder's fee. Runtimes without
 * these pallets give empty lists.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Bytes, Option, u32 } from '@polkadot/types';
import type {
  PalletBountiesBountyStatus,
  PalletChildBountiesChildBountyStatus,
} from '@polkadot/types/lookup';
import type { StorageKey } from '@polkadot/types/primitive';
import { hasStorage } from '../../api/runtime-access.js';
import type { BountyState, ChildState } from '../model/treasury-steps.js';

export interface ChildBountyView {
  index: number;
  parent: number;
  value: bigint;
  fee: bigint;
  curatorDeposit: bigint;
  state: ChildState;
  curator?: string;
  beneficiary?: string;
  unlockAt?: bigint;
  description: string;
}

export interface BountyView {
  index: number;
  proposer: string;
  value: bigint;
  fee: bigint;
  curatorDeposit: bigint;
  bond: bigint;
  state: BountyState;
  curator?: string;
  beneficiary?: string;
  updateDue?: bigint;
  unlockAt?: bigint;
  description: string;
  children: ChildBountyView[];
}

export interface TipView {
  hash: string;
  who: string;
  finder: string;
  deposit: bigint;
  closes: bigint | null;
  tips: Array<{ tipper: string; value: bigint }>;
  findersFee: boolean;
  reason: string;
}

export interface TreasuryConsts {
  bountyDepositBase: bigint;
  dataDepositPerByte: bigint;
  bountyValueMinimum: bigint;
  payoutDelay: bigint;
  updatePeriod: bigint;
  childValueMinimum: bigint;
  tipCountdown: bigint;
  tipFindersFee: number;
  tipReportDepositBase: bigint;
  /** The Treasury's spend period, when approved bounties are funded. */
  spendPeriod: bigint;
}

/** A constant of a pallet the connected runtime may lack (0 then). */
const u = (c: { toBigInt(): bigint } | undefined): bigint => c?.toBigInt() ?? 0n;

export function treasuryConsts(api: ApiPromise): TreasuryConsts {
  const { bounties, childBounties, tips, treasury } = api.consts;
  return {
    bountyDepositBase: u(bounties?.bountyDepositBase),
    dataDepositPerByte: u(bounties?.dataDepositPerByte),
    bountyValueMinimum: u(bounties?.bountyValueMinimum),
    payoutDelay: u(bounties?.bountyDepositPayoutDelay),
    updatePeriod: u(bounties?.bountyUpdatePeriod),
    childValueMinimum: u(childBounties?.childBountyValueMinimum),
    tipCountdown: u(tips?.tipCountdown),
    tipFindersFee: Number(u(tips?.tipFindersFee)),
    tipReportDepositBase: u(tips?.tipReportDepositBase),
    spendPeriod: u(treasury?.spendPeriod),
  };
}

/** Description bytes as text (UTF-8), or the hex when they are not text. */
export const bytesText = (v: Bytes): string => (v.isUtf8 ? v.toUtf8() : v.toHex());

/** The fields a status variant carries. */
interface StatusFields {
  curator?: string;
  beneficiary?: string;
  due?: bigint;
  unlock?: bigint;
}

function bountyStatus(s: PalletBountiesBountyStatus): StatusFields {
  if (s.isCuratorProposed) return { curator: s.asCuratorProposed.curator.toString() };
  if (s.isActive) return { curator: s.asActive.curator.toString(), due: s.asActive.updateDue.toBigInt() };
  if (s.isPendingPayout) {
    const p = s.asPendingPayout;
    return {
      curator: p.curator.toString(),
      beneficiary: p.beneficiary.toString(),
      unlock: p.unlockAt.toBigInt(),
    };
  }
  return {};
}

function childStatus(s: PalletChildBountiesChildBountyStatus): StatusFields {
  if (s.isCuratorProposed) return { curator: s.asCuratorProposed.curator.toString() };
  if (s.isActive) return { curator: s.asActive.curator.toString() };
  if (s.isPendingPayout) {
    const p = s.asPendingPayout;
    return {
      curator: p.curator.toString(),
      beneficiary: p.beneficiary.toString(),
      unlock: p.unlockAt.toBigInt(),
    };
  }
  return {};
}

/** Descriptions by index from a `u32 → Bytes` map's entries. */
const texts = (entries: Array<[StorageKey<[u32]>, Option<Bytes>]>): Map<number, string> =>
  new Map(entries.flatMap(([k, v]) => (v.isSome ? [[k.args[0].toNumber(), bytesText(v.unwrap())]] : [])));

async function childrenOf(api: ApiPromise, parent: number, descriptions: Map<number, string>) {
  const entries = await api.query.childBounties.childBounties.entries(parent);
  return entries
    .flatMap(([k, v]): ChildBountyView[] => {
      if (v.isNone) return [];
      const c = v.unwrap();
      const s = childStatus(c.status);
      const index = k.args[1].toNumber();
      return [
        {
          index,
          parent: k.args[0].toNumber(),
          value: c.value.toBigInt(),
          fee: c.fee.toBigInt(),
          curatorDeposit: c.curatorDeposit.toBigInt(),
          state: c.status.type,
          curator: s.curator,
          beneficiary: s.beneficiary,
          unlockAt: s.unlock,
          description: descriptions.get(index) ?? '',
        },
      ];
    })
    .sort((a, b) => a.index - b.index);
}

export async function fetchBounties(api: ApiPromise): Promise<BountyView[]> {
  if (!hasStorage(api, 'bounties', 'bounties')) return [];
  const withChildren = hasStorage(api, 'childBounties', 'childBounties');
  const [entries, bountyTexts, childTexts] = await Promise.all([
    api.query.bounties.bounties.entries(),
    hasStorage(api, 'bounties', 'bountyDescriptions')
      ? api.query.bounties.bountyDescriptions.entries().then(texts)
      : new Map<number, string>(),
    hasStorage(api, 'childBounties', 'childBountyDescriptions')
      ? api.query.childBounties.childBountyDescriptions.entries().then(texts)
      : new Map<number, string>(),
  ]);
  const views = await Promise.all(
    entries.flatMap(([k, v]) => {
      if (v.isNone) return [];
      const b = v.unwrap();
      const s = bountyStatus(b.status);
      const index = k.args[0].toNumber();
      const children = withChildren ? childrenOf(api, index, childTexts) : Promise.resolve([]);
      return [
        children.then(
          (kids): BountyView => ({
            index,
            proposer: b.proposer.toString(),
            value: b.value.toBigInt(),
            fee: b.fee.toBigInt(),
            curatorDeposit: b.curatorDeposit.toBigInt(),
            bond: b.bond.toBigInt(),
            state: b.status.type,
            curator: s.curator,
            beneficiary: s.beneficiary,
            updateDue: s.due,
            unlockAt: s.unlock,
            description: bountyTexts.get(index) ?? '',
            children: kids,
          }),
        ),
      ];
    }),
  );
  return views.sort((a, b) => b.index - a.index);
}

export async function fetchTips(api: ApiPromise): Promise<TipView[]> {
  if (!hasStorage(api, 'tips', 'tips')) return [];
  const [entries, reasons] = await Promise.all([
    api.query.tips.tips.entries(),
    api.query.tips.reasons.entries(),
  ]);
  const reasonText = new Map(
    reasons.flatMap(([k, v]) => (v.isSome ? [[k.args[0].toHex(), bytesText(v.unwrap())]] : [])),
  );
  return entries.flatMap(([k, v]): TipView[] => {
    if (v.isNone) return [];
    const o = v.unwrap();
    return [
      {
        hash: k.args[0].toHex(),
        who: o.who.toString(),
        finder: o.finder.toString(),
        deposit: o.deposit.toBigInt(),
        closes: o.closes.isSome ? o.closes.unwrap().toBigInt() : null,
        tips: o.tips.map(([tipper, value]) => ({ tipper: tipper.toString(), value: value.toBigInt() })),
        findersFee: o.findersFee.isTrue,
        reason: reasonText.get(o.reason.toHex()) ?? '',
      },
    ];
  });
}
