/**
 * Tips through the harness (polkadot-sdk release-polkadot-v1.2.0 semantics; tippers = the Council, here
 * Alice, Bob and Charlie, so (3 + 1) / 2 = 2 tips start the countdown): a reported tip paid at the
 * median with the finder's fee, a tipper's tip with an even number of tips (the upper middle), retract
 * and slash with the deposit returned or burned exactly, and refusals with typed errors and no storage
 * change; try-state after every block and call.
 */
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/pallets-mock/index.js';
import { TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import { reasonHash, tipHash } from '../../src/pallets-mock/pallets/tips/index.js';
import { publicKey } from '../../src/pallets-mock/primitives/account.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { blake2_256 } from '../../src/pallets-mock/primitives/hashing.js';
import {
  bal,
  CENT,
  council,
  goTo,
  id,
  issuance,
  names,
  now,
  ok,
  okAs,
  PHA,
  refused,
  text,
  treasuryFree,
  treasuryRuntime,
} from './treasury-helpers.js';

const REASON = text('Ferdie fixed the bug'); // 20 bytes
const DEPOSIT = PHA + 20n * CENT; // TipReportDepositBase + DataDepositPerByte × 20

interface TipJs {
  finder: string;
  deposit: bigint;
  closes: bigint | null;
  tips: Array<[string, bigint]>;
  findersFee: boolean;
}
const tip = (rt: Runtime, hash: string) => rt.query('Tips.Tips', hash) as TipJs | undefined;

function fundedRuntime(): Runtime {
  const rt = treasuryRuntime();
  ok(rt, '//Ferdie', 'Balances.transfer_allow_death', { dest: TREASURY_ACCOUNT, value: 1_000n * PHA });
  return rt;
}

describe('tip hashes', () => {
  it('are blake2_256(blake2_256(reason) ++ who)', () => {
    const rh = toHex(blake2_256(Uint8Array.from(Buffer.from('Ferdie fixed the bug'))));
    expect(reasonHash(REASON)).toBe(rh);
    const who = publicKey(id('//Ferdie'));
    const both = new Uint8Array([...Buffer.from(rh.slice(2), 'hex'), ...who]);
    expect(tipHash(rh, id('//Ferdie'))).toBe(toHex(blake2_256(both)));
  });
});

describe('a reported tip paid at the median', () => {
  it('pays the median of the tippers’ values, the finder’s fee to the finder, and returns the deposit', () => {
    const rt = fundedRuntime();
    const dave0 = bal(rt, '//Dave');
    const hash = tipHash(reasonHash(REASON), id('//Ferdie'));

    const reported = ok(rt, '//Dave', 'Tips.report_awesome', { reason: REASON, who: id('//Ferdie') });
    expect(reported.at(-1)).toEqual({ pallet: 'Tips', name: 'NewTip', fields: { tip_hash: hash } });
    expect(bal(rt, '//Dave')).toEqual({ ...dave0, free: dave0.free - DEPOSIT, reserved: DEPOSIT });
    expect(rt.query('Tips.Reasons', reasonHash(REASON))).toBe(REASON);
    refused(rt, '//Eve', 'Tips.report_awesome', { reason: REASON, who: id('//Eve') }, 'Tips.AlreadyKnown');

    // Non-tippers cannot tip; the first tip does not start the countdown, the second does.
    refused(rt, '//Ferdie', 'Tips.tip', { hash, tip_value: PHA }, 'BadOrigin');
    refused(rt, '//Alice', 'Tips.tip', { hash: `0x${'11'.repeat(32)}`, tip_value: PHA }, 'Tips.UnknownTip');
    expect(names(ok(rt, '//Charlie', 'Tips.tip', { hash, tip_value: 40n * PHA }))).toEqual([]);
    refused(rt, '//Dave', 'Tips.close_tip', { hash }, 'Tips.StillOpen');
    expect(names(ok(rt, '//Alice', 'Tips.tip', { hash, tip_value: 10n * PHA }))).toEqual(['Tips.TipClosing']);
    const closes = now(rt) + 5n;
    expect(tip(rt, hash)?.closes).toBe(closes);
    // A later tip still counts; the tips stay sorted by tipper.
    ok(rt, '//Bob', 'Tips.tip', { hash, tip_value: 20n * PHA });
    ok(rt, '//Alice', 'Tips.tip', { hash, tip_value: 12n * PHA }); // Alice changes her mind
    expect(
      tip(rt, hash)
        ?.tips.map(([, v]) => v)
        .sort(),
    ).toEqual([12n * PHA, 20n * PHA, 40n * PHA].sort());

    refused(rt, '//Dave', 'Tips.close_tip', { hash }, 'Tips.Premature');
    goTo(rt, closes);

    const pot0 = treasuryFree(rt);
    const ferdie0 = bal(rt, '//Ferdie');
    const dave1 = bal(rt, '//Dave');
    const total = issuance(rt);
    const closed = ok(rt, '//Eve', 'Tips.close_tip', { hash });
    // Values 12, 20, 40 → median 20; finder's fee 20% = 4 to Dave, 16 to Ferdie.
    expect(closed.at(-1)).toEqual({
      pallet: 'Tips',
      name: 'TipClosed',
      fields: { tip_hash: hash, who: id('//Ferdie'), payout: 16n * PHA },
    });
    expect(bal(rt, '//Ferdie').free).toBe(ferdie0.free + 16n * PHA);
    expect(bal(rt, '//Dave')).toEqual({ ...dave1, free: dave1.free + DEPOSIT + 4n * PHA, reserved: 0n });
    expect(bal(rt, '//Dave').free).toBe(dave0.free + 4n * PHA);
    expect(treasuryFree(rt)).toBe(pot0 - 20n * PHA);
    expect(issuance(rt)).toBe(total);
    expect(tip(rt, hash)).toBeUndefined();
    expect(rt.query('Tips.Reasons', reasonHash(REASON))).toBeUndefined();
  });

  it('a tipper’s own tip: no deposit, no finder’s fee, the upper middle of an even count', () => {
    const rt = fundedRuntime();
    const reason = text('Eve translated the dApp');
    refused(rt, '//Dave', 'Tips.tip_new', { reason, who: id('//Eve'), tip_value: PHA }, 'BadOrigin');
    const alice0 = bal(rt, '//Alice');
    ok(rt, '//Alice', 'Tips.tip_new', { reason, who: id('//Eve'), tip_value: 10n * PHA });
    expect(bal(rt, '//Alice')).toEqual(alice0);
    const hash = tipHash(reasonHash(reason), id('//Eve'));
    expect(tip(rt, hash)).toMatchObject({ deposit: 0n, findersFee: false, closes: null });
    ok(rt, '//Bob', 'Tips.tip', { hash, tip_value: 30n * PHA });
    goTo(rt, now(rt) + 5n);
    const eve0 = bal(rt, '//Eve');
    const closed = ok(rt, '//Dave', 'Tips.close_tip', { hash });
    expect(closed.at(-1)?.fields).toEqual({ tip_hash: hash, who: id('//Eve'), payout: 30n * PHA });
    expect(bal(rt, '//Eve').free).toBe(eve0.free + 30n * PHA);
    expect(bal(rt, '//Alice')).toEqual(alice0);
  });

  it('counts only the tips of current tippers (a member removed from the elected seats no longer counts)', () => {
    const rt = fundedRuntime();
    const reason = text('left');
    ok(rt, '//Alice', 'Tips.tip_new', { reason, who: id('//Eve'), tip_value: 100n * PHA });
    const hash = tipHash(reasonHash(reason), id('//Eve'));
    ok(rt, '//Bob', 'Tips.tip', { hash, tip_value: 6n * PHA });
    expect(
      rt.dispatch('root', 'PhragmenElection.remove_member', {
        who: id('//Alice'),
        slash_bond: false,
        rerun_election: false,
      }).ok,
    ).toBe(true);
    refused(rt, '//Alice', 'Tips.tip', { hash, tip_value: 1n * PHA }, 'BadOrigin');
    ok(rt, '//Charlie', 'Tips.tip', { hash, tip_value: 8n * PHA });
    goTo(rt, tip(rt, hash)?.closes ?? 0n);
    const closed = ok(rt, '//Ferdie', 'Tips.close_tip', { hash });
    // Alice's 100 is dropped: values 6 and 8 → tips[1] = 8.
    expect(closed.at(-1)?.fields.payout).toBe(8n * PHA);
  });

  it('pays at most the pot', () => {
    const rt = treasuryRuntime();
    ok(rt, '//Ferdie', 'Balances.transfer_allow_death', { dest: TREASURY_ACCOUNT, value: 5n * PHA });
    const reason = text('big');
    ok(rt, '//Alice', 'Tips.tip_new', { reason, who: id('//Eve'), tip_value: 100n * PHA });
    const hash = tipHash(reasonHash(reason), id('//Eve'));
    ok(rt, '//Bob', 'Tips.tip', { hash, tip_value: 100n * PHA });
    goTo(rt, now(rt) + 5n);
    const pot = treasuryFree(rt) - CENT; // above the existential deposit
    const closed = ok(rt, '//Dave', 'Tips.close_tip', { hash });
    expect(closed.at(-1)?.fields.payout).toBe(pot);
  });
});

describe('retract and slash', () => {
  it('the finder retracts and gets the deposit back exactly; nobody else may', () => {
    const rt = fundedRuntime();
    const dave0 = bal(rt, '//Dave');
    ok(rt, '//Dave', 'Tips.report_awesome', { reason: REASON, who: id('//Ferdie') });
    const hash = tipHash(reasonHash(REASON), id('//Ferdie'));
    refused(rt, '//Eve', 'Tips.retract_tip', { hash }, 'Tips.NotFinder');
    const out = ok(rt, '//Dave', 'Tips.retract_tip', { hash });
    expect(names(out)).toEqual(['Balances.Unreserved', 'Tips.TipRetracted']);
    expect(bal(rt, '//Dave')).toEqual(dave0);
    expect(rt.query('Tips.Reasons', reasonHash(REASON))).toBeUndefined();
    refused(rt, '//Dave', 'Tips.retract_tip', { hash }, 'Tips.UnknownTip');
  });

  it('the RejectOrigin slashes a tip: the deposit is burned', () => {
    const rt = fundedRuntime();
    const dave0 = bal(rt, '//Dave');
    ok(rt, '//Dave', 'Tips.report_awesome', { reason: REASON, who: id('//Ferdie') });
    const hash = tipHash(reasonHash(REASON), id('//Ferdie'));
    refused(rt, '//Alice', 'Tips.slash_tip', { hash }, 'BadOrigin');
    refused(rt, council(1, 3), 'Tips.slash_tip', { hash }, 'BadOrigin');
    const total = issuance(rt);
    const out = okAs(rt, council(), 'Tips.slash_tip', { hash });
    expect(out.at(-1)).toEqual({
      pallet: 'Tips',
      name: 'TipSlashed',
      fields: { tip_hash: hash, finder: id('//Dave'), deposit: DEPOSIT },
    });
    expect(bal(rt, '//Dave')).toEqual({ ...dave0, free: dave0.free - DEPOSIT });
    expect(issuance(rt)).toBe(total - DEPOSIT);
  });

  it('refuses a reason over MaximumReasonLength and a deposit the finder cannot reserve', () => {
    const rt = fundedRuntime();
    const long = `0x${'61'.repeat(16_385)}`;
    refused(rt, '//Dave', 'Tips.report_awesome', { reason: long, who: id('//Ferdie') }, 'Tips.ReasonTooBig');
    ok(rt, '//Alice', 'Balances.transfer_allow_death', { dest: id('//Poor'), value: PHA });
    refused(
      rt,
      '//Poor',
      'Tips.report_awesome',
      { reason: REASON, who: id('//Ferdie') },
      'Balances.InsufficientBalance',
    );
  });
});
