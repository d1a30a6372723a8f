/**
 * Model-based random testing of the kernel, Balances, Utility, Sudo and the Executive (fast-check).
 *
 * Each run builds a runtime with six accounts (the Sudo key //Alice, //Bob, //Charlie with a few ED,
 * //Dave with exactly ED, //Eve who does not exist, and the Treasury with ED) and applies 100 random
 * steps — ≥ 10,000 steps over the runs:
 * - transfers (allow_death / keep_alive / transfer_all) and force_set_balance, Sudo and
 *   batch/batch_all/force_batch of them, through the harness `dispatch`, by random origins (Root
 *   included) with amounts around the interesting edges (0, ED ± 1, everything, everything − ED, u128);
 * - the same calls as signed extrinsics through the Executive, with stale/future nonces and tips;
 * - random bad input through `dispatch` (out-of-range, malformed and missing arguments, unknown calls,
 *   bad origins);
 * - locks set and removed with `setLock` / `removeLock`, and new blocks.
 *
 * A reference model written here, independently of the pallet code, predicts every outcome (ok or the
 * exact error), every balance, nonce and lock, the Treasury's balance and the total issuance, which may
 * only change by reaped dust (burned), Root's force_set_balance (mint/burn) and a fee that cannot create
 * the Treasury account (burned, as resolve_creating drops it). After each step:
 * - the outcome and every account equal the model's; TotalIssuance equals the model's issuance, which is
 *   tracked from the model's own arithmetic, never read from events;
 * - fees: the signer pays exactly the fee formula (independent of transaction-payment's code), the
 *   Treasury receives it (or it is burned as above), Pays::No calls (Sudo by the key) pay only the tip;
 * - a failed `dispatch` (any error, including bad input) changes not one storage byte and emits nothing;
 *   an InvalidTransaction changes nothing; a signed extrinsic whose call fails changes only
 *   System.Account of the signer and of the Treasury, System.BlockWeight, System.ExecutionPhase, and
 *   Balances.TotalIssuance only when the fee was burned — and emits only the fee events and
 *   ExtrinsicFailed;
 * - every invariant holds (`rt.tryState()`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Executive, InvalidTransaction } from '../../src/pallets-mock/frame/executive.js';
import { storagePrefix } from '../../src/pallets-mock/frame/storage.js';
import { createRuntime, type Runtime } from '../../src/pallets-mock/index.js';
import {
  removeLock,
  setLock,
  TotalIssuance,
  TREASURY_ACCOUNT,
} from '../../src/pallets-mock/pallets/balances/index.js';
import { Account as SystemAccount } from '../../src/pallets-mock/pallets/system/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import {
  callLength,
  callValue,
  changedKeys,
  ED,
  expectedFee,
  info,
  issuance,
  names,
  PHA,
  SIGNED_OVERHEAD,
  snapshot,
  U128_MAX,
} from './helpers/kernel.js';

/** PROPTEST_RUNS=2000 npx vitest run test/pallets/properties.test.ts searches harder. */
const RUNS = Number(process.env.PROPTEST_RUNS ?? 100);
const STEPS_PER_RUN = 100;

const ALICE = accountId('//Alice');
const BOB = accountId('//Bob');
const CHARLIE = accountId('//Charlie');
const DAVE = accountId('//Dave');
const EVE = accountId('//Eve');
const TREASURY = TREASURY_ACCOUNT;
const ACCOUNTS = [ALICE, BOB, CHARLIE, DAVE, EVE, TREASURY] as const;
const SUDO_KEY = ALICE;
const GENESIS: Array<[string, bigint]> = [
  [ALICE, 1_000n * PHA],
  [BOB, 50n * PHA],
  [CHARLIE, 3n * ED],
  [DAVE, ED],
  [TREASURY, ED],
];
const LOCK_ID = 'proptest';

// ---------------------------------------------------------------------------------------------------
// Step descriptions

