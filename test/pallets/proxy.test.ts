/**
 * Proxy (index 5) through the scenario harness: the scenarios of polkadot-sdk's pallet_proxy tests
 * (deposits for proxies and announcements, delays, filters, pure proxies) with Khala's ProxyType filter,
 * and a pool owner's commission (`PhalaStakePoolv2.set_payout_pref`) set by a proxy. Invariants run after
 * every call and block; refused calls leave storage exactly as it was.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { createKeyMulti } from '@polkadot/util-crypto';
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/pallets-mock/index.js';
import { accountFromKey, publicKey } from '../../src/pallets-mock/primitives/account.js';
import { compareBytes, concatBytes, utf8 } from '../../src/pallets-mock/primitives/bytes.js';
import { blake2_256 } from '../../src/pallets-mock/primitives/hashing.js';
import { encodeCall, hashHex } from './governance-helpers.js';
import { changedKeys, snapshot } from './helpers/kernel.js';
import {
  acct,
  block,
  CENTS,
  err,
  mockRuntime,
  ok,
  PHA,
  setupStakePool,
  setupWorkers,
  stakePool,
  workerKey,
} from './phala-pools-helpers.js';

const REFERENCE = fileURLToPath(
  new URL('../../../shared/reference/khala-metadata-v14.scale', import.meta.url),
);

/** Khala's deposits, written out: deposit(items, bytes) = items × 15 CENTS + bytes × 1 CENT. */
const PROXY_BASE = 15n * CENTS + 40n * CENTS;
const PROXY_FACTOR = 33n * CENTS;
const ANN_BASE = 15n * CENTS + 48n * CENTS;
const ANN_FACTOR = 66n * CENTS;

const reservedOf = (rt: Runtime, who: string): bigint =>
  (rt.query('System.Account', who) as { data: { reserved: bigint } }).data.reserved;
const freeOf = (rt: Runtime, who: string): bigint =>
  (rt.query('System.Account', who) as { data: { free: bigint } }).data.free;
const proxies = (rt: Runtime, who: string) =>
  rt.query('Proxy.Proxies', who) as [
    Array<{ delegate: string; proxyType: { type: string }; delay: bigint }>,
    bigint,
  ];

const setCommission = (pid: bigint, permill: bigint) => ({
  type: 'PhalaStakePoolv2',
  value: { type: 'set_payout_pref', value: { pid, payout_commission: permill } },
});
const transfer = (to: string, value: bigint) => ({
  type: 'Balances',
  value: { type: 'transfer_keep_alive', value: { dest: { type: 'Id', value: to }, value } },
});
const resultOf = (out: ReturnType<Runtime['dispatch']>) =>
  out.events.find((e) => e.pallet === 'Proxy' && e.name === 'ProxyExecuted')?.fields.result as {
    type: string;
    value: unknown;
  };

/** The module error a result carries, as [pallet index, error index]. */
const moduleErr = (r: { type: string; value: unknown }): [bigint, string] | null => {
  const v = r.value as { type: string; value: { index: bigint; error: string } } | null;
  return r.type === 'Err' && v?.type === 'Module' ? [v.value.index, v.value.error] : null;
};
/** System (0) error 5 = CallFiltered. */
const CALL_FILTERED: [bigint, string] = [0n, '0x05000000'];

