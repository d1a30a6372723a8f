// @vitest-environment jsdom
/**
 * UI tier: what the page says about itself, against the real @polkadot/api and the embedded chain — the
 * transactions list says it only holds this browser session's transactions (English and Indonesian);
 * a disabled Withdraw (watch-only account) and a disabled Second (no account) say why next to the
 * button.
 */
import './setup-dom.js';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app.js';
import { ProposalsPanel } from '../../src/governance/proposals-panel.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { toHex, utf8 } from '../../src/pallets-mock/primitives/bytes.js';
import { translator } from '../../src/ui/i18n/i18n.js';
import { createPool, dispatch, PHA } from '../fixtures/seed-pools.js';
import { renderGovernance } from './governance-render.js';
import { type Dapp, ss58, startDapp } from './helpers.js';

let dapp: Dapp;
const en = translator('en');
const id = translator('id');

beforeAll(async () => {
  dapp = await startDapp((chain) => {
    // //Watcher is no dev account: funded here, it delegates, and the page can only watch it
    dispatch(chain, '//Alice', 'Balances.transfer_keep_alive', {
      dest: { type: 'Id', value: accountId('//Watcher') },
      value: 10_000n * PHA,
    });
    createPool(chain, {
      owner: '//Bob',
      delegations: [
        ['//Watcher', 1000n * PHA],
        ['//Dave', 2000n * PHA],
      ],
    }); // 0
    // a public proposal to second: system.remark inline
    const text = 'second me';
    const remark = toHex(new Uint8Array([0, 0, text.length << 2, ...utf8(text)]));
    dispatch(chain, '//Alice', 'Democracy.propose', {
      proposal: { type: 'Inline', value: remark },
      value: 10n * PHA,
    });
  });
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

describe('the transactions list', () => {
  it.each([
    ['en', en],
    ['id', id],
  ] as const)('says it holds only this session’s transactions (%s)', async (locale, t) => {
    cleanup();
    renderGovernance(dapp.connection, <ProposalsPanel />, '//Alice', locale);
    const list = await screen.findByRole('region', { name: t('tx.pending') }, { timeout: 20_000 });
    expect(within(list).getByRole('heading').textContent).toBe(t('tx.pending'));
    expect(within(list).getByText(t('tx.pendingEmpty'))).toBeTruthy();
    expect(t('tx.pending')).toBe(
      locale === 'en' ? 'Your transactions (this session)' : 'Transaksi Anda (sesi ini)',
    );
    expect(t('tx.pendingEmpty')).toContain(locale === 'en' ? 'this browser session' : 'sesi peramban ini');
  });
});

describe('a disabled button says why', () => {
  it('Withdraw, for a watch-only account', async () => {
    cleanup();
    localStorage.clear();
    localStorage.setItem('pha-stake.locale', 'en');
    const watcher = ss58('//Watcher', dapp.connection);
    localStorage.setItem('pha-stake.watch', JSON.stringify([watcher]));
    localStorage.setItem('pha-stake.account', watcher);
    window.location.hash = '#/portfolio';
    render(<App connection={dapp.connection} />);
    const form = await screen.findByTestId('withdraw-form', {}, { timeout: 20_000 });
    const button = within(form).getByRole('button', {
      name: en('form.submit.withdraw'),
    }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await waitFor(
      () => expect(within(form).getByTestId('signer-notice').textContent).toBe(en('tx.watchOnly')),
      {
        timeout: 20_000,
      },
    );
  });

  it.each([
    ['en', en],
    ['id', id],
  ] as const)('Second, without an account (%s)', async (locale, t) => {
    cleanup();
    renderGovernance(dapp.connection, <ProposalsPanel />, null, locale);
    const proposal = await screen.findByTestId('proposal-0', {}, { timeout: 20_000 });
    expect((within(proposal).getByTestId('second-0') as HTMLButtonElement).disabled).toBe(true);
    expect(within(proposal).getByTestId('signer-notice').textContent).toBe(t('tx.noAccount'));
  });
});