type Amount = { k: 'abs'; v: bigint } | { k: 'free'; d: bigint } | { k: 'frac'; eighths: bigint };
type SimpleCall =
  | { k: 'transfer'; keepAlive: boolean; to: string; amount: Amount }
  | { k: 'transfer_all'; keepAlive: boolean; to: string }
  | { k: 'force_set_balance'; who: string; amount: Amount };
type Call =
  | SimpleCall
  | { k: 'sudo'; inner: Extract<SimpleCall, { k: 'force_set_balance' }> }
  | { k: 'batch'; kind: 'batch' | 'batch_all' | 'force_batch'; calls: SimpleCall[] };
type Origin = string | 'root' | 'none';

type BadInput = { origin: string; call: string; args: Record<string, unknown>; error: string };
type Step =
  | { t: 'dispatch'; origin: Origin; call: Call }
  | { t: 'signed'; signer: string; nonceDelta: number; tip: bigint; call: Call }
  | { t: 'bad'; input: BadInput }
  | { t: 'lock'; who: string; amount: Amount }
  | { t: 'block' };

const who = fc.constantFrom(...ACCOUNTS);
const amount: fc.Arbitrary<Amount> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(0n, 1n, ED - 1n, ED, ED + 1n, 2n * ED, PHA, 10n * PHA)
      .map((v) => ({ k: 'abs' as const, v })),
  },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom(-ED - 1n, -ED, -ED + 1n, -2_000_000_000n, -1n, 0n, 1n)
      .map((d) => ({ k: 'free' as const, d })),
  },
  {
    weight: 2,
    arbitrary: fc.bigInt({ min: 0n, max: 8n }).map((eighths) => ({ k: 'frac' as const, eighths })),
  },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: U128_MAX }).map((v) => ({ k: 'abs' as const, v })) },
);
const forceSet = fc.record({ k: fc.constant('force_set_balance' as const), who, amount });
const simpleCall: fc.Arbitrary<SimpleCall> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ k: fc.constant('transfer' as const), keepAlive: fc.boolean(), to: who, amount }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ k: fc.constant('transfer_all' as const), keepAlive: fc.boolean(), to: who }),
  },
  { weight: 2, arbitrary: forceSet },
);
const call: fc.Arbitrary<Call> = fc.oneof(
  { weight: 6, arbitrary: simpleCall },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('sudo' as const), inner: forceSet }) },
  {
    weight: 2,
    arbitrary: fc.record({
      k: fc.constant('batch' as const),
      kind: fc.constantFrom('batch' as const, 'batch_all' as const, 'force_batch' as const),
      calls: fc.array(simpleCall, { maxLength: 4 }),
    }),
  },
);
const origin: fc.Arbitrary<Origin> = fc.oneof(
  { weight: 6, arbitrary: who },
  { weight: 3, arbitrary: fc.constant('root') },
  { weight: 1, arbitrary: fc.constant('none') },
);

