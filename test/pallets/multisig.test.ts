/**
 * Multisig (index 4) through the scenario harness: the scenarios of polkadot-sdk's pallet_multisig tests
 * (account derivation, deposits base + factor × threshold returned exactly, timepoints, approvals, cancel)
 * and a 2-of-3 multisig that owns a stake pool and sets its commission. Invariants run after every call
 * and block; refused calls leave storage exactly as it was.
 */
import { createKeyMulti } from '@polkadot/util-crypto';
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/pallets-mock/index.js';
import { accountFromKey, publicKey } from '../../src/pallets-mock/primitives/account.js';
import { compareBytes } from '../../src/pallets-mock/primitives/bytes.js';
import { encodeCall, hashHex } from './governance-helpers.js';
import { acct, block, CENTS, err, mockRuntime, ok, PHA, stakePool } from './phala-pools-helpers.js';

/** Khala's DepositBase = deposit(1, 88) and DepositFactor = deposit(0, 32). */
const BASE = 15n * CENTS + 88n * CENTS;
const FACTOR = 32n * CENTS;
const BIG_WEIGHT = { ref_time: 10n ** 12n, proof_size: 10n ** 9n };

const sorted = (xs: string[]) => [...xs].sort((a, b) => compareBytes(publicKey(a), publicKey(b)));
const others = (who: string, all: string[]) => sorted(all.filter((x) => x !== who));
const reservedOf = (rt: Runtime, who: string): bigint =>
  (rt.query('System.Account', who) as { data: { reserved: bigint } }).data.reserved;
const freeOf = (rt: Runtime, who: string): bigint =>
  (rt.query('System.Account', who) as { data: { free: bigint } }).data.free;
const poolCall = (name: string, value: Record<string, unknown>) => ({
  type: 'PhalaStakePoolv2',
  value: { type: name, value },
});
const executed = (out: ReturnType<Runtime['dispatch']>) =>
  out.events.find((e) => e.name === 'MultisigExecuted')?.fields.result;

/** The three signatories, and their 2-of-3 account derived by polkadot-js (independently of the runtime). */
function setup() {
  const rt = mockRuntime();
  const signatories = [acct(1), acct(2), acct(3)];
  const multi = accountFromKey(
    createKeyMulti(
      signatories.map((s) => publicKey(s)),
      2,
    ),
  );
  return { rt, signatories, multi };
}

describe('Multisig: 2-of-3 owns a stake pool and sets its commission', () => {
  it('derives the account as polkadot-js does, opens, approves and executes with the deposit returned exactly', () => {
    const { rt, signatories, multi } = setup();
    ok(rt, acct(99), 'Balances.transfer_keep_alive', { dest: multi, value: 100n * PHA });
    const [a, b] = [acct(1), acct(2)];
    const reservedA = reservedOf(rt, a);
    const freeA = freeOf(rt, a);

    // 1. The multisig creates a pool: A opens with the call, B executes it.
    const create = poolCall('create', {});
    const opened = ok(rt, a, 'Multisig.as_multi', {
      threshold: 2,
      other_signatories: others(a, signatories),
      maybe_timepoint: null,
      call: create,
      max_weight: BIG_WEIGHT,
    });
    const created = opened.events.find((e) => e.name === 'NewMultisig')?.fields;
    expect(created).toEqual({ approving: a, multisig: multi, call_hash: hashHex(encodeCall(rt, create)) });
    expect(reservedOf(rt, a) - reservedA).toBe(BASE + 2n * FACTOR);
    const when = (rt.query('Multisig.Multisigs', multi, created?.call_hash) as { when: unknown }).when;
    block(rt);
    const pid = rt.query('PhalaBasePool.PoolCount') as bigint;
    const out = ok(rt, b, 'Multisig.as_multi', {
      threshold: 2,
      other_signatories: others(b, signatories),
      maybe_timepoint: when,
      call: create,
      max_weight: BIG_WEIGHT,
    });
    expect(executed(out)).toEqual({ type: 'Ok', value: null });
    expect(stakePool(rt, pid).basepool.owner).toBe(multi);
    expect(reservedOf(rt, a)).toBe(reservedA);
    expect(freeOf(rt, a)).toBe(freeA);
    block(rt);

    // 2. The commission: B approves by hash, C executes with the call.
    const c = acct(3);
    const setCommission = poolCall('set_payout_pref', { pid, payout_commission: 150_000n });
    const hash = hashHex(encodeCall(rt, setCommission));
    const reservedB = reservedOf(rt, b);
    ok(rt, b, 'Multisig.approve_as_multi', {
      threshold: 2,
      other_signatories: others(b, signatories),
      maybe_timepoint: null,
      call_hash: hash,
      max_weight: { ref_time: 0, proof_size: 0 },
    });
    expect(reservedOf(rt, b) - reservedB).toBe(BASE + 2n * FACTOR);
    const op = rt.query('Multisig.Multisigs', multi, hash) as {
      when: { height: bigint; index: bigint };
      approvals: string[];
    };
    expect(op.approvals).toEqual([b]);
    block(rt);
    expect(stakePool(rt, pid).payoutCommission).toBeNull();
    const done = ok(rt, c, 'Multisig.as_multi', {
      threshold: 2,
      other_signatories: others(c, signatories),
      maybe_timepoint: op.when,
      call: setCommission,
      max_weight: BIG_WEIGHT,
    });
    expect(executed(done)).toEqual({ type: 'Ok', value: null });
    expect(done.events.find((e) => e.name === 'PoolCommissionSet')?.fields).toEqual({
      pid,
      commission: 150_000n,
    });
    expect(stakePool(rt, pid).payoutCommission).toBe(150_000n);
    expect(reservedOf(rt, b)).toBe(reservedB);
    expect(rt.query('Multisig.Multisigs', multi, hash)).toBeUndefined();
    block(rt);
  });

  it('a signatory alone cannot set the commission: the pool belongs to the multisig', () => {
    const { rt, signatories, multi } = setup();
    ok(rt, acct(99), 'Balances.transfer_keep_alive', { dest: multi, value: 100n * PHA });
    const create = poolCall('create', {});
    ok(rt, acct(1), 'Multisig.as_multi', {
      threshold: 2,
      other_signatories: others(acct(1), signatories),
      maybe_timepoint: null,
      call: create,
      max_weight: BIG_WEIGHT,
    });
    const when = (rt.query('Multisig.Multisigs', multi, hashHex(encodeCall(rt, create))) as { when: unknown })
      .when;
    ok(rt, acct(3), 'Multisig.as_multi', {
      threshold: 2,
      other_signatories: others(acct(3), signatories),
      maybe_timepoint: when,
      call: create,
      max_weight: BIG_WEIGHT,
    });
    const pid = (rt.query('PhalaBasePool.PoolCount') as bigint) - 1n;
    err(
      rt,
      acct(1),
      'PhalaStakePoolv2.set_payout_pref',
      { pid, payout_commission: 1n },
      'PhalaStakePoolv2.UnauthorizedPoolOwner',
    );
  });
});

