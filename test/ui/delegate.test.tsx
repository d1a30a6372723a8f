// @vitest-environment jsdom
/**
 * UI tier: the delegator's forms against the real @polkadot/api and the embedded chain — delegate
 * validation (required, number, zero, minimum, capacity, whitelist, balance, Max), the wrap + contribute
 * batch through Ready → In block → Finalized, an on-chain failure decoded into plain words, the NFT and its
 * value in the portfolio, withdraw by amount and by shares with its validation, the queue, W-PHA
 * wrap/unwrap, watch-only accounts, and a refused signature. A delegation or withdrawal the chain refuses
 * keeps the amount typed (the forms empty only once their transaction is in); an amount typed before a
 * language switch keeps its value, written with the new language's separators.
 */
import './setup-dom.js';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainConstants } from '../../src/api/chain-constants.js';
import { contributeTx } from '../../src/api/pools/calls.js';
import { submitTx } from '../../src/api/tx/submit.js';
import { TxStore } from '../../src/api/tx/tx-store.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { bmul, sharePrice } from '../../src/primitives/fixed.js';
import { formatPha } from '../../src/ui/format.js';
import { translator } from '../../src/ui/i18n/i18n.js';
import { txErrorText } from '../../src/ui/problem-text.js';
import { createPool, dispatch, PHA, payReward, startWorker } from '../fixtures/seed-pools.js';
import { type Dapp, renderDapp, ss58, startDapp } from './helpers.js';

let dapp: Dapp;
const t = translator('en');

