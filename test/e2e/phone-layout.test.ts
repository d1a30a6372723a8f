/**
 * e2e: the layout on a phone and a desktop, in Debian Chromium against a real node with //Charlie's test
 * wallet. On a phone (390×844) the header is compact — the account picker and a "Wallet" button on one
 * row, the address, balances and watch field behind it — and the explorer's filters fold behind a
 * "Filters" button that counts those in use (both real disclosures: aria-expanded, aria-controls, labelled
 * fields); at 1280 px everything shows with no button. A withdrawal's toast never covers the withdraw card
 * the user acts on: with the card at the bottom of the window, the toast takes another corner (bottom left
 * on a desktop, the top on a phone) from the signature to finalized; at the top of a window that shows the
 * header, it starts below the header and the account bar. The health line is one line on a phone,
 * in English and in Indonesian (the node's host and the block number in short forms), and whole on a desktop.
 * On the demo network (demo-node.ts: charts with their history, a council with its prime) no page is ever
 * wider than a phone's screen — also in the frame after a window drawn at a desktop's width is narrowed, when
 * a chart still has its desktop width — a vault's three tabs fit whole in Indonesian, and the Council's
 * "prime" badge and the motion voters' aye/nay badges stay on their member's first line. A short address
 * ("abc…xyz") never breaks across lines (a withdraw queue's delegator at 1280 px, every one on a phone; pool 7's
 * overdue queue says anyone may now force-stop its workers, and its forecast has the forced release), nor
 * does a call name (democracy.externalPropose) on a phone, while a call's raw hex, opened, still fits the
 * phone's width; at 1280 px the explorer shows its owners' names whole and a pool's workers table its every column; a vault manager's owner-shares and
 * commission forms put each label on its own line above its field on a phone, and its invest panel's buttons
 * stand apart.
 */
import { Keyring } from '@polkadot/keyring';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { createPool, PHA } from '../fixtures/seed-pools.js';
import { chromiumPath } from './browser.js';
import { type DemoNetwork, demoNetworkFixture } from './demo-node.js';
import { type DevJourney, openDevJourney } from './dev-journey.js';
import { installTestWallet } from './test-wallet.js';

const executable = chromiumPath();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

