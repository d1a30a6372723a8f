// @vitest-environment jsdom
/**
 * UI tier: the vault manager console against the real @polkadot/api and the embedded chain — investing the
 * vault's free stake is validated before signing (minimum contribution, the vault's free stake, the
 * pool's room under its cap) and goes through `contribute(.., Some(vault))` to finalized with the
 * position shown and its amount in the transaction's label; an amount typed before a language switch
 * keeps its value, as owner shares typed to claim do; owner-share claims and the commission are validated,
 * and the commission's label says the rate it sets; the lock state is explained. The
 * vault's public page then lists the pool with the vault's position in it. Withdrawing the vault's stake
 * from a pool by amount, at a share price rewards moved, requests at least the amount typed, shown before
 * signing and in the transaction's label as the chain values the shares; the amount empties once it is in;
 * "Whole position" withdraws every share left. A pool whose whitelist leaves the vault's account out is marked
 * so, and investing there is refused before signing.
 */
import './setup-dom.js';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bmul, sharePrice } from '../../src/primitives/fixed.js';
import { formatPhaExact } from '../../src/ui/format.js';
import { featureTranslator } from '../../src/ui/i18n/feature-catalogue.js';
import { en } from '../../src/vault/manager/i18n/en.js';
import { id } from '../../src/vault/manager/i18n/id.js';
import { createPool, dispatch, PHA, payReward, startWorker } from '../fixtures/seed-pools.js';
import { type Dapp, renderDapp, startDapp } from './helpers.js';

let dapp: Dapp;
const t = featureTranslator({ en, id }, 'en');

