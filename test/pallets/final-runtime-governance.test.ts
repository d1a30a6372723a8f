/**
 * Governance differences of the final Khala runtime (spec 1290, polkadot-sdk release-polkadot-v1.2.0)
 * against the Aug-2023 model, reproduced (issue 16):
 * - Democracy locks with `WithdrawReasons::TRANSFER`: the `democrac` lock's reasons are `Misc` after a
 *   vote, a delegation and an unlock. Balances v1.2.0 computes `frozen` as the maximum of all locks
 *   whatever their reasons, and `Currency::withdraw` (the fee path of `CurrencyAdapter`) refuses to go
 *   below `frozen`: the fee is paid from the unlocked part of the account, never from the locked PHA.
 * - A passed referendum is scheduled under `(DEMOCRACY_ID, ref_index).encode_into()` = "democrac" ++
 *   u32 LE ++ zero padding to 32 bytes; with a noted (Lookup) proposal the events at the passing block
 *   are Democracy.Passed, Preimage.Requested (Democracy's `hold`), then Scheduler.Scheduled.
 */
import { describe, expect, it } from 'vitest';
import { Executive, InvalidTransaction } from '../../src/pallets-mock/frame/executive.js';
import { createRuntime } from '../../src/pallets-mock/index.js';
import { DOLLARS, TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import { DEMOCRACY_ID } from '../../src/pallets-mock/pallets/democracy/index.js';
import { taskName } from '../../src/pallets-mock/pallets/scheduler/index.js';
import { acct, aye, encodeCall, goTo, hashHex, ok, setBalanceCall } from './governance-helpers.js';
import { callValue, free, signedXt } from './helpers/kernel.js';

const PHA = DOLLARS;
const DEMOCRAC = '0x64656d6f63726163';

type Lock = { id: string; amount: bigint; reasons: { type: string } };
const locks = (rt: ReturnType<typeof createRuntime>, who: string): Lock[] =>
  rt.query('Balances.Locks', acct(who)) as Lock[];

describe('Democracy locks (WithdrawReasons::TRANSFER)', () => {
  it('vote, delegate and unlock leave a `democrac` lock with reasons Misc', () => {
    const rt = createRuntime();
    ok(rt, '//Dave', 'Democracy.propose', {
      proposal: { type: 'Inline', value: encodeCall(rt, setBalanceCall(1n)) },
      value: 10n * PHA,
    });
    goTo(rt, 20);
    ok(rt, '//Alice', 'Democracy.vote', { ref_index: 0n, vote: aye(100_000n * PHA, 1) });
    ok(rt, '//Bob', 'Democracy.delegate', { to: acct('//Alice'), conviction: 'Locked2x', balance: 5n * PHA });
    expect(locks(rt, '//Alice')).toEqual([
      { id: DEMOCRAC, amount: 100_000n * PHA, reasons: { type: 'Misc', value: null } },
    ]);
    expect(locks(rt, '//Bob')).toEqual([
      { id: DEMOCRAC, amount: 5n * PHA, reasons: { type: 'Misc', value: null } },
    ]);
    goTo(rt, 41);
    ok(rt, '//Alice', 'Democracy.remove_vote', { index: 0n });
    ok(rt, '//Ferdie', 'Democracy.unlock', { target: acct('//Alice') });
    // 1x conviction: locked until 40 + 10 → set_lock again, still Misc
    expect(locks(rt, '//Alice')).toEqual([
      { id: DEMOCRAC, amount: 100_000n * PHA, reasons: { type: 'Misc', value: null } },
    ]);
  });

  it('a fee comes out of the unlocked PHA; locked PHA cannot pay it (Balances v1.2.0 ignores reasons)', () => {
    const rt = createRuntime({
      balances: [
        ['//Dave', 1000n * PHA],
        ['//Eve', 10n * PHA],
        [TREASURY_ACCOUNT, PHA],
      ],
    });
    ok(rt, '//Dave', 'Democracy.propose', {
      proposal: { type: 'Inline', value: encodeCall(rt, setBalanceCall(1n)) },
      value: 10n * PHA,
    });
    goTo(rt, 20);
    const ex = new Executive(rt.kernel);
    const remark = callValue(rt, 'System.remark', { remark: '0x00' });
    // Eve locks 9 PHA of her 10 with reasons Misc; a fee of ~0.0015 PHA is paid from the free tenth.
    ok(rt, '//Eve', 'Democracy.vote', { ref_index: 0n, vote: aye(9n * PHA) });
    expect(locks(rt, '//Eve')[0]?.reasons.type).toBe('Misc');
    const first = ex.applySigned(signedXt(rt, '//Eve', remark));
    expect(first.ok).toBe(true);
    expect(first.fee).toBeGreaterThan(0n);
    expect(free(rt, acct('//Eve'))).toBe(10n * PHA - first.fee);
    // Locking everything but less than one fee: the fee would reach into the lock and is refused.
    const all = free(rt, acct('//Eve'));
    ok(rt, '//Eve', 'Democracy.vote', { ref_index: 0n, vote: aye(all - first.fee / 2n) });
    expect(locks(rt, '//Eve')[0]).toMatchObject({ amount: all - first.fee / 2n, reasons: { type: 'Misc' } });
    let refused: unknown;
    try {
      ex.validateSigned(signedXt(rt, '//Eve', remark));
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(InvalidTransaction);
    expect((refused as InvalidTransaction).kind).toBe('Payment');
    expect(free(rt, acct('//Eve'))).toBe(all);
  });
});

describe('a passed referendum is scheduled as `(DEMOCRACY_ID, ref_index).encode_into()`', () => {
  /** Name bytes: "democrac" ++ u32 LE ++ zeros (32 bytes). */
  const nameOf = (index: number) => {
    const le = [index & 0xff, (index >> 8) & 0xff, (index >> 16) & 0xff, (index >>> 24) & 0xff]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    return `${DEMOCRAC}${le}${'00'.repeat(20)}`;
  };

  it('names the task with the index bytes, emits Requested before Scheduled, and runs it under that id', () => {
    const rt = createRuntime();
    const target = acct('//Ferdie');
    const bytes = encodeCall(rt, setBalanceCall(123n * PHA, target));
    const hash = hashHex(bytes);
    ok(rt, '//Dave', 'Preimage.note_preimage', { bytes });
    const proposal = { type: 'Lookup', value: { hash, len: BigInt((bytes.length - 2) / 2) } };
    ok(rt, '//Dave', 'Democracy.propose', { proposal, value: 10n * PHA });
    goTo(rt, 20);
    ok(rt, '//Alice', 'Democracy.vote', { ref_index: 0n, vote: aye(100_000n * PHA, 1) });
    goTo(rt, 39);
    rt.events();
    goTo(rt, 40);
    const atPass = rt.events().filter((e) => ['Democracy', 'Preimage', 'Scheduler'].includes(e.pallet));
    expect(atPass.map((e) => `${e.pallet}.${e.name}`)).toEqual([
      'Democracy.Passed',
      'Preimage.Requested',
      'Scheduler.Scheduled',
    ]);
    expect(atPass[1]?.fields).toEqual({ hash });
    expect(atPass[2]?.fields).toEqual({ when: 50n, index: 0n });

    const id = nameOf(0);
    expect(id).toBe(`0x64656d6f63726163${'00'.repeat(24)}`);
    expect(rt.query('Scheduler.Lookup', id)).toEqual([50n, 0n]);
    const agenda = rt.query('Scheduler.Agenda', 50n) as Array<{ maybeId: string | null; priority: bigint }>;
    expect(agenda[0]).toMatchObject({ maybeId: id, priority: 63n });
    // Democracy's hold (1) + the Scheduler's own request (2)
    expect(rt.query('Preimage.StatusFor', hash)).toMatchObject({ type: 'Requested', value: { count: 2n } });

    goTo(rt, 50);
    const dispatched = rt.events().find((e) => e.pallet === 'Scheduler' && e.name === 'Dispatched');
    expect(dispatched?.fields).toMatchObject({ task: [50n, 0n], id });
    expect(free(rt, target)).toBe(123n * PHA);
    expect(rt.query('Scheduler.Lookup', id)).toBeUndefined();
  });

  it('encodes larger indices little-endian (index 258 → 02 01 00 00)', () => {
    expect(taskName(DEMOCRACY_ID, 258n)).toBe(`${DEMOCRAC}02010000${'00'.repeat(20)}`);
    expect(taskName(DEMOCRACY_ID, 0xfffffffen)).toBe(`${DEMOCRAC}feffffff${'00'.repeat(20)}`);
  });
});
