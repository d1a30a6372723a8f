/**
 * Identity (index 60) through the scenario harness: the scenarios of polkadot-sdk's pallet_identity tests
 * with Khala's deposits (BasicDeposit 10 PHA, FieldDeposit 2.5 PHA, SubAccountDeposit 2 PHA) and origins
 * (registrars added and identities killed by Root or more than half of the Council): deposits returned
 * exactly, sub-accounts, the judgement flow paying the registrar's fee, kill_identity slashing to the
 * Treasury. Invariants run after every call and block; refused calls leave storage exactly as it was.
 */
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/pallets-mock/index.js';
import { identityHash } from '../../src/pallets-mock/pallets/identity/index.js';
import { identityInfo, rawData } from '../../src/pallets-mock/pallets/identity/types.js';
import { palletAccount } from '../../src/pallets-mock/primitives/account.js';
import { acct, block, CENTS, err, mockRuntime, ok, PHA } from './phala-pools-helpers.js';

const BASIC = 10n * PHA;
const FIELD = 250n * CENTS;
const SUB = 2n * PHA;
const TREASURY = palletAccount('py/trsry');

const balance = (rt: Runtime, who: string) => {
  const { free, reserved } = (rt.query('System.Account', who) as { data: { free: bigint; reserved: bigint } })
    .data;
  return { free, reserved };
};
const registration = (rt: Runtime, who: string) =>
  rt.query('Identity.IdentityOf', who) as
    | {
        judgements: Array<[bigint, { type: string; value: unknown }]>;
        deposit: bigint;
        info: ReturnType<typeof identityInfo>;
      }
    | undefined;
const ten = identityInfo({ display: 'Ten', web: 'https://ten.example' });

/** acct(10) as registrar 0 with a 1 PHA fee; acct(1) has an identity. */
function withRegistrar(fee = PHA) {
  const rt = mockRuntime([[acct(10), 100n * PHA]]);
  ok(rt, 'root', 'Identity.add_registrar', { account: acct(10) });
  ok(rt, acct(10), 'Identity.set_fee', { index: 0, fee });
  ok(rt, acct(1), 'Identity.set_identity', { info: ten });
  return rt;
}

describe('Identity: set and clear with deposits', () => {
  it('reserves basic + per additional field, adjusts on update, returns exactly on clear', () => {
    const rt = mockRuntime();
    const before = balance(rt, acct(1));
    const out = ok(rt, acct(1), 'Identity.set_identity', { info: ten });
    expect(out.events.at(-1)?.fields).toEqual({ who: acct(1) });
    expect(balance(rt, acct(1)).reserved - before.reserved).toBe(BASIC);
    block(rt);
    const richer = identityInfo({ display: 'Ten' }, [
      ['discord', 'ten#1'],
      ['matrix', '@ten:example'],
    ]);
    ok(rt, acct(1), 'Identity.set_identity', { info: richer });
    expect(registration(rt, acct(1))?.deposit).toBe(BASIC + 2n * FIELD);
    expect(balance(rt, acct(1)).reserved - before.reserved).toBe(BASIC + 2n * FIELD);
    ok(rt, acct(1), 'Identity.set_identity', { info: ten });
    expect(balance(rt, acct(1)).reserved - before.reserved).toBe(BASIC);
    block(rt);
    const cleared = ok(rt, acct(1), 'Identity.clear_identity');
    expect(cleared.events.find((e) => e.name === 'IdentityCleared')?.fields).toEqual({
      who: acct(1),
      deposit: BASIC,
    });
    expect(balance(rt, acct(1))).toEqual(before);
    expect(registration(rt, acct(1))).toBeUndefined();
    err(rt, acct(1), 'Identity.clear_identity', {}, 'Identity.NotNamed');
    block(rt);
  });

  it('refuses an identity the account cannot pay for, and more than MaxAdditionalFields', () => {
    const rt = mockRuntime([[acct(7), 5n * PHA]]);
    err(rt, acct(7), 'Identity.set_identity', { info: ten }, 'Balances.InsufficientBalance');
    const tooMany = identityInfo(
      {},
      Array.from({ length: 101 }, (_, i): [string, string] => [`k${i}`, 'v']),
    );
    err(rt, acct(1), 'Identity.set_identity', { info: tooMany }, 'Identity.TooManyFields');
  });
});

