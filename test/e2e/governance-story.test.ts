/**
 * e2e: a referendum's whole story in Debian Chromium on the demo network (demo-node.ts: a node serving
 * the demo snapshot with its history indexer, dev RPCs on). Alice (the demo's Sudo key) fast-tracks a
 * Treasury spend of 2,500 PHA to Dave as a referendum (the preimage noted, then Sudo's external proposal
 * and fast track: 30 blocks of voting, enacted 1 block after); the referendum page shows the spend
 * decoded, in PHA, with Dave's address view. Alice votes aye at 2× in the dApp (her test wallet), Bob
 * votes nay and Eve delegates to Alice from Node; `dev_newBlock` builds blocks up to the end and the
 * enactment, and the page (waiting on chain state, never on time) shows the result, the final tally the
 * chain counted, the Scheduler's outcome and the sortable voter list with Eve's delegated weight on
 * Alice's row; the demo's referendum 0, finished before stories were kept, says so. Screenshots at 1280 and 390 px go to tmp/e2e-screenshots/governance-story/ (gitignored).
 * browser.ts's fixture fails the test on any page, React or console error.
 */
import { mkdirSync } from 'node:fs';
import { ApiPromise, WsProvider } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './browser.js';
import { demoNetworkFixture } from './demo-node.js';
import { installTestWallet } from './test-wallet.js';

const executable = chromiumPath();
const SHOTS = 'tmp/e2e-screenshots/governance-story';
const PHA = 1_000_000_000_000n;
const VOTING = 30;

