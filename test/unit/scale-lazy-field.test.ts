/**
 * A struct's lazily decoded fields (scale.ts `lazyVec`): the stake pool record `PoolProxy::StakePool`,
 * whose `workers` and `cd_workers` are decoded only when read, must behave exactly as the same struct
 * decoded eagerly: the same keys in the same order, the same values, the same bytes back whether the
 * fields were left alone, read, mutated in place, replaced or copied by a spread, and the same error on
 * bytes that claim more keys than they hold.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodecError, decode, encode, struct, vec } from '../../src/pallets-mock/frame/scale.js';
import {
  PoolProxy,
  type PoolProxyValue,
  StakePoolCodec,
} from '../../src/pallets-mock/pallets/phala-base-pool/types.js';
import { Sr25519Public } from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { accountFromKey } from '../../src/pallets-mock/primitives/account.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';

/** The same struct with plain `vec` fields: the eager reference. */
const fieldsOf = (c: typeof StakePoolCodec) =>
  Object.fromEntries(
    (c.info.def as unknown as { fields: Array<{ name: string; type: never }> }).fields.map((f) => [
      f.name,
      f.type,
    ]),
  );
const EagerStakePool = struct('eager::StakePool', {
  ...fieldsOf(StakePoolCodec),
  workers: vec(Sr25519Public),
  cd_workers: vec(Sr25519Public),
});

const key = fc.uint8Array({ minLength: 32, maxLength: 32 });
const pubkeys = fc.array(key.map(toHex), { maxLength: 12 });
const pool = fc.record({
  basepool: fc.record({
    pid: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
    owner: key.map(accountFromKey),
    total_shares: fc.bigInt({ min: 0n, max: 2n ** 128n - 1n }),
    total_value: fc.bigInt({ min: 0n, max: 2n ** 128n - 1n }),
    withdraw_queue: fc.constant([]),
    value_subscribers: fc.array(fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }), { maxLength: 3 }),
    cid: fc.bigInt({ min: 0n, max: 2n ** 32n - 1n }),
    pool_account_id: key.map(accountFromKey),
  }),
  payout_commission: fc.option(fc.bigInt({ min: 0n, max: 1_000_000n }), { nil: null }),
  cap: fc.option(fc.bigInt({ min: 0n, max: 2n ** 128n - 1n }), { nil: null }),
  workers: pubkeys,
  cd_workers: pubkeys,
  lock_account: key.map(accountFromKey),
  owner_reward_account: key.map(accountFromKey),
});

type StakePoolValue = ReturnType<typeof StakePoolCodec.dec>;

describe('lazily decoded struct fields', () => {
  it('read, write and copy like eagerly decoded ones, to the byte', () => {
    fc.assert(
      fc.property(pool, pubkeys, fc.nat(4), (p, other, action) => {
        const bytes = encode(StakePoolCodec, p as never);
        const lazy = decode(StakePoolCodec, bytes) as StakePoolValue;
        const eager = decode(EagerStakePool, bytes) as StakePoolValue;
        expect(Object.keys(lazy)).toEqual(Object.keys(eager));
        // Untouched: the same bytes back.
        expect(encode(StakePoolCodec, lazy)).toEqual(bytes);
        const change = (v: StakePoolValue): StakePoolValue => {
          switch (action) {
            case 0: // read only
              void v.workers.length;
              return v;
            case 1: // mutate in place after reading
              v.workers.push(...other);
              v.cdWorkers.reverse();
              return v;
            case 2: // replace without reading
              v.workers = other;
              return v;
            case 3: // a spread copy with one field replaced; the copy's other lazy field mutated
              return { ...v, workers: other, cdWorkers: [...v.cdWorkers, ...other] };
            default: // a spread copy left alone, the original mutated after it
              return { ...v };
          }
        };
        const lazyOut = change(lazy);
        const eagerOut = change(eager);
        if (action === 4) {
          lazy.workers.push(...other);
          eager.workers.push(...other);
        }
        expect(lazyOut).toEqual(eagerOut);
        expect(encode(StakePoolCodec, lazyOut)).toEqual(encode(EagerStakePool, eagerOut));
        expect(encode(StakePoolCodec, lazy)).toEqual(encode(EagerStakePool, eager));
      }),
      { numRuns: 300 },
    );
  });

  it('inside the stored PoolProxy enum, and as JSON', () => {
    fc.assert(
      fc.property(pool, (p) => {
        const bytes = encode(PoolProxy, { type: 'StakePool', value: p } as never);
        const v = decode(PoolProxy, bytes) as Extract<PoolProxyValue, { type: 'StakePool' }>;
        const json = (x: unknown) => JSON.stringify(x, (_, y) => (typeof y === 'bigint' ? `${y}` : y));
        expect(json(v.value)).toEqual(json(decode(EagerStakePool, encode(StakePoolCodec, v.value))));
        expect(v.value.workers).toEqual(p.workers);
        expect(encode(PoolProxy, v)).toEqual(bytes);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses bytes whose worker list runs past the end, when decoded', () => {
    const bytes = encode(StakePoolCodec, fc.sample(pool, { numRuns: 1, seed: 7 })[0] as never);
    // Cut the value inside the lists (the last 64 bytes are the two accounts after them): the length
    // prefix claims keys that are not there.
    const cut = bytes.subarray(0, bytes.length - 64 - 16);
    expect(() => decode(StakePoolCodec, cut)).toThrow(CodecError);
  });
});
