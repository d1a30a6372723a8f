/**
 * The challenge index returns exactly the workers whose hashed id's top word passes the challenge's top
 * word (`(h XOR seed₀) ≤ target₀`), so every worker the full u256 test hits is among them, on random
 * keys, seeds and targets (targets biased to the keys' own XORs and their neighbours).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChallengeIndex } from '../../src/pallets-mock/offchain/challenge-index.js';
import { WorkerStateMachine } from '../../src/pallets-mock/offchain/worker-state.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';

const U256_MAX = (1n << 256n) - 1n;

describe('challenge index', () => {
  it('gives the workers whose top word passes, every hit among them', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 32, maxLength: 32 }), { minLength: 0, maxLength: 40 }),
        fc.bigInt({ min: 0n, max: U256_MAX }),
        fc.bigInt({ min: 0n, max: U256_MAX }),
        fc.nat(40),
        fc.integer({ min: -3, max: 3 }),
        (keys, seed, target, pick, nudge) => {
          const items = keys.map((k) => ({ state: new WorkerStateMachine(toHex(k)) }));
          const own = items[pick % Math.max(1, items.length)];
          // A target at (or next to) one worker's own XOR puts the test's edge inside the index.
          const t = own ? (own.state.hashedId ^ seed) + BigInt(nudge) * (1n << 224n) : target;
          const onlineTarget = t < 0n || t > U256_MAX ? target : t;
          const challenge = { seed, onlineTarget };
          const got = new ChallengeIndex(items).candidates(challenge) ?? [];
          const top = (x: bigint) => x >> 224n;
          const expected = items.filter((w) => top(w.state.hashedId ^ seed) <= top(onlineTarget));
          expect(new Set(got)).toEqual(new Set(expected));
          expect(got.length).toBe(expected.length);
          for (const w of items) if ((w.state.hashedId ^ seed) <= onlineTarget) expect(got).toContain(w);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
