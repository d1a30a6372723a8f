/**
 * e2e: identities in real Chromium against a real node over WebSocket. Pool owners and council members
 * with on-chain identities (set through the runtime's calls, judged by a registrar) appear by name with
 * the registrar's verdict in the explorer and on the council page; an owner without one shows its address.
 */
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../chain/server.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { identityHash } from '../../src/pallets-mock/pallets/identity/index.js';
import { identityInfo } from '../../src/pallets-mock/pallets/identity/types.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { createPool, dispatch, PHA } from '../fixtures/seed-pools.js';
import { chromiumPath, launchChromium } from './browser.js';
import { startVite } from './dapp-server.js';

const executable = chromiumPath();
const REGISTRAR = '//Ferdie';
/** Account → [display name, the registrar's judgement ('pending': requested only)]. */
const IDENTITIES: Array<[string, string, 'KnownGood' | 'Reasonable' | 'pending']> = [
  ['//Alice', 'Alice of the Council', 'KnownGood'],
  ['//Bob', 'Bob the Steward', 'Reasonable'],
  ['//Charlie', 'Charlie Pending', 'pending'],
  ['//Dave', 'Dieng Compute', 'KnownGood'],
];

function seed(chain: DevChain): void {
  dispatch(chain, 'root', 'Identity.add_registrar', { account: accountId(REGISTRAR) });
  dispatch(chain, REGISTRAR, 'Identity.set_fee', { index: 0, fee: PHA });
  for (const [who, name, judgement] of IDENTITIES) {
    const info = identityInfo({ display: name });
    dispatch(chain, who, 'Identity.set_identity', { info });
    dispatch(chain, who, 'Identity.request_judgement', { reg_index: 0, max_fee: PHA });
    if (judgement !== 'pending')
      dispatch(chain, REGISTRAR, 'Identity.provide_judgement', {
        reg_index: 0,
        target: accountId(who),
        judgement,
        identity: identityHash(info),
      });
  }
  createPool(chain, { owner: '//Dave' }); // pid 0
  createPool(chain, { owner: '//Eve' }); // pid 1, no identity
}

describe.skipIf(!executable)('identities in Chromium', () => {
  let chain: DevChain;
  let node: Awaited<ReturnType<typeof startServer>>;
  let vite: ViteDevServer;
  let browser: Browser;
  let page: Page;
  let dappUrl: string;

  beforeAll(async () => {
    await cryptoReady();
    chain = new DevChain({ mode: 'Instant' });
    seed(chain);
    await chain.newBlocks(1);
    node = await startServer(chain, { host: '127.0.0.1', port: 0, dev: true });
    vite = await startVite();
    dappUrl = vite.resolvedUrls?.local[0] ?? '';
    browser = await launchChromium(executable as string);
    page = await browser.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await vite?.close();
    await node?.close();
    chain?.stop();
  });

  const open = (hash: string) => page.goto(`${dappUrl}?rpc=${encodeURIComponent(node.url)}${hash}`);

  it('shows a pool owner by name with its judgement in the explorer', async () => {
    await open('#/');
    const row = (pid: number) => page.locator(`[data-testid="pool-row"][data-pid="${pid}"]`);
    await row(0).locator('.identity-name', { hasText: 'Dieng Compute' }).waitFor({ timeout: 90_000 });
    const mark = row(0).getByTestId('identity-judgement');
    expect(await mark.getAttribute('data-judgement')).toBe('knownGood');
    expect(await mark.getAttribute('aria-label')).toBe('Identity judged “known good” by a registrar');
    await row(1).waitFor();
    expect(await row(1).locator('.identity-name').count()).toBe(0);
    // the search finds the pool by the name shown
    await page.getByTestId('pool-search').fill('dieng');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="pool-row"]').length === 1);
    expect(await row(0).count()).toBe(1);
    expect(await page.getByTestId('pool-count').textContent()).toBe('1 pool');
  }, 150_000);

  it('shows council members by name with their judgements on the council page', async () => {
    await open('#/governance/council');
    const council = page.getByTestId('collective-council');
    const member = (name: string) => council.getByTestId('member').filter({ hasText: name });
    await member('Alice of the Council').waitFor({ timeout: 90_000 });
    const verdict = async (name: string) =>
      member(name).getByTestId('identity-judgement').getAttribute('data-judgement');
    expect(await verdict('Alice of the Council')).toBe('knownGood');
    await member('Bob the Steward').waitFor();
    expect(await verdict('Bob the Steward')).toBe('reasonable');
    await member('Charlie Pending').waitFor();
    expect(await verdict('Charlie Pending')).toBe('pending');
  }, 150_000);
});
