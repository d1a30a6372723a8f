/**
 * Metadata that documents itself, in V14 and V15 (issue 16 part 3):
 * - @polkadot/types decodes both and re-encodes them byte for byte; V15 carries the same pallets, the
 *   extrinsic's address/call/signature/extra types, the outer enums (RuntimeCall, RuntimeEvent and a
 *   RuntimeError with each pallet's Error enum at the pallet's index) and the runtime APIs the node
 *   answers with their methods, parameter and result types.
 * - Every pallet (V15), call, event, error, storage item and constant has non-empty docs.
 * - `registry.findMetaError` (what polkadot.js Apps and the dApp use) returns an error's docs.
 * - The runtime version names the Khala spec it models: 1290 (transaction version 6).
 */
import { Metadata, TypeRegistry } from '@polkadot/types';
import type { MetadataV14, MetadataV15 } from '@polkadot/types/interfaces';
import { u8aToHex } from '@polkadot/util';
import { describe, expect, it } from 'vitest';
import { runtimeApiDecls } from '../../src/pallets-mock/devchain/runtime-api-decls.js';
import { buildMetadata } from '../../src/pallets-mock/frame/metadata.js';
import { createRuntime } from '../../src/pallets-mock/index.js';
import { RUNTIME_VERSION } from '../../src/pallets-mock/pallets/system/index.js';

const rt = createRuntime();
const v14Bytes = rt.metadata();
const v15Bytes = buildMetadata(rt.kernel, 15, runtimeApiDecls(rt.kernel));
const USER_EXTENSIONS = { CheckMqSequence: { extrinsic: {}, payload: {} } };

function load(bytes: Uint8Array) {
  const registry = new TypeRegistry();
  const metadata = new Metadata(registry, bytes);
  registry.setMetadata(metadata, undefined, USER_EXTENSIONS);
  return { registry, metadata };
}
const m14 = load(v14Bytes);
const m15 = load(v15Bytes);
const v14: MetadataV14 = m14.metadata.asV14;
const v15: MetadataV15 = m15.metadata.asV15;

/** Names of items without docs, as 'Pallet kind Name'. */
function undocumented(meta: MetadataV14 | MetadataV15): string[] {
  const out: string[] = [];
  const empty = (docs: { length: number; map(f: (d: { toString(): string }) => string): string[] }) =>
    docs
      .map((d) => d.toString())
      .join('')
      .trim() === '';
  for (const p of meta.pallets) {
    const name = p.name.toString();
    for (const [kind, ty] of [
      ['call', p.calls],
      ['event', p.events],
      ['error', p.errors],
    ] as const) {
      if (ty.isNone) continue;
      for (const v of meta.lookup.getSiType(ty.unwrap().type).def.asVariant.variants)
        if (empty(v.docs)) out.push(`${name} ${kind} ${v.name}`);
    }
    if (p.storage.isSome)
      for (const s of p.storage.unwrap().items) if (empty(s.docs)) out.push(`${name} storage ${s.name}`);
    for (const c of p.constants) if (empty(c.docs)) out.push(`${name} constant ${c.name}`);
  }
  return out;
}

