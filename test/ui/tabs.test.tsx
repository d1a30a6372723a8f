// @vitest-environment jsdom
/**
 * UI tier: Radix tabs kept in the URL, on the real dApp over the embedded chain. A pool page opens on the
 * tab its deep link names, choosing another tab updates the URL and keeps the delegate form's input; a
 * governance deep link selects its tab, arrow keys move focus without loading a panel and Enter opens the
 * focused tab (its URL included). An unknown address shows a not-found page, not the pool list.
 */
import './setup-dom.js';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en as gov } from '../../src/governance/i18n/en.js';
import { translator } from '../../src/ui/i18n/i18n.js';
import { createPool } from '../fixtures/seed-pools.js';
import { type Dapp, renderDapp, startDapp } from './helpers.js';

let dapp: Dapp;
const t = translator('en');

beforeAll(async () => {
  dapp = await startDapp((chain) => {
    createPool(chain, { description: 'Open pool' }); // 0
    createPool(chain, { vault: true, description: 'A vault' }); // 1
  });
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

const selected = (tab: HTMLElement) => tab.getAttribute('aria-selected');

describe('tabs in the URL', () => {
  it('a pool page opens on its deep-linked tab; switching tabs updates the URL and keeps the form', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/pool/0/workers', account: '//Alice' });
    const list = await screen.findByRole('tablist', { name: t('pool.tabs') }, { timeout: 20_000 });
    const workers = within(list).getByRole('tab', { name: t('pool.workers') });
    expect(selected(workers)).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toContain(t('pool.noWorkers'));
    expect(screen.queryByTestId('pool-description')).toBeNull();

    const form = await screen.findByTestId('delegate-form');
    const amount = within(form).getByTestId('delegate-amount') as HTMLInputElement;
    fireEvent.change(amount, { target: { value: '12' } });
    fireEvent.mouseDown(within(list).getByRole('tab', { name: t('pool.tab.overview') }));
    await waitFor(() => expect(window.location.hash).toBe('#/pool/0'));
    expect((await screen.findByTestId('pool-description')).textContent).toBe('Open pool');
    expect(selected(within(list).getByRole('tab', { name: t('pool.tab.overview') }))).toBe('true');
    // the same page: the form kept what was typed
    expect(screen.getByTestId('delegate-form')).toBe(form);
    expect(amount.value).toBe('12');

    fireEvent.mouseDown(within(list).getByRole('tab', { name: t('pool.withdrawQueue') }));
    await waitFor(() => expect(window.location.hash).toBe('#/pool/0/queue'));
    expect(within(screen.getByRole('tabpanel')).getByTestId('withdraw-queue').textContent).toContain(
      t('pool.queueEmpty'),
    );
  });

  it('a vault lists its invested pools on its own tab, with an empty state', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/vault/1/pools' });
    const tab = await screen.findByRole('tab', { name: t('pool.investPools') }, { timeout: 20_000 });
    expect(selected(tab)).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toContain(t('pool.noInvestPools'));
  });

  it('governance: the deep link selects its tab; arrows move focus, Enter opens the tab', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/governance/council' });
    const list = await screen.findByRole('tablist', { name: gov.tabs }, { timeout: 20_000 });
    const council = within(list).getByRole('tab', { name: gov['tab.council'] });
    expect(selected(council)).toBe('true');
    await screen.findByTestId('collective-council', {}, { timeout: 20_000 });

    council.focus();
    fireEvent.keyDown(council, { key: 'ArrowRight' });
    const tc = within(list).getByRole('tab', { name: gov['tab.tc'] });
    await waitFor(() => expect(document.activeElement).toBe(tc));
    // manual activation: focus alone loads nothing
    expect(window.location.hash).toBe('#/governance/council');
    fireEvent.keyDown(tc, { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toBe('#/governance/tc'));
    await screen.findByTestId('collective-technicalCommittee', {}, { timeout: 20_000 });
    expect(selected(tc)).toBe('true');
    // the tab keeps focus: the page was not remounted under it
    expect(document.activeElement).toBe(tc);
  });

  it('an unknown address says there is no such page and links back to the pool list', async () => {
    for (const hash of ['#/operate', '#/pool/abc']) {
      cleanup();
      renderDapp(dapp.connection, { hash });
      const page = await screen.findByTestId('not-found', {}, { timeout: 20_000 });
      expect(page.textContent).toContain(t('notFound.text', { path: hash.slice(1) }));
      expect(
        within(page)
          .getByRole('link', { name: t('notFound.back') })
          .getAttribute('href'),
      ).toBe('#/');
      expect(screen.queryByTestId('pool-search')).toBeNull();
    }
  });
});
