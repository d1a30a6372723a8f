/**
 * e2e: a delegator's portfolio in Debian Chromium on the demo network (demo-node.ts: a node serving the
 * history API over WebSocket), signing with a test wallet for `//demo/delegator/0`:
 * - the NFT cards follow the summary table's order (by pool or vault), and vault 20 is named a vault in both;
 * - the portfolio draws both charts (value and rewards over time) with points from the account's
 *   history, the value chart ending at the page's total, and its CSV's rows match `pha_accountHistory` read from the node by the test itself: every
 *   contribution, withdrawal and claim has its row (ISO date, 12-decimal PHA, planck, block) and the
 *   daily reward rows of each pool add up to what the records say it earned;
 * - a withdraw whose preview (paid now, queued shares) equals what the chain then pays (the `withdrawal`
 *   record) and queues (the delegation record's withdrawing shares);
 * - the pool page lists the queue with amounts and what the free stake covers.
 * Screenshots at 1280 and 390 px go to tmp/e2e-screenshots/portfolio/ (gitignored). Zero page errors
 * (browser.ts's fixture).
 */
import { mkdirSync } from 'node:fs';
import { WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HistoryClient } from '../../src/api/history-client.js';
import type { AccountRecord } from '../../src/indexer/types.js';
import type { CallValue } from '../../src/pallets-mock/frame/runtime.js';
import { submitLocal } from '../../src/pallets-mock/offchain/tx-signer.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { formatPha } from '../../src/ui/format.js';
import { chromiumPath } from './browser.js';
import { demoNetworkFixture } from './demo-node.js';
import { installTestWallet } from './test-wallet.js';

const executable = chromiumPath();
const SHOTS = 'tmp/e2e-screenshots/portfolio';
const URI = '//demo/delegator/0';

/** The points of a recharts line: its SVG path is `M x,y` then one `L x,y` per further point. */
const pointsOf = (d: string): number => (d.match(/[ML][\d.-]+,[\d.-]+/g) ?? []).length;

async function curvePoints(page: Page, testId: string): Promise<number> {
  await page.waitForFunction(
    (id) => document.querySelector(`[data-testid="${id}"] path.recharts-line-curve`) !== null,
    testId,
    { timeout: 60_000 },
  );
  const d = await page.getByTestId(testId).locator('path.recharts-line-curve').first().getAttribute('d');
  return pointsOf(d ?? '');
}

const twelve = (planck: bigint): string => {
  const u = 10n ** 12n;
  return `${planck / u}.${(planck % u).toString().padStart(12, '0')}`;
};

/** The CSV's rows against the records: events one to one, rewards adding up per pool. */
function checkCsv(csv: string, records: AccountRecord[]): void {
  const [head, ...lines] = csv.split('\n');
  expect(head).toBe('date,event,pool,amount_pha,amount_planck,shares,block');
  const rows = lines.map((l) => {
    const [date, event, pool, pha, planck, shares, block] = l.split(',');
    return { date, event, pool, pha, planck, shares, block: Number(block) };
  });
  const events = records.filter((r) => r.type !== 'delegation');
  expect(rows.filter((r) => r.event !== 'reward')).toHaveLength(events.length);
  for (const r of events) {
    const amount = 'amount' in r ? r.amount : '';
    const found = rows.find(
      (x) => x.block === r.blockNumber && x.pool === r.pid && x.planck === amount && x.event !== 'reward',
    );
    expect(found, `${r.type} at #${r.blockNumber}`).toBeDefined();
    expect(found?.date).toBe(new Date(r.timestampMs).toISOString());
    if (amount !== '') expect(found?.pha).toBe(twelve(BigInt(amount)));
  }
  // earned per pool from the records: last holding + withdrawn − contributed
  for (const pid of new Set(records.filter((r) => r.type === 'delegation').map((r) => r.pid))) {
    const mine = records.filter((r) => r.pid === pid);
    const last = mine.filter((r) => r.type === 'delegation').at(-1);
    if (last?.type !== 'delegation') continue;
    let earned = BigInt(last.value) + BigInt(last.withdrawingValue);
    for (const r of mine) {
      if (r.type === 'contribution') earned -= BigInt(r.amount);
      if (r.type === 'withdrawal') earned += BigInt(r.amount);
    }
    const rewards = rows
      .filter((x) => x.event === 'reward' && x.pool === pid)
      .reduce((s, x) => s + BigInt(x.planck ?? '0'), 0n);
    expect(rewards, `rewards of pool ${pid}`).toBe(earned);
    for (const x of rows.filter((y) => y.event === 'reward' && y.pool === pid))
      expect(x.pha).toBe(twelve(BigInt(x.planck ?? '0')));
  }
  expect(rows.some((x) => x.event === 'reward')).toBe(true);
}

