// @vitest-environment jsdom
/**
 * UI tier: the demo network's referenda (the checked-in snapshot on the embedded chain, its shipped
 * history serving referendum 0's story) against the real @polkadot/api, in English and Bahasa Indonesia:
 * - referendum 0 passed but its enacted call failed (BadOrigin): the list, the page's header and the
 *   story's result say "enactment failed" with the error, not a plain "Passed";
 * - referendum 1 fails now although ayes outweigh nays: the list says why (turnout too low, and the aye
 *   capital that would pass it — the amount the referendum page shows);
 * - the story's end block has group separators.
 */
import './setup-dom.js';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ReferendaList } from '../../src/governance/referenda-list.js';
import { ReferendumPage } from '../../src/governance/referendum-page.js';
import { type DemoDapp, startDemoDapp } from './demo-dapp.js';
import { renderGovernance } from './governance-render.js';

let demo: DemoDapp;
beforeAll(async () => {
  demo = await startDemoDapp({ shipped: true });
}, 120_000);
afterAll(async () => {
  await demo?.stop();
});
afterEach(cleanup);

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the demo referenda', () => {
  it('the list names the failed enactment of referendum 0 and why referendum 1 fails, the same amount as its page', async () => {
    renderGovernance(demo.connection, <ReferendaList />);
    const zero = await screen.findByTestId('referendum-0');
    await waitFor(() =>
      expect(within(zero).getByTestId('ref-result').getAttribute('data-enactment-failed')).toBe('true'),
    );
    expect(text(within(zero).getByTestId('ref-result'))).toBe(
      'Passed · enactment failed (BadOrigin) — ended at block #36,000.',
    );
    const one = await screen.findByTestId('referendum-1');
    const reason = text(within(one).getByTestId('ref-projection'));
    const m = /^Failing now: turnout too low · ([\d,.]+) PHA more aye would pass it$/.exec(reason);
    expect(m, reason).not.toBeNull();
    cleanup();

    renderGovernance(demo.connection, <ReferendumPage index={1} />);
    const projection = await screen.findByTestId('projection');
    expect(text(projection)).toBe(
      `Failing now: turnout too low — ${m?.[1]} PHA more aye at 1× would make it pass.`,
    );
  }, 120_000);

  it('in Bahasa Indonesia too', async () => {
    renderGovernance(demo.connection, <ReferendaList />, '//Alice', 'id');
    const zero = await screen.findByTestId('referendum-0');
    await waitFor(() =>
      expect(text(within(zero).getByTestId('ref-result'))).toBe(
        'Lolos · pemberlakuan gagal (BadOrigin) — berakhir di blok #36.000.',
      ),
    );
    const one = await screen.findByTestId('referendum-1');
    expect(text(within(one).getByTestId('ref-projection'))).toMatch(
      /^Saat ini gagal: partisipasi terlalu rendah · tambahan [\d.,]+ PHA setuju akan membuatnya lolos$/,
    );
  }, 120_000);

  it("referendum 0's page: header and story result name the failed enactment; the end block is grouped", async () => {
    renderGovernance(demo.connection, <ReferendumPage index={0} />);
    const status = await screen.findByTestId('ref-status');
    await waitFor(() =>
      expect(text(status)).toBe('Passed · enactment failed (BadOrigin) — ended at block #36,000.'),
    );
    const story = await screen.findByTestId('referendum-story', {}, { timeout: 60_000 });
    expect(text(within(story).getByTestId('story-result'))).toBe('Passed · enactment failed (BadOrigin)');
    expect(text(story)).toContain('Endedblock #36,000');
    expect(text(within(story).getByTestId('story-enactment'))).toBe(
      'Dispatched at block #43,200 but the call failed: BadOrigin.',
    );
  }, 120_000);
});
