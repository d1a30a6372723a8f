// @vitest-environment jsdom
/**
 * UI tier: the demo network's referenda (the checked-in snapshot on the embedded chain, its shipped
 * history serving referendum 0's story) against the real @polkadot/api, in English and Bahasa Indonesia:
 * - referendum 0 passed but its enacted call failed (BadOrigin): the list, the page's header and the
 *   story's result say "enactment failed" with the error, not a plain "Passed";
 * - referendum 1 fails now although ayes outweigh nays: the list says why (turnout too low, and the aye
 *   capital that would pass it — the amount the referendum page shows);
 * - the approval chart has both axis titles and draws the current point at the real turnout (0.04 %,
 *   between the 0.01 and 0.1 ticks of its log axis), not at a fixed 0.5 % floor;
 * - the story's end block has group separators.
 */
import './setup-dom.js';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchDemocracy } from '../../src/governance/chain/democracy-query.js';
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

  it("referendum 1's approval chart: axis titles, and the point at the real turnout on a log axis", async () => {
    const { referenda, electorate } = await fetchDemocracy(demo.connection.api);
    const one = referenda.find((r) => r.index === 1);
    if (one?.status !== 'ongoing') throw new Error('the demo has referendum 1 open');
    const pct = Number((one.tally.turnout * 1_000_000n) / electorate) / 10_000;
    expect(pct).toBeGreaterThan(0.01);
    expect(pct).toBeLessThan(0.1);
    for (const [locale, x, y] of [
      ['en', 'Turnout, % of the issuance (log scale)', 'Aye share needed, %'],
      ['id', 'Partisipasi, % dari total pasokan (skala log)', 'Porsi setuju yang dibutuhkan, %'],
    ] as const) {
      renderGovernance(demo.connection, <ReferendumPage index={1} />, '//Alice', locale);
      const chart = await screen.findByTestId('approval-chart', {}, { timeout: 60_000 });
      await waitFor(() => expect(chart.querySelector('.recharts-reference-dot circle')).not.toBeNull());
      expect(chart.textContent).toContain(x);
      expect(chart.textContent).toContain(y);
      // the turnout the page states (0.04 % of the issuance)
      expect(chart.getAttribute('aria-label')).toContain(
        locale === 'en' ? 'turnout 0.04%' : 'partisipasi 0,04%',
      );
      const tickX = (label: string) => {
        const tick = [...chart.querySelectorAll('.recharts-xAxis-tick-labels text')].find(
          (el) => el.textContent === label,
        );
        expect(tick, `tick ${label}`).toBeDefined();
        return Number(tick?.getAttribute('x'));
      };
      const dot = Number(chart.querySelector('.recharts-reference-dot circle')?.getAttribute('cx'));
      const [lo, hi] = locale === 'en' ? ['0.01', '0.1'] : ['0,01', '0,1'];
      // log scale: the turnout (a share of the issuance, from the chain) lies log10(pct / 0.01) of the
      // way from the 0.01 tick to the 0.1 one
      const expected = tickX(lo) + (tickX(hi) - tickX(lo)) * Math.log10(pct / 0.01);
      expect(Math.abs(dot - expected)).toBeLessThan(1);
      cleanup();
    }
  }, 120_000);
});
