// @vitest-environment jsdom
/**
 * UI tier: transaction progress toasts against the real @polkadot/api and the embedded chain. A delegation
 * gets a toast in the notifications region that follows it from the signature to "In block #n" (the block
 * that holds the signed extrinsic) to "Finalized in block #n"; a delegation the chain refuses ends its toast with the
 * chain's decoded error in Bahasa Indonesia after a language switch; closing a toast removes it. A
 * delegation sent in English reads in Bahasa Indonesia, its amount in the Indonesian number format, in its
 * toast and in the transactions list once the language is switched.
 */
import './setup-dom.js';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/ui/i18n/i18n.js';
import { createPool, dispatch, PHA } from '../fixtures/seed-pools.js';
import { type Dapp, renderDapp, ss58, startDapp } from './helpers.js';

let dapp: Dapp;
const en = translator('en');
const id = translator('id');

beforeAll(async () => {
  dapp = await startDapp((chain) => {
    createPool(chain, { description: 'Open pool', cap: 5000n * PHA }); // 0
    createPool(chain, { description: 'Second pool', cap: 5000n * PHA }); // 1
  });
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

async function openDelegate(account: string, pid = 0) {
  cleanup();
  renderDapp(dapp.connection, { hash: `#/pool/${pid}`, account });
  const form = await screen.findByTestId('delegate-form', {}, { timeout: 20_000 });
  await screen.findByTestId('balances', {}, { timeout: 20_000 });
  const submit = within(form).getByRole('button', { name: en('form.submit.delegate') }) as HTMLButtonElement;
  await waitFor(() => expect(submit.disabled).toBe(false), { timeout: 20_000 });
  return form;
}

/** Every (status, text) the toasts showed while `act` ran and until `done` holds. */
async function watchToasts(act: () => void, done: (toast: HTMLElement) => boolean) {
  const seen: { status: string; text: string }[] = [];
  const record = () => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid="tx-toast"]')) {
      const status = el.dataset.status ?? '';
      const text = el.querySelector('.toast-status')?.textContent ?? '';
      const last = seen.at(-1);
      if (last?.status !== status || last.text !== text) seen.push({ status, text });
    }
  };
  const observer = new MutationObserver(record);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  act();
  const toast = await waitFor(
    () => {
      const el = screen.getByTestId('tx-toast');
      expect(done(el)).toBe(true);
      return el;
    },
    { timeout: 20_000 },
  );
  record();
  observer.disconnect();
  return { toast, seen };
}

const amountInput = (form: HTMLElement) => within(form).getByTestId('delegate-amount') as HTMLInputElement;

describe('transaction toasts', () => {
  it('a delegation’s toast goes from the signature to its block to finalized, in the notifications region', async () => {
    const form = await openDelegate('//Alice');
    expect(screen.queryByTestId('tx-toast')).toBeNull();
    fireEvent.change(amountInput(form), { target: { value: '10' } });
    const { toast, seen } = await watchToasts(
      () => fireEvent.submit(form),
      (el) => el.dataset.status === 'finalized',
    );
    const region = screen.getByRole('region', { name: /^Notifications/ });
    expect(region.contains(toast)).toBe(true);
    expect(within(toast).getByText(en('tx.label.delegate', { amount: '10.0000', pid: '0' }))).toBeTruthy();
    expect(toast.querySelector('.toast-status')?.getAttribute('aria-live')).toBe('polite');
    const statuses = seen.map((s) => s.status);
    expect(statuses.indexOf('inBlock')).toBeGreaterThan(-1);
    expect(statuses.indexOf('inBlock')).toBeLessThan(statuses.indexOf('finalized'));
    // "In block #n", then "Finalized in block #n": block n holds Alice's signed extrinsic
    const inBlock = seen.find((s) => s.status === 'inBlock' && /#\d+$/.test(s.text));
    const n = Number(inBlock?.text.match(/#(\d+)$/)?.[1]);
    expect(inBlock?.text).toBe(en('tx.status.inBlock', { block: n }));
    expect(toast.querySelector('.toast-status')?.textContent).toBe(en('tx.status.finalizedIn', { block: n }));
    const { api } = dapp.connection;
    const { block } = await api.rpc.chain.getBlock(await api.rpc.chain.getBlockHash(n));
    const alice = ss58('//Alice', dapp.connection);
    expect(block.extrinsics.some((x) => x.isSigned && x.signer.toString() === alice)).toBe(true);
    // closing it removes it
    fireEvent.click(within(toast).getByRole('button', { name: en('tx.dismiss') }));
    await waitFor(() => expect(screen.queryByTestId('tx-toast')).toBeNull());
  });

  it('a refused delegation ends its toast with the chain’s error, in Bahasa Indonesia', async () => {
    const form = await openDelegate('//Bob');
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'id' } });
    // the owner lowers the cap behind the page's back (no block yet, so the page still allows 200)
    dispatch(dapp.chain, '//Alice', 'PhalaStakePoolv2.set_cap', { pid: 0n, cap: 150n * PHA });
    fireEvent.change(amountInput(form), { target: { value: '200' } });
    const { toast } = await watchToasts(
      () => fireEvent.submit(form),
      (el) => el.dataset.status === 'failed',
    );
    // only this session's new transaction: the earlier mount's finalized one is not shown again
    expect(screen.getAllByTestId('tx-toast')).toHaveLength(1);
    expect(toast.querySelector('.toast-status')?.textContent).toBe(
      id('tx.status.failed', { error: id('error.PhalaStakePoolv2.StakeExceedsCapacity') }),
    );
    expect(screen.getByRole('region', { name: /^Notifikasi/ }).contains(toast)).toBe(true);
    expect(within(toast).getByRole('button', { name: id('tx.dismiss') })).toBeTruthy();
  });

  it('a delegation sent in English reads in Bahasa Indonesia, amount and all, after a language switch', async () => {
    const form = await openDelegate('//Charlie', 1);
    fireEvent.change(amountInput(form), { target: { value: '1234.5' } });
    const { toast } = await watchToasts(
      () => fireEvent.submit(form),
      (el) => el.dataset.status === 'inBlock' || el.dataset.status === 'finalized',
    );
    const entry = () => screen.getAllByTestId('tx-item')[0]?.querySelector('span')?.textContent;
    expect(toast.querySelector('.toast-title')?.textContent).toBe(
      en('tx.label.delegate', { amount: '1,234.5000', pid: '1' }),
    );
    expect(entry()).toBe(en('tx.label.delegate', { amount: '1,234.5000', pid: '1' }));
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'id' } });
    const inIndonesian = id('tx.label.delegate', { amount: '1.234,5000', pid: '1' });
    await waitFor(() => expect(entry()).toBe(inIndonesian), { timeout: 10_000 });
    expect(toast.querySelector('.toast-title')?.textContent).toBe(inIndonesian);
  });
});
