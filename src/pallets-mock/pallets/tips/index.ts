/**
 * pallet_tips of the final Khala runtime (polkadot-sdk release-polkadot-v1.2.0, index 69), paid from the
 * Treasury pot. Anyone reports an awesome account (`report_awesome`, deposit TipReportDepositBase +
 * DataDepositPerByte per reason byte, finder's fee TipFindersFee); a tipper opens a tip with a value
 * (`tip_new`, no deposit, no finder's fee). Tippers are PhragmenElection's members (Khala's `Tippers =
 * PhragmenElection`, whose members are the Council). When (tippers + 1) / 2 tips are in, the tip closes
 * after TipCountdown; `close_tip` then pays the median tip (`tips[len / 2]` of the values sorted, counting
 * only tips of current tippers, at most the pot), minus the finder's fee paid to the finder, and
 * returns the finder's deposit. The finder may retract (deposit back); the RejectOrigin (Root or > 1/2
 * Council) may slash a tip (deposit burned: Tips use the Treasury's `OnSlash`, `()` on Khala).
 * Tip hash = blake2_256(reason_hash ++ who), reason_hash = blake2_256(reason).
 * Deviation: a tip whose tippers all left the Council pays 0 where Rust would index out of bounds.
 */
import { perThingMul } from '../../../primitives/permill.js';
import { badOrigin } from '../../frame/errors.js';
import { ensureSigned } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import {
  bool,
  bytes,
  compact,
  newtype,
  option,
  struct,
  tuple,
  u8,
  u32,
  u128,
  vec,
} from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, H256, MultiAddress } from '../../frame/types.js';
import { type AccountId as Account, publicKey } from '../../primitives/account.js';
import { concatBytes, fromHex, toHex } from '../../primitives/bytes.js';
import { blake2_256 } from '../../primitives/hashing.js';
import { CENTS, DOLLARS, lookup, reserve, TREASURY_ACCOUNT, transfer, unreserve } from '../balances/index.js';
import { sortAccounts } from '../collective/index.js';
import { Members as ElectionMembers } from '../elections-phragmen/index.js';
import { currentBlock } from '../system/index.js';
import { burnReserved, ensureReject, pot } from '../treasury/index.js';
import { TipsDocs } from './docs.js';

const DAYS = 7_200n;
const Percent = newtype('sp_arithmetic::per_things::Percent', u8, 'u8');

const OpenTip = struct(
  {
    path: ['pallet_tips', 'OpenTip'],
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'Balance', type: u128 },
      { name: 'BlockNumber', type: u32 },
      { name: 'Hash', type: H256 },
    ],
  },
  {
    reason: H256,
    who: AccountId,
    finder: AccountId,
    deposit: u128,
    closes: option(u32),
    tips: vec(tuple(AccountId, u128)),
    finders_fee: bool,
  },
);
export interface OpenTipValue {
  reason: string;
  who: Account;
  finder: Account;
  deposit: bigint;
  closes: bigint | null;
  tips: Array<[Account, bigint]>;
  findersFee: boolean;
}

const S = storage('Tips');
const TipsMap = S.map('Tips', [['Twox64Concat', H256]], OpenTip);
export const Reasons = S.map('Reasons', [['Identity', H256]], bytes);

export const TipsEvents = events('Tips', 'pallet_tips', {
  NewTip: { tip_hash: H256 },
  TipClosing: { tip_hash: H256 },
  TipClosed: { tip_hash: H256, who: AccountId, payout: u128 },
  TipRetracted: { tip_hash: H256 },
  TipSlashed: { tip_hash: H256, finder: AccountId, deposit: u128 },
});
export const TipsErrors = errors('Tips', 'pallet_tips', [
  'ReasonTooBig',
  'AlreadyKnown',
  'UnknownTip',
  'NotFinder',
  'StillOpen',
  'Premature',
] as const);
export const TipsConstants = constants('Tips', {
  MaximumReasonLength: { codec: u32, value: 16_384n },
  DataDepositPerByte: { codec: u128, value: CENTS },
  TipCountdown: { codec: u32, value: DAYS },
  TipFindersFee: { codec: Percent, value: 20n },
  TipReportDepositBase: { codec: u128, value: DOLLARS },
});

