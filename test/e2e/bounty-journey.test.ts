/**
 * e2e: a curator awards a bounty in Debian Chromium against a real node over WebSocket, signing with the
 * injected test wallet. The dev chain (short SpendPeriod and payout delay) holds bounty #0, proposed by
 * Dave, approved by Root, funded by the Treasury at the spend period, with Eve as its accepted curator,
 * and bounty #1, approved but larger than the pot, waiting for the next spend period (shown).
 * Ferdie sees the steps but no curator action; Eve awards it to Ferdie from the page (the steps move to
 * "Awarded, payout pending"), the chain is advanced past the payout delay with `dev_newBlock`, Ferdie
 * claims, and the payout (value less the curator fee) reaches Ferdie exactly. Screenshots go to
 * tmp/e2e-screenshots/bounty/ (gitignored).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import { Account } from '../../src/pallets-mock/pallets/system/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { dispatch, PHA } from '../fixtures/seed-pools.js';
import { chromiumPath } from './browser.js';
import { type DevJourney, openDevJourney } from './dev-journey.js';

const executable = chromiumPath();
const SHOTS = 'tmp/e2e-screenshots/bounty';

const freeOf = (chain: DevChain, who: string): bigint =>
  chain.kernel.enter(() => Account.get(accountId(who)).data.free);

describe.skipIf(!executable)('bounty journey in Chromium', () => {
  let chain: DevChain;
  let journey: DevJourney;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  const as = (name: string) => journey.as(name);
  const bounty = () => page.getByTestId('bounty-0');

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await cryptoReady();
    chain = new DevChain({
      mode: 'Instant',
      config: { 'Treasury.SpendPeriod': 4n, 'Bounties.BountyDepositPayoutDelay': 10n },
    });
    dispatch(chain, '//Ferdie', 'Balances.transfer_allow_death', {
      dest: TREASURY_ACCOUNT,
      value: 1_000n * PHA,
    });
    dispatch(chain, '//Dave', 'Bounties.propose_bounty', {
      value: 100n * PHA,
      description: `0x${Buffer.from('Translate the staking guide').toString('hex')}`,
    });
    dispatch(chain, 'root', 'Bounties.approve_bounty', { bounty_id: 0n });
    // bounty #1 is more than the pot holds: approved, it waits for a spend period that can fund it
    dispatch(chain, '//Dave', 'Bounties.propose_bounty', { value: 5_000n * PHA, description: '0x' });
    dispatch(chain, 'root', 'Bounties.approve_bounty', { bounty_id: 1n });
    await chain.newBlocks(4); // the spend period funds it
    dispatch(chain, 'root', 'Bounties.propose_curator', {
      bounty_id: 0n,
      curator: accountId('//Eve'),
      fee: 10n * PHA,
    });
    dispatch(chain, '//Eve', 'Bounties.accept_curator', { bounty_id: 0n });
    await chain.newBlocks(1);
    const accounts = [
      { uri: '//Eve', name: 'Eve' },
      { uri: '//Ferdie', name: 'Ferdie' },
    ];
    journey = await openDevJourney(chain, { accounts });
    page = journey.page;
  }, 120_000);

  afterAll(async () => {
    await journey?.close();
    chain?.stop();
  });

  it('the curator awards the bounty, the beneficiary claims it after the payout delay', async () => {
    const url = journey.url('#/governance/bounties');
    await page.goto(url);
    await page.locator('[data-testid="bounty-0"][data-state="Active"]').waitFor({ timeout: 90_000 });
    expect(await bounty().locator('[aria-current="step"]').textContent()).toBe('Active');
    expect(await bounty().textContent()).toContain('Translate the staking guide');
    expect(await bounty().textContent()).toContain('Value: 100.0000 PHA');
    expect(await bounty().textContent()).toContain('curator fee 10.0000 PHA');
    const waiting = page.locator('[data-testid="bounty-1"][data-state="Approved"]');
    expect(await waiting.locator('[aria-current="step"]').textContent()).toBe('Approved');
    expect(await waiting.getByTestId('funded-at').textContent()).toMatch(/next spend period: block #8 /);
    await page.getByRole('button', { name: 'Connect wallet' }).click();
    await page.getByTestId('balances').waitFor({ timeout: 30_000 });

    // Ferdie is not the curator: no award, no update, no resignation
    await as('Ferdie');
    await bounty().getByTestId('curator').waitFor();
    expect(await page.getByTestId('bounty-0-award').count()).toBe(0);
    expect(await page.getByTestId('bounty-0-resign').count()).toBe(0);

    // Eve, the curator, awards it to Ferdie
    await as('Eve');
    await page.getByTestId('bounty-0-award').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('bounty-0-extend').count()).toBe(1);
    await shot('01-active');
    await page.getByTestId('bounty-0-award-beneficiary').fill(journey.address.Ferdie as string);
    await page.getByTestId('bounty-0-award-submit').click();
    await page
      .getByTestId('bounties')
      .locator('[data-testid="tx-status"][data-status="finalized"]')
      .first()
      .waitFor({ timeout: 30_000 });
    await page.locator('[data-testid="bounty-0"][data-state="PendingPayout"]').waitFor({ timeout: 30_000 });
    expect(await bounty().locator('[aria-current="step"]').textContent()).toBe('Awarded, payout pending');
    const unlock = Number(
      ((await bounty().getByTestId('unlock').textContent()) ?? '')
        .match(/block #([\d,]+)/)?.[1]
        ?.replace(/,/g, ''),
    );
    expect(unlock).toBeGreaterThan(0);
    expect(await page.getByTestId('bounty-0-claim').count()).toBe(0);
    await shot('02-awarded');

    // past the payout delay, Ferdie claims: 100 − 10 PHA reach him
    await as('Ferdie');
    await journey.newBlocksTo(unlock);
    const before = freeOf(chain, '//Ferdie');
    const eveBefore = freeOf(chain, '//Eve');
    await page.getByTestId('bounty-0-claim').waitFor({ timeout: 30_000 });
    await page.getByTestId('bounty-0-claim').click();
    await bounty().waitFor({ state: 'detached', timeout: 30_000 });
    // the curator gets the 10 PHA fee and the 5 PHA deposit back, exactly
    await expect.poll(() => freeOf(chain, '//Eve') - eveBefore, { timeout: 30_000 }).toBe(15n * PHA);
    // Ferdie gets 90 PHA and pays the claim's transaction fee (under 0.1 PHA)
    const fee = before + 90n * PHA - freeOf(chain, '//Ferdie');
    expect(fee).toBeGreaterThan(0n);
    expect(fee).toBeLessThan(PHA / 10n);
    await shot('03-claimed');
  }, 180_000);
});