describe('Identity: sub-accounts', () => {
  it('set_subs, add_sub, rename_sub, remove_sub and quit_sub move SubAccountDeposit exactly', () => {
    const rt = mockRuntime();
    const start = balance(rt, acct(1));
    err(rt, acct(1), 'Identity.set_subs', { subs: [[acct(2), rawData('two')]] }, 'Identity.NotFound');
    ok(rt, acct(1), 'Identity.set_identity', { info: ten });
    ok(rt, acct(1), 'Identity.set_subs', {
      subs: [
        [acct(2), rawData('two')],
        [acct(3), rawData('three')],
      ],
    });
    expect(balance(rt, acct(1)).reserved - start.reserved).toBe(BASIC + 2n * SUB);
    expect(rt.query('Identity.SuperOf', acct(2))).toEqual([acct(1), rawData('two')]);
    block(rt);

    // Another identity cannot claim acct(2).
    ok(rt, acct(99), 'Identity.set_identity', { info: identityInfo({ display: 'Whale' }) });
    err(rt, acct(99), 'Identity.add_sub', { sub: acct(2), data: rawData('mine') }, 'Identity.AlreadyClaimed');
    err(rt, acct(99), 'Identity.set_subs', { subs: [[acct(2), rawData('mine')]] }, 'Identity.AlreadyClaimed');
    err(rt, acct(99), 'Identity.rename_sub', { sub: acct(2), data: rawData('mine') }, 'Identity.NotOwned');
    err(rt, acct(99), 'Identity.remove_sub', { sub: acct(2) }, 'Identity.NotOwned');
    err(rt, acct(99), 'Identity.remove_sub', { sub: acct(5) }, 'Identity.NotSub');

    const added = ok(rt, acct(1), 'Identity.add_sub', { sub: acct(4), data: rawData('four') });
    expect(added.events.find((e) => e.name === 'SubIdentityAdded')?.fields).toEqual({
      sub: acct(4),
      main: acct(1),
      deposit: SUB,
    });
    ok(rt, acct(1), 'Identity.rename_sub', { sub: acct(4), data: rawData('quatre') });
    expect(rt.query('Identity.SuperOf', acct(4))).toEqual([acct(1), rawData('quatre')]);
    const removed = ok(rt, acct(1), 'Identity.remove_sub', { sub: acct(3) });
    expect(removed.events.find((e) => e.name === 'SubIdentityRemoved')?.fields).toEqual({
      sub: acct(3),
      main: acct(1),
      deposit: SUB,
    });
    expect(balance(rt, acct(1)).reserved - start.reserved).toBe(BASIC + 2n * SUB);
    block(rt);

    // quit_sub hands the deposit to the leaving sub.
    const sub2 = balance(rt, acct(2));
    const quit = ok(rt, acct(2), 'Identity.quit_sub');
    expect(quit.events.find((e) => e.name === 'SubIdentityRevoked')?.fields).toEqual({
      sub: acct(2),
      main: acct(1),
      deposit: SUB,
    });
    expect(balance(rt, acct(2)).free - sub2.free).toBe(SUB);
    expect(balance(rt, acct(1)).reserved - start.reserved).toBe(BASIC + SUB);
    err(rt, acct(2), 'Identity.quit_sub', {}, 'Identity.NotSub');

    // Clearing returns the identity and the remaining sub deposit.
    const cleared = ok(rt, acct(1), 'Identity.clear_identity');
    expect(cleared.events.find((e) => e.name === 'IdentityCleared')?.fields).toEqual({
      who: acct(1),
      deposit: BASIC + SUB,
    });
    expect(balance(rt, acct(1))).toEqual({ ...start, free: start.free - SUB });
    expect(rt.query('Identity.SuperOf', acct(4))).toBeUndefined();
    block(rt);
  });
});

describe('Identity: set_subs replaces the whole list', () => {
  it('reserves or returns only the difference, and an empty list returns everything', () => {
    const rt = mockRuntime();
    ok(rt, acct(1), 'Identity.set_identity', { info: ten });
    const start = balance(rt, acct(1));
    const subs = (...ns: number[]) => ns.map((n) => [acct(n), rawData(`sub ${n}`)]);
    ok(rt, acct(1), 'Identity.set_subs', { subs: subs(2, 3, 4) });
    expect(balance(rt, acct(1)).reserved - start.reserved).toBe(3n * SUB);
    ok(rt, acct(1), 'Identity.set_subs', { subs: subs(5) });
    expect(balance(rt, acct(1)).reserved - start.reserved).toBe(SUB);
    expect(rt.query('Identity.SuperOf', acct(2))).toBeUndefined();
    expect(rt.query('Identity.SubsOf', acct(1))).toEqual([SUB, [acct(5)]]);
    block(rt);
    ok(rt, acct(1), 'Identity.set_subs', { subs: [] });
    expect(balance(rt, acct(1))).toEqual(start);
    expect(rt.query('Identity.SubsOf', acct(1))).toEqual([0n, []]);
    err(
      rt,
      acct(1),
      'Identity.set_subs',
      { subs: subs(...Array.from({ length: 101 }, (_, i) => 200 + i)) },
      'Identity.TooManySubAccounts',
    );
    block(rt);
  });
});

