/**
 * pallet_identity (polkadot-sdk release-polkadot-v1.2.0) with Khala's constants and origins:
 * `set_identity` reserves BasicDeposit + FieldDeposit × additional fields (a new identity keeps only
 * sticky judgements: FeePaid and Erroneous); sub-accounts (`set_subs`, `add_sub`, `rename_sub`,
 * `remove_sub`, `quit_sub`) reserve SubAccountDeposit each from the main account (`quit_sub` hands it to
 * the leaving sub); `clear_identity` returns the identity, sub and unjudged fee deposits exactly.
 * Registrars are added by Root or more than half of the Council (Khala's RegistrarOrigin), set their fee,
 * account and fields; `request_judgement` reserves the registrar's fee, `cancel_request` returns it and
 * `provide_judgement` (for the identity's exact hash) pays it to the registrar. `kill_identity` (Root or
 * more than half of the Council) slashes every deposit to the Treasury (Khala's `Slashed = Treasury`).
 *
 * Final Khala runtime: calls, events, errors and storage are those of Khala's Aug-2023 metadata (checked by
 * metadata-reference.test.ts); no deviation known.
 */
import { badOrigin } from '../../frame/errors.js';
import { ensureSigned, type Origin } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { compact, encode, option, tuple, u32, u128, vec } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, boundedVec, H256, MultiAddress } from '../../frame/types.js';
import type { AccountId as Account } from '../../primitives/account.js';
import { toHex } from '../../primitives/bytes.js';
import { blake2_256 } from '../../primitives/hashing.js';
import { CENTS, DOLLARS, lookup, repatriateReserved, reserve, unreserve } from '../balances/index.js';
import { isRoot, proportionMoreThan } from '../collective/origin.js';
import { slashToTreasury } from '../treasury/index.js';
import { IdentityDocs } from './docs.js';
import {
  Data,
  IdentityFields,
  IdentityInfo,
  type IdentityInfoValue,
  isSticky,
  Judgement,
  type JudgementValue,
  RegistrarInfo,
  Registration,
  type RegistrationValue,
} from './types.js';

const S = storage('Identity');
export const IdentityOf = S.map('IdentityOf', [['Twox64Concat', AccountId]], Registration);
export const SuperOf = S.map('SuperOf', [['Blake2_128Concat', AccountId]], tuple(AccountId, Data));
export const SubsOf = S.map('SubsOf', [['Twox64Concat', AccountId]], tuple(u128, boundedVec(AccountId)), {
  default: [0n, []],
});
export const Registrars = S.value('Registrars', boundedVec(option(RegistrarInfo)), { default: [] });

export const IdentityEvents = events('Identity', 'pallet_identity', {
  IdentitySet: { who: AccountId },
  IdentityCleared: { who: AccountId, deposit: u128 },
  IdentityKilled: { who: AccountId, deposit: u128 },
  JudgementRequested: { who: AccountId, registrar_index: u32 },
  JudgementUnrequested: { who: AccountId, registrar_index: u32 },
  JudgementGiven: { target: AccountId, registrar_index: u32 },
  RegistrarAdded: { registrar_index: u32 },
  SubIdentityAdded: { sub: AccountId, main: AccountId, deposit: u128 },
  SubIdentityRemoved: { sub: AccountId, main: AccountId, deposit: u128 },
  SubIdentityRevoked: { sub: AccountId, main: AccountId, deposit: u128 },
});
export const IdentityErrors = errors('Identity', 'pallet_identity', [
  'TooManySubAccounts',
  'NotFound',
  'NotNamed',
  'EmptyIndex',
  'FeeChanged',
  'NoIdentity',
  'StickyJudgement',
  'JudgementGiven',
  'InvalidJudgement',
  'InvalidIndex',
  'InvalidTarget',
  'TooManyFields',
  'TooManyRegistrars',
  'AlreadyClaimed',
  'NotSub',
  'NotOwned',
  'JudgementForDifferentIdentity',
  'JudgementPaymentFailed',
] as const);
export const IdentityConstants = constants('Identity', {
  BasicDeposit: { codec: u128, value: 10n * DOLLARS },
  FieldDeposit: { codec: u128, value: 250n * CENTS },
  SubAccountDeposit: { codec: u128, value: 2n * DOLLARS },
  MaxSubAccounts: { codec: u32, value: 100n },
  MaxAdditionalFields: { codec: u32, value: 100n },
  MaxRegistrars: { codec: u32, value: 20n },
});

/** Khala's ForceOrigin and RegistrarOrigin: Root or more than half of the Council. */
function ensureRootOrHalfCouncil(o: Origin): void {
  if (!isRoot(o) && !proportionMoreThan(o, 'Council', 1, 2)) throw badOrigin();
}