const tr = (dest: unknown, value: unknown) => ({
  type: 'Balances',
  value: { type: 'transfer_allow_death', value: { dest, value } },
});
const badInput: fc.Arbitrary<BadInput> = fc.oneof(
  fc
    .record({ from: who, to: who, over: fc.bigInt({ min: 1n, max: 1n << 200n }) })
    .map(({ from, to, over }) => ({
      origin: from,
      call: 'Balances.transfer_keep_alive',
      args: { dest: to, value: U128_MAX + over },
      error: 'InvalidArgument',
    })),
  fc.record({ from: who, neg: fc.bigInt({ min: -(1n << 130n), max: -1n }) }).map(({ from, neg }) => ({
    origin: from,
    call: 'Balances.transfer_allow_death',
    args: { dest: BOB, value: neg },
    error: 'InvalidArgument',
  })),
  fc
    .record({
      from: who,
      args: fc.constantFrom<Record<string, unknown>>(
        {},
        { dest: BOB },
        { value: 1n },
        { dest: BOB, value: 0.5 },
        { dest: BOB, value: 'many' },
        { dest: 'nobody', value: 1n },
        { dest: '0x00', value: 1n },
        { dest: { type: 'Index', value: 1n }, value: 1n }, // decodes, but is not an Id
        { dest: { type: 'Nope', value: BOB }, value: 1n },
        { dest: null, value: 1n },
      ),
    })
    .map(({ from, args }) => ({
      origin: from,
      call: 'Balances.transfer_allow_death',
      args,
      error:
        (args.dest as { type?: string } | undefined)?.type === 'Index' ? 'CannotLookup' : 'InvalidArgument',
    })),
  fc
    .record({ from: who, keep: fc.constantFrom<unknown>('yes', 1, null, undefined) })
    .map(({ from, keep }) => ({
      origin: from,
      call: 'Balances.transfer_all',
      args: { dest: BOB, keep_alive: keep },
      error: 'InvalidArgument',
    })),
  fc
    .record({ from: who, name: fc.constantFrom('Balances.mint', 'Nope.transfer', 'Balances', '', '.x') })
    .map(({ from, name }) => ({ origin: from, call: name, args: {}, error: 'InvalidCall' })),
  fc
    .record({
      from: who,
      calls: fc.constantFrom<unknown>(
        'all',
        [{ type: 'Nope', value: { type: 'x', value: {} } }],
        [tr(BOB, U128_MAX + 1n)],
        [tr(BOB, 1n), { type: 'Balances' }],
        [null],
      ),
    })
    .map(({ from, calls }) => ({
      origin: from,
      call: 'Utility.batch_all',
      args: { calls },
      error: 'InvalidArgument',
    })),
  fc.constantFrom('', 'Alice', '0x1234', '5Grwva', 'ROOT').map((o) => ({
    origin: o,
    call: 'Balances.transfer_allow_death',
    args: { dest: BOB, value: 1n },
    error: 'BadOrigin',
  })),
);

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ t: fc.constant('dispatch' as const), origin, call }) },
  {
    weight: 5,
    arbitrary: fc.record({
      t: fc.constant('signed' as const),
      signer: who,
      nonceDelta: fc.constantFrom(0, 0, 0, 0, 0, 0, 0, -1, 1, 5),
      tip: fc.constantFrom(0n, 0n, 0n, 0n, 1n, 123_456n, ED, 2n * ED),
      call,
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('bad' as const), input: badInput }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('lock' as const), who, amount }) },
  { weight: 1, arbitrary: fc.constant({ t: 'block' as const }) },
);

// ---------------------------------------------------------------------------------------------------
// The reference model

interface Acc {
  free: bigint;
  frozen: bigint;
  consumers: bigint;
  nonce: bigint;
}
type Result = { ok: true } | { ok: false; error: string };
const OK: Result = { ok: true };
const fail = (error: string): Result => ({ ok: false, error });

class Model {
  constructor(
    public accounts: Map<string, Acc>,
    public issuance: bigint,
  ) {}
  /**
   * The tracked accounts hold the harness genesis balances; the issuance starts from the runtime's
   * genesis, since other pallets' genesis may fund accounts no step touches (e.g. the computation
   * subsidy wallet, contracts §4). tryState checks that starting issuance against all accounts.
   */
  static genesis(genesisIssuance: bigint): Model {
    const m = new Model(new Map(), genesisIssuance);
    for (const [a, v] of GENESIS) m.accounts.set(a, { free: v, frozen: 0n, consumers: 0n, nonce: 0n });
    return m;
  }
  clone(): Model {
    return new Model(new Map([...this.accounts].map(([k, v]) => [k, { ...v }])), this.issuance);
  }
  assign(o: Model): void {
    this.accounts = o.accounts;
    this.issuance = o.issuance;
  }
  free(a: string): bigint {
    return this.accounts.get(a)?.free ?? 0n;
  }
  resolve(x: Amount, relativeTo: string): bigint {
    const free = this.free(relativeTo);
    const v = x.k === 'abs' ? x.v : x.k === 'free' ? free + x.d : (free * x.eighths) / 8n;
    return v < 0n ? 0n : v;
  }
}

