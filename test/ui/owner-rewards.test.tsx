// @vitest-environment jsdom
/**
 * UI tier: the operator console's owner rewards against the embedded chain. After a Gatekeeper payout
 * the pool's commission is minted as W-PHA to its owner-reward account (StakePoolv2
 * `handle_pool_new_reward`); the card's "waiting to be claimed" amount and the owner's line of the
 * earnings split both read in W-PHA, the unit the owner receives.
 */
import './setup-dom.js';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/stakepool/operator/i18n/en.js';
import { id } from '../../src/stakepool/operator/i18n/id.js';
import { formatPha } from '../../src/ui/format.js';
import { featureTranslator } from '../../src/ui/i18n/feature-catalogue.js';
import { createPool, PHA, payReward, startWorker } from '../fixtures/seed-pools.js';
import { type Dapp, renderDapp, startDapp } from './helpers.js';

let dapp: Dapp;
const t = featureTranslator({ en, id }, 'en');

beforeAll(async () => {
  dapp = await startDapp((chain) => {
    const pid = createPool(chain, {
      owner: '//Dave',
      commission: 250_000,
      delegations: [['//Eve', 5_000n * PHA]],
    });
    const worker = startWorker(chain, pid, '//Dave', 3, 2_000n * PHA);
    payReward(chain, worker, 400n);
  });
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

describe('owner rewards', () => {
  it('the commission waiting to be claimed and the owner part of the earnings are both W-PHA', async () => {
    renderDapp(dapp.connection, { hash: '#/operator/0/rewards', account: '//Dave' });
    const card = await screen.findByTestId('owner-rewards', {}, { timeout: 20_000 });
    // the chain minted 25 % of the 400 PHA payout to the owner-reward account
    const accrued = await waitFor(
      () => {
        const el = within(card).getByTestId('owner-reward');
        expect(el.dataset.planck).toBe((100n * PHA).toString());
        return el;
      },
      { timeout: 20_000 },
    );
    expect(accrued.textContent).toBe(`${formatPha(100n * PHA, 'en')} W-PHA`);
    const owner = await within(card).findByTestId('split-owner', {}, { timeout: 20_000 });
    expect(owner.dataset.planck).toBe((100n * PHA).toString());
    expect(owner.textContent).toBe(t('split.owner', { amount: formatPha(100n * PHA, 'en'), pct: '20.00%' }));
    expect(owner.textContent).toContain(`${formatPha(100n * PHA, 'en')} W-PHA`);
  });
});
