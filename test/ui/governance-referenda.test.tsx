// @vitest-environment jsdom
/**
 * UI tier: the demo network's referenda (the checked-in snapshot on the embedded chain, its shipped
 * history serving referendum 0's story) against the real @polkadot/api, in English and Bahasa Indonesia:
 * - referendum 0 passed and its enacted call (a System.remark, which Root may dispatch) succeeded: the
 *   list, the page's header and the story's result say a plain "Passed", the story "Enacted … the call
 *   succeeded" (a failed enactment's wording is checked in governance-enactment.test.tsx);
 * - referendum 1 fails now although ayes outweigh nays: the list says why (turnout too low, and the aye
 *   capital that would pass it — the amount the referendum page shows); its tally names its unit, votes
 *   (conviction-weighted, as the referendum page's "Ayes (votes)"), not PHA;
 * - the approval chart has both axis titles and draws the current point at the real turnout (0.04 %,
 *   between the 0.01 and 0.1 ticks of its log axis), not at a fixed 0.5 % floor;
 * - the story's end block has group separators;
 * - every call the demo network will enact (referenda 1–3 and the waiting public proposal) is one the Root
 *   origin can dispatch: each, dispatched under Root on the head state and rolled back, succeeds —
 *   referendum 2's batch approves its Treasury spend to pool owner 1.
 */
import './setup-dom.js';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { HANDBOOK_SPEND, owner } from '../../chain/demo/scenario.js';
import { fetchDemocracy } from '../../src/governance/chain/democracy-query.js';
import { ReferendaList } from '../../src/governance/referenda-list.js';
import { ReferendumPage } from '../../src/governance/referendum-page.js';
import { ROOT } from '../../src/pallets-mock/frame/origin.js';
import type { CallValue } from '../../src/pallets-mock/frame/runtime.js';
import { decode } from '../../src/pallets-mock/frame/scale.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { demoDappFixture } from './demo-dapp.js';
import { renderGovernance } from './governance-render.js';

