/**
 * The pool list's fast reader (bulk-storage.ts, scale-plain.ts) against @polkadot/api's own decoding, on
 * the demo network (stake pools and vaults, caps, whitelists, an unresponsive worker, delegations): every
 * pool value decodes to what its codec's `toPrimitive()` says, and `fetchPools` equals the list built from
 * codec reads (`entries()` and `multi`) of the same head.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import {
  AbstractArray,
  AbstractInt,
  BTreeMap,
  Bytes,
  bool,
  Compact,
  Enum,
  Null,
  Option,
  Struct,
  Text,
  U8aFixed,
} from '@polkadot/types-codec';
import { stringCamelCase, u8aToString } from '@polkadot/util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkItem, readRaw } from '../../src/api/bulk-storage.js';
import { chainConstants } from '../../src/api/chain-constants.js';
import { fetchPools } from '../../src/api/pools/pools-query.js';
import { type DemoDapp, startDemoDapp } from './demo-dapp.js';

let demo: DemoDapp;
let api: ApiPromise;

beforeAll(async () => {
  demo = await startDemoDapp();
  api = demo.connection.api;
});
afterAll(() => demo.stop());

/** Plain data with integers as decimal strings and byte strings as hex, for comparing both decodings. */
const norm = (v: unknown): unknown =>
  JSON.parse(JSON.stringify(v, (_, x) => (typeof x === 'bigint' || typeof x === 'number' ? String(x) : x)));

/**
 * Fails unless `plain` has the runtime form plain-types.ts's `Plain<codec>` gives it: what the pool list's
 * typed fields rely on (a u64 read as a number would compile and then mix bigint with number).
 */
function expectPlainForm(codec: Codec, plain: unknown, at: string): void {
  if (codec instanceof Option) {
    if (codec.isNone) expect(plain, at).toBeNull();
    else expectPlainForm(codec.unwrap(), plain, at);
  } else if (codec instanceof Bytes || codec instanceof U8aFixed || codec instanceof Text)
    expect(typeof plain, at).toBe('string');
  else if (codec instanceof bool) expect(plain, at).toBe(codec.isTrue);
  else if (codec instanceof AbstractInt)
    expect(typeof plain, at).toBe(codec.bitLength() > 32 || !codec.isUnsigned ? 'bigint' : 'number');
  else if (codec instanceof Compact) expect(typeof plain, at).toBe('number');
  else if (codec instanceof Null) expect(plain, at).toBeNull();
  else if (codec instanceof Enum) {
    if (codec.isBasic) expect(plain, at).toBe(codec.type);
    else {
      const key = stringCamelCase(codec.type);
      expect(Object.keys(plain as object), at).toEqual([key]);
      expectPlainForm(codec.inner, (plain as Record<string, unknown>)[key], `${at}.${key}`);
    }
  } else if (codec instanceof Struct)
    for (const [name, field] of codec.entries())
      expectPlainForm(field, (plain as Record<string, unknown>)[String(name)], `${at}.${String(name)}`);
  else if (codec instanceof BTreeMap)
    [...codec.entries()].forEach(([k, v], i) => {
      const pair = (plain as unknown[][])[i] as unknown[];
      expectPlainForm(k, pair[0], `${at}[${i}].key`);
      expectPlainForm(v, pair[1], `${at}[${i}].value`);
    });
  else if (codec instanceof AbstractArray)
    codec.forEach((item, i) => {
      expectPlainForm(item, (plain as unknown[])[i], `${at}[${i}]`);
    });
  else throw new Error(`${at}: no plain form known for ${codec.toRawType()}`);
}