describe('Proxy: proxies and their deposits (add_proxy, remove_proxy, remove_proxies)', () => {
  it('reserves base + factor × n, returns it exactly, and keeps definitions ordered', () => {
    const rt = mockRuntime();
    const before = { free: freeOf(rt, acct(1)), reserved: reservedOf(rt, acct(1)) };
    ok(rt, acct(1), 'Proxy.add_proxy', { delegate: acct(3), proxy_type: 'Any', delay: 0 });
    expect(reservedOf(rt, acct(1)) - before.reserved).toBe(PROXY_BASE + PROXY_FACTOR);
    ok(rt, acct(1), 'Proxy.add_proxy', { delegate: acct(2), proxy_type: 'StakePoolManager', delay: 0 });
    ok(rt, acct(1), 'Proxy.add_proxy', { delegate: acct(2), proxy_type: 'Governance', delay: 1 });
    block(rt);
    expect(reservedOf(rt, acct(1)) - before.reserved).toBe(PROXY_BASE + 3n * PROXY_FACTOR);
    const [defs, deposit] = proxies(rt, acct(1));
    expect(deposit).toBe(PROXY_BASE + 3n * PROXY_FACTOR);
    expect(defs).toHaveLength(3);

    err(
      rt,
      acct(1),
      'Proxy.add_proxy',
      { delegate: acct(3), proxy_type: 'Any', delay: 0 },
      'Proxy.Duplicate',
    );
    err(
      rt,
      acct(1),
      'Proxy.add_proxy',
      { delegate: acct(1), proxy_type: 'Any', delay: 0 },
      'Proxy.NoSelfProxy',
    );
    err(
      rt,
      acct(1),
      'Proxy.remove_proxy',
      { delegate: acct(3), proxy_type: 'Governance', delay: 0 },
      'Proxy.NotFound',
    );

    const out = ok(rt, acct(1), 'Proxy.remove_proxy', {
      delegate: acct(2),
      proxy_type: 'Governance',
      delay: 1,
    });
    expect(out.events.map((e) => e.name)).toContain('ProxyRemoved');
    expect(reservedOf(rt, acct(1)) - before.reserved).toBe(PROXY_BASE + 2n * PROXY_FACTOR);
    ok(rt, acct(1), 'Proxy.remove_proxies');
    block(rt);
    expect(reservedOf(rt, acct(1))).toBe(before.reserved);
    expect(freeOf(rt, acct(1))).toBe(before.free);
    expect(rt.query('Proxy.Proxies', acct(1))).toEqual([[], 0n]);
  });

  it('refuses more than MaxProxies', () => {
    const rt = mockRuntime();
    for (let i = 10; i < 10 + 32; i++)
      ok(rt, acct(99), 'Proxy.add_proxy', { delegate: acct(i), proxy_type: 'Any', delay: 0 });
    err(
      rt,
      acct(99),
      'Proxy.add_proxy',
      { delegate: acct(50), proxy_type: 'Any', delay: 0 },
      'Proxy.TooMany',
    );
    expect(proxies(rt, acct(99))[1]).toBe(PROXY_BASE + 32n * PROXY_FACTOR);
  });
});