describe('metadata V15', () => {
  it('decodes with @polkadot/types and re-encodes byte for byte', () => {
    expect(m15.metadata.version).toBe(15);
    expect(u8aToHex(m15.metadata.toU8a())).toBe(u8aToHex(v15Bytes));
    expect(m14.metadata.version).toBe(14);
    expect(u8aToHex(m14.metadata.toU8a())).toBe(u8aToHex(v14Bytes));
  });

  it('has the same pallets as V14, and the extrinsic parts', () => {
    expect(v15.pallets.map((p) => [p.name.toString(), p.index.toNumber()])).toEqual(
      v14.pallets.map((p) => [p.name.toString(), p.index.toNumber()]),
    );
    const ext = v15.extrinsic;
    expect(ext.version.toNumber()).toBe(4);
    const path = (id: Parameters<typeof v15.lookup.getSiType>[0]) =>
      v15.lookup
        .getSiType(id)
        .path.map((s) => s.toString())
        .join('::');
    expect(path(ext.addressType)).toBe('sp_runtime::multiaddress::MultiAddress');
    expect(path(ext.callType)).toBe('pha_stake_runtime::RuntimeCall');
    expect(path(ext.signatureType)).toBe('sp_runtime::MultiSignature');
    expect(ext.signedExtensions.map((e) => e.identifier.toString())).toEqual(
      v14.extrinsic.signedExtensions.map((e) => e.identifier.toString()),
    );
  });

  it('declares the outer enums; RuntimeError holds each pallet’s Error at its index', () => {
    const lookup = v15.lookup;
    const path = (id: Parameters<typeof v15.lookup.getSiType>[0]) =>
      lookup
        .getSiType(id)
        .path.map((s) => s.toString())
        .join('::');
    expect(path(v15.outerEnums.callType)).toBe('pha_stake_runtime::RuntimeCall');
    expect(path(v15.outerEnums.eventType)).toBe('pha_stake_runtime::RuntimeEvent');
    expect(path(v15.outerEnums.errorType)).toBe('pha_stake_runtime::RuntimeError');
    const errorVariants = lookup.getSiType(v15.outerEnums.errorType).def.asVariant.variants;
    const withErrors = v15.pallets.filter((p) => p.errors.isSome);
    expect(
      errorVariants.map((v) => [v.name.toString(), v.index.toNumber(), v.fields[0]?.type.toNumber()]),
    ).toEqual(
      withErrors.map((p) => [p.name.toString(), p.index.toNumber(), p.errors.unwrap().type.toNumber()]),
    );
  });

  it('describes the runtime APIs the node answers', () => {
    const apis = Object.fromEntries(
      v15.apis.map((a) => [
        a.name.toString(),
        a.methods.map(
          (m) =>
            `${m.name}(${m.inputs.map((i) => `${i.name}: ${v15.lookup.getTypeDef(i.type).type}`).join(', ')}) -> ${
              v15.lookup.getTypeDef(m.output).type
            }`,
        ),
      ]),
    );
    expect(Object.keys(apis)).toEqual([
      'Core',
      'Metadata',
      'TaggedTransactionQueue',
      'AccountNonceApi',
      'TransactionPaymentApi',
    ]);
    expect(apis.Metadata).toEqual([
      'metadata() -> Bytes',
      'metadata_at_version(version: u32) -> Option<Bytes>',
      'metadata_versions() -> Vec<u32>',
    ]);
    expect(apis.AccountNonceApi).toEqual(['account_nonce(account: AccountId32) -> u32']);
    expect(apis.Core?.[0]).toMatch(/^version\(\) -> \{"specName":"Text"/);
    expect(apis.TransactionPaymentApi?.[0]).toMatch(/^query_info\(uxt: .*, len: u32\) -> \{"weight":/);
    expect(v15.apis.every((a) => a.methods.every((m) => m.docs.length > 0))).toBe(true);
  });
});

describe('documentation', () => {
  it('every pallet has docs in V15', () => {
    expect(v15.pallets.filter((p) => p.docs.length === 0).map((p) => p.name.toString())).toEqual([]);
  });

  it('every call, event, error, storage item and constant has docs (V14 and V15)', () => {
    expect(undocumented(v14)).toEqual([]);
    expect(undocumented(v15)).toEqual([]);
    expect(v14.pallets.length).toBeGreaterThan(20);
  });

  it('registry.findMetaError returns the docs of a module error', () => {
    for (const { registry } of [m14, m15]) {
      const vault = registry.findMetaError(new Uint8Array([94, 8]));
      expect([vault.section, vault.method, vault.docs]).toEqual([
        'phalaVault',
        'CommissionNotChanged',
        ['The commission is not changed'],
      ]);
      const democracy = registry.findMetaError(new Uint8Array([61, 1]));
      expect([democracy.method, democracy.docs]).toEqual(['ProposalMissing', ['Proposal does not exist']]);
    }
  });

  it('documents the changed final-runtime events', () => {
    const withdrawal = m15.metadata.asV15.lookup
      .getSiType(
        (v15.pallets.find((p) => p.name.toString() === 'PhalaBasePool')?.events.unwrap().type ?? 0) as number,
      )
      .def.asVariant.variants.find((v) => v.name.toString() === 'Withdrawal');
    expect(withdrawal?.fields.map((f) => f.name.toString())).toContain('burnt_shares');
    expect(withdrawal?.docs.map((d) => d.toString()).join(' ')).toMatch(/withdrawn/);
  });
});

describe('runtime version', () => {
  it('names Khala spec 1290 with its transaction version', () => {
    expect(RUNTIME_VERSION.specVersion).toBe(1290n);
    expect(RUNTIME_VERSION.transactionVersion).toBe(6n);
  });
});
