/**
 * UI tier, on the demo network: a vault's price and a delegator's value in the dApp already count the owner
 * shares the vault's next call mints first (`maybe_gain_owner_shares`: the commission on the price rise since
 * its checkpoint). Demo vault 20's price has risen since its checkpoint; after its owner calls
 * `maybe_gain_owner_shares` on chain, the chain's share count is what the pool list showed before the call,
 * and the pool list's price and a delegator's value are unchanged — nothing drops when the vault mints them.
 */
import { Keyring } from '@polkadot/keyring';
import { describe, expect, it } from 'vitest';
import { sharesToValue } from '../../src/api/pools/pool-model.js';
import { fetchPools } from '../../src/api/pools/pools-query.js';
import { DEMO_POOLS, demoDappFixture } from './demo-dapp.js';

const demo = demoDappFixture({ shipped: true });

/** The vault's raw `BasePool` counts on chain. */
async function chainCounts(): Promise<{ shares: bigint; value: bigint; ownerShares: bigint }> {
  const pool = (await demo().connection.api.query.phalaBasePool.pools(DEMO_POOLS.vault)).unwrap().asVault;
  return {
    shares: pool.basepool.totalShares.toBigInt(),
    value: pool.basepool.totalValue.toBigInt(),
    ownerShares: pool.ownerShares.toBigInt(),
  };
}

async function listedVault() {
  const vault = (await fetchPools(demo().connection.api)).pools.find((p) => p.pid === DEMO_POOLS.vault);
  if (!vault) throw new Error('demo vault 20 not in the pool list');
  return vault;
}

describe('a vault’s owner commission shares', () => {
  it('are counted before the vault mints them: the price and a delegator’s value do not drop when it does', async () => {
    const before = await chainCounts();
    const listed = await listedVault();
    // the demo vault's price has risen since its checkpoint: the list counts shares the chain has not minted yet
    expect(listed.totalValue).toBe(before.value);
    expect(listed.totalShares).toBeGreaterThan(before.shares);
    const aDelegatorsShares = 1_000n * 1_000_000_000_000n;
    const valueBefore = sharesToValue(listed, aDelegatorsShares);

    const { api } = demo().connection;
    const owner = new Keyring({ type: 'sr25519' }).addFromUri('//demo/vault/0');
    expect(api.createType('AccountId', owner.address).toString()).toBe(
      (await api.query.phalaBasePool.pools(DEMO_POOLS.vault)).unwrap().asVault.basepool.owner.toString(),
    );
    await new Promise<void>((resolve, reject) => {
      void api.tx.phalaVault
        .maybeGainOwnerShares(DEMO_POOLS.vault)
        .signAndSend(owner, (r) => {
          if (r.dispatchError) reject(new Error(r.dispatchError.toString()));
          else if (r.status.isInBlock) resolve();
        })
        .catch(reject);
    });

    const after = await chainCounts();
    expect(after.shares).toBe(listed.totalShares);
    expect(after.ownerShares - before.ownerShares).toBe(listed.totalShares - before.shares);
    const relisted = await listedVault();
    expect(relisted.totalShares).toBe(after.shares);
    expect(sharesToValue(relisted, aDelegatorsShares)).toBe(valueBefore);
  }, 120_000);
});
