/**
 * e2e: a pool owner's commission set through a proxy from the dApp, in Debian Chromium against a real node
 * over WebSocket. In setup the owner (//Alice) registers //Dave as an `Any` proxy with a signed
 * `proxy.add_proxy` extrinsic; the dApp, connected through the test wallet as Dave, opens the pool's
 * console, says it signs as proxy of Alice beside the commission form, and signs
 * `proxy.proxy(Alice, None, PhalaStakePoolv2.set_payout_pref)`. The test waits for chain state: the
 * commission changed on chain, the block carries `Proxy.ProxyExecuted(Ok)` for Dave's extrinsic, and the
 * console shows the new commission.
 */
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitTx } from '../../src/api/tx/submit.js';
import { TxStore } from '../../src/api/tx/tx-store.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { createPool, PHA } from '../fixtures/seed-pools.js';
import { chromiumPath } from './browser.js';
import { type DevJourney, openDevJourney } from './dev-journey.js';

const executable = chromiumPath();

describe.skipIf(!executable)('a pool owner’s commission set through a proxy in Chromium', () => {
  let chain: DevChain;
  let journey: DevJourney;
  let api: ApiPromise;
  let page: Page;
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 30 });

  beforeAll(async () => {
    await cryptoReady();
    chain = new DevChain({ mode: 'Instant' });
    createPool(chain, { owner: '//Alice', commission: 100_000, delegations: [['//Bob', 5_000n * PHA]] }); // pid 0
    await chain.newBlocks(1);
    journey = await openDevJourney(chain, { accounts: [{ uri: '//Dave', name: 'Dave (proxy of Alice)' }] });
    page = journey.page;
    api = await ApiPromise.create({ provider: new WsProvider(journey.node.url), noInitWarn: true });
    // the owner registers Dave as an Any proxy with a signed extrinsic
    const alice = keyring.addFromUri('//Alice');
    const dave = keyring.addFromUri('//Dave');
    const added = await submitTx({
      api,
      tx: api.tx.proxy.addProxy(dave.address, 'Any', 0),
      account: { address: alice.address, source: 'dev', pair: alice },
      label: { key: 'add proxy', params: {} },
      store: new TxStore(),
    });
    expect(added.status).toBe('finalized');
  }, 120_000);

  afterAll(async () => {
    await api?.disconnect();
    await journey?.close();
    chain?.stop();
  });

  const commissionOnChain = async () =>
    (await api.query.phalaBasePool.pools(0))
      .unwrap()
      .asStakePool.payoutCommission.unwrapOrDefault()
      .toNumber();

  it('sets the commission as proxy of the owner; the chain and the console show it', async () => {
    await page.goto(journey.url('#/operator/0/settings'));
    await page.getByTestId('operator-console').waitFor({ timeout: 90_000 });
    await page.getByRole('button', { name: 'Connect wallet' }).click();
    await page.getByTestId('balances').waitFor({ timeout: 30_000 });
    const console_ = page.locator('[data-testid="operator-console"][data-signing-as="proxy"]');
    await console_.waitFor({ timeout: 30_000 });
    expect(await console_.getAttribute('data-can-act')).toBe('yes');

    const form = page.getByTestId('commission-form');
    const note = form.getByTestId('signing-as');
    await note.waitFor();
    expect(await note.textContent()).toContain('Signing as proxy of');
    expect(await note.getAttribute('data-proxy-type')).toBe('Any');
    const alice = keyring.addFromUri('//Alice').address;
    expect(await note.getByTestId('address').getAttribute('data-address')).toBe(alice);

    await page.getByTestId('commission-input').fill('15');
    await form.getByRole('button', { name: 'Set commission' }).click();
    await form.locator('[data-testid="tx-status"][data-status="finalized"]').waitFor({ timeout: 60_000 });

    // chain state: the commission changed and Dave's proxy call ran its inner call (ProxyExecuted Ok)
    await expect.poll(commissionOnChain, { timeout: 30_000 }).toBe(150_000);
    const dave = keyring.addFromUri('//Dave').address;
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    let found: unknown;
    for (let n = head; n > 0 && found === undefined; n--) {
      const hash = await api.rpc.chain.getBlockHash(n);
      const { block } = await api.rpc.chain.getBlock(hash);
      const index = block.extrinsics.findIndex(
        (x) => x.isSigned && x.signer.toString() === dave && x.method.section === 'proxy',
      );
      if (index < 0) continue;
      const inner = block.extrinsics[index]?.method.args[2] as unknown as { section: string; method: string };
      expect(`${inner.section}.${inner.method}`).toBe('phalaStakePoolv2.setPayoutPref');
      const events = (await api.query.system.events.at(hash)) as unknown as {
        phase: { isApplyExtrinsic: boolean; asApplyExtrinsic: { toNumber(): number } };
        event: { section: string; method: string; data: { toJSON(): unknown }[] };
      }[];
      found = events
        .filter((r) => r.phase.isApplyExtrinsic && r.phase.asApplyExtrinsic.toNumber() === index)
        .map((r) => r.event)
        .find((e) => e.section === 'proxy' && e.method === 'ProxyExecuted')
        ?.data[0]?.toJSON();
    }
    expect(found).toEqual({ ok: null });

    // the console shows the new commission
    await page.getByTestId('operator-stats').getByText('15.00%').waitFor({ timeout: 30_000 });
  }, 180_000);
});