type Resolved =
  | { k: 'transfer'; keepAlive: boolean; to: string; value: bigint }
  | { k: 'transfer_all'; keepAlive: boolean; to: string }
  | { k: 'force_set_balance'; who: string; value: bigint }
  | { k: 'sudo'; inner: { k: 'force_set_balance'; who: string; value: bigint } }
  | { k: 'batch'; kind: 'batch' | 'batch_all' | 'force_batch'; calls: Resolved[] };

/** Amounts are fixed when the call is built, from the state before the step. */
function resolve(m: Model, signer: Origin, c: Call): Resolved {
  switch (c.k) {
    case 'transfer':
      return { k: 'transfer', keepAlive: c.keepAlive, to: c.to, value: m.resolve(c.amount, signer) };
    case 'transfer_all':
      return c;
    case 'force_set_balance':
      return { k: 'force_set_balance', who: c.who, value: m.resolve(c.amount, c.who) };
    case 'sudo':
      return {
        k: 'sudo',
        inner: { k: 'force_set_balance', who: c.inner.who, value: m.resolve(c.inner.amount, c.inner.who) },
      };
    case 'batch':
      return { k: 'batch', kind: c.kind, calls: c.calls.map((x) => resolve(m, signer, x)) };
  }
}

/** fungible::Mutate::transfer with can_withdraw / can_deposit, as Khala's pallet_balances. */
function modelTransfer(m: Model, from: string, to: string, value: bigint, keepAlive: boolean): Result {
  if (value === 0n) return OK;
  const a = m.accounts.get(from) ?? { free: 0n, frozen: 0n, consumers: 0n, nonce: 0n };
  if (value > a.free) return fail('Token.FundsUnavailable');
  const after = a.free - value;
  const dies = after < ED;
  if (dies && a.consumers > 0n) return fail('Token.OnlyProvider');
  if (after < a.frozen) return fail('Token.Frozen');
  if (keepAlive && dies) return fail('Token.NotExpendable');
  const d = m.accounts.get(to);
  if ((d?.free ?? 0n) + value > U128_MAX) return fail('Arithmetic.Overflow');
  if (!d && value < ED) return fail('Token.BelowMinimum');
  if (from === to) return OK;
  if (dies) {
    m.accounts.delete(from);
    m.issuance -= after; // dust burned
  } else a.free = after;
  if (d) d.free += value;
  else m.accounts.set(to, { free: value, frozen: 0n, consumers: 0n, nonce: 0n });
  return OK;
}

function modelForceSet(m: Model, who: string, value: bigint): Result {
  const target = value < ED ? 0n : value;
  const acc = m.accounts.get(who);
  const old = acc?.free ?? 0n;
  if (target > old && m.issuance + (target - old) > U128_MAX) return fail('Arithmetic.Overflow');
  if (target === 0n) {
    if (!acc) return OK;
    if (acc.consumers > 0n) return fail('ConsumerRemaining');
    m.accounts.delete(who);
  } else if (acc) acc.free = target;
  else m.accounts.set(who, { free: target, frozen: 0n, consumers: 0n, nonce: 0n });
  m.issuance += target - old;
  return OK;
}

/** One call, atomically: the model changes only when the call succeeds. */
function modelDispatch(m: Model, o: Origin, c: Resolved): Result {
  const next = m.clone();
  const r = apply(next, o, c);
  if (r.ok) m.assign(next);
  return r;
}