export const Tips = {
  get: (hash: string): OpenTipValue | undefined => TipsMap.tryGet(hash) as OpenTipValue | undefined,
  entries: () => TipsMap.entries() as Array<[[string], OpenTipValue]>,
};

/** `T::Hashing::hash(reason)`. */
export const reasonHash = (reason: string): string => toHex(blake2_256(fromHex(reason)));
/** `T::Hashing::hash_of(&(reason_hash, who))`: the tip's key. */
export const tipHash = (reasonHashHex: string, who: Account): string =>
  toHex(blake2_256(concatBytes(fromHex(reasonHashHex), publicKey(who))));

/** The tippers (Khala's `Tippers = PhragmenElection`, SortedMembers): the elected members, sorted. */
const tippers = (): Account[] => sortAccounts(ElectionMembers.get().map((m) => m.who));
const ensureTipper = (who: Account): void => {
  if (!tippers().includes(who)) throw badOrigin();
};

/** `retain_active_tips`: keeps the tips of current tippers (tips stay sorted by account). */
function activeTips(tips: Array<[Account, bigint]>): Array<[Account, bigint]> {
  const members = new Set(tippers());
  return tips.filter(([who]) => members.has(who));
}

/** Inserts or replaces `tipper`'s tip; starts the countdown once the threshold is met. */
function insertTip(tip: OpenTipValue, tipper: Account, value: bigint): boolean {
  const others = tip.tips.filter(([who]) => who !== tipper);
  const sorted = sortAccounts([...others.map(([w]) => w), tipper]);
  const values = new Map<Account, bigint>([...others, [tipper, value]]);
  tip.tips = activeTips(sorted.map((w) => [w, values.get(w) ?? 0n]));
  const threshold = (BigInt(tippers().length) + 1n) / 2n;
  if (BigInt(tip.tips.length) >= threshold && tip.closes === null) {
    tip.closes = currentBlock() + TipsConstants.get('TipCountdown');
    return true;
  }
  return false;
}

/** Currency::transfer from the Treasury with KeepAlive, best effort (a failure moves nothing). */
function payFromTreasury(to: Account, amount: bigint): void {
  if (amount === 0n) return;
  try {
    transfer(TREASURY_ACCOUNT, to, amount, true);
  } catch {}
}

/** `payout_tip`: the median of the active tips (at most the pot), the finder's fee, the deposit back. */
function payoutTip(hash: string, tip: OpenTipValue): void {
  const values = activeTips(tip.tips)
    .map(([, v]) => v)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const median = values[Math.floor(values.length / 2)] ?? 0n;
  const max = pot();
  let payout = median < max ? median : max;
  if (tip.deposit !== 0n) unreserve(tip.finder, tip.deposit);
  if (tip.findersFee && tip.finder !== tip.who) {
    const fee = perThingMul(TipsConstants.get('TipFindersFee'), payout, 100n);
    payout -= fee;
    payFromTreasury(tip.finder, fee);
  }
  payFromTreasury(tip.who, payout);
  TipsEvents.emit('TipClosed', { tip_hash: hash, who: tip.who, payout });
}