describe('Identity: registrars and judgements', () => {
  it('add_registrar: Root or more than half of the Council (Khala’s RegistrarOrigin)', () => {
    const rt = mockRuntime();
    err(rt, acct(1), 'Identity.add_registrar', { account: acct(10) }, 'BadOrigin');
    const asCouncil = (yes: bigint, of: bigint) =>
      ok(rt, 'root', 'Utility.dispatch_as', {
        as_origin: { type: 'Council', value: { type: 'Members', value: [yes, of] } },
        call: {
          type: 'Identity',
          value: { type: 'add_registrar', value: { account: { type: 'Id', value: acct(10) } } },
        },
      }).events.find((e) => e.name === 'DispatchedAs')?.fields.result as { type: string };
    expect(asCouncil(2n, 4n).type).toBe('Err');
    expect(asCouncil(3n, 5n).type).toBe('Ok');
    ok(rt, 'root', 'Identity.add_registrar', { account: acct(11) });
    expect((rt.query('Identity.Registrars') as Array<{ account: string }>).map((r) => r.account)).toEqual([
      acct(10),
      acct(11),
    ]);
    for (let i = 2; i < 20; i++) ok(rt, 'root', 'Identity.add_registrar', { account: acct(100 + i) });
    err(rt, 'root', 'Identity.add_registrar', { account: acct(12) }, 'Identity.TooManyRegistrars');
  });

  it('a requested judgement reserves the fee and pays it to the registrar', () => {
    const rt = withRegistrar();
    const start1 = balance(rt, acct(1));
    const start10 = balance(rt, acct(10));
    err(
      rt,
      acct(1),
      'Identity.request_judgement',
      { reg_index: 0, max_fee: PHA - 1n },
      'Identity.FeeChanged',
    );
    err(rt, acct(1), 'Identity.request_judgement', { reg_index: 3, max_fee: PHA }, 'Identity.EmptyIndex');
    err(rt, acct(2), 'Identity.request_judgement', { reg_index: 0, max_fee: PHA }, 'Identity.NoIdentity');
    ok(rt, acct(1), 'Identity.request_judgement', { reg_index: 0, max_fee: PHA });
    expect(balance(rt, acct(1)).reserved - start1.reserved).toBe(PHA);
    expect(registration(rt, acct(1))?.judgements).toEqual([[0n, { type: 'FeePaid', value: PHA }]]);
    err(
      rt,
      acct(1),
      'Identity.request_judgement',
      { reg_index: 0, max_fee: PHA },
      'Identity.StickyJudgement',
    );
    block(rt);

    const hash = identityHash(ten);
    const judge = (judgement: unknown, identity = hash) => ({
      reg_index: 0,
      target: acct(1),
      judgement,
      identity,
    });
    err(rt, acct(2), 'Identity.provide_judgement', judge('Reasonable'), 'Identity.InvalidIndex');
    err(
      rt,
      acct(10),
      'Identity.provide_judgement',
      judge({ type: 'FeePaid', value: 1n }),
      'Identity.InvalidJudgement',
    );
    err(
      rt,
      acct(10),
      'Identity.provide_judgement',
      judge('Reasonable', identityHash(identityInfo({ display: 'Other' }))),
      'Identity.JudgementForDifferentIdentity',
    );
    err(
      rt,
      acct(10),
      'Identity.provide_judgement',
      { ...judge('Reasonable'), target: acct(2) },
      'Identity.InvalidTarget',
    );

    const given = ok(rt, acct(10), 'Identity.provide_judgement', judge('Reasonable'));
    expect(given.events.map((e) => `${e.pallet}.${e.name}`)).toEqual([
      'Balances.ReserveRepatriated',
      'Identity.JudgementGiven',
    ]);
    expect(balance(rt, acct(10)).free - start10.free).toBe(PHA);
    expect(balance(rt, acct(1))).toEqual({ ...start1, free: start1.free - PHA });
    expect(registration(rt, acct(1))?.judgements).toEqual([[0n, { type: 'Reasonable', value: null }]]);
    err(rt, acct(1), 'Identity.cancel_request', { reg_index: 0 }, 'Identity.JudgementGiven');
    block(rt);

    // A new identity drops the positive judgement; an Erroneous one sticks.
    ok(rt, acct(1), 'Identity.set_identity', { info: identityInfo({ display: 'Ten v2' }) });
    expect(registration(rt, acct(1))?.judgements).toEqual([]);
    ok(rt, acct(1), 'Identity.request_judgement', { reg_index: 0, max_fee: PHA });
    ok(rt, acct(10), 'Identity.provide_judgement', {
      reg_index: 0,
      target: acct(1),
      judgement: 'Erroneous',
      identity: identityHash(identityInfo({ display: 'Ten v2' })),
    });
    ok(rt, acct(1), 'Identity.set_identity', { info: ten });
    expect(registration(rt, acct(1))?.judgements).toEqual([[0n, { type: 'Erroneous', value: null }]]);
    err(
      rt,
      acct(1),
      'Identity.request_judgement',
      { reg_index: 0, max_fee: PHA },
      'Identity.StickyJudgement',
    );
    expect(balance(rt, acct(10)).free - start10.free).toBe(2n * PHA);
    block(rt);
  });

  it('cancel_request and clear_identity return an unjudged fee exactly', () => {
    const rt = withRegistrar(3n * PHA);
    const start = balance(rt, acct(1));
    ok(rt, acct(1), 'Identity.request_judgement', { reg_index: 0, max_fee: 5n * PHA });
    expect(balance(rt, acct(1)).reserved - start.reserved).toBe(3n * PHA);
    err(rt, acct(1), 'Identity.cancel_request', { reg_index: 1 }, 'Identity.NotFound');
    ok(rt, acct(1), 'Identity.cancel_request', { reg_index: 0 });
    expect(balance(rt, acct(1))).toEqual(start);
    ok(rt, acct(1), 'Identity.request_judgement', { reg_index: 0, max_fee: 3n * PHA });
    block(rt);
    const cleared = ok(rt, acct(1), 'Identity.clear_identity');
    expect(cleared.events.find((e) => e.name === 'IdentityCleared')?.fields).toEqual({
      who: acct(1),
      deposit: BASIC + 3n * PHA,
    });
    expect(balance(rt, acct(1))).toEqual({ free: start.free + BASIC, reserved: start.reserved - BASIC });
    block(rt);
  });

  it('only the registrar changes its fee, account and fields', () => {
    const rt = withRegistrar();
    err(rt, acct(2), 'Identity.set_fee', { index: 0, fee: 5n }, 'Identity.InvalidIndex');
    err(rt, acct(10), 'Identity.set_fee', { index: 1, fee: 5n }, 'Identity.InvalidIndex');
    ok(rt, acct(10), 'Identity.set_fields', { index: 0, fields: 1n | 4n });
    ok(rt, acct(10), 'Identity.set_account_id', { index: 0, new: acct(11) });
    err(rt, acct(10), 'Identity.set_fee', { index: 0, fee: 5n }, 'Identity.InvalidIndex');
    ok(rt, acct(11), 'Identity.set_fee', { index: 0, fee: 5n });
    expect(rt.query('Identity.Registrars')).toEqual([{ account: acct(11), fee: 5n, fields: 5n }]);
  });

  it('kill_identity (Root) slashes the identity, sub and fee deposits to the Treasury', () => {
    const rt = withRegistrar();
    ok(rt, acct(1), 'Identity.add_sub', { sub: acct(2), data: rawData('two') });
    ok(rt, acct(1), 'Identity.request_judgement', { reg_index: 0, max_fee: PHA });
    const start = balance(rt, acct(1));
    const pot = balance(rt, TREASURY).free;
    err(rt, acct(10), 'Identity.kill_identity', { target: acct(1) }, 'BadOrigin');
    const out = ok(rt, 'root', 'Identity.kill_identity', { target: acct(1) });
    expect(out.events.find((e) => e.name === 'IdentityKilled')?.fields).toEqual({
      who: acct(1),
      deposit: BASIC + SUB + PHA,
    });
    expect(balance(rt, TREASURY).free - pot).toBe(BASIC + SUB + PHA);
    expect(balance(rt, acct(1))).toEqual({ free: start.free, reserved: start.reserved - BASIC - SUB - PHA });
    expect(rt.query('Identity.SuperOf', acct(2))).toBeUndefined();
    err(rt, 'root', 'Identity.kill_identity', { target: acct(1) }, 'Identity.NotNamed');
    block(rt);
  });
});
