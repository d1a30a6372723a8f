/**
 * e2e: vesting in the portfolio, in Debian Chromium against a real node over WebSocket. Root gives Dave a
 * vested transfer of 1,000 PHA releasing 10 PHA a block from block 5, and Dave votes 600 PHA on a
 * referendum (a `democrac` lock). The portfolio shows what vesting locks now and the block everything is
 * free from; past block 55, half has vested: the card offers to unlock it, Dave does, and the card then
 * shows the vesting lock lowered and the Democracy lock as the one holding his balance (locks overlap:
 * the largest binds, not the sum). Screenshots go to tmp/e2e-screenshots/vesting/ (gitignored).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { encode } from '../../src/pallets-mock/frame/scale.js';
import { injectReferendum } from '../../src/pallets-mock/pallets/democracy/index.js';
import type { BoundedCall } from '../../src/pallets-mock/pallets/preimage/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { dispatch, PHA } from '../fixtures/seed-pools.js';
import { chromiumPath } from './browser.js';
import { type DevJourney, openDevJourney } from './dev-journey.js';

const executable = chromiumPath();
const SHOTS = 'tmp/e2e-screenshots/vesting';

describe.skipIf(!executable)('vesting in the portfolio, in Chromium', () => {
  let chain: DevChain;
  let journey: DevJourney;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await cryptoReady();
    chain = new DevChain({ mode: 'Instant' });
    dispatch(chain, 'root', 'Vesting.force_vested_transfer', {
      source: accountId('//Alice'),
      target: accountId('//Dave'),
      schedule: { locked: 1_000n * PHA, per_block: 10n * PHA, starting_block: 5n },
    });
    // a referendum (a remark) Dave votes on with 600 PHA at 1× conviction
    const remark = { type: 'System', value: { type: 'remark', value: { remark: '0x01' } } };
    const inline = toHex(chain.kernel.enter(() => encode(chain.kernel.callCodec, remark)));
    const ref = chain.kernel.enter(() =>
      chain.kernel.transactional(() =>
        injectReferendum(
          1_000n,
          { type: 'Inline', value: inline } as BoundedCall,
          'SuperMajorityApprove',
          0n,
        ),
      ),
    );
    dispatch(chain, '//Dave', 'Democracy.vote', {
      ref_index: ref,
      vote: { type: 'Standard', value: { vote: 0x81n, balance: 600n * PHA } },
    });
    await chain.newBlocks(1);
    journey = await openDevJourney(chain, { accounts: [{ uri: '//Dave', name: 'Dave' }] });
    page = journey.page;
  }, 120_000);

  afterAll(async () => {
    await journey?.close();
    chain?.stop();
  });

  it('shows what is locked and when it frees, unlocks the vested part, names the binding lock', async () => {
    const url = journey.url('#/portfolio');
    await page.goto(url);
    await page.getByRole('button', { name: 'Connect wallet' }).click({ timeout: 90_000 });
    const card = page.getByTestId('vesting');
    await card.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('vesting-locked').textContent()).toContain('1,000.0000 PHA');
    expect(await page.getByTestId('vesting-free-at').getAttribute('data-block')).toBe('105');
    expect(await page.getByTestId('vesting-free-at').textContent()).toContain('#105');
    expect(await page.getByTestId('vesting-schedule').textContent()).toContain('10.0000 PHA per block');
    expect(await card.locator('[data-lock="vesting"]').textContent()).toContain('1,000.0000 PHA');
    expect(await card.locator('[data-lock="democrac"]').textContent()).toContain('600.0000 PHA');
    expect(await page.getByTestId('vesting-binding').textContent()).toContain('vesting');
    await page.screenshot({ path: `${SHOTS}/01-locked.png`, fullPage: true });

    // half has vested by block 55; the unlock lands in the next block (56): 1,000 − 51 × 10 = 490 PHA
    await journey.newBlocksTo(55);
    await expect
      .poll(() => page.getByTestId('vesting-locked').getAttribute('data-planck'), { timeout: 30_000 })
      .toBe((500n * PHA).toString());
    await page.getByTestId('vesting-vest').click();
    await card.locator('[data-testid="tx-status"][data-status="finalized"]').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => card.locator('[data-lock="vesting"]').textContent(), { timeout: 30_000 })
      .toContain('490.0000 PHA');
    expect(await page.getByTestId('vesting-binding').textContent()).toContain('democrac');
    expect(await page.getByTestId('vesting-binding').textContent()).toContain('600.0000 PHA');
    await page.screenshot({ path: `${SHOTS}/02-vested.png`, fullPage: true });
  }, 180_000);
});
