/**
 * pallet_identity's types (polkadot-sdk release-polkadot-v1.2.0, before IdentityInfo became generic):
 * `Data` (None, Raw0…Raw32, four hashes), `IdentityInfo` with its additional fields, judgements, the
 * registration and the registrar record with `BitFlags<IdentityField>` — SCALE shapes of Khala's metadata.
 */
import {
  type AnyCodec,
  byteArray,
  type Codec,
  CodecError,
  enumOf,
  newtype,
  option,
  struct,
  tuple,
  u32,
  u64,
  u128,
  type ValueOf,
} from '../../frame/scale.js';
import { AccountId, boundedVec } from '../../frame/types.js';
import { toHex, utf8 } from '../../primitives/bytes.js';

const dataVariants: Record<string, AnyCodec | null> = { None: null };
for (let n = 0; n <= 32; n++) dataVariants[`Raw${n}`] = byteArray(n);
for (const h of ['BlakeTwo256', 'Sha256', 'Keccak256', 'ShaThree256']) dataVariants[h] = byteArray(32);

/** `Data`: nothing, up to 32 raw bytes (the variant names the length), or a 32-byte hash. */
export const Data = enumOf('pallet_identity::types::Data', dataVariants);
export type DataValue = { type: string; value: string | null };

/** `Data::Raw` of a UTF-8 text of at most 32 bytes. */
export function rawData(text: string): DataValue {
  const bytes = utf8(text);
  if (bytes.length > 32) throw new Error(`identity data is limited to 32 bytes (${bytes.length})`);
  return { type: `Raw${bytes.length}`, value: toHex(bytes) };
}

export const IdentityInfo = struct(
  { path: ['pallet_identity', 'types', 'IdentityInfo'], params: [{ name: 'FieldLimit', type: null }] },
  {
    additional: boundedVec(tuple(Data, Data)),
    display: Data,
    legal: Data,
    web: Data,
    riot: Data,
    email: Data,
    pgp_fingerprint: option(byteArray(20)),
    image: Data,
    twitter: Data,
  },
);
export type IdentityInfoValue = ValueOf<typeof IdentityInfo>;

export const Judgement = enumOf(
  { path: ['pallet_identity', 'types', 'Judgement'], params: [{ name: 'Balance', type: u128 }] },
  {
    Unknown: null,
    FeePaid: u128,
    Reasonable: null,
    KnownGood: null,
    OutOfDate: null,
    LowQuality: null,
    Erroneous: null,
  },
);
export type JudgementValue = ValueOf<typeof Judgement>;

/** FeePaid and Erroneous judgements survive a new set_identity and block a new request. */
export const isSticky = (j: JudgementValue): boolean => j.type === 'FeePaid' || j.type === 'Erroneous';

export const Registration = struct(
  {
    path: ['pallet_identity', 'types', 'Registration'],
    params: [
      { name: 'Balance', type: u128 },
      { name: 'MaxJudgements', type: null },
      { name: 'MaxAdditionalFields', type: null },
    ],
  },
  { judgements: boundedVec(tuple(u32, Judgement)), deposit: u128, info: IdentityInfo },
);
export type RegistrationValue = ValueOf<typeof Registration>;

/** Field bits of `IdentityFields` (the indices of Khala's IdentityField enum). */
export const IdentityField = enumOf(
  'pallet_identity::types::IdentityField',
  {
    Display: null,
    Legal: null,
    Web: null,
    Riot: null,
    Email: null,
    PgpFingerprint: null,
    Image: null,
    Twitter: null,
  },
  { Display: 1, Legal: 2, Web: 4, Riot: 8, Email: 16, PgpFingerprint: 32, Image: 64, Twitter: 128 },
);
/** Every IdentityField bit. */
const KNOWN_FIELDS = 0xffn;
const FieldMask = newtype(
  { path: ['pallet_identity', 'types', 'BitFlags'], params: [{ name: 'T', type: IdentityField }] },
  u64,
  'IdentityField',
);
/** `IdentityFields(BitFlags<IdentityField>)`: a u64 bit mask; a bit of no field does not decode (as `BitFlags::from_bits`). */
export const IdentityFields: Codec<bigint> = {
  info: FieldMask.info,
  enc: (w, v) => FieldMask.enc(w, v),
  dec(r) {
    const v = FieldMask.dec(r);
    if ((v & ~KNOWN_FIELDS) !== 0n) throw new CodecError('IdentityFields: bits of no IdentityField');
    return v;
  },
};

export const RegistrarInfo = struct(
  {
    path: ['pallet_identity', 'types', 'RegistrarInfo'],
    params: [
      { name: 'Balance', type: u128 },
      { name: 'AccountId', type: AccountId },
    ],
  },
  { account: AccountId, fee: u128, fields: IdentityFields },
);
export type RegistrarInfoValue = ValueOf<typeof RegistrarInfo>;

/** An IdentityInfo with the given text fields (others None) and additional (key, value) pairs. */
export function identityInfo(
  fields: Partial<Record<'display' | 'legal' | 'web' | 'riot' | 'email' | 'image' | 'twitter', string>>,
  additional: Array<[string, string]> = [],
): IdentityInfoValue {
  const none: DataValue = { type: 'None', value: null };
  const text = (v: string | undefined) => (v === undefined ? none : rawData(v));
  return {
    additional: additional.map(([k, v]) => [rawData(k), rawData(v)]),
    display: text(fields.display),
    legal: text(fields.legal),
    web: text(fields.web),
    riot: text(fields.riot),
    email: text(fields.email),
    pgpFingerprint: null,
    image: text(fields.image),
    twitter: text(fields.twitter),
  } as IdentityInfoValue;
}
