/**
 * A proposal's call decoded with the runtime's metadata into a tree the UI can show in words: the pallet
 * and call, each argument by name (`call.meta.args`), typed by what it holds — an account, a PHA amount
 * (type names Balance / BalanceOf / Compact<Balance>…; a chain whose metadata carries no type name, like
 * the dev chain, has its bare u128 arguments read as balances, the only u128 a Phala call takes), text
 * (bytes that are valid UTF-8), a nested call (batches, sudo, motions holding calls), expanded
 * recursively — and the raw bytes. The bytes come inline or from the noted preimage
 * (`Preimage.PreimageFor`). On-chain text is data: it is rendered as text nodes, never as HTML.
 */
import type { ApiPromise } from '@polkadot/api';
import { GenericAccountId, type GenericCall } from '@polkadot/types';
import type { Codec } from '@polkadot/types/types';
import { AbstractArray, AbstractInt, Bytes, Compact, Enum, Option, Struct } from '@polkadot/types-codec';
import { isUtf8, u8aToString } from '@polkadot/util';
import { hasStorage } from '../../api/runtime-access.js';
import type { BoundedCall } from './decode.js';

export type ArgValue =
  | { kind: 'account'; address: string }
  | { kind: 'balance'; planck: bigint }
  | { kind: 'text'; text: string }
  | { kind: 'call'; call: CallNode }
  | { kind: 'list'; items: ArgValue[] }
  | { kind: 'fields'; fields: CallArg[] }
  | { kind: 'variant'; name: string; value: ArgValue | null }
  | { kind: 'plain'; text: string };

export interface CallArg {
  name: string;
  value: ArgValue;
}

export interface CallNode {
  section: string;
  method: string;
  /** The first line of the call's documentation, when the metadata has one. */
  doc: string;
  args: CallArg[];
}

/** The call's bytes, or its hash when the preimage is not (or no longer) on chain. */
export type CallBytes = { hex: string } | { missing: true; hash: string };

export async function fetchCallBytes(api: ApiPromise, call: BoundedCall): Promise<CallBytes> {
  if ('inline' in call) return { hex: call.inline };
  const missing = { missing: true as const, hash: call.hash };
  if (!hasStorage(api, 'preimage', 'preimageFor') || call.len === undefined) return missing;
  const v = (await api.query.preimage.preimageFor([call.hash, call.len]).catch(() => undefined)) as
    | (Codec & { isSome: boolean; unwrap(): Codec })
    | undefined;
  return v?.isSome ? { hex: v.unwrap().toHex() } : missing;
}

const BALANCE_NAME = /Balance/;
/** Control characters other than tab and newlines: such bytes are data, not text. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const BARE_U128 = /^(Compact<u128>|u128)$/;

function isCall(c: Codec): c is GenericCall {
  return 'callIndex' in c && 'section' in c && 'method' in c && 'meta' in c;
}

function argValue(c: Codec, type: string, typeName: string | null): ArgValue {
  if (isCall(c)) return { kind: 'call', call: callNode(c) };
  if (c instanceof GenericAccountId) return { kind: 'account', address: c.toString() };
  const isBalance = BALANCE_NAME.test(typeName ?? '') || (typeName === null && BARE_U128.test(type));
  if (isBalance && (c instanceof AbstractInt || c instanceof Compact))
    return { kind: 'balance', planck: c.toBigInt() };
  if (c instanceof Bytes) {
    const text = isUtf8(c.toU8a(true)) ? u8aToString(c.toU8a(true)) : '';
    return text && !CONTROL.test(text) ? { kind: 'text', text } : { kind: 'plain', text: c.toHex() };
  }
  if (c instanceof Option)
    return c.isSome ? argValue(c.unwrap(), c.unwrap().toRawType(), null) : { kind: 'plain', text: '—' };
  if (c instanceof Enum) {
    if (c.isBasic) return { kind: 'plain', text: c.type };
    // Bounded<Call>::Inline holds a call's bytes (democracy proposals, external proposals)
    if (c.type === 'Inline' && c.inner instanceof Bytes) {
      const bytes = c.inner.toU8a(true);
      const inline = tryCall(() => c.registry.createType('Call', bytes));
      if (inline) return { kind: 'call', call: inline };
    }
    const inner = argValue(c.inner, c.inner.toRawType(), null);
    // MultiAddress::Id(account) is just the account
    return inner.kind === 'account' ? inner : { kind: 'variant', name: c.type, value: inner };
  }
  if (c instanceof AbstractArray)
    return { kind: 'list', items: (c as AbstractArray<Codec>).map((x) => argValue(x, x.toRawType(), null)) };
  if (c instanceof Struct)
    return {
      kind: 'fields',
      fields: [...c.entries()].map(([name, v]) => ({
        name: String(name),
        value: argValue(v, v.toRawType(), null),
      })),
    };
  return { kind: 'plain', text: c.toString() };
}

function callNode(c: GenericCall): CallNode {
  const metaArgs = c.meta.args;
  return {
    section: c.section,
    method: c.method,
    doc: c.meta.docs[0]?.toString().trim() ?? '',
    args: c.args.map((a, i) => {
      const m = metaArgs[i];
      return {
        name: m?.name.toString() ?? String(i),
        value: argValue(
          a,
          m?.type.toString() ?? a.toRawType(),
          m?.typeName.isSome ? m.typeName.unwrap().toString() : null,
        ),
      };
    }),
  };
}

function tryCall(make: () => GenericCall): CallNode | null {
  try {
    return callNode(make());
  } catch {
    return null;
  }
}

/** Decodes a call's bytes; `null` when the runtime cannot decode them (shown as raw bytes). */
export const decodeCall = (api: ApiPromise, hex: string): CallNode | null =>
  tryCall(() => api.createType('Call', hex));
