/**
 * A test wallet for Chromium (spec/chain-rpc.md §5): an init script defines
 * `window.injectedWeb3['polkadot-js']` before the page loads, and its signer forwards every payload through
 * `page.exposeFunction('__testSign')` to Node, where a Keyring signs exactly as the real extension does
 * (`ExtrinsicPayload` from the payload's own signed extensions; raw bytes wrapped in <Bytes>).
 * `beforeSign` runs while the signing request is open, before the signature goes back to the page (a
 * test can act while the "dialog" is up).
 */
import { Keyring } from '@polkadot/keyring';
import { TypeRegistry } from '@polkadot/types';
import type { SignerPayloadJSON, SignerPayloadRaw } from '@polkadot/types/types';
import { u8aToHex, u8aWrapBytes } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import type { Page } from 'playwright-core';

export interface TestWalletAccount {
  uri: string;
  name: string;
}

type SignRequest = { kind: 'payload'; payload: SignerPayloadJSON } | { kind: 'raw'; raw: SignerPayloadRaw };

export async function installTestWallet(
  page: Page,
  accounts: TestWalletAccount[],
  opts: { beforeSign?: () => Promise<void> } = {},
): Promise<{ signed: number }> {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 30 });
  const pairs = accounts.map((a) => keyring.addFromUri(a.uri, { name: a.name }));
  const stats = { signed: 0 };
  await page.exposeFunction('__testSign', async (req: SignRequest) => {
    await opts.beforeSign?.();
    const address = req.kind === 'payload' ? req.payload.address : req.raw.address;
    const pair = pairs.find((p) => p.address === keyring.encodeAddress(keyring.decodeAddress(address)));
    if (!pair) throw new Error(`test wallet has no key for ${address}`);
    stats.signed++;
    if (req.kind === 'raw')
      return { id: stats.signed, signature: u8aToHex(pair.sign(u8aWrapBytes(req.raw.data))) };
    const registry = new TypeRegistry();
    registry.setSignedExtensions(req.payload.signedExtensions);
    const { signature } = registry
      .createType('ExtrinsicPayload', req.payload, { version: req.payload.version })
      .sign(pair);
    return { id: stats.signed, signature };
  });
  const injected = pairs.map((p, i) => ({ address: p.address, name: accounts[i]?.name, type: 'sr25519' }));
  await page.addInitScript((list) => {
    type Sign = (req: unknown) => Promise<{ id: number; signature: string }>;
    const w = window as unknown as { injectedWeb3?: Record<string, unknown>; __testSign: Sign };
    w.injectedWeb3 = {
      'polkadot-js': {
        version: '0.63.1-test',
        enable: async () => ({
          accounts: {
            get: async () => list,
            subscribe: (cb: (a: typeof list) => void) => {
              cb(list);
              return () => {};
            },
          },
          signer: {
            signPayload: (payload: unknown) => w.__testSign({ kind: 'payload', payload }),
            signRaw: (raw: unknown) => w.__testSign({ kind: 'raw', raw }),
          },
        }),
      },
    };
  }, injected);
  return stats;
}
