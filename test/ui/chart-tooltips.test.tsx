// @vitest-environment jsdom
/**
 * Chart tooltips read exact amounts through the one formatting module (format.ts), not the plot's floats:
 * a delegator's value and a pool's release schedule show 4 truncated fraction digits, as every amount on
 * the page does, in the reader's language. (A pool's history chart is checked in Chromium against the
 * page's stats: phone-layout.test.ts.)
 */
import './setup-dom.js';
import { fireEvent, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ReleaseChart from '../../src/delegation/release-chart.js';
import PortfolioChart from '../../src/stakepool/portfolio-chart.js';
import { LocaleProvider } from '../../src/ui/i18n/i18n.js';

const DAY = 86_400_000;

async function tooltipAt(container: HTMLElement, x: number): Promise<string[]> {
  const surface = container.querySelector('.recharts-wrapper') as HTMLElement;
  fireEvent.mouseMove(surface, { clientX: x, clientY: 100 });
  await waitFor(() => expect(container.querySelectorAll('.recharts-tooltip-item').length).toBeGreaterThan(0));
  return [...container.querySelectorAll('.recharts-tooltip-item')].map((i) => i.textContent ?? '');
}

describe('chart tooltips', () => {
  it('a delegator’s value: the exact amount, 4 digits truncated', async () => {
    const points = [
      { t: DAY, block: 1, value: 1_000_000_000_000n, earned: 0n },
      { t: 2 * DAY, block: 2, value: 1_234_567_899_999_999n, earned: 0n },
    ];
    const { container } = render(
      <LocaleProvider locale="en">
        <PortfolioChart points={points} field="value" label="Value" testId="chart" />
      </LocaleProvider>,
    );
    expect(await tooltipAt(container, 470)).toEqual(['Value : 1,234.5678']);
  });

  it('an overdue pool’s release schedule, in Indonesian: each day’s exact amounts, the forced release too', async () => {
    const day = { available: 7_238_000_000_000_000n, queued: 10_000_000_000_000_000n };
    const days = [
      { t: DAY, ...day, due: 1_999_999_999n, ifForced: 12_345_678_912_345_678n },
      { t: 2 * DAY, ...day, due: 0n, ifForced: 12_345_678_912_345_678n },
    ];
    const labels = { available: 'Tersedia', due: 'Jatuh tempo', queued: 'Antrean', ifForced: 'Jika dipaksa' };
    const { container } = render(
      <LocaleProvider locale="id">
        <ReleaseChart days={days} labels={labels} />
      </LocaleProvider>,
    );
    // (the tooltip lists the bars in an order of its own)
    expect((await tooltipAt(container, 120)).sort()).toEqual([
      'Antrean : 10.000,0000',
      'Jatuh tempo : 0,0019',
      'Jika dipaksa : 12.345,6789',
      'Tersedia : 7.238,0000',
    ]);
  });
});
