/**
 * The worker state machine's heartbeat challenge test, `blake2_256(pubkey) XOR seed ≤ online_target`, taken
 * word by word, answers as the u256 `bigint` comparison does on random keys, seeds and targets, including
 * targets equal to the XOR and one either side of it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type BlockInfo, WorkerStateMachine } from '../../src/pallets-mock/offchain/worker-state.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';

const U256_MAX = (1n << 256n) - 1n;
const block: BlockInfo = { number: 7n, timestampMs: 84_000n, messages: [] };

/** Whether a computing worker answers the challenge. */
function answers(sm: WorkerStateMachine, seed: bigint, onlineTarget: bigint): boolean {
  let hit = false;
  sm.processEvent(
    block,
    { type: 'HeartbeatChallenge', value: { seed, onlineTarget } },
    {
      benchIterations: () => 0n,
      benchResume() {},
      benchPause() {},
      benchReport() {},
      heartbeat() {
        hit = true;
      },
    },
  );
  return hit;
}

describe('heartbeat challenge', () => {
  it('hits exactly when the u256 XOR is at most the target', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.bigInt({ min: 0n, max: U256_MAX }),
        fc.bigInt({ min: 0n, max: U256_MAX }),
        fc.integer({ min: -1, max: 1 }),
        (key, seed, target, nudge) => {
          const sm = new WorkerStateMachine(toHex(key));
          sm.registered = true;
          sm.workingState = { sessionId: 1n, state: 'Computing', startTime: 0n, startIter: 0n };
          const x = sm.hashedId ^ seed;
          for (const t of [target, x + BigInt(nudge)]) {
            if (t < 0n || t > U256_MAX) continue;
            expect(answers(sm, seed, t)).toBe(x <= t);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