describe.skipIf(!executable)('phone and desktop layout in Chromium', () => {
  let chain: DevChain;
  let journey: DevJourney;

  beforeAll(async () => {
    await cryptoReady();
    chain = new DevChain({ mode: 'Instant' });
    createPool(chain, { owner: '//Alice', commission: 100_000, delegations: [['//Charlie', 5_000n * PHA]] });
    await chain.newBlocks(1);
    journey = await openDevJourney(chain, { accounts: [] });
  }, 120_000);

  afterAll(async () => {
    await journey?.close();
    chain?.stop();
  });

  /** A page of the given size at `hash` with //Charlie's wallet connected (the phone opens "Wallet" first). */
  async function open(size: typeof PHONE, hash: string): Promise<Page> {
    const page = await journey.browser.newPage({ viewport: size });
    await installTestWallet(page, [{ uri: '//Charlie', name: 'Charlie' }]);
    await page.goto(journey.url(hash));
    await page.getByTestId('account-select').waitFor({ timeout: 60_000 });
    const walletButton = page.getByTestId('wallet-button');
    if (await walletButton.isVisible()) await walletButton.click();
    await page.getByRole('button', { name: 'Connect wallet' }).click();
    await page.getByTestId('balances').waitFor({ timeout: 60_000 });
    return page;
  }

  const top = (page: Page, selector: string) =>
    page.evaluate((s) => document.querySelector(s)?.getBoundingClientRect().top ?? Number.NaN, selector);
  /** The disclosure `button` controls the element it names, and says whether it is open. */
  async function expectDisclosure(button: Locator, panel: Locator, expanded: boolean) {
    expect(await button.getAttribute('aria-expanded')).toBe(String(expanded));
    expect(await button.getAttribute('aria-controls')).toBe(await panel.getAttribute('id'));
  }

  it('a phone: one account row and the explorer’s filters behind "Filters"; a desktop: all shown', async () => {
    const page = await open(PHONE, '#/');
    const wallet = page.getByTestId('wallet-button');
    const walletPanel = page.getByTestId('wallet-button-panel');
    await expectDisclosure(wallet, walletPanel, true);
    expect(await page.getByLabel('Watch an address').isVisible()).toBe(true);
    // folded: the picker and its button on one row, the page starts near the top
    await wallet.click();
    await expectDisclosure(wallet, walletPanel, false);
    expect(await page.getByTestId('balances').isVisible()).toBe(false);
    expect(await page.getByLabel('Watch an address').isVisible()).toBe(false);
    const select = await page.getByTestId('account-select').boundingBox();
    const button = await wallet.boundingBox();
    expect(Math.abs((select?.y ?? 0) - (button?.y ?? 1000))).toBeLessThan(12);
    const barHeight = await page.evaluate(
      () => document.querySelector('.topbar')?.getBoundingClientRect().height,
    );
    expect(barHeight).toBeLessThanOrEqual(130);
    expect(await top(page, 'main')).toBeLessThanOrEqual(200);

    // the explorer: the search in view, the other filters folded
    await page.getByTestId('pool-table').waitFor({ timeout: 60_000 });
    const filters = page.getByTestId('filters-button');
    const filtersPanel = page.getByTestId('filters-button-panel');
    await expectDisclosure(filters, filtersPanel, false);
    expect(await page.getByTestId('pool-search').isVisible()).toBe(true);
    expect(await page.getByLabel('Min. TVL').isVisible()).toBe(false);
    const controls = await page.locator('.controls').boundingBox();
    expect(controls?.height).toBeLessThanOrEqual(160);
    await filters.click();
    await expectDisclosure(filters, filtersPanel, true);
    await page.getByLabel('Min. TVL').fill('1');
    await page.getByLabel('Has capacity').check();
    expect(await filters.textContent()).toBe('Filters (2 in use)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // a desktop: no disclosure buttons, everything in view
    await page.setViewportSize(DESKTOP);
    expect(await wallet.isVisible()).toBe(false);
    expect(await filters.isVisible()).toBe(false);
    expect(await page.getByTestId('balances').isVisible()).toBe(true);
    expect(await page.getByLabel('Watch an address').isVisible()).toBe(true);
    expect(await page.getByLabel('Min. free stake').isVisible()).toBe(true);
    await page.close();
  }, 180_000);

  /** The health line's height in lines (its line height measured in the browser) and how far it overflows. */
  const healthLine = (page: Page) =>
    page.evaluate(() => {
      const health = document.querySelector<HTMLElement>('[data-testid="health"]');
      if (!health) return { lines: Number.NaN, overflow: Number.NaN };
      const box = health.getBoundingClientRect();
      return {
        lines: box.height / Number.parseFloat(getComputedStyle(health).lineHeight),
        overflow: Math.max(
          health.scrollWidth - health.clientWidth,
          box.right - document.documentElement.clientWidth,
        ),
      };
    });

  it('a phone: the health line is one line in English and Indonesian; a desktop: its full texts', async () => {
    const page = await open(PHONE, '#/');
    const host = new URL(journey.url('#/')).searchParams.get('rpc') ?? '';
    // what a phone shows of the network and the block (the full texts stay for screen readers)
    const network = page.locator('[data-testid="health"] .health-network .health-narrow');
    const block = page.locator('[data-testid="health"] .tip-trigger .health-narrow');
    for (const [locale, word] of [
      ['en', 'block'],
      ['id', 'blok'],
    ] as const) {
      if (locale !== 'en') {
        await page.evaluate((l) => localStorage.setItem('pha-stake.locale', l), locale);
        await page.reload();
      }
      await page
        .getByTestId('status')
        .filter({ hasText: `${word} #` })
        .waitFor({ state: 'attached', timeout: 60_000 });
      const line = await healthLine(page);
      expect(line.lines, locale).toBeGreaterThan(0.9);
      expect(line.lines, locale).toBeLessThan(1.5);
      expect(line.overflow, locale).toBeLessThanOrEqual(1);
      // the short forms: the node's host without its scheme, the block without the chain's name
      expect(await network.innerText()).toBe(new URL(host).host);
      expect(await block.innerText()).toMatch(new RegExp(`^${word} #\\d`));
    }

    // a desktop: the full texts, and the age of the last block
    await page.setViewportSize(DESKTOP);
    expect(await network.isVisible()).toBe(false);
    expect(await block.isVisible()).toBe(false);
    expect(await page.getByTestId('network-in-use').innerText()).toBe(host);
    expect(await page.getByTestId('status').innerText()).toMatch(/\S · blok #\d/);
    expect(await page.locator('[data-testid="health"] .muted').first().isVisible()).toBe(true);
    expect((await healthLine(page)).lines).toBeLessThan(1.5);
    await page.close();
  }, 180_000);

  it.each([
    ['desktop', DESKTOP, 'bottom-left'],
    ['phone', PHONE, 'top-right'],
  ] as const)(
    '%s: the withdrawal’s toast never covers the withdraw card',
    async (_name, size, corner) => {
      const page = await open(size, '#/pool/0');
      const walletButton = page.getByTestId('wallet-button');
      if ((await walletButton.getAttribute('aria-expanded')) === 'true' && (await walletButton.isVisible()))
        await walletButton.click();
      const card = page.getByTestId('pool-withdraw');
      await card.waitFor({ timeout: 60_000 });
      await card.getByTestId('withdraw-amount').fill('1');
      await card.getByTestId('withdraw-preview').waitFor({ timeout: 30_000 });
      // the card at the bottom of the window: where the toasts would go by default
      await card.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await card.getByRole('button', { name: 'Withdraw', exact: true }).click();
      const covered = () =>
        page.evaluate(() => {
          const c = document.querySelector('[data-testid="pool-withdraw"]')?.getBoundingClientRect();
          if (!c) return Number.NaN;
          let area = 0;
          for (const t of document.querySelectorAll('[data-testid="tx-toast"]')) {
            const r = t.getBoundingClientRect();
            const w = Math.min(r.right, c.right) - Math.max(r.left, c.left);
            const h = Math.min(r.bottom, c.bottom) - Math.max(r.top, c.top);
            if (w > 0 && h > 0) area += w * h;
          }
          return area;
        });
      await page.getByTestId('tx-toast').waitFor({ timeout: 30_000 });
      await expect.poll(covered, { timeout: 10_000 }).toBe(0);
      expect(await page.getByTestId('toast-viewport').getAttribute('data-corner')).toBe(corner);
      await page.locator('[data-testid="tx-toast"][data-status="finalized"]').waitFor({ timeout: 60_000 });
      expect(await covered()).toBe(0);
      await page.close();
    },
    180_000,
  );
  it('a toast at the top of the window starts below the header, its settings and the account picker', async () => {
    // the signature waits until the toast has been measured (its "waiting for your signature" step)
    let sign = () => {};
    const signed = new Promise<void>((resolve) => {
      sign = resolve;
    });
    const page = await journey.browser.newPage({ viewport: PHONE });
    await installTestWallet(page, [{ uri: '//Charlie', name: 'Charlie' }], { beforeSign: () => signed });
    await page.goto(journey.url('#/pool/0'));
    await page.getByTestId('account-select').waitFor({ timeout: 60_000 });
    await page.getByTestId('wallet-button').click();
    await page.getByRole('button', { name: 'Connect wallet' }).click();
    await page.getByTestId('balances').waitFor({ timeout: 60_000 });
    await page.getByTestId('wallet-button').click();
    const card = page.getByTestId('pool-withdraw');
    await card.waitFor({ timeout: 60_000 });
    await card.getByTestId('withdraw-amount').fill('1');
    await card.getByTestId('withdraw-preview').waitFor({ timeout: 30_000 });
    // a window just tall enough that the page at its top shows the header and the card at the bottom
    const end = await card.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
    await page.setViewportSize({ width: PHONE.width, height: Math.ceil(end) + 8 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await card.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await page.getByTestId('tx-toast').waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId('toast-viewport').getAttribute('data-corner'), { timeout: 10_000 })
      .toBe('top-right');
    const placed = await page.evaluate(() => ({
      toast: document.querySelector('[data-testid="tx-toast"]')?.getBoundingClientRect().top,
      bars: document.querySelector('.topbar')?.getBoundingClientRect().bottom,
    }));
    expect(placed.bars).toBeGreaterThan(0);
    expect(placed.toast).toBeGreaterThanOrEqual(placed.bars ?? Number.NaN);
    // the header's settings button is not under the toast
    await page.getByTestId('settings-button').click({ trial: true, timeout: 5_000 });
    sign();
    await page.locator('[data-testid="tx-toast"][data-status="finalized"]').waitFor({ timeout: 60_000 });
    await page.close();
  }, 180_000);
});

describe.skipIf(!executable)('a phone on the demo network: never wider than the screen', () => {
  const net = demoNetworkFixture(executable as string);

  it.each([
    ['#/pool/0', 'pool-chart'],
    ['#/vault/20', 'pool-chart'],
    ['#/governance/referendum/1', 'approval-chart'],
    ['#/governance/treasury', 'inflow-chart'],
  ] as const)(
    '%s drawn at a desktop’s width, then narrowed to a phone’s: no wider than the screen',
    async (hash, chart) => {
      const page = await net.browser.newPage({ viewport: DESKTOP });
      await page.goto(demoUrl(net, hash));
      const drawn = `[data-testid="${chart}"] :is(path.recharts-line-curve, .recharts-bar-rectangle)`;
      await page.locator(drawn).first().waitFor({ timeout: 90_000 });
      // the widest the page gets in the frame the window is narrowed in, before the chart re-measures itself
      await page.evaluate(() => {
        const root = document.documentElement;
        root.dataset.widest = '0';
        window.addEventListener('resize', () => {
          const past = root.scrollWidth - window.innerWidth;
          root.dataset.widest = String(Math.max(Number(root.dataset.widest), past));
        });
      });
      await page.setViewportSize(PHONE);
      // the chart redrawn at the phone's width
      await expect
        .poll(() =>
          page.evaluate(
            (c) =>
              document.querySelector(`[data-testid="${c}"] .recharts-wrapper`)?.getBoundingClientRect().right,
            chart,
          ),
        )
        .toBeLessThanOrEqual(PHONE.width);
      expect(await page.evaluate(() => Number(document.documentElement.dataset.widest))).toBeLessThanOrEqual(
        0,
      );
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.close();
    },
    180_000,
  );

  it.each(['#/vault/20', '#/pool/0'])(
    '%s: the chart ends where the page’s numbers are (its last point’s tooltip says the stats’ price and TVL)',
    async (hash) => {
      const page = await openDemoPage(net, DESKTOP, 'en', hash);
      const chart = page.getByTestId('pool-chart');
      await chart.locator('path.recharts-line-curve').first().waitFor({ timeout: 90_000 });
      const plot = await chart.locator('.recharts-cartesian-grid').boundingBox();
      if (!plot) throw new Error('the chart has no plot area');
      await page.mouse.move(plot.x + plot.width - 1, plot.y + plot.height / 2);
      const tip = chart.locator('.recharts-tooltip-item');
      await tip.first().waitFor({ timeout: 10_000 });
      const [price, tvl] = (await tip.allTextContents()).map((item) => item.split(' : ')[1]);
      expect(price).toBe(await page.getByTestId('share-price').textContent());
      expect(tvl).toBe(await page.getByTestId('pool-tvl').textContent());
      await page.close();
    },
    180_000,
  );

  it('in Indonesian: a vault’s three tabs fit whole; the Council’s prime and aye/nay badges stay with their members', async () => {
    const page = await net.browser.newPage({ viewport: PHONE });
    await page.addInitScript(() => localStorage.setItem('pha-stake.locale', 'id'));
    await page.goto(demoUrl(net, '#/vault/20'));
    await page
      .locator('[data-testid="pool-chart"] path.recharts-line-curve')
      .first()
      .waitFor({ timeout: 90_000 });
    const tabs = await page.getByRole('tablist').evaluate((list) => {
      const bar = list.getBoundingClientRect();
      return {
        scrolls: list.scrollWidth > list.clientWidth,
        clipped: [...list.querySelectorAll('[role="tab"]')]
          .filter((tab) => {
            const r = tab.getBoundingClientRect();
            return r.left < bar.left - 0.5 || r.right > bar.right + 0.5;
          })
          .map((tab) => tab.textContent),
      };
    });
    expect(tabs).toEqual({ scrolls: false, clipped: [] });
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.evaluate(() => {
      window.location.hash = '#/governance/council';
    });
    await page.locator('[data-testid="member"] .badge').waitFor({ timeout: 90_000 });
    await page.locator('[data-testid="motion-vote"]').first().waitFor({ timeout: 90_000 });
    // each badge (the prime's, and every motion voter's aye or nay) shares a line with its member's
    // identicon (its first line), not one of its own
    const lines = await page
      .locator('[data-testid="member"] .badge, [data-testid="motion-vote"] > .badge')
      .evaluateAll((badges) =>
        badges.map((b) => {
          const icon = b.closest('li')?.querySelector('.identicon')?.getBoundingClientRect();
          const r = b.getBoundingClientRect();
          return { text: b.textContent, withIcon: !!icon && r.top < icon.bottom && r.bottom > icon.top };
        }),
      );
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.filter((l) => !l.withIcon)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  }, 180_000);
});

describe.skipIf(!executable)('the demo network: words and addresses kept whole', () => {
  const net = demoNetworkFixture(executable as string);
  const openDemo = (size: typeof PHONE, locale: 'en' | 'id', hash: string, account?: string) =>
    openDemoPage(net, size, locale, hash, account);
  const go = (page: Page, hash: string) =>
    page.evaluate((h) => {
      window.location.hash = h;
    }, hash);

  /** The texts (trimmed) of the visible elements `selector` finds that match `pattern` and take more than one line. */
  const broken = (page: Page, selector: string, pattern: RegExp) =>
    page.evaluate(
      ({ selector, source }) => {
        const re = new RegExp(source);
        const lines = (el: Element) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)))
            .size;
        };
        const shown = [...document.querySelectorAll(selector)].filter(
          (el) => re.test((el.textContent ?? '').trim()) && el.getClientRects().length > 0,
        );
        return {
          shown: shown.length,
          broken: shown.filter((el) => lines(el) > 1).map((el) => el.textContent),
        };
      },
      { selector, source: pattern.source },
    );
  const SHORT_ADDRESS = /^\w{6}…\w{4}$/;
  const CALL_NAME = /^[a-z]\w*\.[a-z]\w*$/i;

  it('a withdraw queue’s short addresses stay on one line at 1280 px and on a phone', async () => {
    const page = await openDemo(DESKTOP, 'en', '#/pool/7/queue');
    await page.getByTestId('queue-row').first().waitFor({ timeout: 90_000 });
    // pool 7's first request is past its grace period: the page says what may be done, and the forecast
    // has the forced release's bars
    expect(await page.getByTestId('queue-overdue').textContent()).toMatch(
      /^Past the grace period since .+: anyone may now force-stop this pool’s workers .+ after a cool-down of 7 days and pays the queue\.$/,
    );
    const legend = page.locator('[data-testid="release-chart"] .recharts-legend-item-text');
    await expect.poll(() => legend.allTextContents(), { timeout: 60_000 }).toContain('If force-stopped now');
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      const cells = await broken(page, '[data-testid="queue-row"] td', SHORT_ADDRESS);
      expect(cells.shown, `${size.width}`).toBeGreaterThan(0);
      expect(cells.broken, `${size.width}`).toEqual([]);
    }
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  }, 180_000);

  it('a phone in Indonesian: call names and short addresses stay whole; raw call data, opened, still fits', async () => {
    const page = await openDemo(PHONE, 'id', '#/governance/council');
    await page.locator('[data-testid="motion-vote"]').first().waitFor({ timeout: 90_000 });
    // each page and the part of it that has a call to draw
    for (const [hash, scope] of [
      ['#/governance/council', '[data-testid="motion"]'],
      ['#/governance', '[data-testid="referendum-2"]'],
      ['#/governance/proposals', '[data-testid="proposal-4"]'],
    ] as const) {
      await go(page, hash);
      // its call drawn by name, and no call still loading ("…")
      await page
        .locator(`${scope} code.mono`)
        .filter({ hasText: CALL_NAME })
        .first()
        .waitFor({ timeout: 90_000 });
      await expect
        .poll(() => page.locator('main code.mono').filter({ hasText: /^…$/ }).count(), { timeout: 30_000 })
        .toBe(0);
      const calls = await broken(page, 'main code.mono', CALL_NAME);
      expect(calls.shown, hash).toBeGreaterThan(0);
      expect(calls.broken, hash).toEqual([]);
      const addresses = await broken(page, 'main .mono', SHORT_ADDRESS);
      expect(addresses.broken, hash).toEqual([]);
      // every call's raw data (long hex) opened: it breaks where it must and the page stays a phone's width
      const opened = await page.evaluate(() => {
        const all = [...document.querySelectorAll('main details')] as HTMLDetailsElement[];
        for (const d of all) d.open = true;
        return all.length;
      });
      expect(opened, hash).toBeGreaterThan(0);
      expect(await overflow(page), hash).toBeLessThanOrEqual(0);
    }
    await page.close();
  }, 180_000);

  it('at 1280 px the explorer shows its owners’ names whole; on a phone its cards still fit', async () => {
    const page = await openDemo(DESKTOP, 'en', '#/');
    await expect
      .poll(() => page.locator('.pools .identity-name').count(), { timeout: 90_000 })
      .toBeGreaterThan(5);
    const clipped = () =>
      page
        .locator('.pools .identity-name')
        .evaluateAll((names) => names.filter((n) => n.scrollWidth > n.clientWidth).map((n) => n.textContent));
    expect(await clipped()).toEqual([]);
    // a phone keeps its cards (a long name there gives way first, as before)
    await page.setViewportSize(PHONE);
    await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(PHONE.width);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  }, 180_000);

  it('at 1280 px a pool’s workers table shows every column whole, in English and Indonesian', async () => {
    for (const locale of ['en', 'id'] as const) {
      const page = await openDemo(DESKTOP, locale, '#/pool/5/workers');
      const table = page.getByTestId('workers');
      await table.waitFor({ timeout: 90_000 });
      // the table fits its card: nothing scrolled out of sight to its right
      const hidden = await table.evaluate((t) => {
        const wrap = t.parentElement as HTMLElement;
        return wrap.scrollWidth - wrap.clientWidth;
      });
      expect(hidden, locale).toBeLessThanOrEqual(0);
      await page.close();
    }
  }, 240_000);

  it('a phone in Indonesian: the vault manager’s forms put each label above its field, on one line', async () => {
    const page = await openDemo(PHONE, 'id', '#/manager/20');
    const labels = page.locator(
      '[data-testid="owner-shares"] form label, [data-testid="vault-commission-form"] label',
    );
    await labels.first().waitFor({ timeout: 90_000 });
    const layout = await labelLayout(labels);
    expect(layout.length).toBe(3);
    for (const l of layout) expect(l, l.text ?? '').toMatchObject({ lines: 1, above: true, aligned: true });
    // the invest panel's buttons (invest, withdraw, whole position) stand apart, not touching
    const gaps = await buttonGaps(page.locator('[data-testid="invest-panel"] button'));
    expect(gaps.length).toBe(2);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(4);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  }, 180_000);
});

