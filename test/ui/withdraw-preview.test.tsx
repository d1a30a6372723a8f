// @vitest-environment jsdom
/**
 * UI tier: the withdraw form's preview (src/delegation/withdraw-preview.tsx) across random queue
 * states, in English and Bahasa Indonesia. What the panel shows adds up: paid now + queued (+ dust, when
 * the request leaves the queue) = requested, to the planck — read from the rendered text through the
 * locale's own parser, not from the module's numbers — and a request that stays queued says how many
 * shares wait; requests ahead and a replaced request of the same account are named.
 */
import './setup-dom.js';
import { cleanup, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { WithdrawRequest } from '../../src/api/pools/pool-model.js';
import { WithdrawPreviewPanel } from '../../src/delegation/withdraw-preview.js';
import { parseAmount } from '../../src/ui/format.js';
import { type Locale, LocaleProvider } from '../../src/ui/i18n/i18n.js';

const PHA = 10n ** 12n;
const ME = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const OTHERS = [
  '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty',
  '5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y',
];
const WPHA_MIN = 100_000_000n;

/** The planck a preview line shows, read back from its text in the locale. */
function shown(testId: string, locale: Locale): bigint {
  const el = screen.queryByTestId(testId);
  if (!el) return 0n;
  const parsed = parseAmount((el.textContent ?? '').replace(/PHA$/, ''), locale);
  if (!parsed.ok) throw new Error(`${testId} shows "${el.textContent}"`);
  expect(parsed.planck.toString()).toBe(el.getAttribute('data-planck'));
  return parsed.planck;
}

const state = fc
  .record({
    priceNum: fc.bigInt(1n, 3000n),
    priceDen: fc.bigInt(1n, 1000n),
    queue: fc.array(
      fc.record({
        who: fc.integer({ min: 0, max: 2 }),
        shares: fc.bigInt(1n, 500n * PHA),
        age: fc.nat(2_000_000),
      }),
      { maxLength: 5 },
    ),
    mine: fc.bigInt(1001n, 1000n * PHA),
    others: fc.bigInt(0n, 1000n * PHA),
    free: fc.bigInt(0n, 800n * PHA),
    part: fc.integer({ min: 1, max: 100 }),
    locale: fc.constantFrom<Locale>('en', 'id'),
  })
  .map((s) => {
    const queue: WithdrawRequest[] = s.queue.map((q, i) => ({
      user: q.who === 0 ? ME : (OTHERS[q.who - 1] as string),
      shares: q.shares,
      startTime: 1_700_000_000 - q.age,
      nftId: 100 + i,
    }));
    const totalShares = s.mine + s.others + queue.reduce((x, q) => x + q.shares, 0n);
    const totalValue = (totalShares * s.priceNum) / s.priceDen;
    return { ...s, queue, totalShares, totalValue, free: s.free > totalValue ? totalValue : s.free };
  })
  .filter((s) => s.totalValue > 0n);

afterEach(cleanup);

describe('withdraw preview panel', () => {
  it('paid now + queued = requested, to the planck, across random queue states', () => {
    let queuedSeen = 0;
    let paidSeen = 0;
    fc.assert(
      fc.property(state, (s) => {
        cleanup();
        const shares = (s.mine * BigInt(s.part)) / 100n;
        fc.pre(shares > 1000n);
        render(
          <LocaleProvider locale={s.locale}>
            <WithdrawPreviewPanel
              pool={{
                totalValue: s.totalValue,
                totalShares: s.totalShares,
                freeStake: s.free,
                withdrawQueue: s.queue,
              }}
              account={ME}
              shares={shares}
              wphaMinBalance={WPHA_MIN}
            />
          </LocaleProvider>,
        );
        const requested = shown('preview-requested', s.locale);
        const paid = shown('preview-paid', s.locale);
        const queued = shown('preview-queued', s.locale);
        const dust = shown('preview-forfeited', s.locale);
        expect(paid + queued + dust).toBe(requested);
        expect(paid <= s.free).toBe(true);
        if (queued > 0n) {
          queuedSeen++;
          expect(screen.getByTestId('preview-queued-shares').getAttribute('data-shares')).not.toBe('0');
        } else expect(dust <= WPHA_MIN).toBe(true);
        if (paid > 0n) paidSeen++;
        expect(screen.queryByTestId('preview-ahead') !== null).toBe(s.queue.some((q) => q.user !== ME));
        expect(screen.queryByTestId('preview-replaces') !== null).toBe(s.queue.some((q) => q.user === ME));
      }),
      { numRuns: 150, seed: 1414 },
    );
    expect(queuedSeen).toBeGreaterThan(0);
    expect(paidSeen).toBeGreaterThan(0);
  });
});