/** The identity's own deposit plus the fees reserved for judgements not yet given. */
export function totalDeposit(r: RegistrationValue): bigint {
  let fees = 0n;
  for (const [, j] of r.judgements) if (j.type === 'FeePaid') fees += j.value as bigint;
  return r.deposit + fees;
}

/** `T::Hashing::hash_of(&info)`: what a registrar names in provide_judgement. */
export const identityHash = (info: IdentityInfoValue): string =>
  toHex(blake2_256(encode(IdentityInfo, info)));

/** Inserts or replaces the judgement of `index`, keeping the list ordered by registrar index. */
function withJudgement(
  judgements: RegistrationValue['judgements'],
  index: bigint,
  j: JudgementValue,
): RegistrationValue['judgements'] {
  const rest = judgements.filter(([i]) => i !== index);
  const at = rest.findIndex(([i]) => i > index);
  const item: [bigint, JudgementValue] = [index, j];
  return at < 0 ? [...rest, item] : [...rest.slice(0, at), item, ...rest.slice(at)];
}

function registrarOf(index: bigint, who: Account) {
  const r = Registrars.get()[Number(index)];
  if (!r || r.account !== who) throw IdentityErrors.fail('InvalidIndex');
  return r;
}

function mutateRegistrar(
  index: bigint,
  who: Account,
  fn: (r: NonNullable<ReturnType<typeof registrarOf>>) => void,
): void {
  const all = Registrars.get();
  const r = registrarOf(index, who);
  fn(r);
  all[Number(index)] = r;
  Registrars.set(all);
}

/** Removes `sub` from `main`'s sub list and returns its share of the deposit (at most what is held). */
function dropSub(main: Account, sub: Account): bigint {
  const [held, subs] = SubsOf.get(main);
  const d = IdentityConstants.get('SubAccountDeposit');
  const deposit = d < held ? d : held;
  // ValueQuery mutate: the entry stays, even empty, as in Rust.
  SubsOf.set(main, [held - deposit, subs.filter((s) => s !== sub)]);
  return deposit;
}

