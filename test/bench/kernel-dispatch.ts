/**
 * Kernel dispatch rows: `balances.transfer_keep_alive` (Alice → Bob, 1 PHA) through the runtime with
 * SCALE-encoded storage,
 * 1. as a signed extrinsic through the Executive (nonce check, fee withdrawal, dispatch in a storage
 *    layer, refund/Treasury credit, TransactionFeePaid + ExtrinsicSuccess), in blocks of 500
 *    extrinsics (finalize + initialize included, events drained per block); no signature check (that
 *    happens in the transaction pool);
 * 2. through the harness `dispatch` (argument encode/decode round trip, origin parsing, one storage
 *    layer, no fee, no nonce).
 * After measuring, each row checks that the work really happened (balances, nonces, invariants).
 */
import { Executive } from '../../src/pallets-mock/frame/executive.js';
import { createRuntime } from '../../src/pallets-mock/index.js';
import { TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { callValue, ED, free, info, PHA, signedXt } from '../pallets/helpers/kernel.js';
import { type BenchGroup, type BenchRow, bench } from './bench.js';

const ALICE = accountId('//Alice');
const BOB = accountId('//Bob');
const BLOCK_SIZE = 500;

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`bench sanity check failed: ${what}`);
}

function signedTransfers(): BenchRow {
  const rt = createRuntime({
    balances: [
      [ALICE, 10n ** 12n * PHA],
      [BOB, PHA],
      [TREASURY_ACCOUNT, ED],
    ],
  });
  const ex = new Executive(rt.kernel);
  const template = signedXt(
    rt,
    ALICE,
    callValue(rt, 'Balances.transfer_keep_alive', { dest: BOB, value: PHA }),
  );
  let nonce = 0n;
  let count = 0;
  let fees = 0n;
  const row = bench(
    'balances.transfer_keep_alive, signed, via Executive',
    () => {
      const out = ex.applySigned({ ...template, nonce });
      nonce++;
      fees += out.fee;
      if (++count % BLOCK_SIZE === 0) {
        rt.advanceBlocks(1);
        rt.events();
      }
    },
    { unit: 'dispatches/s', note: `fees, nonce, events; blocks of ${BLOCK_SIZE}; no signature check` },
  );
  check(info(rt, ALICE).nonce === nonce, 'Alice nonce = extrinsics applied');
  check(free(rt, BOB) === PHA + BigInt(count) * PHA, 'Bob received every transfer');
  check(free(rt, TREASURY_ACCOUNT) === ED + fees, 'the Treasury received every fee');
  rt.tryState();
  return row;
}

function harnessTransfers(): BenchRow {
  const rt = createRuntime({
    balances: [
      [ALICE, 10n ** 12n * PHA],
      [BOB, PHA],
    ],
  });
  let count = 0;
  const args = { dest: BOB, value: PHA };
  const row = bench(
    'balances.transfer_keep_alive, harness dispatch',
    () => {
      const out = rt.dispatch(ALICE, 'Balances.transfer_keep_alive', args);
      if (!out.ok) throw new Error(out.error);
      if (++count % BLOCK_SIZE === 0) {
        rt.advanceBlocks(1);
        rt.events();
      }
    },
    { unit: 'dispatches/s', note: `no fee/nonce; blocks of ${BLOCK_SIZE}` },
  );
  check(free(rt, BOB) === PHA + BigInt(count) * PHA, 'Bob received every transfer');
  rt.tryState();
  return row;
}

export const kernelDispatch: BenchGroup = {
  title: 'Kernel dispatch',
  run: () => [signedTransfers(), harnessTransfers()],
};
