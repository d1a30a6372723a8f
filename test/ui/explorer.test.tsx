// @vitest-environment jsdom
/**
 * UI tier: the explorer over many pools (search by pid, owner and description words, sort, filters,
 * pagination), hostile on-chain text rendered as text on the list and the pool page, the Bahasa
 * Indonesia switch (a minimum TVL typed before it keeps its value), the custom-endpoint check, and "history unavailable" without an indexer. The phone's
 * "Filters" disclosure controls the panel holding every filter but the search and counts those in use.
 */
import './setup-dom.js';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/ui/i18n/i18n.js';
import { createManyPools, createPool } from '../fixtures/seed-pools.js';
import { type Dapp, renderDapp, ss58, startDapp } from './helpers.js';

const HOSTILE =
  '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2"><b>bold</b> & "quotes"';
let dapp: Dapp;
const t = translator('en');

beforeAll(async () => {
  dapp = await startDapp((chain) => {
    createManyPools(chain, 45); // pids 0..44
    createPool(chain, { owner: '//Eve', description: HOSTILE }); // 45
  });
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

const rows = () => screen.getAllByTestId('pool-row');

describe('explorer', () => {
  it('pages, searches, sorts and filters', async () => {
    renderDapp(dapp.connection, { hash: '#/' });
    await screen.findByTestId('pool-table', {}, { timeout: 20_000 });
    const count = () => screen.getByTestId('pool-count').textContent;
    expect(count()).toBe('46 pools');
    expect(rows()).toHaveLength(20);
    fireEvent.click(screen.getByRole('button', { name: t('common.next') }));
    await waitFor(() => expect(screen.getByText(t('common.page', { page: 2, pages: 3 }))).toBeTruthy());

    const search = screen.getByTestId('pool-search');
    fireEvent.change(search, { target: { value: '17' } });
    await waitFor(() => expect(rows().map((r) => r.dataset.pid)).toEqual(['17']));
    expect(count()).toBe('1 pool');
    fireEvent.change(search, { target: { value: 'reliable datacenter' } });
    await waitFor(() => expect(count()).toBe('15 pools'));
    fireEvent.change(search, { target: { value: ss58('//Eve', dapp.connection) } });
    await waitFor(() => expect(rows().map((r) => r.dataset.pid)).toEqual(['45']));
    fireEvent.change(search, { target: { value: '' } });

    fireEvent.change(screen.getByTestId('pool-sort'), { target: { value: 'pid' } });
    await waitFor(() => expect(rows()[0]?.dataset.pid).toBe('45'));
    fireEvent.click(screen.getByLabelText(t('pools.filter.hasCapacity')));
    await waitFor(() => expect(count()).toBe('46 pools'));
    fireEvent.click(screen.getByLabelText(t('pools.filter.mine')));
    await waitFor(() => expect(screen.getByText(t('pools.empty'))).toBeTruthy());
  });

  it('the "Filters" disclosure holds every filter but the search and counts those in use', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/' });
    await screen.findByTestId('pool-table', {}, { timeout: 20_000 });
    const button = screen.getByTestId('filters-button');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(panel).toBe(screen.getByTestId('filters-button-panel'));
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent).toBe(t('pools.filters'));
    expect(panel.contains(screen.getByTestId('pool-search'))).toBe(false);
    for (const el of [
      screen.getByTestId('pool-kind'),
      screen.getByTestId('pool-sort'),
      screen.getByTestId('min-tvl'),
      screen.getByTestId('min-apr'),
      screen.getByTestId('min-free'),
      screen.getByLabelText(t('pools.filter.hasCapacity')),
    ])
      expect(panel.contains(el)).toBe(true);
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(panel.dataset.open).toBe('true');
    fireEvent.change(screen.getByTestId('pool-kind'), { target: { value: 'Vault' } });
    fireEvent.change(screen.getByTestId('min-tvl'), { target: { value: '10' } });
    await waitFor(() => expect(button.textContent).toBe(t('pools.filtersActive', { count: '2' })));
    // sorting is not a filter: the count stays
    fireEvent.change(screen.getByTestId('pool-sort'), { target: { value: 'pid' } });
    expect(button.textContent).toBe(t('pools.filtersActive', { count: '2' }));
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(panel.dataset.open).toBeUndefined();
  });

  it('names the cap column for the room it shows and keeps secondary facts in the pool cell', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/?sort=pid&dir=asc' });
    await screen.findByTestId('pool-table', {}, { timeout: 20_000 });
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toContain(t('pools.col.room'));
    expect(t('pools.col.room')).toBe('Room under cap');
    expect(headers).not.toContain('Capacity');
    const row = (pid: number) => rows().find((r) => r.dataset.pid === String(pid)) as HTMLElement;
    // pool 0 is capped at 1,000 PHA and holds nothing yet: all of it is room; pool 1 has no cap
    expect(within(row(0)).getByTestId('room').textContent).toBe('1,000.0000');
    expect(within(row(1)).getByTestId('room').textContent).toBe(t('pools.unlimited'));
    expect(within(row(1)).getByTestId('workers').textContent).toBe('0');
    const head = within(row(0)).getByRole('rowheader');
    expect(head.textContent).toContain(t('pools.kind.StakePool'));
    const desc = within(row(0)).getByTestId('row-desc');
    expect(desc.getAttribute('title')).toBe('Pool 0 reliable datacenter');
    expect(row(0).querySelectorAll('td')).toHaveLength(7);
    fireEvent.click(screen.getByRole('link', { name: t('nav.glossary') }));
    expect(await screen.findByText(t('glossary.cap'))).toBeTruthy();
    expect(screen.getByText(t('glossary.cap.def'))).toBeTruthy();
  });

  it('each sort arrow follows its own header\'s last word and wraps with it, the "?" after both', async () => {
    renderDapp(dapp.connection, { hash: '#/' });
    const table = await screen.findByTestId('pool-table', {}, { timeout: 20_000 });
    const cols = {
      pid: 'pools.col.pid',
      tvl: 'pools.col.tvl',
      apr: 'pools.col.apr',
      commission: 'pools.col.commission',
      free: 'pools.col.free',
    } as const;
    for (const [col, key] of Object.entries(cols)) {
      const label = t(key);
      const button = within(table).getByTestId(`sort-${col}`);
      const arrow = button.querySelector('.sort-arrow');
      // the arrow is the button's last thing, after the whole label (not drawn before it)
      expect(button.textContent, col).toBe(`${label}${arrow?.textContent}`);
      // ...and kept on one line with the label's last word ("APY ↕"), never alone on the other line
      const tail = arrow?.parentElement;
      expect(tail?.classList.contains('sort-tail'), col).toBe(true);
      expect(tail?.textContent, col).toBe(`${label.split(' ').at(-1)}${arrow?.textContent}`);
      // the column's "?" comes after its own label and arrow
      const th = button.closest('th') as HTMLElement;
      const info = th.querySelector('.info') as Element;
      expect(button.compareDocumentPosition(info) & Node.DOCUMENT_POSITION_FOLLOWING, col).toBeTruthy();
    }
    cleanup();
  });

  it('renders hostile on-chain text as text', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/pool/45' });
    const desc = await screen.findByTestId('pool-description', {}, { timeout: 20_000 });
    expect(desc.textContent).toBe(HOSTILE);
    expect(desc.children).toHaveLength(0);
    expect(document.querySelector('script, img, b')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
    const unavailable = await within(screen.getByTestId('pool-history')).findByTestId(
      'history-unavailable',
      {},
      { timeout: 10_000 },
    );
    expect(unavailable.textContent).toBe(t('chart.unavailable'));
  });

  it('switches to Bahasa Indonesia and checks custom endpoints', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/' });
    await screen.findByTestId('pool-table', {}, { timeout: 20_000 });
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'id' } });
    const id = translator('id');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(id('pools.heading')),
    );
    expect(document.documentElement.lang).toBe('id');
    expect(screen.getByTestId('pool-count').textContent).toBe('46 pool');
    // a minimum TVL typed in Indonesian keeps its value across the switch back (1.000,5 → 1,000.5)
    const minTvl = screen.getByTestId('min-tvl') as HTMLInputElement;
    fireEvent.change(minTvl, { target: { value: '1.000,5' } });
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
    await waitFor(() => expect(minTvl.value).toBe('1,000.5'), { timeout: 5_000 });
    fireEvent.change(minTvl, { target: { value: '' } });
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'id' } });
    fireEvent.change(screen.getByTestId('pool-search'), { target: { value: '#17' } });
    await waitFor(() => expect(screen.getByTestId('pool-count').textContent).toBe('1 pool'));
    fireEvent.change(screen.getByTestId('network-select'), { target: { value: 'custom' } });
    const input = screen.getByPlaceholderText(id('network.customPlaceholder'));
    fireEvent.change(input, { target: { value: 'http://example' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    expect(screen.getByText(id('network.invalidUrl'))).toBeTruthy();
  });
});