export const Identity: PalletDecl = {
  docs: IdentityDocs,
  name: 'Identity',
  crate: 'pallet_identity',
  index: 60,
  storage: S.items,
  events: IdentityEvents,
  errors: IdentityErrors,
  constants: IdentityConstants,
  calls: {
    add_registrar: call(0, { account: MultiAddress }, (o, a) => {
      ensureRootOrHalfCouncil(o);
      const account = lookup(a.account);
      const all = Registrars.get();
      if (BigInt(all.length) >= IdentityConstants.get('MaxRegistrars'))
        throw IdentityErrors.fail('TooManyRegistrars');
      Registrars.set([...all, { account, fee: 0n, fields: 0n }]);
      IdentityEvents.emit('RegistrarAdded', { registrar_index: BigInt(all.length) });
    }),
    set_identity: call(1, { info: IdentityInfo }, (o, a) => {
      const who = ensureSigned(o);
      const extra = BigInt(a.info.additional.length);
      if (extra > IdentityConstants.get('MaxAdditionalFields')) throw IdentityErrors.fail('TooManyFields');
      const old = IdentityOf.tryGet(who);
      const judgements = old ? old.judgements.filter(([, j]) => isSticky(j)) : [];
      const oldDeposit = old?.deposit ?? 0n;
      const deposit = IdentityConstants.get('BasicDeposit') + extra * IdentityConstants.get('FieldDeposit');
      if (deposit > oldDeposit) reserve(who, deposit - oldDeposit);
      if (oldDeposit > deposit) unreserve(who, oldDeposit - deposit);
      IdentityOf.set(who, { judgements, deposit, info: a.info });
      IdentityEvents.emit('IdentitySet', { who });
    }),
    set_subs: call(2, { subs: vec(tuple(AccountId, Data)) }, (o, a) => {
      const who = ensureSigned(o);
      if (!IdentityOf.contains(who)) throw IdentityErrors.fail('NotFound');
      if (BigInt(a.subs.length) > IdentityConstants.get('MaxSubAccounts'))
        throw IdentityErrors.fail('TooManySubAccounts');
      const [oldDeposit, oldIds] = SubsOf.get(who);
      const newDeposit = IdentityConstants.get('SubAccountDeposit') * BigInt(a.subs.length);
      for (const [sub] of a.subs) {
        const sup = SuperOf.tryGet(sub);
        if (sup && sup[0] !== who) throw IdentityErrors.fail('AlreadyClaimed');
      }
      if (oldDeposit < newDeposit) reserve(who, newDeposit - oldDeposit);
      else if (oldDeposit > newDeposit) unreserve(who, oldDeposit - newDeposit);
      for (const s of oldIds) SuperOf.remove(s);
      for (const [sub, data] of a.subs) SuperOf.set(sub, [who, data]);
      if (a.subs.length === 0) SubsOf.remove(who);
      else SubsOf.set(who, [newDeposit, a.subs.map(([sub]) => sub)]);
    }),
    clear_identity: call(3, {}, (o) => {
      const who = ensureSigned(o);
      const [subsDeposit, subs] = SubsOf.get(who);
      const id = IdentityOf.tryGet(who);
      if (!id) throw IdentityErrors.fail('NotNamed');
      SubsOf.remove(who);
      IdentityOf.remove(who);
      const deposit = totalDeposit(id) + subsDeposit;
      for (const s of subs) SuperOf.remove(s);
      unreserve(who, deposit);
      IdentityEvents.emit('IdentityCleared', { who, deposit });
    }),
    request_judgement: call(4, { reg_index: compact(u32), max_fee: compact(u128) }, (o, a) => {
      const who = ensureSigned(o);
      const registrar = Registrars.get()[Number(a.reg_index)];
      if (!registrar) throw IdentityErrors.fail('EmptyIndex');
      if (a.max_fee < registrar.fee) throw IdentityErrors.fail('FeeChanged');
      const id = IdentityOf.tryGet(who);
      if (!id) throw IdentityErrors.fail('NoIdentity');
      const current = id.judgements.find(([i]) => i === a.reg_index);
      if (current && isSticky(current[1])) throw IdentityErrors.fail('StickyJudgement');
      if (!current && BigInt(id.judgements.length) >= IdentityConstants.get('MaxRegistrars'))
        throw IdentityErrors.fail('TooManyRegistrars');
      const judgements = withJudgement(id.judgements, a.reg_index, { type: 'FeePaid', value: registrar.fee });
      reserve(who, registrar.fee);
      IdentityOf.set(who, { ...id, judgements });
      IdentityEvents.emit('JudgementRequested', { who, registrar_index: a.reg_index });
    }),
    cancel_request: call(5, { reg_index: u32 }, (o, a) => {
      const who = ensureSigned(o);
      const id = IdentityOf.tryGet(who);
      if (!id) throw IdentityErrors.fail('NoIdentity');
      const current = id.judgements.find(([i]) => i === a.reg_index);
      if (!current) throw IdentityErrors.fail('NotFound');
      if (current[1].type !== 'FeePaid') throw IdentityErrors.fail('JudgementGiven');
      unreserve(who, current[1].value as bigint);
      IdentityOf.set(who, { ...id, judgements: id.judgements.filter(([i]) => i !== a.reg_index) });
      IdentityEvents.emit('JudgementUnrequested', { who, registrar_index: a.reg_index });
    }),
    set_fee: call(6, { index: compact(u32), fee: compact(u128) }, (o, a) => {
      const who = ensureSigned(o);
      mutateRegistrar(a.index, who, (r) => {
        r.fee = a.fee;
      });
    }),
    set_account_id: call(7, { index: compact(u32), new: MultiAddress }, (o, a) => {
      const who = ensureSigned(o);
      const account = lookup(a.new);
      mutateRegistrar(a.index, who, (r) => {
        r.account = account;
      });
    }),
    set_fields: call(8, { index: compact(u32), fields: IdentityFields }, (o, a) => {
      const who = ensureSigned(o);
      mutateRegistrar(a.index, who, (r) => {
        r.fields = a.fields;
      });
    }),
    provide_judgement: call(
      9,
      { reg_index: compact(u32), target: MultiAddress, judgement: Judgement, identity: H256 },
      (o, a) => {
        const who = ensureSigned(o);
        const target = lookup(a.target);
        if (a.judgement.type === 'FeePaid') throw IdentityErrors.fail('InvalidJudgement');
        registrarOf(a.reg_index, who);
        const id = IdentityOf.tryGet(target);
        if (!id) throw IdentityErrors.fail('InvalidTarget');
        if (identityHash(id.info) !== a.identity) throw IdentityErrors.fail('JudgementForDifferentIdentity');
        const current = id.judgements.find(([i]) => i === a.reg_index);
        if (current?.[1].type === 'FeePaid') {
          try {
            repatriateReserved(target, who, current[1].value as bigint);
          } catch {
            throw IdentityErrors.fail('JudgementPaymentFailed');
          }
        } else if (!current && BigInt(id.judgements.length) >= IdentityConstants.get('MaxRegistrars'))
          throw IdentityErrors.fail('TooManyRegistrars');
        IdentityOf.set(target, { ...id, judgements: withJudgement(id.judgements, a.reg_index, a.judgement) });
        IdentityEvents.emit('JudgementGiven', { target, registrar_index: a.reg_index });
      },
    ),
    kill_identity: call(10, { target: MultiAddress }, (o, a) => {
      ensureRootOrHalfCouncil(o);
      const target = lookup(a.target);
      const [subsDeposit, subs] = SubsOf.get(target);
      const id = IdentityOf.tryGet(target);
      if (!id) throw IdentityErrors.fail('NotNamed');
      SubsOf.remove(target);
      IdentityOf.remove(target);
      const deposit = totalDeposit(id) + subsDeposit;
      for (const s of subs) SuperOf.remove(s);
      slashToTreasury(target, deposit);
      IdentityEvents.emit('IdentityKilled', { who: target, deposit });
    }),
    add_sub: call(11, { sub: MultiAddress, data: Data }, (o, a) => {
      const who = ensureSigned(o);
      const sub = lookup(a.sub);
      if (!IdentityOf.contains(who)) throw IdentityErrors.fail('NoIdentity');
      if (SuperOf.contains(sub)) throw IdentityErrors.fail('AlreadyClaimed');
      const [held, subs] = SubsOf.get(who);
      if (BigInt(subs.length) >= IdentityConstants.get('MaxSubAccounts'))
        throw IdentityErrors.fail('TooManySubAccounts');
      const deposit = IdentityConstants.get('SubAccountDeposit');
      reserve(who, deposit);
      SuperOf.set(sub, [who, a.data]);
      SubsOf.set(who, [held + deposit, [...subs, sub]]);
      IdentityEvents.emit('SubIdentityAdded', { sub, main: who, deposit });
    }),
    rename_sub: call(12, { sub: MultiAddress, data: Data }, (o, a) => {
      const who = ensureSigned(o);
      const sub = lookup(a.sub);
      if (!IdentityOf.contains(who)) throw IdentityErrors.fail('NoIdentity');
      if (SuperOf.tryGet(sub)?.[0] !== who) throw IdentityErrors.fail('NotOwned');
      SuperOf.set(sub, [who, a.data]);
    }),
    remove_sub: call(13, { sub: MultiAddress }, (o, a) => {
      const who = ensureSigned(o);
      if (!IdentityOf.contains(who)) throw IdentityErrors.fail('NoIdentity');
      const sub = lookup(a.sub);
      const sup = SuperOf.tryGet(sub);
      if (!sup) throw IdentityErrors.fail('NotSub');
      if (sup[0] !== who) throw IdentityErrors.fail('NotOwned');
      SuperOf.remove(sub);
      const deposit = dropSub(who, sub);
      unreserve(who, deposit);
      IdentityEvents.emit('SubIdentityRemoved', { sub, main: who, deposit });
    }),
    quit_sub: call(14, {}, (o) => {
      const who = ensureSigned(o);
      const sup = SuperOf.tryGet(who);
      if (!sup) throw IdentityErrors.fail('NotSub');
      SuperOf.remove(who);
      const main = sup[0];
      const deposit = dropSub(main, who);
      // `let _ =`: a failed repatriation is ignored, as in Rust.
      try {
        repatriateReserved(main, who, deposit);
      } catch {}
      IdentityEvents.emit('SubIdentityRevoked', { sub: who, main, deposit });
    }),
  },
  invariants: {
    subsAndSupersAgree() {
      for (const [[main], [deposit, subs]] of SubsOf.entries()) {
        if (BigInt(subs.length) > IdentityConstants.get('MaxSubAccounts'))
          throw new Error(`${main} has too many subs`);
        if (deposit !== IdentityConstants.get('SubAccountDeposit') * BigInt(subs.length))
          throw new Error(`${main}'s sub deposit ${deposit} is not SubAccountDeposit × ${subs.length}`);
        for (const s of subs)
          if (SuperOf.tryGet(s)?.[0] !== main) throw new Error(`sub ${s} of ${main} has no SuperOf`);
      }
      for (const [[sub], [main]] of SuperOf.entries())
        if (!SubsOf.get(main)[1].includes(sub)) throw new Error(`SuperOf ${sub} → ${main} is not in SubsOf`);
    },
    registrationsDeposited() {
      const maxRegistrars = IdentityConstants.get('MaxRegistrars');
      for (const [[who], r] of IdentityOf.entries()) {
        const expected =
          IdentityConstants.get('BasicDeposit') +
          IdentityConstants.get('FieldDeposit') * BigInt(r.info.additional.length);
        if (r.deposit !== expected) throw new Error(`${who}'s identity deposit ${r.deposit} ≠ ${expected}`);
        if (BigInt(r.judgements.length) > maxRegistrars) throw new Error(`${who} has too many judgements`);
        for (let i = 1; i < r.judgements.length; i++)
          if ((r.judgements[i - 1]?.[0] ?? 0n) >= (r.judgements[i]?.[0] ?? 0n))
            throw new Error(`${who}'s judgements are not ordered by registrar`);
      }
      if (BigInt(Registrars.get().length) > maxRegistrars) throw new Error('too many registrars');
    },
  },
};
