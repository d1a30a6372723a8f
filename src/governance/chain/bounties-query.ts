/**
 * Bounties, child bounties and tips as stored by the runtime (`Bounties.Bounties` with their descriptions,
 * `ChildBounties.ChildBounties`, `Tips.Tips` with their reasons) and the constants the pages show:
 * deposits, the payout delay, the update period, the tip countdown and finder's fee. Runtimes without
 * these pallets give empty lists.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import { hexToString, isHex } from '@polkadot/util';
import { arr, big, num, obj, type Plain, plain, str, variant } from '../../api/codec.js';
import { hasStorage, type StorageName, type StorageSection, storageItem } from '../../api/runtime-access.js';
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

const constOf = (api: ApiPromise, section: string, name: string): Plain =>
  (api.consts[section]?.[name] as Codec | undefined)?.toPrimitive() ?? 0;

export function treasuryConsts(api: ApiPromise): TreasuryConsts {
  return {
    bountyDepositBase: big(constOf(api, 'bounties', 'bountyDepositBase')),
    dataDepositPerByte: big(constOf(api, 'bounties', 'dataDepositPerByte')),
    bountyValueMinimum: big(constOf(api, 'bounties', 'bountyValueMinimum')),
    payoutDelay: big(constOf(api, 'bounties', 'bountyDepositPayoutDelay')),
    updatePeriod: big(constOf(api, 'bounties', 'bountyUpdatePeriod')),
    childValueMinimum: big(constOf(api, 'childBounties', 'childBountyValueMinimum')),
    tipCountdown: big(constOf(api, 'tips', 'tipCountdown')),
    tipFindersFee: num(constOf(api, 'tips', 'tipFindersFee')),
    tipReportDepositBase: big(constOf(api, 'tips', 'tipReportDepositBase')),
    spendPeriod: big(constOf(api, 'treasury', 'spendPeriod')),
  };
}

/** Description bytes as text (UTF-8), or the hex when they are not text. */
export function bytesText(v: Plain): string {
  const s = str(v);
  if (!isHex(s)) return s;
  const text = hexToString(s);
  return text.includes('\uFFFD') ? s : text;
}

/** A status enum value: its variant name and the fields it carries. */
function statusOf(v: Plain): {
  state: string;
  curator?: string;
  beneficiary?: string;
  due?: bigint;
  unlock?: bigint;
} {
  const [name, inner] = variant(v);
  const f = inner && typeof inner === 'object' ? obj(inner) : {};
  return {
    state: name.charAt(0).toUpperCase() + name.slice(1),
    curator: f.curator === undefined ? undefined : str(f.curator),
    beneficiary: f.beneficiary === undefined ? undefined : str(f.beneficiary),
    due: f.updateDue === undefined ? undefined : big(f.updateDue),
    unlock: f.unlockAt === undefined ? undefined : big(f.unlockAt),
  };
}

async function descriptions<S extends StorageSection>(
  api: ApiPromise,
  section: S,
  item: StorageName<S>,
): Promise<Map<number, string>> {
  if (!hasStorage(api, section, item)) return new Map();
  const entries = await storageItem(api, section, item).entries();
  return new Map(entries.map(([k, v]) => [num(k.args[0]?.toPrimitive()), bytesText(plain(v))]));
}

export async function fetchBounties(api: ApiPromise): Promise<BountyView[]> {
  if (!hasStorage(api, 'bounties', 'bounties')) return [];
  const [entries, texts, childEntries, childTexts] = await Promise.all([
    api.query.bounties.bounties.entries(),
    descriptions(api, 'bounties', 'bountyDescriptions'),
    // every entry of the double map: the generated `entries` types only the one-key prefix form
    hasStorage(api, 'childBounties', 'childBounties')
      ? storageItem(api, 'childBounties', 'childBounties').entries()
      : [],
    descriptions(api, 'childBounties', 'childBountyDescriptions'),
  ]);
  const children = childEntries.map(([k, v]): ChildBountyView => {
    const o = obj(plain(v));
    const s = statusOf(o.status);
    const index = num(k.args[1]?.toPrimitive());
    return {
      index,
      parent: num(k.args[0]?.toPrimitive()),
      value: big(o.value),
      fee: big(o.fee),
      curatorDeposit: big(o.curatorDeposit),
      state: s.state as ChildState,
      curator: s.curator,
      beneficiary: s.beneficiary,
      unlockAt: s.unlock,
      description: childTexts.get(index) ?? '',
    };
  });
  return entries
    .map(([k, v]): BountyView => {
      const o = obj(plain(v));
      const s = statusOf(o.status);
      const index = num(k.args[0]?.toPrimitive());
      return {
        index,
        proposer: str(o.proposer),
        value: big(o.value),
        fee: big(o.fee),
        curatorDeposit: big(o.curatorDeposit),
        bond: big(o.bond),
        state: s.state as BountyState,
        curator: s.curator,
        beneficiary: s.beneficiary,
        updateDue: s.due,
        unlockAt: s.unlock,
        description: texts.get(index) ?? '',
        children: children.filter((c) => c.parent === index).sort((a, b) => a.index - b.index),
      };
    })
    .sort((a, b) => b.index - a.index);
}

export async function fetchTips(api: ApiPromise): Promise<TipView[]> {
  if (!hasStorage(api, 'tips', 'tips')) return [];
  const [entries, reasons] = await Promise.all([
    api.query.tips.tips.entries(),
    api.query.tips.reasons.entries(),
  ]);
  const reasonText = new Map(reasons.map(([k, v]) => [str(k.args[0]?.toHex()), bytesText(plain(v))]));
  return entries.map(([k, v]): TipView => {
    const o = obj(plain(v));
    return {
      hash: str(k.args[0]?.toHex()),
      who: str(o.who),
      finder: str(o.finder),
      deposit: big(o.deposit),
      closes: o.closes === null || o.closes === undefined ? null : big(o.closes),
      tips: arr(o.tips).map((t) => {
        const [tipper, value] = arr(t);
        return { tipper: str(tipper), value: big(value) };
      }),
      findersFee: o.findersFee === true,
      reason: reasonText.get(str(o.reason)) ?? '',
    };
  });
}