describe('Proxy: a pool owner’s commission set through a proxy', () => {
  it('an Any proxy sets set_payout_pref for the owner; the pool records it', () => {
    const rt = mockRuntime();
    setupWorkers(rt, 1);
    const pid = setupStakePool(rt, 1, [1]);
    ok(rt, acct(1), 'Proxy.add_proxy', { delegate: acct(3), proxy_type: 'Any', delay: 0 });
    block(rt);
    const out = ok(rt, acct(3), 'Proxy.proxy', {
      real: acct(1),
      force_proxy_type: null,
      call: setCommission(pid, 200_000n),
    });
    expect(resultOf(out)).toEqual({ type: 'Ok', value: null });
    expect(out.events.find((e) => e.name === 'PoolCommissionSet')?.fields).toEqual({
      pid,
      commission: 200_000n,
    });
    expect(stakePool(rt, pid).payoutCommission).toBe(200_000n);
    block(rt);
  });

  it('a StakePoolManager proxy may add workers but not set the commission (System.CallFiltered, nothing written)', () => {
    const rt = mockRuntime();
    setupWorkers(rt, 2);
    const pid = setupStakePool(rt, 1, [1]);
    ok(rt, acct(1), 'Proxy.add_proxy', { delegate: acct(3), proxy_type: 'StakePoolManager', delay: 0 });
    block(rt);

    const before = snapshot(rt);
    const out = ok(rt, acct(3), 'Proxy.proxy', {
      real: acct(1),
      force_proxy_type: null,
      call: setCommission(pid, 200_000n),
    });
    expect(moduleErr(resultOf(out))).toEqual(CALL_FILTERED);
    expect(out.events.map((e) => `${e.pallet}.${e.name}`)).toEqual(['Proxy.ProxyExecuted']);
    expect(changedKeys(before, snapshot(rt))).toEqual([]);
    expect(stakePool(rt, pid).payoutCommission).toBeNull();

    // A batch is allowed to a StakePoolManager, but the filter follows the origin into it.
    const batch = { type: 'Utility', value: { type: 'batch', value: { calls: [setCommission(pid, 1n)] } } };
    const viaBatch = ok(rt, acct(3), 'Proxy.proxy', { real: acct(1), force_proxy_type: null, call: batch });
    expect(resultOf(viaBatch)).toEqual({ type: 'Ok', value: null });
    const interrupted = viaBatch.events.find((e) => e.name === 'BatchInterrupted')?.fields as {
      error: { type: string; value: { index: bigint; error: string } };
    };
    expect([interrupted.error.value.index, interrupted.error.value.error]).toEqual(CALL_FILTERED);
    expect(stakePool(rt, pid).payoutCommission).toBeNull();

    // What Khala's filter grants a StakePoolManager works, as the owner.
    const addWorker = {
      type: 'PhalaStakePoolv2',
      value: { type: 'add_worker', value: { pid, pubkey: workerKey(2) } },
    };
    const added = ok(rt, acct(3), 'Proxy.proxy', {
      real: acct(1),
      force_proxy_type: 'StakePoolManager',
      call: addWorker,
    });
    expect(resultOf(added)).toEqual({ type: 'Ok', value: null });
    expect(stakePool(rt, pid).workers).toEqual([workerKey(1), workerKey(2)]);
    block(rt);
  });

  it('a Governance proxy cannot move funds, and no one but a proxy may proxy (NotProxy, nothing written)', () => {
    const rt = mockRuntime();
    ok(rt, acct(1), 'Proxy.add_proxy', { delegate: acct(2), proxy_type: 'Governance', delay: 0 });
    const free1 = freeOf(rt, acct(1));
    const out = ok(rt, acct(2), 'Proxy.proxy', {
      real: acct(1),
      force_proxy_type: null,
      call: transfer(acct(3), PHA),
    });
    expect(moduleErr(resultOf(out))).toEqual(CALL_FILTERED);
    expect(freeOf(rt, acct(1))).toBe(free1);
    err(
      rt,
      acct(3),
      'Proxy.proxy',
      { real: acct(1), force_proxy_type: null, call: transfer(acct(3), PHA) },
      'Proxy.NotProxy',
    );
    err(
      rt,
      acct(2),
      'Proxy.proxy',
      { real: acct(1), force_proxy_type: 'Any', call: transfer(acct(3), PHA) },
      'Proxy.NotProxy',
    );
  });

  it('a proxy cannot add a proxy with more permissions, nor remove all proxies, unless it is Any', () => {
    const rt = mockRuntime();
    ok(rt, acct(1), 'Proxy.add_proxy', { delegate: acct(2), proxy_type: 'NonTransfer', delay: 0 });
    const addAny = {
      type: 'Proxy',
      value: {
        type: 'add_proxy',
        value: { delegate: { type: 'Id', value: acct(3) }, proxy_type: 'Any', delay: 0 },
      },
    };
    expect(
      moduleErr(
        resultOf(ok(rt, acct(2), 'Proxy.proxy', { real: acct(1), force_proxy_type: null, call: addAny })),
      ),
    ).toEqual(CALL_FILTERED);
    const addGov = {
      type: 'Proxy',
      value: {
        type: 'add_proxy',
        value: { delegate: { type: 'Id', value: acct(3) }, proxy_type: 'Governance', delay: 0 },
      },
    };
    expect(
      resultOf(ok(rt, acct(2), 'Proxy.proxy', { real: acct(1), force_proxy_type: null, call: addGov })),
    ).toEqual({ type: 'Ok', value: null });
    const removeAll = { type: 'Proxy', value: { type: 'remove_proxies', value: {} } };
    expect(
      moduleErr(
        resultOf(ok(rt, acct(2), 'Proxy.proxy', { real: acct(1), force_proxy_type: null, call: removeAll })),
      ),
    ).toEqual(CALL_FILTERED);
    expect(
      proxies(rt, acct(1))[0]
        .map((p) => p.proxyType.type)
        .sort(),
    ).toEqual(['Governance', 'NonTransfer']);
  });
});