describe.skipIf(!executable)('a delegator’s portfolio (demo network)', () => {
  // a day of history built live on the node (more points than the shipped week)
  const net = demoNetworkFixture(executable as string, { nextUtcDay: true });

  it('charts, CSV against pha_accountHistory, and a withdraw paid and queued as previewed', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await cryptoReady();
    const address = new Keyring({ type: 'sr25519', ss58Format: 30 }).addFromUri(URI).address;
    const provider = new WsProvider(net.node.url);
    await provider.isReady;
    const history = new HistoryClient((m, p) => provider.send(m, p));
    const page = await net.browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await installTestWallet(page, [{ uri: URI, name: 'Delegator 0 (test wallet)' }]);
      await page.goto(`${net.dapp.base}?rpc=${encodeURIComponent(net.node.url)}#/portfolio`);
      await page.getByRole('button', { name: 'Connect wallet' }).click();
      await page.getByTestId('nft-card').first().waitFor({ timeout: 90_000 });

      // the NFT cards in the summary table's order, a vault named as one in both
      const pids = (testId: string) =>
        page.getByTestId(testId).evaluateAll((els) => els.map((e) => e.getAttribute('data-pid')));
      await expect.poll(() => page.locator('[data-testid="holding-row"] a').count()).toBeGreaterThan(2);
      expect([...new Set(await pids('nft-card'))]).toEqual(await pids('holding-row'));
      expect(await page.locator('[data-testid="holding-row"][data-pid="20"] a').textContent()).toBe(
        'Vault #20',
      );
      expect(await page.locator('[data-testid="nft-card"][data-pid="20"] dt').first().textContent()).toBe(
        'Vault',
      );

      // both charts hold the account's history: a week of daily points and more
      expect(await curvePoints(page, 'portfolio-value-chart')).toBeGreaterThanOrEqual(7);
      expect(await curvePoints(page, 'portfolio-rewards-chart')).toBeGreaterThanOrEqual(7);
      // the value chart ends where the page's total is (this delegator has no owner rewards)
      const valueChart = page.getByTestId('portfolio-value-chart');
      await valueChart.scrollIntoViewIfNeeded();
      const plot = await valueChart.locator('.recharts-cartesian-grid').boundingBox();
      if (!plot) throw new Error('the value chart has no plot area');
      await page.mouse.move(plot.x + plot.width - 1, plot.y + plot.height / 2);
      const tip = valueChart.locator('.recharts-tooltip-item');
      await tip.first().waitFor({ timeout: 10_000 });
      const total = BigInt((await page.getByTestId('portfolio-total').getAttribute('data-planck')) ?? '');
      expect((await tip.first().textContent())?.split(' : ')[1]).toBe(formatPha(total, 'en'));
      await page.getByTestId('nft-earned').first().waitFor();
      expect(await page.getByTestId('nft-earned').first().getAttribute('data-planck')).toMatch(/^\d+$/);
      await page.screenshot({ path: `${SHOTS}/portfolio-1280.png`, fullPage: true });

      // the CSV against the records
      const records = await history.accountHistory(address);
      const href = (await page.getByTestId('csv-export').getAttribute('href')) ?? '';
      checkCsv(decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, '')), records);

      // a withdraw from pool 0: the preview, then what the chain does
      const card = page.locator('[data-testid="nft-card"][data-pid="0"]');
      const value = BigInt((await card.getByTestId('nft-value').getAttribute('data-planck')) ?? '0');
      expect(value).toBeGreaterThan(0n);
      await card.getByTestId('withdraw-amount').fill(String(((value / 10n ** 12n) * 9n) / 10n));
      const preview = card.getByTestId('withdraw-preview');
      await preview.waitFor();
      const shown = async (id: string) =>
        BigInt((await preview.getByTestId(id).getAttribute('data-planck')) ?? '');
      const paid = await shown('preview-paid');
      const queued = await shown('preview-queued');
      const requested = await shown('preview-requested');
      expect(paid + queued).toBe(requested);
      const queuedShares =
        queued > 0n
          ? BigInt((await preview.getByTestId('preview-queued-shares').getAttribute('data-shares')) ?? '')
          : 0n;
      await page.screenshot({ path: `${SHOTS}/withdraw-preview-1280.png`, fullPage: true });
      const before = records.length;
      await card.getByRole('button', { name: 'Withdraw', exact: true }).click();
      // the indexer records the block: a withdrawal request, the payment (if any), the new holding
      let after: AccountRecord[] = [];
      await expect
        .poll(
          async () => {
            after = await history.accountHistory(address);
            return after.slice(before).some((r) => r.type === 'withdrawalQueued' && r.pid === '0');
          },
          { timeout: 60_000 },
        )
        .toBe(true);
      const fresh = after.slice(before).filter((r) => r.pid === '0');
      const block = fresh.find((r) => r.type === 'withdrawalQueued')?.blockNumber;
      const inBlock = fresh.filter((r) => r.blockNumber === block);
      const payment = inBlock.find((r) => r.type === 'withdrawal');
      expect(payment?.type === 'withdrawal' ? BigInt(payment.amount) : 0n).toBe(paid);
      const holding = inBlock.find((r) => r.type === 'delegation');
      expect(holding?.type === 'delegation' ? BigInt(holding.withdrawingShares) : -1n).toBe(queuedShares);

      // the pool page's queue, with amounts and what the free stake covers
      if (queuedShares > 0n) {
        await page.goto(`${net.dapp.base}?rpc=${encodeURIComponent(net.node.url)}#/pool/0/queue`);
        await page.getByTestId('queue-row').first().waitFor({ timeout: 60_000 });
        await page.getByTestId('queue-coverage').waitFor();
        const amounts = await page
          .getByTestId('queue-amount')
          .evaluateAll((xs) => xs.map((x) => BigInt(x.getAttribute('data-planck') ?? '0')));
        expect(amounts.every((a) => a > 0n)).toBe(true);
        // the 14-day view draws a bar per day and series
        await page.waitForFunction(
          () => document.querySelectorAll('[data-testid="release-chart"] .recharts-bar-rectangle').length > 0,
          undefined,
          { timeout: 30_000 },
        );
        await page.screenshot({ path: `${SHOTS}/pool-queue-1280.png`, fullPage: true });
      }
      // the owner of pool 0 raises its commission: the pool page alerts delegators and lists the change
      submitLocal(net.node.chain, '//demo/owner/0', {
        type: 'PhalaStakePoolv2',
        value: { type: 'set_payout_pref', value: { pid: 0n, payout_commission: 600_000n } },
      } as CallValue);
      await net.node.chain.newBlocks(1);
      await expect
        .poll(async () => (await history.commissionChanges(0)).map((c) => c.commission), { timeout: 30_000 })
        .toContain('600000');
      await page.goto(`${net.dapp.base}?rpc=${encodeURIComponent(net.node.url)}#/pool/0`);
      await page.getByTestId('commission-history').waitFor({ timeout: 60_000 });
      await page.getByTestId('commission-alert').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('commission-alert').textContent()).toContain('to 60.00%');
      await page.getByTestId('commission-history').getByText('60.00%').waitFor();
      await page.screenshot({ path: `${SHOTS}/pool-commission-alert-1280.png` });
      // the delegator withdraws from the pool page too: its form previews before signing
      await page.getByTestId('pool-withdraw').getByTestId('withdraw-amount').fill('1');
      await page.getByTestId('pool-withdraw').getByTestId('withdraw-preview').waitFor();
      // pool 7 stakes everything: its queue waits past the grace period and free stake covers none of it
      await page.goto(`${net.dapp.base}?rpc=${encodeURIComponent(net.node.url)}#/pool/7/queue`);
      await page.getByTestId('queue-coverage').waitFor({ timeout: 60_000 });
      expect(await page.getByTestId('queue-coverage').getAttribute('data-covered')).toBe('0');
      expect(await page.getByTestId('queue-row').first().textContent()).toContain('overdue by');
      await page.goto(`${net.dapp.base}?rpc=${encodeURIComponent(net.node.url)}#/portfolio`);
      await page.getByTestId('portfolio-value-chart').waitFor({ timeout: 60_000 });
      // after the withdrawal, earnings still count what was paid out: the history follows the chain
      const earned0 = page.locator('[data-testid="nft-card"][data-pid="0"] [data-testid="nft-earned"]');
      await expect.poll(() => earned0.getAttribute('data-planck'), { timeout: 30_000 }).toMatch(/^\d+$/);
      expect(await page.getByTestId('nft-withdrawing').count()).toBe(queuedShares > 0n ? 1 : 0);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId('portfolio-rewards-chart').waitFor();
      // the charts follow the new width (ResizeObserver); then nothing scrolls sideways
      await page
        .waitForFunction(() => document.documentElement.scrollWidth <= 390, undefined, { timeout: 10_000 })
        .catch(() => undefined);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.screenshot({ path: `${SHOTS}/portfolio-390.png`, fullPage: true });
      await page.getByTestId('portfolio-summary').screenshot({ path: `${SHOTS}/summary-390.png` });
      await page
        .locator('[data-testid="nft-card"][data-pid="0"]')
        .screenshot({ path: `${SHOTS}/nft-0-390.png` });
      // in Bahasa Indonesia (the language picker is in the header at desktop width; a phone folds it away)
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.getByLabel('Language').selectOption('id');
      await page.getByText('Nilai total:').waitFor();
      await page.getByTestId('portfolio-rewards-chart').waitFor();
      await page.screenshot({ path: `${SHOTS}/portfolio-id-1280.png`, fullPage: true });
      expect(await page.getByTestId('section-error').count()).toBe(0);
    } finally {
      await page.close();
      await provider.disconnect();
    }
  }, 400_000);
});
