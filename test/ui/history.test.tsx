// @vitest-environment jsdom
/**
 * UI tier: history on the demo network, as the built-in chain serves it. The typed HistoryClient reads
 * real indexer records (and refuses a record without `timestampMs` naming the field); every pool kind's
 * page — stake pool, vault, capped, whitelisted, one with an unresponsive worker — draws its chart with
 * points from those records, with no page, React or console error (setup-dom's fixture); a drawing error
 * stays inside its section, says so in the user's language and "Try again" brings the section back; when
 * chain time moves the window to a later hour the chart stays on screen until the new window's records come.
 */
import './setup-dom.js';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { type ReactNode, useState } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePoolSnapshots, HistoryShapeError } from '../../src/api/history-decode.js';
import { LocaleProvider } from '../../src/ui/i18n/i18n.js';
import { SectionBoundary } from '../../src/ui/section-boundary.js';
import { query } from '../node/processes.js';
import { DEMO_POOLS, type DemoDapp, startDemoDapp } from './demo-dapp.js';
import { renderDapp } from './helpers.js';
import { takePageErrors } from './setup-dom.js';

let demo: DemoDapp;

beforeAll(async () => {
  demo = await startDemoDapp();
  await demo.nextDay();
}, 120_000);
afterAll(async () => {
  cleanup();
  await demo?.stop();
});

describe('history client', () => {
  it('reads typed pool snapshots of the indexer, two days of them', async () => {
    const records = await demo.history.poolSnapshots(DEMO_POOLS.stakePool);
    expect(records.length).toBeGreaterThanOrEqual(2);
    for (const r of records) {
      expect(Number.isSafeInteger(r.timestampMs)).toBe(true);
      expect(r.pid).toBe('0');
      expect(BigInt(r.totalValue)).toBeGreaterThan(0n);
    }
    const days = new Set(records.map((r) => Math.floor(r.timestampMs / 86_400_000)));
    expect(days.size).toBeGreaterThanOrEqual(2);
    const vault = await demo.history.poolSnapshots(DEMO_POOLS.vault);
    expect(vault[0]?.kind).toBe('Vault');
    expect((await demo.history.status()).indexedBlock).toBeGreaterThan(0);
  });

  it('refuses a record whose field is missing or renamed, naming the field', async () => {
    const [good] = await demo.history.poolSnapshots(DEMO_POOLS.stakePool);
    const { timestampMs, ...rest } = good ?? { timestampMs: 0 };
    expect(() => decodePoolSnapshots([{ ...rest, timestamp: timestampMs }])).toThrow(HistoryShapeError);
    expect(() => decodePoolSnapshots([{ ...rest, timestamp: timestampMs }])).toThrow(/timestampMs/);
    expect(() => decodePoolSnapshots([{ ...good, totalValue: 12 }])).toThrow(/totalValue/);
    expect(() => decodePoolSnapshots({})).toThrow(HistoryShapeError);
  });
});

describe('pool pages draw their history', () => {
  const pages: Array<[string, string]> = [
    ['stake pool', `#/pool/${DEMO_POOLS.stakePool}`],
    ['vault', `#/vault/${DEMO_POOLS.vault}`],
    ['capped', `#/pool/${DEMO_POOLS.capped}`],
    ['whitelisted', `#/pool/${DEMO_POOLS.whitelisted}`],
    ['unresponsive worker', `#/pool/${DEMO_POOLS.unresponsive}`],
  ];
  it.each(pages)('%s page: a chart with points, no error', async (_kind, hash) => {
    const view = renderDapp(demo.connection, { hash });
    const history = await screen.findByTestId('pool-history', {}, { timeout: 30_000 });
    const chart = await within(history).findByTestId('pool-chart', {}, { timeout: 30_000 });
    await waitFor(
      () => expect(chart.querySelectorAll('.recharts-line-dot').length).toBeGreaterThanOrEqual(4),
      {
        timeout: 15_000,
      },
    );
    const paths = [...chart.querySelectorAll('path.recharts-line-curve')].map(
      (p) => p.getAttribute('d') ?? '',
    );
    expect(paths.length).toBe(2);
    for (const d of paths) expect(d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+/);
    expect(screen.queryByTestId('section-error')).toBeNull();
    view.unmount();
  });
});

describe('history windows follow the chain clock', () => {
  it('asks for pool snapshots only in the window of chain time, never of the machine clock', async () => {
    const provider = demo.connection.provider;
    const send = provider.send.bind(provider);
    const asked: number[] = [];
    provider.send = ((method: string, params: unknown[], ...rest: unknown[]) => {
      if (method === 'pha_poolSnapshots') asked.push(Number(params[2]));
      return (send as (...a: unknown[]) => unknown)(method, params, ...rest);
    }) as typeof provider.send;
    try {
      const view = renderDapp(demo.connection, { hash: `#/pool/${DEMO_POOLS.whitelisted}` });
      const history = await screen.findByTestId('pool-history', {}, { timeout: 30_000 });
      await within(history).findByTestId('pool-chart', {}, { timeout: 30_000 });
      const chainNow = (await demo.connection.api.query.timestamp.now()).toNumber();
      expect(asked.length).toBeGreaterThan(0);
      // The demo chain's clock is months from this machine's: each window ends within the hour after
      // the chain's time (a block or two may pass meanwhile), not after the machine's.
      for (const to of asked) expect(Math.abs(to - chainNow)).toBeLessThanOrEqual(2 * 3_600_000);
      view.unmount();
    } finally {
      provider.send = send;
    }
  });
});

