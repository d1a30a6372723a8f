// @vitest-environment jsdom
/**
 * UI tier, on the demo network: a vault's estimated yield is one metric with one label and one figure on
 * its public page and in the vault manager console — the APY (a vault's rewards compound in its share
 * price), as the explorer lists it.
 */
import './setup-dom.js';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aprToApy, poolApr } from '../../src/api/pools/apr.js';
import { fetchPools } from '../../src/api/pools/pools-query.js';
import { formatApr } from '../../src/ui/format.js';
import { translator } from '../../src/ui/i18n/i18n.js';
import { DEMO_POOLS, type DemoDapp, startDemoDapp } from './demo-dapp.js';
import { renderDapp } from './helpers.js';

let demo: DemoDapp;
const t = translator('en');

beforeAll(async () => {
  demo = await startDemoDapp({ shipped: true });
}, 120_000);
afterAll(async () => {
  cleanup();
  await demo?.stop();
});

describe('a vault’s estimated yield', () => {
  it('is the same APY, labelled alike, on the public page and in the manager console', async () => {
    const pid = DEMO_POOLS.vault;
    const data = await fetchPools(demo.connection.api);
    const byPid = new Map(data.pools.map((p) => [p.pid, p]));
    const vault = byPid.get(pid);
    const apr = vault ? poolApr(vault, byPid, data.economy) : null;
    expect(apr).not.toBeNull();
    const apy = formatApr(aprToApy(apr ?? 0), 'en');
    expect(apy).not.toBe(formatApr(apr, 'en'));

    renderDapp(demo.connection, { hash: `#/vault/${pid}` });
    const publicYield = await screen.findByTestId('pool-yield', {}, { timeout: 20_000 });
    await waitFor(() => expect(publicYield.textContent).toBe(apy));
    expect(publicYield.previousElementSibling?.textContent).toContain(t('pool.apy'));

    cleanup();
    renderDapp(demo.connection, { hash: `#/manager/${pid}` });
    const page = await screen.findByTestId('manager-console', {}, { timeout: 20_000 });
    // the console's yield, whichever label it carries: the same term and figure as the public page
    const term = await within(page).findByText(
      (_, el) => el?.tagName === 'DT' && [t('pool.apr'), t('pool.apy')].includes(el.textContent ?? ''),
      {},
      { timeout: 20_000 },
    );
    await waitFor(
      () =>
        expect({ label: term.textContent, value: term.nextElementSibling?.textContent }).toEqual({
          label: t('pool.apy'),
          value: apy,
        }),
      { timeout: 20_000 },
    );
  });
});
