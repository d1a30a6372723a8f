// @vitest-environment jsdom
/**
 * UI tier: owner actions signed by a proxy, against the real @polkadot/api and the embedded chain. The
 * owner registers proxies with signed `proxy.add_proxy` extrinsics; an `Any` proxy sets the pool's
 * commission from the console (signed as `proxy.proxy(owner, …)`: ProxyExecuted Ok, the commission changes
 * on chain and on the page, the transaction's label says to what) with "Signing as proxy of <owner>" beside the action; a `Governance` proxy gets
 * the actions too but the runtime's filter refuses the call inside the proxy — the form shows the failure
 * (System.CallFiltered) and the chain is unchanged; an account that is no proxy sees no owner action.
 */
import './setup-dom.js';
import type { ApiPromise } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitTx } from '../../src/api/tx/submit.js';
import { TxStore } from '../../src/api/tx/tx-store.js';
import { en } from '../../src/stakepool/operator/i18n/en.js';
import { en as shellEn } from '../../src/ui/i18n/en.js';
import { featureTranslator } from '../../src/ui/i18n/feature-catalogue.js';
import { createPool, PHA } from '../fixtures/seed-pools.js';
import { type Dapp, renderDapp, ss58, startDapp } from './helpers.js';

let dapp: Dapp;
const t = featureTranslator({ en, id: en }, 'en');

/** A signed extrinsic of a dev account, through the dApp's own lifecycle; its final record. */
async function signed(
  uri: string,
  tx: (api: ApiPromise) => ReturnType<ApiPromise['tx']['proxy']['addProxy']>,
) {
  const { api } = dapp.connection;
  const pair = new Keyring({ type: 'sr25519', ss58Format: 30 }).addFromUri(uri);
  return submitTx({
    api,
    tx: tx(api),
    account: { address: pair.address, source: 'dev', pair },
    label: { key: 'setup', params: {} },
    store: new TxStore(),
  });
}

const commissionOnChain = async (pid: number) =>
  (await dapp.connection.api.query.phalaBasePool.pools(pid))
    .unwrap()
    .asStakePool.payoutCommission.unwrapOrDefault()
    .toNumber();

beforeAll(async () => {
  dapp = await startDapp((chain) => {
    createPool(chain, { owner: '//Alice', commission: 100_000, delegations: [['//Bob', 3_000n * PHA]] }); // 0
    createPool(chain, { owner: '//Alice', vault: true }); // 1
  });
  for (const [who, type] of [
    ['//Dave', 'Any'],
    ['//Eve', 'Governance'],
  ] as const) {
    const rec = await signed('//Alice', (api) => api.tx.proxy.addProxy(ss58(who, dapp.connection), type, 0));
    expect(rec.status).toBe('finalized');
  }
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

/** The console's settings with `account` selected, once it knows how the account signs (`signingAs`). */
async function openSettings(account: string, signingAs: string) {
  cleanup();
  renderDapp(dapp.connection, { hash: '#/operator/0/settings', account });
  await screen.findByTestId('balances', {}, { timeout: 20_000 });
  return waitFor(
    () => {
      const page = screen.getByTestId('operator-console');
      expect(page.dataset.signingAs).toBe(signingAs);
      return page;
    },
    { timeout: 20_000 },
  );
}

async function setCommission(page: HTMLElement, percent: string) {
  const form = within(page).getByTestId('commission-form');
  fireEvent.change(within(form).getByTestId('commission-input'), { target: { value: percent } });
  const submit = within(form).getByRole('button', { name: t('commission.submit') }) as HTMLButtonElement;
  expect(submit.disabled).toBe(false);
  fireEvent.click(submit);
  return waitFor(
    () => {
      const s = within(form).getByTestId('tx-status');
      expect(['finalized', 'failed']).toContain(s.dataset.status);
      return { form, status: s };
    },
    { timeout: 20_000 },
  );
}

describe('owner actions signed by a proxy', () => {
  it('an account that is no proxy of the owner sees no owner action', async () => {
    const page = await openSettings('//Ferdie', 'none');
    expect(page.dataset.canAct).toBe('no');
    expect(page.dataset.signingAs).toBe('none');
    expect(within(page).getByTestId('owner-only').textContent).toBe(t('ownerOnly'));
    const form = within(page).getByTestId('commission-form');
    fireEvent.change(within(form).getByTestId('commission-input'), { target: { value: '20' } });
    expect(
      (within(form).getByRole('button', { name: t('commission.submit') }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(within(page).queryByTestId('signing-as')).toBeNull();
  });

  it('a Governance proxy is refused by the runtime inside the proxy call: shown as a failure, nothing changes', async () => {
    const page = await openSettings('//Eve', 'proxy');
    expect(page.dataset.canAct).toBe('yes');
    const note = within(within(page).getByTestId('commission-form')).getByTestId('signing-as');
    expect(note.dataset.proxyType).toBe('Governance');
    expect(note.textContent).toContain(shellEn['proxy.signingAs']);
    expect(within(note).getByTestId('address').dataset.address).toBe(ss58('//Alice', dapp.connection));

    const { status } = await setCommission(page, '20');
    expect(status.dataset.status).toBe('failed');
    expect(status.textContent).toContain(shellEn['error.System.CallFiltered']);
    expect(await commissionOnChain(0)).toBe(100_000);
  });

  it('an Any proxy sets the commission: proxy.proxy is signed, ProxyExecuted Ok, the chain and the page change', async () => {
    const page = await openSettings('//Dave', 'proxy');
    const { status } = await setCommission(page, '15');
    expect(status.dataset.status).toBe('finalized');
    expect(await commissionOnChain(0)).toBe(150_000);
    // the transactions list says what the commission was set to
    expect(screen.getAllByTestId('tx-item')[0]?.textContent).toContain('Set the pool commission to 15.00%');
    // the extrinsic of that block is Dave's proxy.proxy for Alice, and its inner call ran
    const { api } = dapp.connection;
    const head = await api.rpc.chain.getHeader();
    const events = await api.query.system.events.at(head.hash);
    const executed = (
      events as unknown as { event: { section: string; method: string; data: { toJSON(): unknown }[] } }[]
    )
      .map((r) => r.event)
      .find((e) => e.section === 'proxy' && e.method === 'ProxyExecuted');
    expect(executed?.data[0]?.toJSON()).toEqual({ ok: null });
    await waitFor(() => expect(within(page).getByTestId('operator-stats').textContent).toContain('15.00%'), {
      timeout: 20_000,
    });
  });

  it('the operator home lists the pools whose owner the account is a proxy of', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/operator', account: '//Dave' });
    const list = await screen.findByTestId('acting-for', {}, { timeout: 20_000 });
    expect(
      within(list)
        .getByRole('link', { name: t('poolLink', { pid: '0' }) })
        .getAttribute('href'),
    ).toBe('#/operator/0');
    expect(within(list).getByTestId('address').dataset.address).toBe(ss58('//Alice', dapp.connection));
  });

  it('the vault console gives an Any proxy the owner actions, signed for the owner', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/manager/1', account: '//Dave' });
    await waitFor(() => expect(screen.getByTestId('manager-console').dataset.signingAs).toBe('proxy'), {
      timeout: 20_000,
    });
    const page = screen.getByTestId('manager-console');
    expect(page.dataset.canAct).toBe('yes');
    expect(within(page).queryByTestId('owner-only')).toBeNull();
    expect(within(page).getAllByTestId('signing-as').length).toBeGreaterThan(0);
  });
});
