/**
 * The demo network's Council motions, block by block as the demo build submits them (the last hour, with
 * the genesis Council //Alice, //Bob, //Charlie), each a call Khala's Council really made and its
 * collective origin may dispatch (a motion's call runs as `RawOrigin::Members(ayes, seats)`; a call that
 * needs a signed origin, such as `System.remark`, ends the motion with `Executed(Err(BadOrigin))`):
 * - a pool owner proposes a Treasury spend (`Treasury.propose_spend`, bond 5 % reserved);
 * - motion 0 approves it: `Treasury.approve_proposal` (ApproveOrigin: Root or at least 3/5 of the
 *   Council), threshold 2, //Alice and //Bob aye, closed by //Charlie — `Members(2, 3)`, executed Ok; the
 *   spend is paid at the next spend period (after the snapshot head);
 * - motion 1 is left open: `Democracy.external_propose` of a remark, inline (External origin: Root or at
 *   least 1/2 of the Council), threshold 3, //Bob aye and //Charlie nay. Its threshold
 *   carries it both with the three genesis seats (3/3) and with the six seats the Council has after the
 *   election at the head block (3/6), so closing it from the dApp executes Ok.
 */
import type { CallValue } from '../../src/pallets-mock/frame/runtime.js';
import { accountOf } from '../../src/pallets-mock/offchain/tx-signer.js';
import { DOLLARS } from '../../src/pallets-mock/pallets/balances/index.js';
import { toHex, utf8 } from '../../src/pallets-mock/primitives/bytes.js';
import { blake2_256 } from '../../src/pallets-mock/primitives/hashing.js';

const PHA = DOLLARS;
export type DemoTx = [suri: string, call: CallValue];

const call = (pallet: string, name: string, args: Record<string, unknown> = {}): CallValue => ({
  type: pallet,
  value: { type: name, value: args },
});

/** The Treasury spend motion 0 approves: pool owner 6 asks for a monitoring setup for pool operators. */
export const DEMO_SPEND = {
  owner: 6,
  value: 2_000n * PHA,
  /** Its Treasury proposal index: the demo's first `propose_spend` (referendum 2's spend is not enacted yet). */
  index: 0n,
} as const;
/** The Council proposal indexes of the two motions (the demo's first motions). */
export const MOTION_APPROVE_SPEND = 0n;
export const MOTION_EXTERNAL = 1n;
/** What motion 1 puts to a referendum (as an external proposal, SuperMajorityApprove). */
export const EXTERNAL_REMARK = 'pha-stake demo: council reviews pool commission caps';
/** A motion's bounds, generous for these small calls. */
const LENGTH_BOUND = 1_000n;
const WEIGHT_BOUND = { ref_time: 10n ** 12n, proof_size: 10n ** 7n };

/** The calls of the two motions, and their hashes; `encode` is the runtime's RuntimeCall encoding. */
export function demoMotions(encode: (c: CallValue) => Uint8Array) {
  const approveSpend = call('Treasury', 'approve_proposal', { proposal_id: DEMO_SPEND.index });
  // The remark inline (Bounded::Inline, as calls up to 128 bytes may be): no preimage to note, and the
  // dApp's Council page decodes it, so the motion reads as its text.
  const remark = call('System', 'remark', { remark: toHex(utf8(EXTERNAL_REMARK)) });
  const external = call('Democracy', 'external_propose', {
    proposal: { type: 'Inline', value: toHex(encode(remark)) },
  });
  const hashOf = (c: CallValue) => toHex(blake2_256(encode(c)));
  return { approveSpend, external, approveSpendHash: hashOf(approveSpend), externalHash: hashOf(external) };
}

/** Block-by-block batches: the spend proposed, motion 0 proposed, voted and closed, motion 1 left open. */
export function councilMotions(
  owner: (i: number) => string,
  encode: (c: CallValue) => Uint8Array,
): DemoTx[][] {
  const m = demoMotions(encode);
  const proposer = owner(DEMO_SPEND.owner);
  return [
    [
      [
        proposer,
        call('Treasury', 'propose_spend', {
          value: DEMO_SPEND.value,
          beneficiary: { type: 'Id', value: accountOf(proposer) },
        }),
      ],
    ],
    [
      [
        '//Alice',
        call('Council', 'propose', { threshold: 2n, proposal: m.approveSpend, length_bound: LENGTH_BOUND }),
      ],
    ],
    [
      [
        '//Alice',
        call('Council', 'vote', { proposal: m.approveSpendHash, index: MOTION_APPROVE_SPEND, approve: true }),
      ],
      [
        '//Bob',
        call('Council', 'vote', { proposal: m.approveSpendHash, index: MOTION_APPROVE_SPEND, approve: true }),
      ],
    ],
    [
      [
        '//Charlie',
        call('Council', 'close', {
          proposal_hash: m.approveSpendHash,
          index: MOTION_APPROVE_SPEND,
          proposal_weight_bound: WEIGHT_BOUND,
          length_bound: LENGTH_BOUND,
        }),
      ],
      [
        '//Bob',
        call('Council', 'propose', { threshold: 3n, proposal: m.external, length_bound: LENGTH_BOUND }),
      ],
    ],
    [
      ['//Bob', call('Council', 'vote', { proposal: m.externalHash, index: MOTION_EXTERNAL, approve: true })],
      [
        '//Charlie',
        call('Council', 'vote', { proposal: m.externalHash, index: MOTION_EXTERNAL, approve: false }),
      ],
    ],
  ];
}
