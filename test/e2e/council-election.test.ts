/**
 * e2e: the Council election in Debian Chromium against a real dev node over WebSocket, signing with the
 * injected test wallet: Dave and Eve submit their candidacy from the Council tab (the 10 PHA bond shown),
 * Ferdie ticks both, sees the bond of a two-vote ballot and votes with 1,000 PHA, sees his votes, the
 * countdown names the next term's block; the chain is advanced to that block with `dev_newBlock`, and
 * the page shows the new Council — the genesis members and the two candidates Ferdie backed — and
 * Dave and Eve among the members of the election with their backing. Every wait is on page state.
 * Screenshots go to tmp/e2e-screenshots/council-election/ (gitignored).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { chromiumPath } from './browser.js';
import { type DevJourney, openDevJourney } from './dev-journey.js';

const executable = chromiumPath();
const SHOTS = 'tmp/e2e-screenshots/council-election';

describe.skipIf(!executable)('council election in Chromium', () => {
  let chain: DevChain;
  let journey: DevJourney;
  let page: Page;
  const accounts = [
    { uri: '//Dave', name: 'Dave' },
    { uri: '//Eve', name: 'Eve' },
    { uri: '//Ferdie', name: 'Ferdie' },
  ];

  const as = (name: string) => journey.as(name);
  const election = () => page.getByTestId('election');
  /** Waits until the election section's latest transaction is finalized. */
  const finalized = async () => {
    await election()
      .locator('[data-testid="tx-status"][data-status="finalized"]')
      .waitFor({ timeout: 30_000 });
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await cryptoReady();
    chain = new DevChain({ mode: 'Instant' });
    await chain.newBlocks(1);
    journey = await openDevJourney(chain, { accounts, alsoKnown: ['Alice', 'Bob', 'Charlie'] });
    page = journey.page;
  }, 120_000);

  afterAll(async () => {
    await journey?.close();
    chain?.stop();
  });

  it('candidates stand, a voter backs two of them, and the next term seats them on the Council', async () => {
    const url = journey.url('#/governance/council');
    await page.goto(url);
    await election().waitFor({ timeout: 90_000 });
    await page.getByRole('button', { name: 'Connect wallet' }).click();
    await page.getByTestId('balances').waitFor({ timeout: 30_000 });

    for (const name of ['Dave', 'Eve']) {
      await as(name);
      const submit = election().getByTestId('submit-candidacy');
      expect(await submit.textContent()).toContain('10.0000 PHA');
      await submit.click();
      await finalized();
      await election()
        .locator(`[data-testid="election-candidate"][data-address="${journey.address[name] as string}"]`)
        .waitFor({ timeout: 30_000 });
    }

    await as('Ferdie');
    await election().getByTestId('my-votes-none').waitFor();
    for (const name of ['Dave', 'Eve'])
      await election()
        .locator(
          `[data-testid="election-candidate"][data-address="${journey.address[name] as string}"] input[type="checkbox"]`,
        )
        .check();
    expect(await election().getByTestId('picked').textContent()).toContain('2 of 16');
    // bond of two votes: 0.79 + 2 × 0.32 PHA
    expect(await election().getByTestId('election-bond').textContent()).toContain('1.4300 PHA');
    await election().getByTestId('election-stake').fill('1000');
    await election().getByTestId('election-vote').click();
    await finalized();
    const mine = election().getByTestId('my-votes');
    await mine.waitFor({ timeout: 30_000 });
    expect(await mine.textContent()).toContain('1,000.0000 PHA');
    const candidateBacking = election()
      .locator(`[data-testid="election-candidate"][data-address="${journey.address.Dave as string}"]`)
      .getByTestId('backing');
    await expect.poll(() => candidateBacking.textContent(), { timeout: 30_000 }).toContain('1,000.0000 PHA');
    await page.screenshot({ path: `${SHOTS}/01-voted.png`, fullPage: true });

    // the countdown names the next term's block; advance the chain to it
    const text = (await election().getByTestId('next-term').textContent()) ?? '';
    const match = /#([\d,]+)/.exec(text);
    expect(match).not.toBeNull();
    const next = Number((match?.[1] ?? '').replaceAll(',', ''));
    expect(next % 50).toBe(0);
    await journey.rpc('dev_newBlock', [{ to: next }]);

    const council = page.getByTestId('collective-council');
    const expected = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve']
      .map((n) => journey.address[n] as string)
      .sort();
    await expect
      .poll(
        async () =>
          (
            await council
              .locator('[data-testid="member"] [data-testid="address"]')
              .evaluateAll((els) => els.map((e) => e.getAttribute('data-address')))
          ).sort(),
        { timeout: 30_000 },
      )
      .toEqual(expected);
    for (const name of ['Dave', 'Eve'])
      expect(
        await election()
          .locator(`[data-testid="election-member"][data-address="${journey.address[name] as string}"]`)
          .getByTestId('backing')
          .textContent(),
      ).toMatch(/backed by [\d,.]+ PHA/);
    expect(await election().locator('[data-testid="election-candidate"]').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/02-new-council.png`, fullPage: true });
  }, 240_000);
});