export const TipsPallet: PalletDecl = {
  docs: TipsDocs,
  name: 'Tips',
  crate: 'pallet_tips',
  index: 69,
  storage: S.items,
  events: TipsEvents,
  errors: TipsErrors,
  constants: TipsConstants,
  calls: {
    report_awesome: call(0, { reason: bytes, who: MultiAddress }, (o, a) => {
      const finder = ensureSigned(o);
      const who = lookup(a.who);
      const len = BigInt(fromHex(a.reason).length);
      if (len > TipsConstants.get('MaximumReasonLength')) throw TipsErrors.fail('ReasonTooBig');
      const rh = reasonHash(a.reason);
      if (Reasons.contains(rh)) throw TipsErrors.fail('AlreadyKnown');
      const hash = tipHash(rh, who);
      if (TipsMap.contains(hash)) throw TipsErrors.fail('AlreadyKnown');
      const deposit =
        TipsConstants.get('TipReportDepositBase') + TipsConstants.get('DataDepositPerByte') * len;
      reserve(finder, deposit);
      Reasons.set(rh, a.reason);
      TipsMap.set(hash, { reason: rh, who, finder, deposit, closes: null, tips: [], findersFee: true });
      TipsEvents.emit('NewTip', { tip_hash: hash });
    }),
    retract_tip: call(1, { hash: H256 }, (o, a) => {
      const who = ensureSigned(o);
      const tip = Tips.get(a.hash);
      if (!tip) throw TipsErrors.fail('UnknownTip');
      if (tip.finder !== who) throw TipsErrors.fail('NotFinder');
      Reasons.remove(tip.reason);
      TipsMap.remove(a.hash);
      if (tip.deposit !== 0n) unreserve(who, tip.deposit);
      TipsEvents.emit('TipRetracted', { tip_hash: a.hash });
    }),
    tip_new: call(2, { reason: bytes, who: MultiAddress, tip_value: compact(u128) }, (o, a) => {
      const tipper = ensureSigned(o);
      const who = lookup(a.who);
      ensureTipper(tipper);
      const rh = reasonHash(a.reason);
      if (Reasons.contains(rh)) throw TipsErrors.fail('AlreadyKnown');
      const hash = tipHash(rh, who);
      Reasons.set(rh, a.reason);
      TipsEvents.emit('NewTip', { tip_hash: hash });
      TipsMap.set(hash, {
        reason: rh,
        who,
        finder: tipper,
        deposit: 0n,
        closes: null,
        tips: [[tipper, a.tip_value]],
        findersFee: false,
      });
    }),
    tip: call(3, { hash: H256, tip_value: compact(u128) }, (o, a) => {
      const tipper = ensureSigned(o);
      ensureTipper(tipper);
      const tip = Tips.get(a.hash);
      if (!tip) throw TipsErrors.fail('UnknownTip');
      if (insertTip(tip, tipper, a.tip_value)) TipsEvents.emit('TipClosing', { tip_hash: a.hash });
      TipsMap.set(a.hash, tip);
    }),
    close_tip: call(4, { hash: H256 }, (o, a) => {
      ensureSigned(o);
      const tip = Tips.get(a.hash);
      if (!tip) throw TipsErrors.fail('UnknownTip');
      if (tip.closes === null) throw TipsErrors.fail('StillOpen');
      if (currentBlock() < tip.closes) throw TipsErrors.fail('Premature');
      Reasons.remove(tip.reason);
      TipsMap.remove(a.hash);
      payoutTip(a.hash, tip);
    }),
    slash_tip: call(5, { hash: H256 }, (o, a) => {
      ensureReject(o);
      const tip = Tips.get(a.hash);
      if (!tip) throw TipsErrors.fail('UnknownTip');
      TipsMap.remove(a.hash);
      if (tip.deposit !== 0n) burnReserved(tip.finder, tip.deposit);
      Reasons.remove(tip.reason);
      TipsEvents.emit('TipSlashed', { tip_hash: a.hash, finder: tip.finder, deposit: tip.deposit });
    }),
  },
  invariants: {
    reasonsMatchTips() {
      const reasons = new Set(Reasons.keys().map(([h]) => h));
      const tips = Tips.entries();
      if (reasons.size !== tips.length) throw new Error(`${reasons.size} reasons for ${tips.length} tips`);
      for (const [[hash], tip] of tips) {
        if (!reasons.has(tip.reason)) throw new Error(`tip ${hash} has no reason`);
        if (tipHash(tip.reason, tip.who) !== hash) throw new Error(`tip ${hash} is filed under a wrong hash`);
      }
    },
    tipsSortedAndUnique() {
      for (const [[hash], tip] of Tips.entries()) {
        const who = tip.tips.map(([w]) => w);
        const sorted = sortAccounts(who);
        if (new Set(who).size !== who.length || sorted.some((w, i) => w !== who[i]))
          throw new Error(`tip ${hash}: tips not sorted by tipper`);
      }
    },
  },
};
