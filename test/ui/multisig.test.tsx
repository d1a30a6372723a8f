// @vitest-environment jsdom
/**
 * UI tier: the multisig accounts tab against the real @polkadot/api and the embedded chain. A 2-of-3
 * multisig (Alice, Bob, Charlie) is entered through the form; Alice opened a transfer with `as_multi`
 * (signed extrinsic: its call is found at the opening timepoint and decoded) and Charlie a second
 * operation with `approve_as_multi` (hash only: shown as its hash). The tab lists both with approvals,
 * deposit and depositor as on chain; Bob's approval carries the call and executes it (Ferdie is paid, the
 * operation is gone); Charlie, the depositor of the other, cancels it and gets the deposit back.
 */
import './setup-dom.js';
import type { ApiPromise } from '@polkadot/api';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/governance/i18n/en.js';
import { MULTISIG_MEMBERS, seedMultisig } from '../fixtures/multisig-seed.js';
import { PHA } from '../fixtures/seed-pools.js';
import { type Dapp, renderDapp, ss58, startDapp } from './helpers.js';

let dapp: Dapp;
let api: ApiPromise;
let multisig: string;
let transferHash: string;
let remarkHash: string;

const free = async (who: string) =>
  ((await api.query.system.account(ss58(who, dapp.connection))).toPrimitive() as { data: { free: number } })
    .data.free;

beforeAll(async () => {
  dapp = await startDapp();
  api = dapp.connection.api;
  ({ multisig, transferHash, remarkHash } = await seedMultisig(api));
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

/** The multisig tab with `account` selected and the multisig entered through the form. */
async function openTab(account: string) {
  cleanup();
  renderDapp(dapp.connection, { hash: '#/governance/multisig', account });
  const panel = await screen.findByTestId('multisig-panel', {}, { timeout: 20_000 });
  await screen.findByTestId('balances', {}, { timeout: 20_000 });
  const form = within(panel).getByTestId('msig-add');
  fireEvent.change(within(form).getByTestId('msig-name'), { target: { value: 'Team treasury' } });
  fireEvent.change(within(form).getByTestId('msig-signatories'), {
    target: { value: MULTISIG_MEMBERS.map((m) => ss58(m, dapp.connection)).join('\n') },
  });
  fireEvent.change(within(form).getByTestId('msig-threshold'), { target: { value: '2' } });
  fireEvent.click(within(form).getByRole('button', { name: en['msig.add.submit'] }));
  const card = await within(panel).findByTestId('multisig-account');
  expect(card.dataset.address).toBe(multisig);
  return card;
}

const pendingItem = (card: HTMLElement, hash: string) =>
  waitFor(
    () => {
      const el = within(card)
        .getAllByTestId('msig-pending')
        .find((x) => x.dataset.callHash === hash);
      expect(el).toBeDefined();
      return el as HTMLElement;
    },
    { timeout: 20_000 },
  );

describe('multisig accounts and their pending calls', () => {
  it('refuses a threshold above the signatories', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/governance/multisig', account: '//Bob' });
    const form = await screen.findByTestId('msig-add', {}, { timeout: 20_000 });
    fireEvent.change(within(form).getByTestId('msig-signatories'), {
      target: { value: [ss58('//Alice', dapp.connection), ss58('//Bob', dapp.connection)].join('\n') },
    });
    fireEvent.change(within(form).getByTestId('msig-threshold'), { target: { value: '3' } });
    expect(within(form).getByRole('alert').textContent).toBe('The threshold must be between 2 and 2.');
    expect(
      (within(form).getByRole('button', { name: en['msig.add.submit'] }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('lists the pending calls decoded (or by hash) with approvals, deposit and depositor as on chain', async () => {
    const card = await openTab('//Bob');
    const transfer = await pendingItem(card, transferHash);
    expect(within(transfer).getByTestId('call').dataset.call).toBe('balances.transferKeepAlive');
    const onChain = (await api.query.multisig.multisigs(multisig, transferHash)).toPrimitive() as {
      deposit: number;
      depositor: string;
      approvals: string[];
    };
    expect(within(transfer).getByTestId('msig-approvals').dataset.count).toBe('1');
    expect(within(transfer).getByTestId('msig-approvals').textContent).toBe('1 of 2');
    expect(within(transfer).getByTestId('msig-deposit').dataset.planck).toBe(
      BigInt(onChain.deposit).toString(),
    );
    expect(onChain.depositor).toBe(ss58('//Alice', dapp.connection));
    expect(
      within(transfer)
        .getAllByTestId('address')
        .map((a) => a.dataset.address),
    ).toContain(onChain.depositor);
    // Bob is a signatory who has not approved: approve; not the depositor: no cancel
    expect(within(transfer).getByTestId('msig-approve').textContent).toBe(en['msig.execute']);
    expect(within(transfer).queryByTestId('msig-cancel')).toBeNull();

    const remark = await pendingItem(card, remarkHash);
    expect(within(remark).getByTestId('call-hash').textContent).toContain(remarkHash);
    expect(within(remark).queryByTestId('call')).toBeNull();
  });

  it('the last approval executes the call: Ferdie is paid and the operation is gone', async () => {
    const before = BigInt(await free('//Ferdie'));
    const card = await openTab('//Bob');
    const transfer = await pendingItem(card, transferHash);
    fireEvent.click(within(transfer).getByTestId('msig-approve'));
    await waitFor(async () => expect(BigInt(await free('//Ferdie'))).toBe(before + 10n * PHA), {
      timeout: 20_000,
    });
    expect((await api.query.multisig.multisigs(multisig, transferHash)).isEmpty).toBe(true);
    await waitFor(
      () =>
        expect(
          within(card)
            .getAllByTestId('msig-pending')
            .map((x) => x.dataset.callHash),
        ).toEqual([remarkHash]),
      { timeout: 20_000 },
    );
  });

  it('the depositor cancels and gets the deposit back', async () => {
    const reserved = async () =>
      BigInt(
        (
          (await api.query.system.account(ss58('//Charlie', dapp.connection))).toPrimitive() as {
            data: { reserved: number };
          }
        ).data.reserved,
      );
    const held = await reserved();
    const card = await openTab('//Charlie');
    const remark = await pendingItem(card, remarkHash);
    const deposit = BigInt(within(remark).getByTestId('msig-deposit').dataset.planck ?? '0');
    expect(deposit > 0n).toBe(true);
    fireEvent.click(within(remark).getByTestId('msig-cancel'));
    await within(card).findByTestId('msig-none', {}, { timeout: 20_000 });
    expect((await api.query.multisig.multisigs(multisig, remarkHash)).isEmpty).toBe(true);
    expect(await reserved()).toBe(held - deposit);
  });
});
