/**
 * e2e: the accounts features in Debian Chromium against a real node, with screenshots. A 2-of-3 multisig
 * with two pending operations (fixtures/multisig-seed.ts, signed extrinsics) is shown on the multisig tab
 * to Bob (test wallet) — the transfer decoded, the remark by hash, one approval of two each — and Bob's
 * approval executes the transfer; the operator console of a pool shows "signing as proxy" to an `Any`
 * proxy of its owner. Full-page PNGs at 1280×800 and 390×844 in English and Indonesian go to
 * tmp/screenshots/accounts/ (gitignored).
 */
import { mkdirSync } from 'node:fs';
import { ApiPromise, WsProvider } from '@polkadot/api';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { type SeededMultisig, seedMultisig, signedBy } from '../fixtures/multisig-seed.js';
import { createPool, PHA } from '../fixtures/seed-pools.js';
import { chromiumPath } from './browser.js';
import { type DevJourney, openDevJourney } from './dev-journey.js';
import { installTestWallet } from './test-wallet.js';

const executable = chromiumPath();
const DIR = 'tmp/screenshots/accounts';
const SIZES = [
  [1280, 800],
  [390, 844],
] as const;

describe.skipIf(!executable)('multisig calls and proxy signing in Chromium', () => {
  let chain: DevChain;
  let journey: DevJourney;
  let api: ApiPromise;
  let seeded: SeededMultisig;

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    await cryptoReady();
    chain = new DevChain({ mode: 'Instant' });
    createPool(chain, { owner: '//Alice', commission: 100_000, delegations: [['//Charlie', 5_000n * PHA]] });
    await chain.newBlocks(1);
    journey = await openDevJourney(chain, { accounts: [] });
    api = await ApiPromise.create({ provider: new WsProvider(journey.node.url), noInitWarn: true });
    seeded = await seedMultisig(api);
    const bob = api.createType('AccountId32', seeded.signatories[1]).toString();
    await signedBy(api, '//Alice', (a) => a.tx.proxy.addProxy(bob, 'Any', 0));
  }, 120_000);

  afterAll(async () => {
    await api?.disconnect();
    await journey?.close();
    chain?.stop();
  });

  /** A page with Bob's test wallet, the multisig remembered and the locale chosen. */
  async function open(hash: string, locale: 'en' | 'id', [width, height]: readonly [number, number]) {
    const page: Page = await journey.browser.newPage({ viewport: { width, height } });
    await installTestWallet(page, [{ uri: '//Bob', name: 'Bob' }]);
    await page.addInitScript(
      (o: { locale: string; multisigs: string }) => {
        localStorage.setItem('pha-stake.locale', o.locale);
        localStorage.setItem('pha-stake.multisigs', o.multisigs);
      },
      {
        locale,
        multisigs: JSON.stringify([{ name: 'Team treasury', signatories: seeded.signatories, threshold: 2 }]),
      },
    );
    await page.goto(journey.url(hash));
    // on a phone the wallet's controls are behind its "Wallet" button
    await page.getByTestId('account-select').waitFor({ timeout: 60_000 });
    if (await page.getByTestId('wallet-button').isVisible()) await page.getByTestId('wallet-button').click();
    await page.getByRole('button', { name: locale === 'en' ? 'Connect wallet' : 'Hubungkan dompet' }).click();
    await page.getByTestId('balances').waitFor({ timeout: 60_000 });
    return page;
  }

  it('shows the pending calls and the proxy note, in both languages at both widths', async () => {
    for (const locale of ['en', 'id'] as const)
      for (const size of SIZES) {
        const page = await open('#/governance/multisig', locale, size);
        const card = page.getByTestId('multisig-account');
        await card.getByTestId('msig-pending').nth(1).waitFor({ timeout: 60_000 });
        const transfer = card.locator(
          `[data-testid="msig-pending"][data-call-hash="${seeded.transferHash}"]`,
        );
        expect(await transfer.getByTestId('call').getAttribute('data-call')).toBe(
          'balances.transferKeepAlive',
        );
        expect(await transfer.getByTestId('msig-approvals').getAttribute('data-count')).toBe('1');
        const remark = card.locator(`[data-testid="msig-pending"][data-call-hash="${seeded.remarkHash}"]`);
        expect(await remark.getByTestId('call-hash').textContent()).toContain(seeded.remarkHash);
        await page.screenshot({
          path: `${DIR}/multisig-${size[0]}x${size[1]}-${locale}.png`,
          fullPage: true,
        });
        await page.close();

        const op = await open('#/operator/0/settings', locale, size);
        await op
          .locator('[data-testid="operator-console"][data-signing-as="proxy"]')
          .waitFor({ timeout: 60_000 });
        await op.getByTestId('commission-form').getByTestId('signing-as').waitFor();
        await op.screenshot({
          path: `${DIR}/proxy-console-${size[0]}x${size[1]}-${locale}.png`,
          fullPage: true,
        });
        await op.close();
      }
  }, 300_000);

  it('Bob’s approval executes the transfer', async () => {
    const page = await open('#/governance/multisig', 'en', SIZES[0]);
    const transfer = page.locator(`[data-testid="msig-pending"][data-call-hash="${seeded.transferHash}"]`);
    await transfer.getByTestId('msig-approve').click();
    await expect
      .poll(async () => (await api.query.multisig.multisigs(seeded.multisig, seeded.transferHash)).isEmpty, {
        timeout: 60_000,
      })
      .toBe(true);
    await transfer.waitFor({ state: 'detached', timeout: 60_000 });
    await page.close();
  }, 120_000);
});