describe('Proxy: the filter follows the origin, a multisig starts afresh', () => {
  it('as_derivative keeps the proxy’s filter', () => {
    const rt = mockRuntime();
    ok(rt, acct(1), 'Proxy.add_proxy', { delegate: acct(2), proxy_type: 'StakePoolManager', delay: 0 });
    const derivative = {
      type: 'Utility',
      value: { type: 'as_derivative', value: { index: 0, call: transfer(acct(3), PHA) } },
    };
    const free1 = freeOf(rt, acct(1));
    const out = ok(rt, acct(2), 'Proxy.proxy', { real: acct(1), force_proxy_type: null, call: derivative });
    expect(moduleErr(resultOf(out))).toEqual(CALL_FILTERED);
    expect(freeOf(rt, acct(1))).toBe(free1);
  });

  it('a CancelProxy proxy approves a multisig for its signatory; the multisig’s call is not filtered', () => {
    const rt = mockRuntime();
    const signatories = [acct(1), acct(2)].sort((a, b) => compareBytes(publicKey(a), publicKey(b)));
    const multi = accountFromKey(
      createKeyMulti(
        signatories.map((x) => publicKey(x)),
        2,
      ),
    );
    ok(rt, acct(99), 'Balances.transfer_keep_alive', { dest: multi, value: 10n * PHA });
    ok(rt, acct(1), 'Proxy.add_proxy', { delegate: acct(3), proxy_type: 'CancelProxy', delay: 0 });
    const pay = transfer(acct(4), PHA);
    const weight = { ref_time: 10n ** 12n, proof_size: 10n ** 9n };
    const asMulti = (maybe_timepoint: unknown) => ({
      type: 'Multisig',
      value: {
        type: 'as_multi',
        value: { threshold: 2, other_signatories: [acct(2)], maybe_timepoint, call: pay, max_weight: weight },
      },
    });
    ok(rt, acct(2), 'Multisig.as_multi', {
      threshold: 2,
      other_signatories: [acct(1)],
      maybe_timepoint: null,
      call: pay,
      max_weight: weight,
    });
    const { when } = rt.query('Multisig.Multisigs', multi, hashHex(encodeCall(rt, pay))) as { when: unknown };
    const out = ok(rt, acct(3), 'Proxy.proxy', {
      real: acct(1),
      force_proxy_type: null,
      call: asMulti(when),
    });
    expect(resultOf(out)).toEqual({ type: 'Ok', value: null });
    const executed = out.events.find((e) => e.name === 'MultisigExecuted')?.fields;
    expect(executed?.approving).toBe(acct(1));
    expect(executed?.result).toEqual({ type: 'Ok', value: null });
    expect(freeOf(rt, multi)).toBe(9n * PHA);
    block(rt);
  });
});