describe.skipIf(!executable)('the operator console on the demo node with its actors', () => {
  const net = demoNetworkFixture(executable as string, { actors: true });
  it.each(['en', 'id'] as const)(
    'a phone in %s: each label above its field, the buttons apart',
    async (locale) => {
      await cryptoReady();
      const owner = new Keyring({ type: 'sr25519', ss58Format: 30 }).addFromUri('//demo/owner/5').address;
      const page = await openDemoPage(net, PHONE, locale, '#/operator/5', owner);
      await page
        .locator('[data-testid="worker-card"] [data-testid="stake-input"]')
        .first()
        .waitFor({ timeout: 90_000 });
      await page.getByTestId('sim-suri').waitFor({ timeout: 90_000 });
      // the simulated worker's SURI and stake, a registered worker's public key, each worker's new stake
      const labels = page.locator(
        '[data-testid="register-worker"] label, [data-testid="worker-card"] form label',
      );
      const layout = await labelLayout(labels);
      expect(layout.length).toBeGreaterThanOrEqual(6);
      for (const l of layout) expect(l, l.text ?? '').toMatchObject({ lines: 1, above: true, aligned: true });
      // the batch actions (stop, reclaim, remove) and each stake form's two buttons stand apart, not touching
      const groups = await page
        .locator('[data-testid="batch-actions"], [data-testid="worker-card"] form .controls')
        .all();
      expect(groups.length).toBeGreaterThanOrEqual(2);
      for (const group of groups) {
        const gaps = await buttonGaps(group.locator('button'));
        expect(gaps.length).toBeGreaterThanOrEqual(1);
        for (const g of gaps) expect(g).toBeGreaterThanOrEqual(4);
      }
      // each card's chart button sits below its stake form's buttons with room between them
      const below = await page.locator('[data-testid="worker-card"]:has(form)').evaluateAll((cards) =>
        cards.map((card) => {
          const buttons = [...card.querySelectorAll('button')];
          const chart = buttons.at(-1)?.getBoundingClientRect();
          const formButtons = [...card.querySelectorAll('form button')].map((b) => b.getBoundingClientRect());
          return chart ? Math.min(...formButtons.map((b) => chart.top - b.bottom)) : Number.NaN;
        }),
      );
      expect(below.length).toBeGreaterThanOrEqual(1);
      // and the batch actions below the "Add to pool" form
      const addToPool = await page
        .locator('[data-testid="register-worker"] button[type="submit"]')
        .boundingBox();
      const batch = await page.getByTestId('batch-actions').boundingBox();
      below.push((batch?.y ?? 0) - ((addToPool?.y ?? 0) + (addToPool?.height ?? 0)));
      for (const gap of below) expect(gap).toBeGreaterThanOrEqual(4);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.close();
    },
    180_000,
  );
});