describe('the pool list read in bulk', () => {
  it('decodes each value the pool list reads into the form its type in plain-types.ts gives', async () => {
    const { wphaAssetId } = chainConstants(api);
    const pools = await api.query.phalaBasePool.pools.entries();
    const poolAccounts = pools.map(([, v]) => {
      const proxy = v.unwrap();
      return (proxy.isStakePool ? proxy.asStakePool : proxy.asVault).basepool.poolAccountId.toString();
    });
    const sessions = await api.query.phalaComputation.sessions.entries();
    const checked = [
      ...pools.map(([k, v]) => ({ item: bulkItem(api, api.query.phalaBasePool.pools), k, v })),
      ...(await api.query.phalaBasePool.poolDescriptions.entries()).map(([k, v]) => ({
        item: bulkItem(api, api.query.phalaBasePool.poolDescriptions),
        k,
        v,
      })),
      ...(await api.query.phalaBasePool.poolContributionWhitelists.entries()).map(([k, v]) => ({
        item: bulkItem(api, api.query.phalaBasePool.poolContributionWhitelists),
        k,
        v,
      })),
      ...sessions.map(([k, v]) => ({ item: bulkItem(api, api.query.phalaComputation.sessions), k, v })),
      ...(await api.query.phalaComputation.workerBindings.entries()).map(([k, v]) => ({
        item: bulkItem(api, api.query.phalaComputation.workerBindings),
        k,
        v,
      })),
      ...(await api.query.assets.account.entries(wphaAssetId))
        .filter(([k]) => poolAccounts.includes(k.args[1].toString()))
        .map(([k, v]) => ({ item: bulkItem(api, api.query.assets.account), k, v })),
      ...(await api.query.assets.asset.entries()).map(([k, v]) => ({
        item: bulkItem(api, api.query.assets.asset),
        k,
        v,
      })),
    ];
    const tokenomic = await api.query.phalaComputation.tokenomicParameters();
    expectPlainForm(
      tokenomic,
      bulkItem(api, api.query.phalaComputation.tokenomicParameters).decode(tokenomic.toHex()),
      'tokenomicParameters',
    );
    expect(sessions.length).toBeGreaterThan(10);
    for (const { item, k, v } of checked) expectPlainForm(v, item.decode(v.toHex()), k.toHex());
  });

  it('decodes every pool as its codec does', async () => {
    const entries = await api.query.phalaBasePool.pools.entries();
    expect(entries.length).toBeGreaterThan(20);
    const item = bulkItem(api, api.query.phalaBasePool.pools);
    for (const [key, value] of entries) {
      const pid = key.args[0]?.toPrimitive();
      expect(item.key(pid)).toBe(key.toHex());
      expect(norm(item.decode(value.toHex()))).toEqual(norm(value.toPrimitive()));
    }
    expect(item.decode(null)).toBeNull();
  });

  it('builds the double-map keys of asset accounts as the API does', () => {
    const item = bulkItem(api, api.query.assets.account);
    const { wphaAssetId } = chainConstants(api);
    const who = demo.connection.api.createType('AccountId32', new Uint8Array(32).fill(7)).toString();
    expect(item.key(wphaAssetId, who)).toBe(api.query.assets.account.key(wphaAssetId, who));
  });

  it('lists the same pools as codec reads of the same head', async () => {
    const { pools, economy } = await fetchPools(api);
    // Instant blocks: nothing is submitted here, so the head does not move between the reads
    const [entries, descs, lists] = await Promise.all([
      api.query.phalaBasePool.pools.entries(),
      api.query.phalaBasePool.poolDescriptions.entries(),
      api.query.phalaBasePool.poolContributionWhitelists.entries(),
    ]);
    const byPid = new Map(pools.map((p) => [p.pid.toString(), p]));
    expect(byPid.size).toBe(entries.length);
    for (const [k, v] of descs)
      expect(byPid.get(String(k.args[0]?.toPrimitive()))?.description).toBe(
        u8aToString((v as Codec).toU8a(true)),
      );
    for (const [k, v] of lists)
      expect(byPid.get(String(k.args[0]?.toPrimitive()))?.whitelist).toEqual(v.toPrimitive());
    expect(pools.some((p) => p.whitelist !== null)).toBe(true);
    const { wphaAssetId } = chainConstants(api);
    const accounts = await api.query.assets.account.multi(pools.map((p) => [wphaAssetId, p.poolAccount]));
    pools.forEach((p, i) => {
      const a = accounts[i]?.toPrimitive() as { balance: number | string } | null;
      expect(p.freeStake, `pool ${p.pid}`).toBe(a ? BigInt(a.balance) : 0n);
    });
    // the demo's pool 5 has an unresponsive worker: its stake is counted as not earning
    expect(byPid.get('5')?.unresponsiveStake).toBeGreaterThan(0n);
    expect(economy.totalStakeInWork).toBeGreaterThan(0n);
  });

  it('reads at the block the first answer names', async () => {
    const count = bulkItem(api, api.query.phalaBasePool.poolCount);
    const before = await readRaw(api, [count.key()]);
    await demo.chain.newBlocks(1);
    const again = await readRaw(api, [count.key()], before.block);
    expect(again.block).toBe(before.block);
    const head = await api.query.phalaBasePool.poolCount();
    expect(count.decode(again.values.get(count.key()) ?? null)).toBe(BigInt(head.toString()));
  });
});
