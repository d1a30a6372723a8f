/**
 * The SCALE codec (src/pallets-mock/frame/scale.ts) against parity-scale-codec's wire format:
 * - compact integers at every mode boundary (63/64, 16383/16384, 2^30−1/2^30, u64/u128::MAX), with
 *   non-canonical encodings and values above the inner type rejected on decode;
 * - bool, Option and enum tags (index gaps included) are checked, unknown tags rejected;
 * - `decode` is `decode_all`: trailing bytes are an error; integers out of range are refused on encode;
 * - AccountId32 takes SS58 of any prefix, 0x-hex and dev URIs, and always gives back prefix-30 SS58;
 * - storage keys equal the keys of spec/chain-rpc.md §3.3 and AccountInfo encodes as in §3.4.
 * Random round trips (fast-check) cover the combinators.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accountId32,
  array,
  bool,
  byteArray,
  bytes,
  type Codec,
  CodecError,
  compact,
  decode,
  encode,
  encodeToHex,
  enumOf,
  i8,
  i16,
  i32,
  i64,
  i128,
  option,
  result,
  str,
  struct,
  tuple,
  u8,
  u16,
  u32,
  u64,
  u128,
  u256,
  unit,
  vec,
} from '../../src/pallets-mock/frame/scale.js';
import { storagePrefix } from '../../src/pallets-mock/frame/storage.js';
import { AccountInfo, NEW_LOGIC_FLAG } from '../../src/pallets-mock/frame/types.js';
import { createRuntime } from '../../src/pallets-mock/index.js';
import { TotalIssuance } from '../../src/pallets-mock/pallets/balances/index.js';
import {
  BlockHash,
  EventCount,
  Events,
  LastRuntimeUpgrade,
  Number_,
  ParentHash,
  Account as SystemAccount,
} from '../../src/pallets-mock/pallets/system/index.js';
import { Now } from '../../src/pallets-mock/pallets/timestamp/index.js';
import { fromHex, toHex } from '../../src/pallets-mock/primitives/bytes.js';

const U64_MAX = (1n << 64n) - 1n;
const U128_MAX = (1n << 128n) - 1n;

const hex = <T>(codec: Codec<T>, value: T): string => toHex(encode(codec, value));
const dec = <T>(codec: Codec<T>, h: string): T => decode(codec, fromHex(h));
const expectCodecError = (fn: () => unknown, message?: RegExp): void => {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught, 'expected a CodecError').toBeInstanceOf(CodecError);
  if (message) expect((caught as Error).message).toMatch(message);
};

const ALICE_KEY = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';
const ALICE_30 = '45R2pfjQUW2s9PQRHU48HQKLKHVMaDja7N3wpBtmF28UYDs2';
const ALICE_42 = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const ALICE_0 = '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5';
const ALICE_2 = 'HNZata7iMYWmk5RvZRTiAsSDhV8366zq2YGb3tLH5Upf74F';

describe('compact integers', () => {
  const c128 = compact(u128);
  const cases: Array<[bigint, string]> = [
    [0n, '0x00'],
    [1n, '0x04'],
    [63n, '0xfc'],
    [64n, '0x0101'],
    [16_383n, '0xfdff'],
    [16_384n, '0x02000100'],
    [(1n << 30n) - 1n, '0xfeffffff'],
    [1n << 30n, '0x0300000040'],
    [(1n << 32n) - 1n, '0x03ffffffff'],
    [1n << 32n, '0x070000000001'],
    [U64_MAX, `0x13${'ff'.repeat(8)}`],
    [U128_MAX, `0x33${'ff'.repeat(16)}`],
  ];
  it.each(cases)('%s encodes as %s and decodes back', (value, expected) => {
    expect(hex(c128, value)).toBe(expected);
    expect(dec(c128, expected)).toBe(value);
  });

  it('rejects non-canonical encodings (a shorter mode would do)', () => {
    expectCodecError(() => dec(c128, '0x0100'), /non-canonical/); // two-byte mode, value 0
    expectCodecError(() => dec(c128, '0xfd00'), /non-canonical/); // two-byte mode, value 63
    expectCodecError(() => dec(c128, '0xfeff0000'), /non-canonical/); // four-byte mode, value 16383
    expectCodecError(() => dec(c128, '0x03ffffff3f'), /non-canonical/); // big mode, value 2^30 − 1
    expectCodecError(() => dec(c128, '0x070000004000'), /non-canonical/); // big mode, zero top byte
  });

  it('rejects values above the inner type on both sides', () => {
    expectCodecError(() => encode(compact(u32), 1n << 32n), /out of range/);
    expectCodecError(() => dec(compact(u32), '0x070000000001'), /out of range/);
    expectCodecError(() => dec(compact(u8), '0x0104'), /out of range/); // 256
    expectCodecError(() => encode(c128, U128_MAX + 1n), /out of range/);
    expectCodecError(() => encode(c128, -1n));
  });

  it('rejects truncated input', () => {
    expectCodecError(() => dec(c128, '0x01'), /end of input/);
    expectCodecError(() => dec(c128, `0x33${'ff'.repeat(15)}`), /end of input/);
  });

  it('round-trips any u128 (fast-check)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: U128_MAX }), (v) => {
        expect(decode(c128, encode(c128, v))).toBe(v);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('encodeToHex', () => {
  it('gives the hex of the encoding, for values small and large, one after another (fast-check)', () => {
    const codec = tuple(u128, bytes);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.bigInt({ min: 0n, max: U128_MAX }), fc.uint8Array({ maxLength: 300 }).map(toHex)),
        ),
        (values) => {
          for (const v of values) expect(encodeToHex(codec, v)).toBe(hex(codec, v));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('fixed-width integers', () => {
  it('are little-endian', () => {
    expect(hex(u16, 0x0102n)).toBe('0x0201');
    expect(hex(u32, 1n)).toBe('0x01000000');
    expect(hex(u64, 0x0102030405060708n)).toBe('0x0807060504030201');
    expect(hex(u128, 10n ** 12n)).toBe(`0x0010a5d4e8${'00'.repeat(11)}`);
    // Over 2^64 (the new-logic flag bit of every AccountData): both words, the high one last.
    expect(hex(u128, (1n << 127n) | (0x0102n << 64n) | 0x0304n)).toBe(
      `0x0403${'00'.repeat(6)}0201${'00'.repeat(5)}80`,
    );
    expect(hex(i8, -1n)).toBe('0xff');
    expect(hex(i8, -128n)).toBe('0x80');
    expect(hex(i16, -2n)).toBe('0xfeff');
    expect(dec(i32, '0xffffff7f')).toBe(2_147_483_647n);
    expect(dec(i64, '0x0000000000000080')).toBe(-(1n << 63n));
  });

  it('refuse out-of-range values on encode', () => {
    expectCodecError(() => encode(u8, 256n), /out of range/);
    expectCodecError(() => encode(u8, -1n), /out of range/);
    expectCodecError(() => encode(u32, 1n << 32n), /out of range/);
    expectCodecError(() => encode(u64, 1n << 64n), /out of range/);
    expectCodecError(() => encode(u128, 1n << 128n), /out of range/);
    expectCodecError(() => encode(u256, 1n << 256n), /out of range/);
    expectCodecError(() => encode(i8, 128n), /out of range/);
    expectCodecError(() => encode(i8, -129n), /out of range/);
    expectCodecError(() => encode(i128, 1n << 127n), /out of range/);
  });

  it('take bigint, safe integers and decimal strings, nothing else', () => {
    expect(hex(u32, 7 as unknown as bigint)).toBe('0x07000000');
    expect(hex(u32, '7' as unknown as bigint)).toBe('0x07000000');
    expectCodecError(() => encode(u32, 1.5 as unknown as bigint), /expected an integer/);
    expectCodecError(() => encode(u32, 'seven' as unknown as bigint), /expected an integer/);
    expectCodecError(() => encode(u32, undefined as unknown as bigint), /expected an integer/);
    expectCodecError(() => encode(u64, (Number.MAX_SAFE_INTEGER * 2) as unknown as bigint));
  });

  it('round-trip across their whole range (fast-check)', () => {
    const signed: Array<[Codec<bigint>, number]> = [
      [i8, 8],
      [i16, 16],
      [i32, 32],
      [i64, 64],
      [i128, 128],
    ];
    const unsigned: Array<[Codec<bigint>, number]> = [
      [u8, 8],
      [u16, 16],
      [u32, 32],
      [u64, 64],
      [u128, 128],
      [u256, 256],
    ];
    for (const [codec, bits] of unsigned) {
      fc.assert(
        fc.property(fc.bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n }), (v) => {
          const b = encode(codec, v);
          expect(b.length).toBe(bits / 8);
          expect(decode(codec, b)).toBe(v);
        }),
        { numRuns: 300 },
      );
    }
    for (const [codec, bits] of signed) {
      const half = 1n << BigInt(bits - 1);
      fc.assert(
        fc.property(fc.bigInt({ min: -half, max: half - 1n }), (v) => {
          expect(decode(codec, encode(codec, v))).toBe(v);
        }),
        { numRuns: 300 },
      );
    }
  });
});

describe('bool, Option, enums, results', () => {
  it('bool is one byte, 0 or 1; byte 2 is rejected', () => {
    expect(hex(bool, true)).toBe('0x01');
    expect(hex(bool, false)).toBe('0x00');
    expect(dec(bool, '0x01')).toBe(true);
    expectCodecError(() => dec(bool, '0x02'), /invalid byte 2/);
    expectCodecError(() => encode(bool, 1 as unknown as boolean), /expected a boolean/);
  });

  it('Option is tag 0 (None) or 1 (Some); other tags are rejected', () => {
    const o = option(u32);
    expect(hex(o, null)).toBe('0x00');
    expect(hex(o, 5n)).toBe('0x0105000000');
    expect(dec(o, '0x00')).toBeNull();
    expect(dec(o, '0x0105000000')).toBe(5n);
    expectCodecError(() => dec(o, '0x0205000000'), /invalid tag 2/);
    // Option<bool> is the generic two-byte Option in parity-scale-codec (OptionBool is a separate type).
    expect(hex(option(bool), false)).toBe('0x0100');
    expect(dec(option(bool), '0x0101')).toBe(true);
  });

  it('enums use declared indices, with gaps, and reject unknown indices', () => {
    const E = enumOf('test::Gappy', { A: null, B: u8, C: { x: u16, y_z: bool } }, { A: 0, B: 5, C: 9 });
    expect(hex(E, { type: 'A', value: null })).toBe('0x00');
    expect(hex(E, 'A' as never)).toBe('0x00');
    expect(hex(E, { type: 'B', value: 7n })).toBe('0x0507');
    expect(hex(E, { type: 'C', value: { x: 1n, y_z: true } })).toBe('0x09010001');
    expect(dec(E, '0x0507')).toEqual({ type: 'B', value: 7n });
    expect(dec(E, '0x09010001')).toEqual({ type: 'C', value: { x: 1n, y_z: true } });
    for (const bad of ['0x01', '0x04', '0x06', '0x0a', '0xff'])
      expectCodecError(() => dec(E, bad), /unknown variant/);
    expectCodecError(() => encode(E, { type: 'D', value: null } as never), /unknown variant D/);
    expectCodecError(() => encode(E, { type: 'B', value: 256n }), /B: u8/);
    const info = E.info.def;
    expect(info.tag === 'variant' && info.variants.map((v) => [v.name, v.index])).toEqual([
      ['A', 0],
      ['B', 5],
      ['C', 9],
    ]);
  });

  it('Result is Ok 0 / Err 1', () => {
    const r = result(unit, u8);
    expect(hex(r, { type: 'Ok', value: null })).toBe('0x00');
    expect(hex(r, { type: 'Err', value: 3n })).toBe('0x0103');
  });
});

describe('sequences, strings, structs, whole-input decoding', () => {
  it('decode refuses trailing bytes (decode_all)', () => {
    expectCodecError(() => dec(u32, '0x0100000000'), /1 trailing byte/);
    expectCodecError(() => dec(bool, '0x0000'), /trailing/);
    expectCodecError(() => dec(option(u8), '0x000000'), /2 trailing/);
    expectCodecError(() => dec(vec(u8), '0x040102'), /trailing/);
  });

  it('Vec<T> is compact length ++ items; a length beyond the input is refused', () => {
    expect(hex(vec(u16), [1n, 2n])).toBe('0x0801000200');
    expect(dec(vec(u16), '0x0801000200')).toEqual([1n, 2n]);
    expectCodecError(() => dec(vec(u8), '0x0c0102'), /exceeds|end of input/);
    expectCodecError(() => dec(bytes, `0x${'fe'}ffffff`), /exceeds/);
    expectCodecError(() => encode(vec(u8), 'nope' as unknown as bigint[]), /expected an array/);
  });

  it('Vec<u8> and [u8; N] are hex on the JS side', () => {
    expect(hex(bytes, '0xdeadbeef')).toBe('0x10deadbeef');
    expect(dec(bytes, '0x10deadbeef')).toBe('0xdeadbeef');
    expect(hex(bytes, 'hi')).toBe('0x086869'); // non-hex text is taken as UTF-8
    expect(hex(byteArray(4), '0x01020304')).toBe('0x01020304');
    expectCodecError(() => encode(byteArray(4), '0x010203'), /got 3 bytes/);
    expect(hex(array(u8, 2), [1n, 2n])).toBe('0x0102');
    expectCodecError(() => encode(array(u8, 2), [1n]), /expected 2 items/);
  });

  it('str is compact length ++ UTF-8 and must be valid UTF-8', () => {
    expect(hex(str, 'pha')).toBe('0x0c706861');
    expect(dec(str, '0x0c706861')).toBe('pha');
    expect(decode(str, encode(str, 'Kālā ✓'))).toBe('Kālā ✓');
    expectCodecError(() => dec(str, '0x08c328')); // a truncated two-byte sequence
    expectCodecError(() => dec(str, '0x04ff'));
    expect(decode(str, encode(str, '\uFEFFbom'))).toBe('\uFEFFbom'); // a leading BOM is data, not stripped
  });

  it('structs decode to camelCase keys and accept either spelling on input', () => {
    const S = struct('test::S', { ref_time: compact(u64), proof_size: u8 });
    expect(hex(S, { refTime: 1n, proofSize: 2n })).toBe('0x0402');
    expect(hex(S, { ref_time: 1n, proof_size: 2n } as never)).toBe('0x0402');
    expect(dec(S, '0x0402')).toEqual({ refTime: 1n, proofSize: 2n });
    expectCodecError(() => encode(S, { refTime: 1n } as never), /proof_size/);
    expectCodecError(() => encode(S, null as never), /expected an object/);
  });

  it('tuples are concatenations', () => {
    const T = tuple(u8, bool, compact(u32));
    expect(hex(T, [1n, true, 64n])).toBe('0x01010101');
    expect(dec(T, '0x01010101')).toEqual([1n, true, 64n]);
    expectCodecError(() => encode(T, [1n, true] as never), /expected 3 items/);
  });

  it('random nested values round-trip (fast-check)', () => {
    const C = vec(
      struct('test::Row', {
        id: compact(u32),
        who: option(u128),
        ok: bool,
        label: str,
        blob: bytes,
        kind: enumOf('test::K', { X: null, Y: i32 }, { X: 3, Y: 200 }),
      }),
    );
    const row = fc.record({
      id: fc.bigInt({ min: 0n, max: (1n << 32n) - 1n }),
      who: fc.option(fc.bigInt({ min: 0n, max: U128_MAX }), { nil: null }),
      ok: fc.boolean(),
      label: fc.string({ unit: 'grapheme', maxLength: 20 }),
      blob: fc.uint8Array({ maxLength: 40 }).map(toHex),
      kind: fc.oneof(
        fc.constant({ type: 'X' as const, value: null }),
        fc.integer().map((n) => ({ type: 'Y' as const, value: BigInt(n) })),
      ),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        expect(decode(C, encode(C, rows))).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });
});

describe('AccountId32', () => {
  it('accepts SS58 of any prefix, 0x-hex and dev URIs; outputs prefix-30 SS58', () => {
    for (const input of [ALICE_30, ALICE_42, ALICE_0, ALICE_2, ALICE_KEY, '//Alice']) {
      expect(hex(accountId32, input)).toBe(ALICE_KEY);
      expect(decode(accountId32, encode(accountId32, input))).toBe(ALICE_30);
    }
    expect(dec(accountId32, ALICE_KEY)).toBe(ALICE_30);
  });

  it('refuses anything that is not a 32-byte account', () => {
    for (const bad of [
      '',
      'Alice',
      '0x1234',
      `${ALICE_KEY}00`,
      '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ',
    ])
      expectCodecError(() => encode(accountId32, bad), /AccountId32/);
    expectCodecError(() => encode(accountId32, 42 as unknown as string), /AccountId32/);
    expectCodecError(() => dec(accountId32, '0x1234'), /end of input/);
  });
});

describe('storage keys and values (spec/chain-rpc.md §3.3–3.4)', () => {
  const SYSTEM = '0x26aa394eea5630e07c48ae0c9558cef7';
  it('match the known keys', () => {
    expect(storagePrefix('System', 'Account')).toBe(`${SYSTEM}b99d880ec681799c0cf30e8886371da9`);
    expect(SystemAccount.key(ALICE_30)).toBe(
      `${SYSTEM}b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3cc5ec2bea59f${ALICE_KEY.slice(2)}`,
    );
    expect(Events.key()).toBe(`${SYSTEM}80d41e5e16056765bc8461851072c9d7`);
    expect(Number_.key()).toBe(`${SYSTEM}02a5c1b19ab7a04f536c519aca4983ac`);
    expect(ParentHash.key()).toBe(`${SYSTEM}8a42f33323cb5ced3b44dd825fda9fcc`);
    expect(BlockHash.key(0n).startsWith(`${SYSTEM}a44704b568d21667356a5a050c118746`)).toBe(true);
    expect(EventCount.key()).toBe(`${SYSTEM}0a98fdbe9ce6c55837576c60c7af3850`);
    expect(LastRuntimeUpgrade.key()).toBe(`${SYSTEM}f9cce9c888469bb1a0dceaa129672ef8`);
    expect(Now.key()).toBe('0xf0c365c3cf59d671eb72da0e7a4113c49f1f0515f462cdcf84e0f1d6045dfcbb');
    expect(TotalIssuance.key()).toBe('0xc2261276cc9d1f8598ea4b6a74b15c2f57c875e4cff74148e4628f264b974c80');
  });

  it('System.Account keys decode back to the account', () => {
    expect(SystemAccount.decodeKey(SystemAccount.key('//Alice'))).toEqual([ALICE_30]);
  });

  it('AccountInfo encodes as the §3.4 example (80 bytes)', () => {
    const info = {
      nonce: 1n,
      consumers: 0n,
      providers: 1n,
      sufficients: 0n,
      data: { free: 10n ** 12n, reserved: 0n, frozen: 0n, flags: 0n },
    };
    const h = hex(AccountInfo, info);
    expect(h).toBe(`0x01000000000000000100000000000000${'0010a5d4e8000000'}${'00'.repeat(8 + 16 * 3)}`);
    expect(fromHex(h).length).toBe(80);
    expect(dec(AccountInfo, h)).toEqual(info);
    const flagged = hex(AccountInfo, { ...info, data: { ...info.data, flags: NEW_LOGIC_FLAG } });
    expect(flagged.slice(-32)).toBe(`${'00'.repeat(15)}80`);
  });

  it('the runtime stores exactly those bytes under those keys', () => {
    const rt = createRuntime({ balances: [['//Alice', 10n ** 12n]] });
    const raw = rt.kernel.state.get(SystemAccount.key(ALICE_30));
    expect(raw && toHex(raw)).toBe(
      `0x00000000000000000100000000000000${'0010a5d4e8000000'}${'00'.repeat(8 + 16 * 2)}${'00'.repeat(15)}80`,
    );
    // Other pallets' genesis may add to the issuance (the computation subsidy wallet, contracts §4);
    // the layout is u128 little-endian.
    const issuance = rt.kernel.state.get(TotalIssuance.key());
    expect(issuance?.length).toBe(16);
    expect(issuance && toHex(issuance)).toBe(hex(u128, rt.query('Balances.TotalIssuance') as bigint));
    expect(rt.query('Balances.TotalIssuance') as bigint).toBeGreaterThanOrEqual(10n ** 12n);
    const number = rt.kernel.state.get(Number_.key());
    expect(number && toHex(number)).toBe('0x01000000');
  });
});
