/**
 * e2e: governance in Debian Chromium against a real node over WebSocket, signing with the injected test
 * wallet (keys in Node): Alice proposes a Treasury spend (preimage noted + proposed in one batch), Bob
 * seconds, the proposal launches as a referendum at the dev LaunchPeriod, Alice votes aye with 3×
 * conviction, Charlie votes with W-PHA from his Delegation NFT, the referendum passes and is enacted
 * (the spend appears approved in the Treasury, whose inflow comes from the node's history API), Alice sees her lock and its expiry, the chain is advanced
 * past it with `dev_newBlock`, and she unlocks; Charlie unlocks his W-PHA vote. A screenshot per step goes
 * to tmp/e2e-screenshots/governance/ (gitignored).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NodeHistory, startNodeHistory } from '../../chain/node-history.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { createPool, PHA } from '../fixtures/seed-pools.js';
import { chromiumPath } from './browser.js';
import { type DevJourney, openDevJourney } from './dev-journey.js';

const executable = chromiumPath();
const SHOTS = 'tmp/e2e-screenshots/governance';

describe.skipIf(!executable)('governance journey in Chromium', () => {
  let chain: DevChain;
  let journey: DevJourney;
  let history: NodeHistory;
  let page: Page;
  let step = 0;
  const shot = async (name: string) => {
    step++;
    await page.screenshot({ path: `${SHOTS}/${String(step).padStart(2, '0')}-${name}.png`, fullPage: true });
  };
  const go = async (hash: string) => {
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
  };
  const as = (name: string) => journey.as(name);
  const finalized = async (scope: string) => {
    await page
      .getByTestId(scope)
      .locator('[data-testid="tx-status"][data-status="finalized"]')
      .waitFor({ timeout: 30_000 });
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await cryptoReady();
    chain = new DevChain({ mode: 'Instant' });
    // Charlie holds a Delegation NFT worth 5,000 PHA in a stake pool
    createPool(chain, { description: 'Governance pool', delegations: [['//Charlie', 5000n * PHA]] });
    await chain.newBlocks(1);
    history = await startNodeHistory(chain);
    const accounts = [
      { uri: '//Alice', name: 'Alice' },
      { uri: '//Bob', name: 'Bob' },
      { uri: '//Charlie', name: 'Charlie' },
    ];
    journey = await openDevJourney(chain, { accounts, alsoKnown: ['Dave'], modules: [history.module] });
    page = journey.page;
  }, 120_000);

  afterAll(async () => {
    await journey?.close();
    await history?.stop();
    chain?.stop();
  });

  it('propose, second, launch, vote 3× and with W-PHA, pass, enact, lock, expiry, unlock', async () => {
    const url = journey.url('#/governance/proposals');
    await page.goto(url);
    await page.getByTestId('propose-form').waitFor({ timeout: 90_000 });
    await page.getByRole('button', { name: 'Connect wallet' }).click();
    await page.getByTestId('balances').waitFor({ timeout: 30_000 });
    await as('Alice');

    // propose: a Treasury spend of 100 PHA to Dave
    await page.getByTestId('call-kind').selectOption('spend');
    await page.getByTestId('call-amount').fill('100');
    await page.getByTestId('call-beneficiary').fill(journey.address.Dave as string);
    await page.getByTestId('propose-submit').click();
    await finalized('propose-form');
    await page.getByTestId('proposal-0').waitFor({ timeout: 30_000 });
    const proposed = page.getByTestId('proposal-0').getByTestId('call-text');
    expect(await proposed.textContent()).toContain('treasury.spend');
    // in words: 100 PHA to Dave, shown with the address view
    expect(await proposed.textContent()).toContain('100.0000 PHA');
    expect(await proposed.locator(`[data-address="${journey.address.Dave as string}"]`).count()).toBe(1);
    await shot('proposed');

    // second as Bob: backing 2 × 10 PHA
    await as('Bob');
    await page.getByTestId('second-0').click();
    await expect
      .poll(() => page.getByTestId('proposal-0').getByTestId('backing').textContent(), { timeout: 30_000 })
      .toContain('backing 20.0000 PHA');
    await shot('seconded');

    // launch at block 20 (dev LaunchPeriod)
    await journey.newBlocksTo(20);
    await go('#/governance/referenda');
    await page.locator('[data-testid="referendum-0"][data-status="ongoing"]').waitFor({ timeout: 30_000 });
    await shot('launched');

    // Alice votes aye 1,000 PHA at 3×
    await as('Alice');
    await go('#/governance/referendum/0');
    await page.getByTestId('vote-form').waitFor();
    await page.getByTestId('vote-amount').fill('1000');
    await page.getByTestId('conviction').selectOption('3');
    expect(await page.getByTestId('vote-preview').textContent()).toContain('3,000.0000 votes (3×)');
    await page.getByTestId('vote-submit').click();
    await finalized('vote-form');
    await expect
      .poll(() => page.getByTestId('tally-ayes').textContent(), { timeout: 30_000 })
      .toBe('3,000.0000');
    await shot('voted-3x');

    // Charlie votes aye 2,000 with W-PHA from his delegation: 0.1× → 200 votes
    await as('Charlie');
    await expect
      .poll(() => page.getByTestId('wpha-net').textContent(), { timeout: 30_000 })
      .toContain('5,000.0000 W-PHA');
    await page.getByTestId('wpha-aye').fill('2000');
    await page.getByTestId('wpha-submit').click();
    await finalized('wpha-form');
    await expect
      .poll(() => page.getByTestId('tally-ayes').textContent(), { timeout: 30_000 })
      .toBe('3,200.0000');
    expect(await page.getByTestId('projection').getAttribute('data-passing')).toBe('true');
    expect(await page.getByTestId('enactment').textContent()).toContain('#50');
    await shot('voted-wpha');

    // voting ends at 40: passed; enacted at 50: the spend is approved in the Treasury
    await journey.newBlocksTo(40);
    await page.locator('[data-testid="ref-status"][data-approved="true"]').waitFor({ timeout: 30_000 });
    await shot('passed');
    await journey.newBlocksTo(50);
    await go('#/governance/treasury');
    await expect
      .poll(() => page.getByTestId('treasury').textContent(), { timeout: 30_000 })
      .toMatch(/#0: 100\.0000 PHA to .* approved/);
    // the node's indexer answers the history API: no computation inflow on this chain yet
    await page.getByText('No inflow recorded yet.').waitFor({ timeout: 30_000 });
    await shot('enacted');

    // Alice's lock: 1,000 PHA until 40 + 4 × 10 = 80
    await as('Alice');
    await go('#/governance/locks');
    const row = page.locator('[data-testid="lock-row"][data-reason="voteLocked"]');
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getByTestId('lock-expiry').getAttribute('data-block')).toBe('80');
    expect(await page.getByTestId('democracy-lock').textContent()).toContain('1,000.0000 PHA');
    expect(await page.getByTestId('unlock-all').isDisabled()).toBe(true);
    await shot('locked');

    // advance past the expiry (the unlock lands in block 80) and unlock
    await journey.newBlocksTo(79);
    await page.getByTestId('unlock-notice').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('unlock-reminder').textContent()).toContain('1,000.0000 PHA');
    await shot('expired');
    await page.getByTestId('unlock-all').click();
    await finalized('locks');
    await expect
      .poll(() => page.getByTestId('democracy-lock').textContent(), { timeout: 30_000 })
      .toContain(': 0.0000 PHA');
    await shot('unlocked');

    // Charlie unlocks his W-PHA vote of the ended referendum
    await as('Charlie');
    await expect
      .poll(() => page.getByTestId('wpha-locked').textContent(), { timeout: 30_000 })
      .toContain('2,000.0000');
    await page.getByTestId('wpha-unlock').click();
    await expect
      .poll(() => page.getByTestId('wpha-locked').textContent(), { timeout: 30_000 })
      .toContain(': 0.0000');
    await shot('wpha-unlocked');

    // the Council as its members see it
    await as('Alice');
    await go('#/governance/council');
    await page.getByTestId('collective-council').waitFor({ timeout: 30_000 });
    // members with the address view: Bob is one of them
    await page
      .getByTestId('collective-council')
      .getByTestId('member')
      .locator(`[data-address="${journey.address.Bob as string}"]`)
      .waitFor({ timeout: 30_000 });
    await shot('council');
  }, 180_000);
});