const demo = demoDappFixture({ shipped: true });
afterEach(cleanup);

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the demo referenda', () => {
  it('the list says referendum 0 passed and why referendum 1 fails, the same amount as its page', async () => {
    renderGovernance(demo().connection, <ReferendaList />);
    const zero = await screen.findByTestId('referendum-0');
    await waitFor(() =>
      expect(text(within(zero).getByTestId('ref-result'))).toBe('Passed (ended at block #36,000).'),
    );
    expect(within(zero).getByTestId('ref-result').getAttribute('data-enactment-failed')).toBe('false');
    const one = await screen.findByTestId('referendum-1');
    const reason = text(within(one).getByTestId('ref-projection'));
    const m = /^Failing now: turnout too low · ([\d,.]+) PHA more aye would pass it$/.exec(reason);
    expect(m, reason).not.toBeNull();
    expect(text(within(one).getByText(/^aye /))).toMatch(
      /^aye \d[\d,]*\.\d{4} \/ nay \d[\d,]*\.\d{4} votes$/,
    );
    cleanup();

    renderGovernance(demo().connection, <ReferendumPage index={1} />);
    const projection = await screen.findByTestId('projection');
    expect(text(projection)).toBe(
      `Failing now: turnout too low — ${m?.[1]} PHA more aye at 1× would make it pass.`,
    );
  }, 120_000);

  it('in Bahasa Indonesia too', async () => {
    renderGovernance(demo().connection, <ReferendaList />, '//Alice', 'id');
    const zero = await screen.findByTestId('referendum-0');
    await waitFor(() =>
      expect(text(within(zero).getByTestId('ref-result'))).toBe('Lolos (berakhir di blok #36.000).'),
    );
    const one = await screen.findByTestId('referendum-1');
    expect(text(within(one).getByTestId('ref-projection'))).toMatch(
      /^Saat ini gagal: partisipasi terlalu rendah · tambahan [\d.,]+ PHA setuju akan membuatnya lolos$/,
    );
    expect(text(within(one).getByText(/^setuju /))).toMatch(
      /^setuju \d[\d.]*,\d{4} \/ tolak \d[\d.]*,\d{4} suara$/,
    );
  }, 120_000);

  it("referendum 0's page: header and story say it passed and its remark was enacted; the end block is grouped", async () => {
    renderGovernance(demo().connection, <ReferendumPage index={0} />);
    const story = await screen.findByTestId('referendum-story', {}, { timeout: 60_000 });
    // the shipped story holds the call: System.remark, decoded with its text
    expect(within(story).getByTestId('call-text').textContent).toContain('system.remark');
    expect(within(story).getByText('pha-stake demo: adopt the community staking guidelines')).toBeTruthy();
    expect(text(within(story).getByTestId('story-result'))).toBe('Passed');
    expect(within(story).getByTestId('story-result').getAttribute('data-enactment-failed')).toBe('false');
    expect(text(story)).toContain('Endedblock #36,000');
    const enactment = within(story).getByTestId('story-enactment');
    expect(enactment.getAttribute('data-ok')).toBe('true');
    expect(text(enactment)).toBe('Enacted at block #43,200: the call succeeded.');
    expect(text(screen.getByTestId('ref-status'))).toBe('Passed (ended at block #36,000).');
  }, 120_000);

  it("referendum 1's approval chart: axis titles, and the point at the real turnout on a log axis", async () => {
    const { referenda, electorate } = await fetchDemocracy(demo().connection.api);
    const one = referenda.find((r) => r.index === 1);
    if (one?.status !== 'ongoing') throw new Error('the demo has referendum 1 open');
    const pct = Number((one.tally.turnout * 1_000_000n) / electorate) / 10_000;
    expect(pct).toBeGreaterThan(0.01);
    expect(pct).toBeLessThan(0.1);
    for (const [locale, x, y] of [
      ['en', 'Turnout, % of the issuance (log scale)', 'Aye share needed, %'],
      ['id', 'Partisipasi, % dari total pasokan (skala log)', 'Porsi setuju yang dibutuhkan, %'],
    ] as const) {
      renderGovernance(demo().connection, <ReferendumPage index={1} />, '//Alice', locale);
      const chart = await screen.findByTestId('approval-chart', {}, { timeout: 60_000 });
      await waitFor(() => expect(chart.querySelector('.recharts-reference-dot circle')).not.toBeNull());
      // the grid takes the theme's border colour like the other charts (recharts' own #ccc glared on dark)
      const grid = [...chart.querySelectorAll('.recharts-cartesian-grid line')];
      expect(grid.length).toBeGreaterThan(0);
      for (const line of grid) expect(line.getAttribute('stroke')).toBe('var(--border)');
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

  it('every call the demo will enact is one Root can dispatch (referenda 1–3, the waiting proposal)', async () => {
    const { api } = demo().connection;
    const { kernel } = demo().chain;
    const lookups: Array<[what: string, hash: string, len: number]> = [];
    for (const [key, info] of await api.query.democracy.referendumInfoOf.entries()) {
      const ongoing = (info.toJSON() as { ongoing?: { proposal: { lookup: { hash: string; len: number } } } })
        .ongoing;
      if (ongoing)
        lookups.push([
          `referendum ${key.args[0]?.toString()}`,
          ongoing.proposal.lookup.hash,
          ongoing.proposal.lookup.len,
        ]);
    }
    for (const [index, proposal] of (await api.query.democracy.publicProps()).toJSON() as [
      number,
      { lookup: { hash: string; len: number } },
    ][])
      lookups.push([`proposal ${index}`, proposal.lookup.hash, proposal.lookup.len]);
    expect(lookups.map(([what]) => what).sort()).toEqual([
      'proposal 4',
      'referendum 1',
      'referendum 2',
      'referendum 3',
    ]);
    const DRY_RUN = new Error('dry run');
    for (const [what, hash, len] of lookups) {
      const bytes = (await api.query.preimage.preimageFor([hash, len])).unwrap().toU8a(true);
      const call = kernel.enter(() => decode(kernel.callCodec, bytes)) as CallValue;
      // dispatched under Root as the Scheduler would enact it, then rolled back
      const events: string[] = [];
      let error: unknown;
      kernel.enter(() => {
        const mark = kernel.journal.length;
        try {
          kernel.transactional(() => {
            kernel.dispatchNested(ROOT, call);
            events.push(...kernel.journal.slice(mark).map((e) => `${e.pallet}.${e.name}`));
            throw DRY_RUN;
          });
        } catch (e) {
          if (e !== DRY_RUN) error = e;
        }
      });
      expect(error, `${what}: ${String(error)}`).toBeUndefined();
      if (what === 'referendum 2') {
        expect(call).toMatchObject({ type: 'Utility', value: { type: 'batch_all' } });
        expect(events).toContain('Treasury.SpendApproved');
        const spend = (call.value.value as { calls: CallValue[] }).calls[1];
        expect(spend).toMatchObject({
          type: 'Treasury',
          value: {
            type: 'spend',
            value: { amount: HANDBOOK_SPEND, beneficiary: { value: accountId(owner(1)) } },
          },
        });
      } else expect(call).toMatchObject({ type: 'System', value: { type: 'remark' } });
    }
  }, 60_000);
});