function apply(m: Model, o: Origin, c: Resolved): Result {
  const signed = o !== 'root' && o !== 'none';
  switch (c.k) {
    case 'transfer':
      return signed ? modelTransfer(m, o, c.to, c.value, c.keepAlive) : fail('BadOrigin');
    case 'transfer_all': {
      if (!signed) return fail('BadOrigin');
      const a = m.accounts.get(o);
      if (!a) return modelTransfer(m, o, c.to, 0n, c.keepAlive);
      const mustLive = c.keepAlive || a.consumers > 0n;
      const untouchable = mustLive ? (a.frozen > ED ? a.frozen : ED) : a.frozen;
      const reducible = a.free > untouchable ? a.free - untouchable : 0n;
      return modelTransfer(m, o, c.to, reducible, c.keepAlive);
    }
    case 'force_set_balance':
      return o === 'root' ? modelForceSet(m, c.who, c.value) : fail('BadOrigin');
    case 'sudo':
      if (!signed) return fail('BadOrigin');
      if (o !== SUDO_KEY) return fail('Sudo.RequireSudo');
      modelDispatch(m, 'root', c.inner); // the inner result goes into Sudid, sudo itself succeeds
      return OK;
    case 'batch':
      if (c.kind === 'batch_all') {
        for (const inner of c.calls) {
          const r = modelDispatch(m, o, inner);
          if (!r.ok) return r; // the caller's atomic copy is dropped
        }
        return OK;
      }
      for (const inner of c.calls) {
        const r = modelDispatch(m, o, inner);
        if (!r.ok && c.kind === 'batch') break;
      }
      return OK;
  }
}

// ---------------------------------------------------------------------------------------------------
// Runtime side

type Raw = { type: string; value: { type: string; value: Record<string, unknown> } };
function toRaw(c: Resolved): Raw {
  switch (c.k) {
    case 'transfer':
      return {
        type: 'Balances',
        value: {
          type: c.keepAlive ? 'transfer_keep_alive' : 'transfer_allow_death',
          value: { dest: c.to, value: c.value },
        },
      };
    case 'transfer_all':
      return {
        type: 'Balances',
        value: { type: 'transfer_all', value: { dest: c.to, keep_alive: c.keepAlive } },
      };
    case 'force_set_balance':
      return {
        type: 'Balances',
        value: { type: 'force_set_balance', value: { who: c.who, new_free: c.value } },
      };
    case 'sudo':
      return { type: 'Sudo', value: { type: 'sudo', value: { call: toRaw(c.inner) } } };
    case 'batch':
      return { type: 'Utility', value: { type: c.kind, value: { calls: c.calls.map(toRaw) } } };
  }
}

const FEE_EVENTS_FAILED = [
  'Balances.Withdraw',
  'TransactionPayment.TransactionFeePaid',
  'System.ExtrinsicFailed',
];

function compareWithModel(rt: Runtime, m: Model, context: () => string): void {
  for (const a of ACCOUNTS) {
    const acc = m.accounts.get(a);
    if (!acc) {
      expect(
        rt.kernel.state.get(SystemAccount.key(a)),
        `${a} should not exist\n${context()}`,
      ).toBeUndefined();
      continue;
    }
    const i = info(rt, a);
    expect(
      {
        providers: i.providers,
        free: i.data.free,
        frozen: i.data.frozen,
        consumers: i.consumers,
        nonce: i.nonce,
      },
      `${a}\n${context()}`,
    ).toEqual({
      providers: 1n,
      free: acc.free,
      frozen: acc.frozen,
      consumers: acc.consumers,
      nonce: acc.nonce,
    });
  }
  expect(issuance(rt), `TotalIssuance\n${context()}`).toBe(m.issuance);
}

let totalSteps = 0;
const counts: Record<string, number> = {};
const note = (k: string) => {
  counts[k] = (counts[k] ?? 0) + 1;
};