describe('Proxy: announcements and delays', () => {
  it('a delayed proxy announces, waits the delay, then executes; the announcement deposit comes back', () => {
    const rt = mockRuntime();
    setupWorkers(rt, 1);
    const pid = setupStakePool(rt, 1, [1]);
    ok(rt, acct(1), 'Proxy.add_proxy', { delegate: acct(3), proxy_type: 'Any', delay: 2 });
    const call = setCommission(pid, 300_000n);
    err(rt, acct(3), 'Proxy.proxy', { real: acct(1), force_proxy_type: null, call }, 'Proxy.Unannounced');

    const hash = hashHex(encodeCall(rt, call));
    const reserved3 = reservedOf(rt, acct(3));
    ok(rt, acct(3), 'Proxy.announce', { real: acct(1), call_hash: hash });
    expect(reservedOf(rt, acct(3)) - reserved3).toBe(ANN_BASE + ANN_FACTOR);
    err(rt, acct(2), 'Proxy.announce', { real: acct(1), call_hash: hash }, 'Proxy.NotProxy');

    block(rt);
    err(
      rt,
      acct(2),
      'Proxy.proxy_announced',
      { delegate: acct(3), real: acct(1), force_proxy_type: null, call },
      'Proxy.Unannounced',
    );
    block(rt);
    // Anyone may submit it once the delay has passed.
    const out = ok(rt, acct(2), 'Proxy.proxy_announced', {
      delegate: acct(3),
      real: acct(1),
      force_proxy_type: null,
      call,
    });
    expect(resultOf(out)).toEqual({ type: 'Ok', value: null });
    expect(stakePool(rt, pid).payoutCommission).toBe(300_000n);
    expect(reservedOf(rt, acct(3))).toBe(reserved3);
    expect(rt.query('Proxy.Announcements', acct(3))).toEqual([[], 0n]);
    block(rt);
  });

  it('the delegate removes, the real account rejects; deposits follow the count', () => {
    const rt = mockRuntime();
    ok(rt, acct(1), 'Proxy.add_proxy', { delegate: acct(3), proxy_type: 'Any', delay: 1 });
    ok(rt, acct(2), 'Proxy.add_proxy', { delegate: acct(3), proxy_type: 'Any', delay: 1 });
    const reserved3 = reservedOf(rt, acct(3));
    const [h1, h2] = [`0x${'11'.repeat(32)}`, `0x${'22'.repeat(32)}`];
    ok(rt, acct(3), 'Proxy.announce', { real: acct(1), call_hash: h1 });
    ok(rt, acct(3), 'Proxy.announce', { real: acct(2), call_hash: h2 });
    ok(rt, acct(3), 'Proxy.announce', { real: acct(1), call_hash: h2 });
    expect(reservedOf(rt, acct(3)) - reserved3).toBe(ANN_BASE + 3n * ANN_FACTOR);
    err(rt, acct(3), 'Proxy.remove_announcement', { real: acct(2), call_hash: h1 }, 'Proxy.NotFound');
    ok(rt, acct(3), 'Proxy.remove_announcement', { real: acct(1), call_hash: h1 });
    expect(reservedOf(rt, acct(3)) - reserved3).toBe(ANN_BASE + 2n * ANN_FACTOR);
    err(rt, acct(1), 'Proxy.reject_announcement', { delegate: acct(3), call_hash: h1 }, 'Proxy.NotFound');
    ok(rt, acct(1), 'Proxy.reject_announcement', { delegate: acct(3), call_hash: h2 });
    ok(rt, acct(2), 'Proxy.reject_announcement', { delegate: acct(3), call_hash: h2 });
    expect(reservedOf(rt, acct(3))).toBe(reserved3);
    block(rt);
  });
});