describe.skipIf(!executable)('a referendum story on the demo network', () => {
  const net = demoNetworkFixture(executable as string);
  let api: ApiPromise;
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 30 });
  const key: Record<string, KeyringPair> = {};

  const send = (tx: SubmittableExtrinsic<'promise'>, who: KeyringPair) =>
    new Promise<void>((resolve, reject) => {
      tx.signAndSend(who, ({ status, dispatchError }) => {
        if (dispatchError) reject(new Error(dispatchError.toString()));
        else if (status.isInBlock || status.isFinalized) resolve();
      }).catch(reject);
    });
  let provider: WsProvider;
  const rpc = (method: string, params: unknown[]) => provider.send(method, params);
  const best = async () => (await api.rpc.chain.getHeader()).number.toNumber();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const n of ['Alice', 'Bob', 'Dave', 'Eve']) key[n] = keyring.addFromUri(`//${n}`);
    provider = new WsProvider(net.node.url);
    api = await ApiPromise.create({ provider, noInitWarn: true });
  }, 60_000);
  afterAll(async () => {
    await api?.disconnect();
  });

  it('a fast-tracked spend: decoded in PHA, voted, ended, enacted, its tally and voters kept', async () => {
    const alice = key.Alice as KeyringPair;
    const dave = (key.Dave as KeyringPair).address;
    // Khala's spend(amount, beneficiary); @polkadot/api's bundled augmentation has a later shape
    const spendTx = api.tx.treasury.spend as unknown as (
      a: bigint,
      b: unknown,
    ) => SubmittableExtrinsic<'promise'>;
    const spend = spendTx(2_500n * PHA, { Id: dave });
    const bytes = spend.method.toHex();
    const hash = spend.method.hash.toHex();
    const len = (bytes.length - 2) / 2;
    const index = (await api.query.democracy.referendumCount()).toNumber();
    await send(
      api.tx.utility.batchAll([
        api.tx.preimage.notePreimage(bytes),
        api.tx.sudo.sudo(api.tx.democracy.externalProposeMajority({ Lookup: { hash, len } })),
        api.tx.sudo.sudo(api.tx.democracy.fastTrack(hash, VOTING, 1)),
      ]),
      alice,
    );
    const info = (await api.query.democracy.referendumInfoOf(index)).toJSON() as {
      ongoing?: { end: number };
    };
    expect(info.ongoing).toBeDefined();
    const end = info.ongoing?.end as number;

    const page = await net.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await installTestWallet(page, [{ uri: '//Alice', name: 'Alice' }]);
    // the demo's referendum 0 ended during the build: the snapshot ships its story (rebuilt since stories are kept)
    await page.goto(`${net.dapp.base}?rpc=${encodeURIComponent(net.node.url)}#/governance/referendum/0`);
    await page.locator('[data-testid="ref-status"][data-approved="true"]').waitFor({ timeout: 90_000 });
    await page.locator('[data-testid="story-result"][data-approved="true"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('story-none').count()).toBe(0);
    await page.evaluate((i) => {
      window.location.hash = `#/governance/referendum/${i}`;
    }, index);
    const call = page.getByTestId('call-text');
    await call.waitFor({ timeout: 90_000 });
    await expect.poll(() => call.getAttribute('data-testid')).toBe('call-text');
    await page.locator('[data-call="treasury.spend"]').waitFor({ timeout: 30_000 });
    expect(await call.getByTestId('call-pha').textContent()).toBe('2,500.0000 PHA');
    expect(await call.locator(`[data-address="${dave}"]`).count()).toBe(1);

    // Alice votes aye 1,000 PHA at 2× in the dApp
    await page.getByRole('button', { name: 'Connect wallet' }).click();
    await page.getByTestId('balances').waitFor({ timeout: 30_000 });
    await page.getByTestId('vote-form').waitFor();
    await page.getByTestId('vote-amount').fill('1000');
    await page.getByTestId('conviction').selectOption('2');
    await page.getByTestId('vote-submit').click();
    await page
      .getByTestId('vote-form')
      .locator('[data-testid="tx-status"][data-status="finalized"]')
      .waitFor({ timeout: 60_000 });
    // Bob nay 500 at 1×, Eve delegates 300 PHA at 1× to Alice
    await send(
      api.tx.democracy.vote(index, {
        Standard: { vote: { aye: false, conviction: 'Locked1x' }, balance: 500n * PHA },
      }),
      key.Bob as KeyringPair,
    );
    await send(api.tx.democracy.delegate(alice.address, 'Locked1x', 300n * PHA), key.Eve as KeyringPair);
    await expect
      .poll(() => page.getByTestId('tally-ayes').textContent(), { timeout: 30_000 })
      .toBe('2,300.0000');
    await page.screenshot({ path: `${SHOTS}/01-ongoing-1280.png`, fullPage: true });
    const final = (await api.query.democracy.referendumInfoOf(index)).toJSON() as {
      ongoing: { tally: { ayes: number | string; nays: number | string; turnout: number | string } };
    };

    // the end and the enactment one block later, built now
    await rpc('dev_newBlock', [{ count: end + 1 - (await best()) }]);
    expect(await best()).toBe(end + 1);
    const story = page.getByTestId('referendum-story');
    await page.locator('[data-testid="story-enactment"][data-ok="true"]').waitFor({ timeout: 60_000 });
    expect(await story.getByTestId('story-result').getAttribute('data-approved')).toBe('true');
    const pha = (v: number | string) =>
      new Intl.NumberFormat('en-US', { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(
        Number(BigInt(v) / 10n ** 8n) / 10_000,
      );
    expect(await story.getByTestId('story-ayes').textContent()).toBe(pha(final.ongoing.tally.ayes));
    expect(await story.getByTestId('story-nays').textContent()).toBe(pha(final.ongoing.tally.nays));
    expect(await story.getByTestId('story-turnout').textContent()).toContain(
      pha(final.ongoing.tally.turnout),
    );
    expect(await story.getByTestId('story-enactment').textContent()).toContain(
      `#${(end + 1).toLocaleString('en-US')}`,
    );
    // the call is still there, decoded, after the preimage was used
    expect(await story.getByTestId('call-pha').textContent()).toBe('2,500.0000 PHA');

    // the voters: Alice aye 2× with Eve's 300 delegated, Bob nay 1×; most votes first
    const rows = story.getByTestId('voter-row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).getAttribute('data-voter')).toBe(alice.address);
    expect(await rows.nth(0).getAttribute('data-direction')).toBe('aye');
    expect(await rows.nth(0).getByTestId('voter-delegated').textContent()).toContain('300.0000');
    expect(await rows.nth(0).getByTestId('voter-votes').textContent()).toBe('2,300.0000');
    expect(await rows.nth(1).getAttribute('data-direction')).toBe('nay');
    // sortable: by balance ascending puts Bob's 500 first
    await story.getByTestId('voters-sort-balance').click(); // descending first
    await story.getByTestId('voters-sort-balance').click(); // then ascending
    expect(await rows.nth(0).getAttribute('data-voter')).toBe((key.Bob as KeyringPair).address);
    expect(await rows.nth(0).getByTestId('voter-balance').textContent()).toBe('500.0000');
    await page.screenshot({ path: `${SHOTS}/02-finished-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/03-finished-390.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  }, 240_000);
});
