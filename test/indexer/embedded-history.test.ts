/**
 * The built-in chain's history (contracts §6): the chain host (here in this thread, as the page runs it
 * where there is no Worker; empty genesis, no snapshot, fast interval blocks) serves the pha_* methods
 * from its own indexer, so the dApp's history hooks work with no server at all.
 */
import { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { afterAll, describe, expect, it } from 'vitest';
import { type BuiltInChain, builtInChain } from '../../src/embedded/client.js';

const PHA = 1_000_000_000_000n;

function inBlock(tx: SubmittableExtrinsic<'promise'>, signer: KeyringPair): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.signAndSend(signer, (r) => {
      if (r.dispatchError) reject(new Error(r.dispatchError.toString()));
      else if (r.status.isInBlock) resolve();
    }).catch(reject);
  });
}

describe('embedded chain history', () => {
  let api: ApiPromise | undefined;
  let chain: BuiltInChain | undefined;
  afterAll(async () => {
    await api?.disconnect();
    await chain?.close();
  });

  it('lists the pha_* methods and answers them from the in-page indexer', async () => {
    chain = await builtInChain({ snapshotUrl: 'http://127.0.0.1:9/none', blockMs: 200, testHooks: false });
    const provider = chain.provider();
    api = await ApiPromise.create({
      provider,
      noInitWarn: true,
      signedExtensions: { CheckMqSequence: { extrinsic: {}, payload: {} } },
    });
    const methods = (await api.rpc.rpc.methods()).methods.map((m) => m.toString());
    expect(methods).toEqual(
      expect.arrayContaining(['pha_poolSnapshots', 'pha_accountHistory', 'pha_historyStatus']),
    );

    const call = (section: string, method: string, ...args: unknown[]) => {
      const fn = (api as ApiPromise).tx[section]?.[method];
      if (!fn) throw new Error(`no call ${section}.${method}`);
      return fn(...args);
    };
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 30 });
    const alice = keyring.addFromUri('//Alice');
    const bob = keyring.addFromUri('//Bob');
    await inBlock(call('phalaStakePoolv2', 'create'), alice);
    await inBlock(
      api.tx.utility.batchAll([
        call('phalaWrappedBalances', 'wrap', 500n * PHA),
        call('phalaStakePoolv2', 'contribute', 0, 500n * PHA, null),
      ]),
      bob,
    );
    const records = (await provider.send('pha_accountHistory', [bob.address])) as Array<
      Record<string, unknown>
    >;
    const contribution = records.find((r) => r.type === 'contribution');
    expect(contribution).toMatchObject({ amount: (500n * PHA).toString() });
    const best = (await api.rpc.chain.getHeader()).number.toNumber();
    expect(Number(contribution?.blockNumber)).toBeLessThanOrEqual(best);
  }, 60_000);
});
