/**
 * The account conversion caches (src/pallets-mock/primitives/account.ts) stay bounded however many
 * accounts clients name: the soak of issue 20 found every fresh signer of refused spam kept there.
 */
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNT_CACHE_LIMIT,
  accountCacheEntries,
  accountFromKey,
  publicKey,
} from '../../src/pallets-mock/primitives/account.js';

beforeAll(() => cryptoWaitReady());

describe('account caches', () => {
  it('hold at most two generations of ACCOUNT_CACHE_LIMIT entries each, and still convert both ways', () => {
    const key = new Uint8Array(32);
    const view = new DataView(key.buffer);
    const named = 2 * ACCOUNT_CACHE_LIMIT + 10;
    let most = 0;
    for (let i = 0; i < named; i++) {
      view.setUint32(0, i);
      const address = accountFromKey(key);
      if (i % 1000 === 0) expect(publicKey(address)).toEqual(key);
      most = Math.max(most, accountCacheEntries());
    }
    expect(most).toBeLessThanOrEqual(4 * ACCOUNT_CACHE_LIMIT);
    // the oldest generations were dropped: each cache holds fewer entries than the accounts named
    expect(accountCacheEntries()).toBeLessThan(2 * named);
  });

  it('keep an account in use however many others pass through', () => {
    const hot = accountFromKey(new Uint8Array(32).fill(7));
    const kept = publicKey(hot);
    const key = new Uint8Array(32);
    const view = new DataView(key.buffer);
    for (let i = 0; i < 2 * ACCOUNT_CACHE_LIMIT; i++) {
      view.setUint32(4, i);
      accountFromKey(key);
      if (i % 1000 === 0) publicKey(hot);
    }
    // the same cached key, not one decoded again after an eviction
    expect(publicKey(hot)).toBe(kept);
    // a cached key is a copy: changing the array it was made from does not change it
    expect(kept).toEqual(new Uint8Array(32).fill(7));
  });
});