beforeAll(async () => {
  dapp = await startDapp((chain) => {
    createPool(chain, { description: 'Open pool', commission: 100_000, cap: 5000n * PHA }); // 0
    createPool(chain, { description: 'Members only', whitelist: ['//Bob'] }); // 1
    createPool(chain, { vault: true, description: 'A vault' }); // 2
    // rewards raise pool 3's share price to 3070/3000: a typed amount is no whole number of shares
    createPool(chain, { description: 'Rewarded pool', delegations: [['//Eve', 3000n * PHA]] }); // 3
    const worker = startWorker(chain, 3n, '//Alice', 0, 1400n * PHA);
    for (const pha of [50n, 7n, 13n]) payReward(chain, worker, pha);
    createPool(chain, { description: 'Spare pool', delegations: [['//Charlie', 100n * PHA]] }); // 4
  });
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

const amountInput = (form: HTMLElement) => within(form).getByTestId('delegate-amount') as HTMLInputElement;

async function openDelegate(hash: string, account = '//Alice') {
  cleanup();
  renderDapp(dapp.connection, { hash, account });
  const form = await screen.findByTestId('delegate-form', {}, { timeout: 20_000 });
  // the selected dev account is loaded (balances shown)
  await screen.findByTestId('balances', {}, { timeout: 20_000 });
  await waitFor(
    () =>
      expect(
        (within(form).getByRole('button', { name: t('form.submit.delegate') }) as HTMLButtonElement).disabled,
      ).toBe(false),
    {
      timeout: 20_000,
    },
  );
  return form;
}

const finalStatus = async (form: HTMLElement) =>
  waitFor(
    () => {
      const s = within(form).getByTestId('tx-status');
      expect(['finalized', 'failed']).toContain(s.dataset.status);
      return s;
    },
    { timeout: 20_000 },
  );

describe('delegate form', () => {
  it('validates the amount before anything is signed', async () => {
    const form = await openDelegate('#/pool/0');
    const input = amountInput(form);
    const problem = () => within(form).getByRole('alert').textContent;
    fireEvent.change(input, { target: { value: 'abc' } });
    expect(problem()).toBe(t('amount.notANumber'));
    fireEvent.change(input, { target: { value: '0' } });
    expect(problem()).toBe(t('form.zero'));
    fireEvent.change(input, { target: { value: '0.001' } });
    expect(problem()).toBe(t('form.belowMin', { min: '0.0100' }));
    fireEvent.change(input, { target: { value: '6000' } });
    expect(problem()).toBe(t('form.cap', { room: '5,000.0000', cap: '5,000.0000' }));
    fireEvent.change(input, { target: { value: '' } });
    expect(problem()).toBe(t('form.required'));
    fireEvent.click(within(form).getByRole('button', { name: t('common.max') }));
    expect(input.value).toBe('5,000');
    expect(within(form).queryByRole('alert')).toBeNull();
    // submitting an invalid amount sends nothing
    fireEvent.change(input, { target: { value: '-1' } });
    fireEvent.submit(form);
    expect(within(form).queryByTestId('tx-status')).toBeNull();
  });

  it('previews the fee of the extrinsic that will be signed: plain contribute, or the wrap batch', async () => {
    dispatch(dapp.chain, '//Ferdie', 'PhalaWrappedBalances.wrap', { amount: 50n * PHA });
    await dapp.chain.newBlocks(1);
    const { api } = dapp.connection;
    const { minContribution } = chainConstants(api);
    const ferdie = ss58('//Ferdie', dapp.connection);
    const feeOf = async (wrap: bigint) =>
      t('tx.fee', {
        fee: formatPha(
          (
            await contributeTx(api, 'StakePool', 0n, minContribution, wrap).paymentInfo(ferdie)
          ).partialFee.toBigInt(),
          'en',
        ),
      });
    const [plain, batch] = [await feeOf(0n), await feeOf(minContribution)];
    expect(plain).not.toBe(batch);
    const form = await openDelegate('#/pool/0', '//Ferdie');
    const fee = () => within(form).getByTestId('fee').textContent;
    fireEvent.change(amountInput(form), { target: { value: '20' } });
    expect(within(form).queryByTestId('wrap-note')).toBeNull();
    await waitFor(() => expect(fee()).toBe(plain), { timeout: 20_000 });
    fireEvent.change(amountInput(form), { target: { value: '100' } });
    await within(form).findByTestId('wrap-note');
    await waitFor(() => expect(fee()).toBe(batch), { timeout: 20_000 });
  });

  it('explains the whitelist before signing, and lets the owner delegate', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/pool/1', account: '//Charlie' });
    const form = await screen.findByTestId('delegate-form', {}, { timeout: 20_000 });
    await waitFor(() => expect(within(form).getByRole('alert').textContent).toBe(t('form.whitelist')), {
      timeout: 20_000,
    });
    expect(
      (within(form).getByRole('button', { name: t('form.submit.delegate') }) as HTMLButtonElement).disabled,
    ).toBe(true);
    // the owner (//Alice) is not on the list but may contribute (Khala's contribute allows the owner)
    const owner = await openDelegate('#/pool/1');
    expect(within(owner).queryByRole('alert')).toBeNull();
  });

  it('shows how much of the free balance is locked, which the form cannot spend', async () => {
    // a vesting schedule freezes what it has not released yet (starting far ahead: nothing unlocks meanwhile)
    dispatch(dapp.chain, '//Alice', 'Vesting.vested_transfer', {
      target: accountId('//Eve'),
      schedule: { locked: 700n * PHA, per_block: PHA, starting_block: 1_000_000n },
    });
    await dapp.chain.newBlocks(1);
    cleanup();
    renderDapp(dapp.connection, { hash: '#/pool/0', account: '//Eve' });
    const locked = await screen.findByTestId('balance-locked', {}, { timeout: 20_000 });
    expect(locked.textContent).toBe(`(${t('wallet.locked', { amount: '700.0000' })})`);
    expect(locked.textContent).toBe('(700.0000 of it locked)');
    expect(locked.title).toBe(t('wallet.lockedHint'));
  });

  it('asks a visitor without an account to pick one, and does not yet say the account is off the whitelist', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/pool/1' });
    const form = await screen.findByTestId('delegate-form', {}, { timeout: 20_000 });
    expect(within(form).getByTestId('signer-notice').textContent).toBe(t('tx.noAccount'));
    // a hint, not an alert: nothing has failed yet
    expect(within(form).queryAllByRole('alert')).toEqual([]);
  });

  it('wraps and contributes in one batch: Ready → In block → Finalized, then the NFT shows its value', async () => {
    const form = await openDelegate('#/pool/0');
    fireEvent.change(amountInput(form), { target: { value: '100' } });
    expect(within(form).getByTestId('wrap-note').textContent).toBe(
      t('form.wrapNote', { amount: '100.0000' }),
    );
    await waitFor(
      () => expect(within(form).getByTestId('fee').textContent).toMatch(/Estimated fee: 0\.\d+ PHA/),
      {
        timeout: 20_000,
      },
    );
    const seen = new Set<string>();
    const observer = new MutationObserver(() => {
      const s = form.querySelector<HTMLElement>('[data-testid="tx-status"]')?.dataset.status;
      if (s) seen.add(s);
    });
    observer.observe(form, { subtree: true, childList: true, attributes: true });
    fireEvent.submit(form);
    const status = await finalStatus(form);
    observer.disconnect();
    expect(status.dataset.status).toBe('finalized');
    const block = Number(dapp.chain.head.header.number);
    await waitFor(() => expect(status.textContent).toBe(t('tx.status.finalizedIn', { block })));
    expect([...seen]).toEqual(expect.arrayContaining(['ready', 'finalized']));
    // the transactions list records it
    expect(screen.getAllByTestId('tx-item')[0]?.textContent).toContain('Delegate 100.0000 PHA to #0');

    cleanup();
    renderDapp(dapp.connection, { hash: '#/portfolio', account: '//Alice' });
    const card = await screen.findByTestId('nft-card', {}, { timeout: 20_000 });
    expect(card.dataset.pid).toBe('0');
    expect(within(card).getByTestId('nft-value').dataset.planck).toBe((100n * PHA).toString());
  });

  it('an amount typed before a language switch keeps its value, written in the new language', async () => {
    const form = await openDelegate('#/pool/0');
    const language = screen.getByTestId('language');
    fireEvent.change(amountInput(form), { target: { value: '1,000' } });
    fireEvent.change(language, { target: { value: 'id' } });
    // a thousand PHA, not 1 PHA read with the Indonesian separators
    await waitFor(() => expect(amountInput(form).value).toBe('1.000'), { timeout: 5_000 });
    fireEvent.change(amountInput(form), { target: { value: '2,5' } });
    fireEvent.change(language, { target: { value: 'en' } });
    await waitFor(() => expect(amountInput(form).value).toBe('2.5'), { timeout: 5_000 });
  });

  it('decodes an on-chain failure into plain words', async () => {
    const form = await openDelegate('#/pool/0');
    // the owner lowers the cap behind the page's back (no block yet, so the page still allows 200)
    dispatch(dapp.chain, '//Alice', 'PhalaStakePoolv2.set_cap', { pid: 0n, cap: 150n * PHA });
    fireEvent.change(amountInput(form), { target: { value: '200' } });
    fireEvent.submit(form);
    const status = await finalStatus(form);
    expect(status.dataset.status).toBe('failed');
    expect(status.textContent).toBe(
      t('tx.status.failed', { error: t('error.PhalaStakePoolv2.StakeExceedsCapacity') }),
    );
    // the amount stays, to be corrected and sent again
    expect(amountInput(form).value).toBe('200');
    dispatch(dapp.chain, '//Alice', 'PhalaStakePoolv2.set_cap', { pid: 0n, cap: 5000n * PHA });
    await dapp.chain.newBlocks(1);
  });

  it('delegates to a vault with phalaVault.contribute', async () => {
    // the yield after delegating is named as the pool page names it: a stake pool's APR, a vault's APY
    const yieldAfter = (form: HTMLElement) => within(form).getByTestId('yield-after').textContent ?? '';
    const pool = await openDelegate('#/pool/0', '//Charlie');
    fireEvent.change(amountInput(pool), { target: { value: '10' } });
    expect(yieldAfter(pool).startsWith(t('form.aprAfter', { apr: '' }))).toBe(true);
    const form = await openDelegate('#/vault/2', '//Charlie');
    fireEvent.change(amountInput(form), { target: { value: '10' } });
    expect(yieldAfter(form).startsWith(t('form.apyAfter', { apr: '' }))).toBe(true);
    fireEvent.submit(form);
    expect((await finalStatus(form)).dataset.status).toBe('finalized');
  });

  it('a watch-only address cannot sign', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/pool/0' });
    const watchInput = await screen.findByLabelText(
      t('wallet.watch'),
      { selector: 'input' },
      { timeout: 20_000 },
    );
    fireEvent.change(watchInput, { target: { value: 'not an address' } });
    fireEvent.submit(watchInput.closest('form') as HTMLFormElement);
    expect(await screen.findByText(t('wallet.watchInvalid'))).toBeTruthy();
    fireEvent.change(watchInput, { target: { value: ss58('//Watcher', dapp.connection) } });
    fireEvent.submit(watchInput.closest('form') as HTMLFormElement);
    const form = await screen.findByTestId('delegate-form', {}, { timeout: 20_000 });
    await waitFor(() => expect(form.textContent).toContain(t('tx.watchOnly')), { timeout: 10_000 });
    expect(
      (within(form).getByRole('button', { name: t('form.submit.delegate') }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});

describe('withdraw and W-PHA forms', () => {
  it('validates and withdraws by amount and by shares; the pool value falls', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/portfolio', account: '//Alice' });
    const card = await screen.findByTestId('nft-card', {}, { timeout: 20_000 });
    const form = within(card).getByTestId('withdraw-form');
    const input = within(form).getByTestId('withdraw-amount') as HTMLInputElement;
    fireEvent.change(input, { target: { value: 'x' } });
    expect(within(form).getByRole('alert').textContent).toBe(t('amount.notANumber'));
    fireEvent.click(within(form).getByLabelText(t('form.byShares')));
    fireEvent.change(input, { target: { value: '101' } });
    expect(within(form).getByRole('alert').textContent).toBe(
      t('form.notEnoughShares', { shares: '100.0000' }),
    );
    fireEvent.click(within(form).getByLabelText(t('form.byAmount')));
    fireEvent.change(input, { target: { value: '40' } });
    expect(within(form).queryByRole('alert')).toBeNull();
    await waitFor(() =>
      expect(
        (within(form).getByRole('button', { name: t('form.submit.withdraw') }) as HTMLButtonElement).disabled,
      ).toBe(false),
    );
    fireEvent.submit(form);
    expect((await finalStatus(form)).dataset.status).toBe('finalized');
    // the transactions list says how much was withdrawn, as it does for a delegation
    expect(screen.getAllByTestId('tx-item')[0]?.textContent).toContain('Withdraw 40.0000 PHA from #0');
    await waitFor(
      () =>
        expect(within(screen.getByTestId('nft-card')).getByTestId('nft-value').dataset.planck).toBe(
          (60n * PHA).toString(),
        ),
      { timeout: 20_000 },
    );
    const form2 = within(screen.getByTestId('nft-card')).getByTestId('withdraw-form');
    fireEvent.click(within(form2).getByLabelText(t('form.byShares')));
    fireEvent.change(within(form2).getByTestId('withdraw-amount'), { target: { value: '10' } });
    fireEvent.submit(form2);
    expect((await finalStatus(form2)).dataset.status).toBe('finalized');
    // by shares: their value at the share price (1 PHA a share here)
    expect(screen.getAllByTestId('tx-item')[0]?.textContent).toContain('Withdraw 10.0000 PHA from #0');
    await waitFor(
      () =>
        expect(within(screen.getByTestId('nft-card')).getByTestId('nft-value').dataset.planck).toBe(
          (50n * PHA).toString(),
        ),
      { timeout: 20_000 },
    );
  });

  it('withdraws at least the amount typed on the pool page, and the whole holding by Max', async () => {
    const pool3 = async () => {
      const b = (await dapp.connection.api.query.phalaBasePool.pools(3)).unwrap().asStakePool.basepool;
      return { totalShares: b.totalShares.toBigInt(), totalValue: b.totalValue.toBigInt() };
    };
    /** The chain's value of shares at the pool's share price (`remove_stake_from_nft`). */
    const chainValue = (p: { totalShares: bigint; totalValue: bigint }, shares: bigint) =>
      bmul(shares, sharePrice(p.totalValue, p.totalShares) ?? 0n);
    /** The newest transaction in the list reads `label` and is final (the form itself goes with the NFT). */
    const txDone = (label: string) =>
      waitFor(
        () => {
          const item = screen.getAllByTestId('tx-item')[0];
          expect(item?.textContent).toContain(label);
          expect(item?.dataset.status).toBe('finalized');
        },
        { timeout: 20_000 },
      );
    const before = await pool3();
    expect(before).toEqual({ totalShares: 3000n * PHA, totalValue: 3070n * PHA });
    cleanup();
    renderDapp(dapp.connection, { hash: '#/pool/3', account: '//Eve' });
    const section = await screen.findByTestId('pool-withdraw', {}, { timeout: 20_000 });
    const form = within(section).getByTestId('withdraw-form');
    const submit = () =>
      within(form).getByRole('button', { name: t('form.submit.withdraw') }) as HTMLButtonElement;
    fireEvent.change(within(form).getByTestId('withdraw-amount'), { target: { value: '200' } });
    expect(within(form).queryByRole('alert')).toBeNull();
    // the preview's requested value: what the chain pays for the shares, not a planck less than typed
    const requested = await within(form).findByTestId('preview-requested', {}, { timeout: 20_000 });
    expect(requested.dataset.planck).toBe((200n * PHA).toString());
    await waitFor(() => expect(submit().disabled).toBe(false), { timeout: 20_000 });
    fireEvent.submit(form);
    await txDone('Withdraw 200.0000 PHA from #3');
    // the free stake paid it at once: the pool's value fell by what the chain paid, ≥ the 200 typed
    const after = await pool3();
    expect(before.totalValue - after.totalValue).toBe(200n * PHA);
    const withdrawn = before.totalShares - after.totalShares;
    expect(chainValue(before, withdrawn)).toBe(200n * PHA);
    expect(chainValue(before, withdrawn - 1n)).toBeLessThan(200n * PHA);

    // Max: the whole holding, every share Eve holds (the only delegator), never more — once the page has
    // read what the first withdrawal left
    const form2 = within(await screen.findByTestId('pool-withdraw')).getByTestId('withdraw-form');
    await waitFor(
      () => {
        fireEvent.click(within(form2).getByRole('button', { name: t('common.max') }));
        expect(within(form2).getByTestId('preview-requested').dataset.planck).toBe(
          chainValue(after, after.totalShares).toString(),
        );
      },
      { timeout: 20_000 },
    );
    // the holding shown is what withdrawing all of it pays (2,869.9999…, not the plain ratio's 2,870),
    // so Max's label reads the value shown
    expect(after.totalValue).toBe(2870n * PHA);
    const whole = chainValue(after, after.totalShares);
    expect(whole).toBeLessThan(2870n * PHA);
    await waitFor(() => expect(screen.getByTestId('position-value').dataset.planck).toBe(whole.toString()), {
      timeout: 20_000,
    });
    const shown = screen.getByTestId('position-value').textContent;
    expect(shown).toBe(`${formatPha(whole, 'en')} PHA`);
    const submit2 = within(form2).getByRole('button', {
      name: t('form.submit.withdraw'),
    }) as HTMLButtonElement;
    await waitFor(() => expect(submit2.disabled).toBe(false), { timeout: 20_000 });
    fireEvent.submit(form2);
    await txDone(`Withdraw ${shown} from #3`);
    // nothing left in the delegation NFT: the withdraw form goes, the request waits in the queue
    await waitFor(() => expect(screen.queryByTestId('pool-withdraw')).toBeNull(), { timeout: 20_000 });
    const queue = (await dapp.connection.api.query.phalaBasePool.pools(3)).unwrap().asStakePool.basepool
      .withdrawQueue;
    expect(queue.length).toBe(1);
  });

  it('a withdrawal the chain refuses keeps the amount typed', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/pool/4', account: '//Charlie' });
    const section = await screen.findByTestId('pool-withdraw', {}, { timeout: 20_000 });
    const form = within(section).getByTestId('withdraw-form');
    const input = within(form).getByTestId('withdraw-amount') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '20' } });
    const submit = within(form).getByRole('button', { name: t('form.submit.withdraw') }) as HTMLButtonElement;
    await waitFor(() => expect(submit.disabled).toBe(false), { timeout: 20_000 });
    // Charlie withdraws everything elsewhere behind the page's back (no block yet, so the page still allows 20)
    dispatch(dapp.chain, '//Charlie', 'PhalaStakePoolv2.withdraw', {
      pid: 4n,
      shares: 100n * PHA,
      as_vault: null,
    });
    fireEvent.submit(form);
    expect((await finalStatus(form)).dataset.status).toBe('failed');
    expect(input.value).toBe('20');
  });

  it('wraps and unwraps W-PHA with balance checks', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/portfolio', account: '//Dave' });
    const form = await screen.findByTestId('wrap-form', {}, { timeout: 20_000 });
    const input = within(form).getByTestId('wrap-amount');
    fireEvent.change(input, { target: { value: '2000000' } });
    await waitFor(() =>
      expect(within(form).getByRole('alert').textContent).toMatch(/^You can use at most 999,99/),
    );
    fireEvent.change(input, { target: { value: '25' } });
    fireEvent.submit(form);
    expect((await finalStatus(form)).dataset.status).toBe('finalized');
    await waitFor(() => expect(screen.getByTestId('balances').textContent).toContain('W-PHA: 25'), {
      timeout: 20_000,
    });
    fireEvent.click(within(form).getByLabelText(t('form.submit.unwrap')));
    fireEvent.change(input, { target: { value: '30' } });
    expect(within(form).getByRole('alert').textContent).toBe(t('form.tooMuch', { max: '25.0000' }));
    fireEvent.change(input, { target: { value: '5' } });
    fireEvent.submit(form);
    await waitFor(() => expect(screen.getByTestId('balances').textContent).toContain('W-PHA: 20'), {
      timeout: 20_000,
    });
  });
});

describe('transaction lifecycle', () => {
  it('reports a refused signature in plain words', async () => {
    const store = new TxStore();
    const api = dapp.connection.api;
    const rec = await submitTx({
      api,
      tx: api.tx.phalaWrappedBalances!.wrap!(PHA),
      account: {
        address: ss58('//Eve', dapp.connection),
        source: 'extension',
        signer: {
          signPayload: () => Promise.reject(new Error('Cancelled by the user')),
        },
      },
      label: { key: 'tx.label.wrap', params: { amount: '1' } },
      store,
    });
    expect(rec.status).toBe('failed');
    expect(txErrorText(t, rec.error!)).toBe(t('tx.cancelled'));
  });

  it('words a chain without the W-PHA asset (Rhala genesis under Chopsticks) in plain words', () => {
    expect(txErrorText(t, { code: 'Token.UnknownAsset', docs: '' })).toContain('no W-PHA asset');
    expect(txErrorText(translator('id'), { code: 'Token.UnknownAsset', docs: '' })).toContain('W-PHA');
  });
});