describe('Proxy: pure proxies', () => {
  it('create_pure derives the account, reserves from the spawner; kill_pure returns it exactly', () => {
    const rt = mockRuntime();
    block(rt, 2);
    const height = rt.query('System.Number') as bigint;
    const reserved1 = reservedOf(rt, acct(1));
    const free1 = freeOf(rt, acct(1));
    const out = ok(rt, acct(1), 'Proxy.create_pure', { proxy_type: 'Any', delay: 0, index: 0 });
    const created = out.events.find((e) => e.name === 'PureCreated')?.fields as { pure: string };
    // Independent derivation: blake2_256("modlpy/proxy____" ++ who ++ height ++ ext index ++ type ++ index).
    const le = (v: bigint, n: number) =>
      Uint8Array.from({ length: n }, (_, i) => Number((v >> BigInt(8 * i)) & 0xffn));
    const expected = accountFromKey(
      blake2_256(
        concatBytes(
          utf8('modlpy/proxy____'),
          publicKey(acct(1)),
          le(height, 4),
          le(0n, 4),
          new Uint8Array([0]),
          le(0n, 2),
        ),
      ),
    );
    expect(created.pure).toBe(expected);
    expect(reservedOf(rt, acct(1)) - reserved1).toBe(PROXY_BASE + PROXY_FACTOR);
    err(rt, acct(1), 'Proxy.create_pure', { proxy_type: 'Any', delay: 0, index: 0 }, 'Proxy.Duplicate');

    // Fund the pure account through the spawner and spend from it by proxy.
    ok(rt, acct(1), 'Balances.transfer_keep_alive', { dest: created.pure, value: 10n * PHA });
    const r = ok(rt, acct(1), 'Proxy.proxy', {
      real: created.pure,
      force_proxy_type: null,
      call: transfer(acct(2), PHA),
    });
    expect(resultOf(r)).toEqual({ type: 'Ok', value: null });
    expect(freeOf(rt, created.pure)).toBe(9n * PHA);
    block(rt);

    err(
      rt,
      acct(1),
      'Proxy.kill_pure',
      { spawner: acct(1), proxy_type: 'Any', index: 0, height, ext_index: 0 },
      'Proxy.NoPermission',
    );
    const kill = {
      type: 'Proxy',
      value: {
        type: 'kill_pure',
        value: { spawner: { type: 'Id', value: acct(1) }, proxy_type: 'Any', index: 0, height, ext_index: 0 },
      },
    };
    expect(
      resultOf(ok(rt, acct(1), 'Proxy.proxy', { real: created.pure, force_proxy_type: null, call: kill })),
    ).toEqual({
      type: 'Ok',
      value: null,
    });
    expect(reservedOf(rt, acct(1))).toBe(reserved1);
    expect(freeOf(rt, acct(1))).toBe(free1 - 10n * PHA);
    expect(rt.query('Proxy.Proxies', created.pure)).toEqual([[], 0n]);
    block(rt);
  });
});

describe.skipIf(!existsSync(REFERENCE))(
  'Proxy, Multisig and Identity against Khala’s metadata values',
  () => {
    const registry = new TypeRegistry();
    const ref = new Metadata(registry, readFileSync(REFERENCE)).asV14;
    const rt = mockRuntime();
    const ours = new Metadata(new TypeRegistry(), rt.metadata()).asV14;
    const pallet = (m: typeof ref, name: string) => m.pallets.find((p) => p.name.toString() === name);

    it('declares Khala’s ProxyType variants in order', () => {
      const variants = (m: typeof ref) => {
        const t = m.lookup.types.find((x) => x.type.path.map(String).at(-1) === 'ProxyType');
        return t?.type.def.asVariant.variants.map((v) => [v.index.toNumber(), v.name.toString()]);
      };
      expect(variants(ours)).toEqual(variants(ref));
      expect(variants(ours)?.map(([, n]) => n)).toContain('StakePoolManager');
    });

    it('has Khala’s constant values, byte for byte', () => {
      for (const name of ['Proxy', 'Multisig', 'Identity']) {
        const values = (m: typeof ref) =>
          Object.fromEntries(
            (pallet(m, name)?.constants ?? []).map((c) => [c.name.toString(), c.value.toHex()]),
          );
        expect(values(ours), name).toEqual(values(ref));
      }
    });
  },
);