beforeAll(async () => {
  dapp = await startDapp((chain) => {
    createPool(chain, { owner: '//Bob', cap: 3000n * PHA, delegations: [['//Dave', 2000n * PHA]] }); // 0
    createPool(chain, { owner: '//Alice', vault: true, delegations: [['//Charlie', 5000n * PHA]] }); // 1
    // vault 3 invests 1,000 PHA in pool 2, whose rewards then raise the share price to 4070/4000
    createPool(chain, { owner: '//Alice', delegations: [['//Eve', 3000n * PHA]] }); // 2
    createPool(chain, { owner: '//Alice', vault: true, delegations: [['//Ferdie', 2000n * PHA]] }); // 3
    // open only to its whitelist (//Dave), so not to vault 1's account
    createPool(chain, { owner: '//Bob', whitelist: ['//Dave'], delegations: [['//Dave', 1000n * PHA]] }); // 4
    dispatch(chain, '//Alice', 'PhalaStakePoolv2.contribute', { pid: 2n, amount: 1000n * PHA, as_vault: 3n });
    const worker = startWorker(chain, 2n, '//Alice', 0, 1400n * PHA);
    for (const pha of [50n, 7n, 13n]) payReward(chain, worker, pha);
  });
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

describe('vault manager console', () => {
  it('validates and makes an investment, explains the lock, validates owner shares and commission', async () => {
    renderDapp(dapp.connection, { hash: '#/manager/1', account: '//Alice' });
    const page = await screen.findByTestId('manager-console', {}, { timeout: 20_000 });
    await screen.findByTestId('balances', {}, { timeout: 20_000 });
    await waitFor(() => expect(page.dataset.canAct).toBe('yes'), { timeout: 20_000 });
    expect(within(page).getByTestId('vault-lock').textContent).toContain(t('lock.open'));

    const panel = within(page).getByTestId('invest-panel');
    fireEvent.click(within(panel).getByRole('radio', { name: '#0' }));
    const amount = within(panel).getByTestId('invest-amount');
    const alert = () => within(panel).getByRole('alert').textContent;
    fireEvent.change(amount, { target: { value: '0.001' } });
    expect(alert()).toBe(t('check.min', { min: '0.0100 PHA' }));
    fireEvent.change(amount, { target: { value: '6000' } });
    // said as a limit on investing: the same amount may be withdrawn from a position worth more
    expect(alert()).toBe('Too much to invest: the vault has only 5,000.0000 PHA free.');
    fireEvent.change(amount, { target: { value: '1500' } });
    expect(alert()).toBe('Too much to invest: the pool has only 1,000.0000 PHA room under its cap.');
    // typed in English, the amount keeps its value across a language switch (1,500 PHA, not 1.5)
    fireEvent.change(amount, { target: { value: '1,500' } });
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'id' } });
    await waitFor(() => expect((amount as HTMLInputElement).value).toBe('1.500'), { timeout: 5_000 });
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
    await waitFor(() => expect((amount as HTMLInputElement).value).toBe('1,500'), { timeout: 5_000 });
    const invest = within(panel).getByRole('button', { name: t('invest.invest') }) as HTMLButtonElement;
    expect(invest.disabled).toBe(true);
    fireEvent.change(amount, { target: { value: '800' } });
    expect(within(panel).queryByRole('alert')).toBeNull();
    fireEvent.click(invest);
    await waitFor(() => expect(within(panel).getByTestId('tx-status').dataset.status).toBe('finalized'), {
      timeout: 20_000,
    });
    // the transactions list says how much went where, as a withdrawal's label does
    expect(screen.getAllByTestId('tx-item')[0]?.textContent).toContain(
      'Invest 800.0000 PHA of vault stake in pool #0',
    );
    await waitFor(
      () =>
        expect(BigInt(within(panel).getAllByTestId('invest-position')[0]?.dataset.planck ?? '0')).toBe(
          800n * PHA,
        ),
      { timeout: 20_000 },
    );
    await waitFor(
      () => expect(within(page).getByTestId('vault-free').dataset.planck).toBe((4200n * PHA).toString()),
      {
        timeout: 20_000,
      },
    );

    const shares = within(page).getByTestId('owner-shares');
    fireEvent.change(within(shares).getByTestId('claim-shares-input'), { target: { value: '1' } });
    expect(within(shares).getByRole('alert').textContent).toBe(t('check.sharesMax', { max: '0.0000' }));
    // owner shares typed in English keep their value across a language switch (1,000.5, not 1.0005)
    const claim = within(shares).getByTestId('claim-shares-input') as HTMLInputElement;
    fireEvent.change(claim, { target: { value: '1,000.5' } });
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'id' } });
    await waitFor(() => expect(claim.value).toBe('1.000,5'), { timeout: 5_000 });
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
    await waitFor(() => expect(claim.value).toBe('1,000.5'), { timeout: 5_000 });

    const commission = within(page).getByTestId('vault-commission-form');
    fireEvent.change(within(commission).getByTestId('vault-commission-input'), { target: { value: '0' } });
    expect(within(commission).getByRole('alert').textContent).toBe(t('check.same'));
    fireEvent.change(within(commission).getByTestId('vault-commission-input'), {
      target: { value: '100.5' },
    });
    expect(within(commission).getByRole('alert').textContent).toBe(t('check.percent'));
    // a valid commission goes through, its label saying to what (in either language)
    fireEvent.change(within(commission).getByTestId('vault-commission-input'), { target: { value: '12.5' } });
    fireEvent.click(within(commission).getByRole('button', { name: t('commission.submit') }));
    await waitFor(
      () => expect(within(commission).getByTestId('tx-status').dataset.status).toBe('finalized'),
      { timeout: 20_000 },
    );
    const label = () => screen.getAllByTestId('tx-item')[0]?.querySelector('span')?.textContent;
    expect(label()).toBe('Set the vault commission to 12.50%');
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'id' } });
    await waitFor(() => expect(label()).toBe('Tetapkan komisi vault menjadi 12,50%'), { timeout: 5_000 });
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
  });

  it('marks a pool whose whitelist leaves the vault out, and refuses to invest there before signing', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/manager/1', account: '//Alice' });
    const page = await screen.findByTestId('manager-console', {}, { timeout: 20_000 });
    await waitFor(() => expect(page.dataset.canAct).toBe('yes'), { timeout: 20_000 });
    const panel = within(page).getByTestId('invest-panel');
    const rowOf = (pid: string) =>
      within(panel)
        .getByRole('radio', { name: `#${pid}` })
        .closest('tr') as HTMLElement;
    await waitFor(() => expect(within(rowOf('4')).queryByTestId('invest-whitelisted')).not.toBeNull());
    expect(within(rowOf('4')).getByTestId('invest-whitelisted').textContent).toBe(t('invest.whitelisted'));
    expect(within(rowOf('0')).queryByTestId('invest-whitelisted')).toBeNull();
    fireEvent.click(within(panel).getByRole('radio', { name: '#4' }));
    fireEvent.change(within(panel).getByTestId('invest-amount'), { target: { value: '100' } });
    expect(within(panel).getByRole('alert').textContent).toBe(t('check.whitelist'));
    expect(
      (within(panel).getByRole('button', { name: t('invest.invest') }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('the vault’s public page lists the pool it invests in, with its position there', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/vault/1/pools' });
    const row = await screen.findByTestId('invest-pool', {}, { timeout: 20_000 });
    expect(row.dataset.pid).toBe('0');
    await waitFor(
      () => expect(BigInt(within(row).getAllByRole('cell')[1]?.dataset.planck ?? '0')).toBe(800n * PHA),
      { timeout: 20_000 },
    );
    expect(within(row).getAllByRole('cell')[1]?.textContent).toBe('800.0000 PHA');
  });

  it('withdraws at least the amount typed from a pool, valued as the chain pays it', async () => {
    const pool2 = async () => {
      const b = (await dapp.connection.api.query.phalaBasePool.pools(2)).unwrap().asStakePool.basepool;
      return { totalShares: b.totalShares.toBigInt(), totalValue: b.totalValue.toBigInt() };
    };
    /** The chain's value of shares at the pool's share price (`remove_stake_from_nft`). */
    const chainValue = (p: { totalShares: bigint; totalValue: bigint }, shares: bigint) =>
      bmul(shares, sharePrice(p.totalValue, p.totalShares) ?? 0n);
    const before = await pool2();
    expect(before).toEqual({ totalShares: 4000n * PHA, totalValue: 4070n * PHA });
    // shares truncated from 200 PHA are worth less than 200 PHA on chain
    expect(chainValue(before, (200n * PHA * before.totalShares) / before.totalValue)).toBeLessThan(
      200n * PHA,
    );

    cleanup();
    renderDapp(dapp.connection, { hash: '#/manager/3', account: '//Alice' });
    const page = await screen.findByTestId('manager-console', {}, { timeout: 20_000 });
    await waitFor(() => expect(page.dataset.canAct).toBe('yes'), { timeout: 20_000 });
    const panel = within(page).getByTestId('invest-panel');
    fireEvent.click(within(panel).getByRole('radio', { name: '#2' }));
    fireEvent.change(within(panel).getByTestId('invest-amount'), { target: { value: '200' } });
    // before signing: what the chain pays for the planned shares, 200 PHA and not a planck less
    const shown = await within(panel).findByTestId('divest-value', {}, { timeout: 20_000 });
    expect(shown.dataset.planck).toBe((200n * PHA).toString());
    expect(shown.textContent).toBe(t('invest.withdrawValue', { value: '200.0000 PHA' }));
    const withdraw = within(panel).getByRole('button', { name: t('invest.withdraw') }) as HTMLButtonElement;
    expect(withdraw.disabled).toBe(false);
    fireEvent.click(withdraw);
    await waitFor(() => expect(within(panel).getByTestId('tx-status').dataset.status).toBe('finalized'), {
      timeout: 20_000,
    });
    await waitFor(
      () =>
        expect(screen.getAllByTestId('tx-item')[0]?.textContent).toContain(
          t('invest.withdrawLabel', { amount: '200.0000', pid: '2' }),
        ),
      { timeout: 20_000 },
    );
    // the form empties once the withdrawal is in, as after an investment: no second withdrawal by a click
    await waitFor(
      () => expect((within(panel).getByTestId('invest-amount') as HTMLInputElement).value).toBe(''),
      { timeout: 20_000 },
    );
    expect(within(panel).queryByTestId('divest-value')).toBeNull();
    // the free stake paid it at once: the pool's value fell by what the chain paid, the fewest shares ≥ 200
    const after = await pool2();
    const withdrawn = before.totalShares - after.totalShares;
    expect(before.totalValue - after.totalValue).toBe(200n * PHA);
    expect(chainValue(before, withdrawn)).toBe(200n * PHA);
    expect(chainValue(before, withdrawn - 1n)).toBeLessThan(200n * PHA);

    // "Whole position" fills in the position's exact value (more digits than the table's 4), which
    // withdraws every share the vault holds there: nothing is left behind
    const left = chainValue(after, 1000n * PHA - withdrawn);
    const row = within(panel).getByRole('radio', { name: '#2' }).closest('tr') as HTMLElement;
    await waitFor(
      () => expect(within(row).getByTestId('invest-position').dataset.planck).toBe(left.toString()),
      {
        timeout: 20_000,
      },
    );
    fireEvent.click(within(panel).getByRole('button', { name: t('invest.withdrawAll') }));
    expect((within(panel).getByTestId('invest-amount') as HTMLInputElement).value).toBe(
      formatPhaExact(left, 'en'),
    );
    expect(within(panel).getByTestId('divest-value').dataset.planck).toBe(left.toString());
    fireEvent.click(withdraw);
    await waitFor(() => expect(within(row).getByTestId('invest-position').dataset.planck).toBe('0'), {
      timeout: 20_000,
    });
    expect((await pool2()).totalShares).toBe(3000n * PHA);
  });
});