describe('history windows move on without a gap', () => {
  it('keeps the chart while the window moves to the next hour, never the loading skeleton', async () => {
    const provider = demo.connection.provider;
    const send = provider.send.bind(provider);
    const asked: number[] = [];
    const answered: number[] = [];
    provider.send = ((method: string, params: unknown[], ...rest: unknown[]) => {
      const out = (send as (...a: unknown[]) => Promise<unknown>)(method, params, ...rest);
      if (method === 'pha_poolSnapshots') {
        const to = Number(params[2]);
        asked.push(to);
        void out.then(() => answered.push(to));
      }
      return out;
    }) as typeof provider.send;
    try {
      const view = renderDapp(demo.connection, { hash: `#/pool/${DEMO_POOLS.stakePool}` });
      const history = await screen.findByTestId('pool-history', {}, { timeout: 30_000 });
      await within(history).findByTestId('pool-chart', {}, { timeout: 30_000 });
      const first = Math.max(...asked);
      let skeletons = 0;
      const isSkeleton = (n: Node) =>
        n instanceof Element && (n.matches('.skeleton-chart') || n.querySelector('.skeleton-chart') !== null);
      const observer = new MutationObserver((records) => {
        for (const r of records) skeletons += [...r.addedNodes].filter(isSkeleton).length;
      });
      observer.observe(history, { childList: true, subtree: true });
      // Two hours of chain time in one block: the window's end moves to a later hour.
      const now = (await demo.connection.api.query.timestamp.now()).toNumber();
      demo.chain.timeTravel(BigInt(now + 2 * 3_600_000));
      await demo.chain.newBlocks(1);
      await waitFor(() => expect(answered.some((to) => to > first)).toBe(true), { timeout: 30_000 });
      await within(history).findByTestId('pool-chart');
      observer.disconnect();
      expect(skeletons).toBe(0);
      view.unmount();
    } finally {
      provider.send = send;
    }
  });
});

describe('worker health on the pool page', () => {
  /** Each worker's session state as the chain has it (worker → session → state). */
  async function chainStates(pid: bigint): Promise<Map<string, string>> {
    const { api } = demo.connection;
    const pool = (await query(api, 'phalaBasePool', 'pools')(pid)).toJSON() as {
      stakePool: { workers: string[] };
    };
    const states = new Map<string, string>();
    for (const w of pool.stakePool.workers) {
      const session = (await query(api, 'phalaComputation', 'workerBindings')(w)).toJSON() as string;
      const info = (await query(api, 'phalaComputation', 'sessions')(session)).toJSON() as { state: string };
      states.set(w.slice(0, 6), info.state);
    }
    return states;
  }

  it.each([
    ['unresponsive worker', DEMO_POOLS.unresponsive],
    ['stake pool', DEMO_POOLS.stakePool],
  ])('%s: each worker’s state as the chain has it, unresponsive ones explained', async (_kind, pid) => {
    const expected = await chainStates(pid);
    // the pool page's workers tab
    const view = renderDapp(demo.connection, { hash: `#/pool/${pid}/workers` });
    const table = await screen.findByTestId('workers', {}, { timeout: 30_000 });
    const rows = [...table.querySelectorAll('[data-testid="worker-row"]')];
    expect(rows.length).toBe(expected.size);
    const shown = new Map(
      rows.map((r) => [(r.querySelector('td')?.textContent ?? '').slice(0, 6), r.getAttribute('data-state')]),
    );
    expect(shown).toEqual(expected);
    const unresponsive = [...expected.values()].filter((s) => s === 'WorkerUnresponsive').length;
    const note = screen.queryByTestId('unresponsive-note');
    if (unresponsive) expect(note?.textContent).toContain(`Unresponsive workers: ${unresponsive}.`);
    else expect(note).toBeNull();
    view.unmount();
  });

  it('the overview alerts to stake on unresponsive workers only where there is some', async () => {
    for (const pid of [DEMO_POOLS.unresponsive, DEMO_POOLS.stakePool]) {
      const unresponsive = [...(await chainStates(pid)).values()].includes('WorkerUnresponsive');
      const view = renderDapp(demo.connection, { hash: `#/pool/${pid}` });
      await screen.findByTestId('pool-history', {}, { timeout: 30_000 });
      const alert = screen.queryByTestId('unresponsive-alert');
      if (unresponsive)
        expect(alert?.textContent).toMatch(/PHA of this pool’s stake is on unresponsive workers/);
      else expect(alert).toBeNull();
      view.unmount();
    }
  });
});

describe('section boundary', () => {
  function Exploding(): ReactNode {
    throw new Error('boom in a section');
  }
  function Page() {
    const [broken, setBroken] = useState(true);
    return (
      <>
        <SectionBoundary>{broken ? <Exploding /> : <p>section back</p>}</SectionBoundary>
        <button type="button" onClick={() => setBroken(false)}>
          fix
        </button>
        <p>rest of the page</p>
      </>
    );
  }

  it('contains a render error, says so in Indonesian, keeps the page, and tries again', async () => {
    localStorage.setItem('pha-stake.locale', 'id');
    const view = render(
      <LocaleProvider locale="id">
        <Page />
      </LocaleProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Bagian halaman ini tidak dapat ditampilkan.');
    expect(screen.getByText('rest of the page')).toBeTruthy();
    // the fixture saw React's report of the error: it would fail this test if we did not take it
    const errors = takePageErrors();
    expect(errors.some((e) => e.includes('boom in a section'))).toBe(true);
    fireEvent.click(screen.getByText('fix'));
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await screen.findByText('section back');
    view.unmount();
  });
});
