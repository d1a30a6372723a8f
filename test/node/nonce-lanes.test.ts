/**
 * Transactions of one account never share a nonce (src/api/tx/submit.ts), against a real node over a
 * WebSocket with the real @polkadot/api: three sent at once by the dApp all land, with nonces n, n+1, n+2;
 * and when the same key signs elsewhere while the wallet is signing (a simulated worker's operator key is
 * the wallet's: in-process `signCall` takes the nonce the dApp read), the pool's `1014 Priority is too
 * low` is answered by signing again with the next nonce — both transactions land.
 */
import { ApiPromise, WsProvider } from '@polkadot/api';
import type { Signer } from '@polkadot/api/types';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { TypeRegistry } from '@polkadot/types';
import type { SignerPayloadJSON } from '@polkadot/types/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../chain/server.js';
import { submitTx } from '../../src/api/tx/submit.js';
import { TxStore } from '../../src/api/tx/tx-store.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { signCall } from '../../src/pallets-mock/offchain/tx-signer.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';

describe('one lane per signer', () => {
  let chain: DevChain;
  let node: RunningServer;
  let api: ApiPromise;
  let bob: KeyringPair;

  beforeAll(async () => {
    await cryptoReady();
    chain = new DevChain({ mode: 'Instant' });
    await chain.newBlocks(2);
    node = await startServer(chain, { host: '127.0.0.1', port: 0 });
    api = await ApiPromise.create({ provider: new WsProvider(node.url), noInitWarn: true });
    bob = new Keyring({ type: 'sr25519', ss58Format: 30 }).addFromUri('//Bob');
  }, 60_000);
  afterAll(async () => {
    await api?.disconnect();
    await node?.close();
    chain?.stop();
  });

  const nonceOf = async () => (await api.query.system.account(bob.address)).nonce.toNumber();
  const remark = (text: string) => api.tx.system.remark(text);

  it('three transactions sent at once take consecutive nonces and all land', async () => {
    const before = await nonceOf();
    const store = new TxStore();
    const recs = await Promise.all(
      ['a', 'b', 'c'].map((x) =>
        submitTx({
          api,
          tx: remark(x),
          account: { address: bob.address, source: 'dev', pair: bob },
          label: { key: 'remark', params: {} },
          store,
        }),
      ),
    );
    expect(recs.map((r) => r.status)).toEqual(['finalized', 'finalized', 'finalized']);
    expect(recs.map((r) => r.nonce).sort()).toEqual([before, before + 1, before + 2]);
    expect(await nonceOf()).toBe(before + 3);
  }, 60_000);

  it('a nonce taken by the same key elsewhere while signing is retried with the next one', async () => {
    const before = await nonceOf();
    let signed = 0;
    const signer: Signer = {
      async signPayload(payload: SignerPayloadJSON) {
        signed++;
        // the operator key (the same account) submits in-process first, with the nonce the dApp read
        if (signed === 1)
          chain.submit(
            signCall(chain, '//Bob', {
              type: 'System',
              value: { type: 'remark', value: { remark: '0x01' } },
            }),
            { local: true },
          );
        const registry = new TypeRegistry();
        registry.setSignedExtensions(payload.signedExtensions);
        const { signature } = registry
          .createType('ExtrinsicPayload', payload, { version: payload.version })
          .sign(bob);
        return { id: signed, signature };
      },
    };
    const rec = await submitTx({
      api,
      tx: remark('from the wallet'),
      account: { address: bob.address, source: 'extension', signer },
      label: { key: 'remark', params: {} },
      store: new TxStore(),
    });
    expect(signed).toBe(2);
    expect(rec.status).toBe('finalized');
    expect(rec.nonce).toBe(before + 1);
    expect(await nonceOf()).toBe(before + 2);
  }, 60_000);
});