function runSteps(steps: Step[]): void {
  const rt = createRuntime({ balances: GENESIS });
  const ex = new Executive(rt.kernel);
  rt.tryState();
  const m = Model.genesis(issuance(rt));
  rt.events();
  const history: string[] = [];
  const context = () => `last steps (oldest first):\n${history.slice(-10).join('\n')}`;
  compareWithModel(rt, m, context);
  for (const s of steps) {
    totalSteps++;
    history.push(JSON.stringify(s, (_, v) => (typeof v === 'bigint' ? `${v}n` : v)));
    rt.events(); // each step looks at its own events only
    const before = snapshot(rt);
    switch (s.t) {
      case 'dispatch': {
        const resolved = resolve(m, s.origin, s.call);
        const raw = toRaw(resolved);
        const expected = modelDispatch(m, s.origin, resolved);
        const out = rt.dispatch(s.origin, `${raw.type}.${raw.value.type}`, raw.value.value);
        expect(out.ok ? OK : fail(out.error), context()).toEqual(expected);
        note(`dispatch ${resolved.k} ${expected.ok ? 'ok' : expected.error}`);
        if (!out.ok) {
          expect(changedKeys(before, snapshot(rt)), context()).toEqual([]);
          expect(rt.events(), context()).toEqual([]);
        }
        break;
      }
      case 'signed': {
        const resolved = resolve(m, s.signer, s.call);
        const raw = toRaw(resolved);
        const cv = callValue(rt, `${raw.type}.${raw.value.type}`, raw.value.value);
        const acc = m.accounts.get(s.signer);
        const current = acc?.nonce ?? 0n;
        const nonce = current + BigInt(s.nonceDelta) < 0n ? current + 1n : current + BigInt(s.nonceDelta);
        const len = callLength(rt, cv) + SIGNED_OVERHEAD;
        const fee = expectedFee(rt.kernel.callWeight(cv).refTime, len, s.tip);
        // Model: nonce, then the keep-alive fee withdrawal.
        let invalid: string | undefined;
        if (nonce < current) invalid = 'Stale';
        else if (nonce > current) invalid = 'Future';
        const payable = !!acc && fee <= acc.free && acc.free - fee >= (acc.frozen > ED ? acc.frozen : ED);
        if (!invalid && !payable) invalid = 'Payment';
        let outcome: ReturnType<Executive['applySigned']> | undefined;
        let thrown: unknown;
        try {
          outcome = ex.applySigned({ signer: s.signer, nonce, tip: s.tip, call: cv, len });
        } catch (err) {
          thrown = err;
        }
        if (invalid) {
          note(`signed invalid ${invalid}`);
          expect(thrown, context()).toBeInstanceOf(InvalidTransaction);
          expect((thrown as InvalidTransaction).kind, context()).toBe(invalid);
          // The pool accepts a future nonce whose fee is payable now (it waits for the gap).
          if (invalid !== 'Future' || !payable)
            expect(() => ex.validateSigned({ signer: s.signer, nonce, tip: s.tip, call: cv, len })).toThrow(
              InvalidTransaction,
            );
          expect(changedKeys(before, snapshot(rt)), context()).toEqual([]);
          expect(rt.events(), context()).toEqual([]);
          break;
        }
        expect(thrown, context()).toBeUndefined();
        const signer = acc as Acc;
        signer.free -= fee;
        signer.nonce += 1n;
        const r = modelDispatch(m, s.signer, resolved);
        const paysFee = !(resolved.k === 'sudo' && r.ok);
        let actual = paysFee ? fee : s.tip;
        const refund = fee - actual;
        const after = m.accounts.get(s.signer);
        if (refund > 0n) {
          if (after) after.free += refund;
          else actual = fee;
        }
        const treasury = m.accounts.get(TREASURY);
        let burned = false;
        if (treasury && treasury.free + actual <= U128_MAX) treasury.free += actual;
        else if (!treasury && actual >= ED)
          m.accounts.set(TREASURY, { free: actual, frozen: 0n, consumers: 0n, nonce: 0n });
        else {
          m.issuance -= actual;
          burned = true;
        }
        note(`signed ${resolved.k} ${r.ok ? 'ok' : r.error}${burned ? ' (fee burned)' : ''}`);
        expect(outcome?.ok, context()).toBe(r.ok);
        if (!r.ok) expect(outcome?.error?.path, context()).toBe(r.error);
        expect(outcome?.fee, context()).toBe(actual);
        const events = rt.events();
        expect(events.at(-2)?.fields, context()).toEqual({ who: s.signer, actual_fee: actual, tip: s.tip });
        if (!r.ok) {
          const allowed = [
            SystemAccount.key(s.signer),
            SystemAccount.key(TREASURY),
            storagePrefix('System', 'BlockWeight'),
            storagePrefix('System', 'ExecutionPhase'),
            ...(burned ? [TotalIssuance.key()] : []),
          ];
          const touched = changedKeys(before, snapshot(rt));
          expect(
            touched.filter((k) => !allowed.includes(k)),
            context(),
          ).toEqual([]);
          // Besides the fee: the Treasury's Deposit (and NewAccount/Endowed when the fee re-creates it).
          const treasuryCredit = (e: (typeof events)[number]) =>
            (e.pallet === 'Treasury' && e.name === 'Deposit') ||
            (['Deposit', 'NewAccount', 'Endowed'].includes(e.name) &&
              (e.fields.who ?? e.fields.account) === TREASURY);
          expect(names(events.filter((e) => !treasuryCredit(e))), context()).toEqual(FEE_EVENTS_FAILED);
        } else expect(names(events).at(-1)).toBe('System.ExtrinsicSuccess');
        break;
      }
      case 'bad': {
        const { input } = s;
        let out: ReturnType<Runtime['dispatch']> | undefined;
        expect(() => {
          out = rt.dispatch(input.origin, input.call, input.args);
        }, context()).not.toThrow();
        note(`bad ${input.error}`);
        expect(out, context()).toMatchObject({ ok: false, error: input.error, events: [] });
        expect(changedKeys(before, snapshot(rt)), context()).toEqual([]);
        expect(rt.events(), context()).toEqual([]);
        break;
      }
      case 'lock': {
        const acc = m.accounts.get(s.who);
        if (!acc) break; // Substrate keeps a lock on a dead account without a consumer; not modelled
        const value = m.resolve(s.amount, s.who);
        rt.kernel.enter(() => (value > 0n ? setLock(LOCK_ID, s.who, value) : removeLock(LOCK_ID, s.who)));
        acc.frozen = value;
        acc.consumers = value > 0n ? 1n : 0n;
        note(value > 0n ? 'lock set' : 'lock removed');
        rt.events();
        break;
      }
      case 'block':
        rt.advanceBlocks(1);
        rt.events();
        note('block');
        break;
    }
    compareWithModel(rt, m, context);
    rt.tryState();
  }
  rt.advanceBlocks(1);
  rt.tryState();
}