/** The dApp's address at `hash`, reading the demo node. */
const demoUrl = (net: DemoNetwork, hash: string) =>
  `${net.dapp.base}?rpc=${encodeURIComponent(net.node.url)}${hash}`;

/** How far the page reaches past the window's right edge (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** The demo dApp at `hash` in `locale`, watching `account` (selected) when given. */
async function openDemoPage(
  net: DemoNetwork,
  size: typeof PHONE,
  locale: 'en' | 'id',
  hash: string,
  account?: string,
): Promise<Page> {
  const page = await net.browser.newPage({ viewport: size });
  await page.addInitScript(
    (o: { locale: string; account?: string }) => {
      localStorage.setItem('pha-stake.locale', o.locale);
      if (o.account) {
        localStorage.setItem('pha-stake.watch', JSON.stringify([o.account]));
        localStorage.setItem('pha-stake.account', o.account);
      }
    },
    { locale, account },
  );
  await page.goto(demoUrl(net, hash));
  return page;
}

/**
 * Each label's text before its input: how many lines it takes, whether it sits wholly above the input,
 * and whether the input starts at the label's left edge.
 */
function labelLayout(labels: Locator) {
  return labels.evaluateAll((ls) =>
    ls.map((l) => {
      const input = l.querySelector('input');
      if (!input) return { text: l.textContent, lines: 0, above: false, aligned: false };
      const range = document.createRange();
      range.setStart(l, 0);
      range.setEndBefore(input);
      const text = [...range.getClientRects()].filter((r) => r.width > 0);
      const box = input.getBoundingClientRect();
      return {
        text: (l.textContent ?? '').trim(),
        lines: new Set(text.map((r) => Math.round(r.top))).size,
        above: text.every((r) => r.bottom <= box.top + 0.5),
        aligned: Math.abs(box.left - l.getBoundingClientRect().left) <= 0.5,
      };
    }),
  );
}

/** The space between each button and the one before it on the same line (infinite when it starts a new line). */
function buttonGaps(buttons: Locator) {
  return buttons.evaluateAll((bs) =>
    bs.slice(1).map((b, i) => {
      const prev = bs[i]?.getBoundingClientRect();
      const box = b.getBoundingClientRect();
      return prev && Math.abs(prev.top - box.top) < 1 ? box.left - prev.right : Number.POSITIVE_INFINITY;
    }),
  );
}
