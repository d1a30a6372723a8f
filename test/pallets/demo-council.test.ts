/**
 * The demo network's Council motions (chain/demo/council.ts), block by block on a demo-profile runtime as
 * the demo build submits them: motion 0 (`Treasury.approve_proposal`, 2 of the 3 genesis seats) executes
 * Ok — not `Err(BadOrigin)`, as the `System.remark` motion it replaces did — and approves the pool owner's
 * spend, which the next spend period pays; motion 1 (`Democracy.external_propose`) stays open, and
 * executes Ok when it passes, with the genesis seats and with the six seats the Council has at the
 * snapshot head. Then the checked-in snapshot itself: the spend approved at its head, motion 1 open, and
 * closing motion 1 there executes Ok.
 */
import { describe, expect, it } from 'vitest';
import {
  councilMotions,
  DEMO_SPEND,
  demoMotions,
  EXTERNAL_REMARK,
  MOTION_APPROVE_SPEND,
  MOTION_EXTERNAL,
} from '../../chain/demo/council.js';
import { DEMO_COUNCIL } from '../../chain/demo/identities.js';
import { DEMO_SNAPSHOT, readSnapshot } from '../../chain/snapshot.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import type { CallValue } from '../../src/pallets-mock/frame/runtime.js';
import { encode } from '../../src/pallets-mock/frame/scale.js';
import { createRuntime, type Runtime, type RuntimeEvent } from '../../src/pallets-mock/index.js';
import { callBytes, submitLocal } from '../../src/pallets-mock/offchain/tx-signer.js';
import { TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import { Events } from '../../src/pallets-mock/pallets/system/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { toHex, utf8 } from '../../src/pallets-mock/primitives/bytes.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { runDemoBlocks } from './demo-blocks.js';
import { PHA } from './phala-pools-helpers.js';

const DAY = 7_200n;
const owner = (i: number) => `//demo/owner/${i}`;
const ELECTED = [0, 4, 8].map(owner);

function demoRuntime(): Runtime {
  return createRuntime({
    profile: 'demo',
    balances: [
      ...DEMO_COUNCIL.map((m): [string, bigint] => [m, 1_000_000n * PHA]),
      ...[DEMO_SPEND.owner, 0, 4, 8].map((i): [string, bigint] => [owner(i), 5_000n * PHA]),
    ],
  });
}
const encoder = (rt: Runtime) => (c: CallValue) => rt.kernel.enter(() => encode(rt.kernel.callCodec, c));
const free = (rt: Runtime, suri: string): bigint =>
  (rt.query('System.Account', accountId(suri)) as { data: { free: bigint } }).data.free;

/** Dispatches one call, which must succeed, and returns its events. */
function ok(rt: Runtime, who: string, c: string, args: Record<string, unknown>): RuntimeEvent[] {
  const out = rt.dispatch(who, c, args);
  if (!out.ok) throw new Error(`${who} ${c}: ${out.error}`);
  return out.events;
}
const executed = (events: RuntimeEvent[]) =>
  events.filter((e) => e.pallet === 'Council' && e.name === 'Executed').map((e) => e.fields.result);
const councilCall = (name: string, args: Record<string, unknown>): CallValue => ({
  type: 'Council',
  value: { type: name, value: args },
});
const closeArgs = (hash: string, index: bigint) => ({
  proposal_hash: hash,
  index,
  proposal_weight_bound: { ref_time: 10n ** 12n, proof_size: 10n ** 7n },
  length_bound: 1_000n,
});

describe('the demo Council motions', () => {
  it('executes motion 0 Ok (Treasury.approve_proposal by 2 of 3 seats) and leaves motion 1 open', () => {
    const rt = demoRuntime();
    const m = demoMotions(encoder(rt));
    const batches = councilMotions(owner, encoder(rt));
    // Up to the close of motion 0.
    runDemoBlocks(rt, batches.slice(0, 3));
    expect(rt.query('Treasury.Proposals', DEMO_SPEND.index)).toMatchObject({
      proposer: accountId(owner(DEMO_SPEND.owner)),
      value: DEMO_SPEND.value,
      bond: DEMO_SPEND.value / 20n, // 5 %
    });
    expect(rt.query('Council.Voting', m.approveSpendHash)).toMatchObject({
      index: MOTION_APPROVE_SPEND,
      threshold: 2n,
    });
    const [closeA, ...rest] = batches[3] ?? [];
    const v = closeA?.[1].value as { type: string; value: Record<string, unknown> };
    expect(v.type).toBe('close');
    const events = ok(rt, closeA?.[0] as string, `Council.${v.type}`, v.value);
    expect(executed(events)).toEqual([{ type: 'Ok', value: null }]);
    expect(rt.query('Treasury.Approvals')).toEqual([DEMO_SPEND.index]);
    expect(rt.query('Council.ProposalOf', m.approveSpendHash)).toBeUndefined();
    // The rest of the motions (motion 1 proposed and voted), as the build runs them.
    runDemoBlocks(rt, [rest, ...batches.slice(4)]);
    expect(rt.query('Council.Proposals')).toEqual([m.externalHash]);
    const inline = (m.external.value as unknown as { value: { proposal: { type: string; value: string } } })
      .value.proposal;
    expect(inline.type).toBe('Inline');
    expect(inline.value.endsWith(toHex(utf8(EXTERNAL_REMARK)).slice(2))).toBe(true);
    expect(rt.query('Council.Voting', m.externalHash)).toMatchObject({
      index: MOTION_EXTERNAL,
      threshold: 3n,
      ayes: [accountId('//Bob')],
      nays: [accountId('//Charlie')],
    });
    // The next spend period pays the approved spend to the pool owner, and releases the bond.
    ok(rt, '//Alice', 'Balances.transfer_keep_alive', {
      dest: { type: 'Id', value: TREASURY_ACCOUNT },
      value: 10n * DEMO_SPEND.value,
    });
    const before = free(rt, owner(DEMO_SPEND.owner));
    const now = rt.query('System.Number') as bigint;
    rt.advanceBlocks(Number((now / DAY + 1n) * DAY - now + 1n));
    rt.tryState();
    expect(rt.query('Treasury.Approvals')).toEqual([]);
    expect(free(rt, owner(DEMO_SPEND.owner)) - before).toBe(DEMO_SPEND.value + DEMO_SPEND.value / 20n);
  });

  it.each([
    ['the three genesis seats', [] as string[], ['//Alice', '//Charlie']],
    ['the six seats after the election', ELECTED, ['//Alice', owner(0)]],
  ])(
    'executes the open motion 1 Ok (Democracy.external_propose) once it passes, with %s',
    (_, joining, ayes) => {
      const rt = demoRuntime();
      const m = demoMotions(encoder(rt));
      runDemoBlocks(rt, councilMotions(owner, encoder(rt)));
      if (joining.length)
        ok(rt, 'root', 'Council.set_members', {
          new_members: [...DEMO_COUNCIL, ...joining].map((s) => accountId(s)),
          prime: null,
          old_count: 3n,
        });
      for (const who of ayes)
        ok(rt, who, 'Council.vote', { proposal: m.externalHash, index: MOTION_EXTERNAL, approve: true });
      const events = ok(rt, '//Bob', 'Council.close', closeArgs(m.externalHash, MOTION_EXTERNAL));
      expect(executed(events)).toEqual([{ type: 'Ok', value: null }]);
      const next = rt.query('Democracy.NextExternal') as [unknown, { type: string }];
      const external = m.external.value as unknown as { value: { proposal: unknown } };
      expect(next[0]).toEqual(external.value.proposal);
      expect(next[1].type).toBe('SuperMajorityApprove');
    },
  );
});

describe('the demo Council motions at the snapshot head', () => {
  it('has the spend approved by motion 0 and motion 1 open, which executes Ok once it passes', async () => {
    await cryptoReady();
    const snapshot = readSnapshot(DEMO_SNAPSHOT);
    const chain = new DevChain({ profile: snapshot.profile, mode: 'Manual', resume: [snapshot.block] });
    try {
      const read = <T>(item: string, ...keys: unknown[]) =>
        chain.atBlock(undefined, () => {
          const [pallet, name] = item.split('.');
          const s = chain.kernel.pallet(pallet ?? '')?.storage?.find((x) => x.meta.name === name) as
            | { get(...k: unknown[]): T; tryGet(...k: unknown[]): T | undefined }
            | undefined;
          if (!s) throw new Error(`no storage ${item}`);
          return keys.length ? s.tryGet(...keys) : s.get();
        });
      const m = demoMotions((c) => callBytes(chain, c));
      // Motion 0 executed Ok: its spend is approved (and waits for the next spend period).
      expect(read('Treasury.Approvals')).toEqual([DEMO_SPEND.index]);
      expect(read('Treasury.Proposals', DEMO_SPEND.index)).toMatchObject({ value: DEMO_SPEND.value });
      expect(read('Council.ProposalOf', m.approveSpendHash)).toBeUndefined();
      // Motion 1 open, before a Council of six (the election at the head block).
      expect(read('Council.Proposals')).toEqual([m.externalHash]);
      expect(read<unknown[]>('Council.Members')).toHaveLength(6);
      // Two more ayes carry it (3 of 6: the External origin's one half); closing executes it Ok.
      submitLocal(
        chain,
        '//Alice',
        councilCall('vote', { proposal: m.externalHash, index: MOTION_EXTERNAL, approve: true }),
      );
      submitLocal(
        chain,
        owner(0),
        councilCall('vote', { proposal: m.externalHash, index: MOTION_EXTERNAL, approve: true }),
      );
      await chain.newBlocks(1);
      submitLocal(chain, '//Bob', councilCall('close', closeArgs(m.externalHash, MOTION_EXTERNAL)));
      await chain.newBlocks(1);
      const results = chain.atBlock(undefined, () =>
        (
          Events.get() as Array<{
            event: { type: string; value: { type: string; value: { result?: unknown } } };
          }>
        )
          .filter((e) => e.event.type === 'Council' && e.event.value.type === 'Executed')
          .map((e) => e.event.value.value.result),
      );
      expect(results).toEqual([{ type: 'Ok', value: null }]);
      expect(read('Democracy.NextExternal')).toBeDefined();
    } finally {
      chain.stop();
    }
  }, 120_000);
});