describe('Multisig: bad input (typed errors, nothing written)', () => {
  it('refuses a threshold below 2 and a timepoint for another threshold', () => {
    const { rt, signatories, multi } = setup();
    const call = { type: 'System', value: { type: 'remark', value: { remark: '0x01' } } };
    for (const threshold of [0, 1])
      err(
        rt,
        acct(1),
        'Multisig.as_multi',
        {
          threshold,
          other_signatories: others(acct(1), signatories),
          maybe_timepoint: null,
          call,
          max_weight: BIG_WEIGHT,
        },
        'Multisig.MinimumThreshold',
      );
    err(
      rt,
      acct(1),
      'Multisig.approve_as_multi',
      {
        threshold: 1,
        other_signatories: others(acct(1), signatories),
        maybe_timepoint: null,
        call_hash: `0x${'00'.repeat(32)}`,
        max_weight: BIG_WEIGHT,
      },
      'Multisig.MinimumThreshold',
    );
    ok(rt, acct(1), 'Multisig.as_multi', {
      threshold: 2,
      other_signatories: others(acct(1), signatories),
      maybe_timepoint: null,
      call,
      max_weight: BIG_WEIGHT,
    });
    const hash = hashHex(encodeCall(rt, call));
    const { when } = rt.query('Multisig.Multisigs', multi, hash) as { when: unknown };
    // Threshold 3 names another account: the operation does not exist there.
    err(
      rt,
      acct(2),
      'Multisig.as_multi',
      {
        threshold: 3,
        other_signatories: others(acct(2), signatories),
        maybe_timepoint: when,
        call,
        max_weight: BIG_WEIGHT,
      },
      'Multisig.UnexpectedTimepoint',
    );
    err(
      rt,
      acct(1),
      'Multisig.cancel_as_multi',
      { threshold: 3, other_signatories: others(acct(1), signatories), timepoint: when, call_hash: hash },
      'Multisig.NotFound',
    );
  });

  it('checks signatories, timepoints, approvals, weight and ownership', () => {
    const { rt, signatories, multi } = setup();
    const call = { type: 'System', value: { type: 'remark', value: { remark: '0x02' } } };
    const base = (who: string) => ({
      threshold: 2,
      other_signatories: others(who, signatories),
      maybe_timepoint: null,
      call,
      max_weight: BIG_WEIGHT,
    });
    err(
      rt,
      acct(1),
      'Multisig.as_multi',
      { ...base(acct(1)), other_signatories: [] },
      'Multisig.TooFewSignatories',
    );
    err(
      rt,
      acct(1),
      'Multisig.as_multi',
      { ...base(acct(1)), other_signatories: sorted(signatories) },
      'Multisig.SenderInSignatories',
    );
    err(
      rt,
      acct(1),
      'Multisig.as_multi',
      { ...base(acct(1)), other_signatories: others(acct(1), signatories).reverse() },
      'Multisig.SignatoriesOutOfOrder',
    );
    const many = Array.from({ length: 100 }, (_, i) => acct(200 + i));
    err(
      rt,
      acct(1),
      'Multisig.as_multi',
      { ...base(acct(1)), other_signatories: sorted(many) },
      'Multisig.TooManySignatories',
    );

    ok(rt, acct(1), 'Multisig.as_multi', base(acct(1)));
    const hash = hashHex(encodeCall(rt, call));
    const { when } = rt.query('Multisig.Multisigs', multi, hash) as {
      when: { height: bigint; index: bigint };
    };
    err(rt, acct(2), 'Multisig.as_multi', base(acct(2)), 'Multisig.NoTimepoint');
    err(
      rt,
      acct(2),
      'Multisig.as_multi',
      { ...base(acct(2)), maybe_timepoint: { height: when.height + 1n, index: 0 } },
      'Multisig.WrongTimepoint',
    );
    err(
      rt,
      acct(1),
      'Multisig.approve_as_multi',
      { ...base(acct(1)), maybe_timepoint: when, call: undefined, call_hash: hash },
      'Multisig.AlreadyApproved',
    );
    err(
      rt,
      acct(2),
      'Multisig.as_multi',
      { ...base(acct(2)), maybe_timepoint: when, max_weight: { ref_time: 0, proof_size: 0 } },
      'Multisig.MaxWeightTooLow',
    );
    err(
      rt,
      acct(2),
      'Multisig.cancel_as_multi',
      { threshold: 2, other_signatories: others(acct(2), signatories), timepoint: when, call_hash: hash },
      'Multisig.NotOwner',
    );
    err(
      rt,
      acct(1),
      'Multisig.cancel_as_multi',
      {
        threshold: 2,
        other_signatories: others(acct(1), signatories),
        timepoint: { ...when, index: 7n },
        call_hash: hash,
      },
      'Multisig.WrongTimepoint',
    );
    block(rt);
  });

  it('cancel_as_multi returns the deposit exactly; a third approval on a 3-of-3 waits for the call', () => {
    const { rt, signatories } = setup();
    const multi3 = accountFromKey(
      createKeyMulti(
        signatories.map((s) => publicKey(s)),
        3,
      ),
    );
    const hash = `0x${'ab'.repeat(32)}`;
    const reserved1 = reservedOf(rt, acct(1));
    const free1 = freeOf(rt, acct(1));
    const approve = (who: string, when: unknown) =>
      ok(rt, who, 'Multisig.approve_as_multi', {
        threshold: 3,
        other_signatories: others(who, signatories),
        maybe_timepoint: when,
        call_hash: hash,
        max_weight: BIG_WEIGHT,
      });
    approve(acct(1), null);
    expect(reservedOf(rt, acct(1)) - reserved1).toBe(BASE + 3n * FACTOR);
    const { when } = rt.query('Multisig.Multisigs', multi3, hash) as { when: unknown };
    block(rt);
    approve(acct(3), when);
    approve(acct(2), when); // the third approval without the call is recorded; execution needs the call
    expect((rt.query('Multisig.Multisigs', multi3, hash) as { approvals: string[] }).approvals).toEqual(
      sorted(signatories),
    );
    const out = ok(rt, acct(1), 'Multisig.cancel_as_multi', {
      threshold: 3,
      other_signatories: others(acct(1), signatories),
      timepoint: when,
      call_hash: hash,
    });
    expect(out.events.map((e) => e.name)).toContain('MultisigCancelled');
    expect(reservedOf(rt, acct(1))).toBe(reserved1);
    expect(freeOf(rt, acct(1))).toBe(free1);
    block(rt);
  });

  it('as_multi_threshold_1 dispatches at once as the 1-of-n account; its failure is the call’s', () => {
    const { rt, signatories } = setup();
    const multi1 = accountFromKey(
      createKeyMulti(
        signatories.map((s) => publicKey(s)),
        1,
      ),
    );
    ok(rt, acct(99), 'Balances.transfer_keep_alive', { dest: multi1, value: 5n * PHA });
    const pay = (value: bigint) => ({
      type: 'Balances',
      value: { type: 'transfer_keep_alive', value: { dest: { type: 'Id', value: acct(4) }, value } },
    });
    ok(rt, acct(2), 'Multisig.as_multi_threshold_1', {
      other_signatories: others(acct(2), signatories),
      call: pay(PHA),
    });
    expect(freeOf(rt, multi1)).toBe(4n * PHA);
    err(
      rt,
      acct(2),
      'Multisig.as_multi_threshold_1',
      { other_signatories: others(acct(2), signatories), call: pay(50n * PHA) },
      'Token.FundsUnavailable',
    );
    block(rt);
  });
});