describe('kernel properties (model-based, fast-check)', () => {
  it(`${RUNS} runs × ${STEPS_PER_RUN} random steps agree with the reference model`, () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: STEPS_PER_RUN, maxLength: STEPS_PER_RUN }), (steps) => {
        runSteps(steps);
      }),
      { numRuns: RUNS },
    );
    expect(totalSteps).toBeGreaterThanOrEqual(RUNS * STEPS_PER_RUN);
    if (process.env.PROPTEST_STATS) console.log(totalSteps, counts);
    // The generators reach the interesting outcomes, not only the easy ones.
    for (const k of [
      'dispatch transfer ok',
      'dispatch transfer Token.FundsUnavailable',
      'dispatch transfer Token.NotExpendable',
      'dispatch transfer Token.BelowMinimum',
      'dispatch force_set_balance ok',
      'dispatch force_set_balance BadOrigin',
      'dispatch batch ok',
      'signed transfer ok',
      'signed invalid Payment',
      'signed invalid Stale',
      'signed invalid Future',
      'bad InvalidArgument',
      'bad InvalidCall',
      'bad BadOrigin',
      'lock set',
    ])
      expect(counts[k] ?? 0, `${k}: ${JSON.stringify(counts, null, 1)}`).toBeGreaterThan(0);
  });
});
