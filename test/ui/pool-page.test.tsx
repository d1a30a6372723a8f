// @vitest-environment jsdom
/**
 * UI tier: what a pool page tells the selected account, against the real @polkadot/api and the embedded
 * chain — its position in the pool (shares, value at today's share price, a pending withdrawal; the same
 * numbers as the portfolio), a whitelist-only pool's notice with Delegate disabled and the reason for an
 * account neither whitelisted nor the owner, and one "Available" figure for PHA in every form (free minus
 * locks, what Max keeps back said beside it).
 */
import './setup-dom.js';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharesToValue } from '../../src/api/pools/pool-model.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { formatPha } from '../../src/ui/format.js';
import { translator } from '../../src/ui/i18n/i18n.js';
import { createPool, dispatch, PHA, payReward, startWorker } from '../fixtures/seed-pools.js';
import { type Dapp, renderDapp, ss58, startDapp } from './helpers.js';

let dapp: Dapp;
const t = translator('en');

beforeAll(async () => {
  dapp = await startDapp((chain) => {
    createPool(chain, {
      description: 'Open pool',
      delegations: [
        ['//Bob', 1000n * PHA],
        ['//Charlie', 500n * PHA],
      ],
    }); // 0
    createPool(chain, { description: 'Members only', whitelist: ['//Bob'] }); // 1
    createPool(chain, { description: 'Dave’s pool', delegations: [['//Dave', 100n * PHA]] }); // 2
    // rewards raise pool 0's share price above 1; Charlie's full withdrawal outruns its free stake and queues
    const worker = startWorker(chain, 0n, '//Alice', 0, 1400n * PHA);
    payReward(chain, worker, 50n);
    dispatch(chain, '//Charlie', 'PhalaStakePoolv2.withdraw', {
      pid: 0n,
      shares: 500n * PHA,
      as_vault: null,
    });
    // a vesting schedule freezes 700 PHA of Dave's (starting far ahead: nothing unlocks meanwhile)
    dispatch(chain, '//Alice', 'Vesting.vested_transfer', {
      target: accountId('//Dave'),
      schedule: { locked: 700n * PHA, per_block: PHA, starting_block: 1_000_000n },
    });
  });
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

/** Pool 0's shares and value as the chain holds them. */
async function pool0() {
  const p = (await dapp.connection.api.query.phalaBasePool.pools(0)).unwrap();
  const base = p.isStakePool ? p.asStakePool.basepool : p.asVault.basepool;
  return { totalShares: base.totalShares.toBigInt(), totalValue: base.totalValue.toBigInt() };
}

const delegateButton = (form: HTMLElement) =>
  within(form).getByRole('button', { name: t('form.submit.delegate') }) as HTMLButtonElement;

/** The hint under an amount input (the element its aria-describedby names, ending in -hint). */
const hintOf = (input: HTMLElement): string => {
  const id = (input.getAttribute('aria-describedby') ?? '').split(' ').find((x) => x.endsWith('-hint'));
  return (id && document.getElementById(id)?.textContent) || '';
};

async function openPool(hash: string, account?: string) {
  cleanup();
  renderDapp(dapp.connection, { hash, ...(account ? { account } : {}) });
  return screen.findByTestId('delegate-form', {}, { timeout: 20_000 });
}

describe('your position on the pool page', () => {
  it("shows the account's shares and their value at today's share price, as the portfolio does", async () => {
    const pool = await pool0();
    const value = sharesToValue(pool, 1000n * PHA);
    expect(value).toBeGreaterThan(1000n * PHA); // the reward moved the price
    await openPool('#/pool/0', '//Bob');
    const block = await screen.findByTestId('pool-position', {}, { timeout: 20_000 });
    expect(within(block).getByRole('heading').textContent).toBe(t('pool.position.heading'));
    expect(within(block).getByTestId('position-shares').textContent).toBe('1,000.0000');
    const shown = within(block).getByTestId('position-value');
    expect(shown.dataset.planck).toBe(value.toString());
    expect(shown.textContent).toBe(`${formatPha(value, 'en')} PHA`);
    expect(within(block).queryByTestId('position-pending')).toBeNull();

    cleanup();
    renderDapp(dapp.connection, { hash: '#/portfolio', account: '//Bob' });
    const card = await screen.findByTestId('nft-card', {}, { timeout: 20_000 });
    expect(within(card).getByTestId('nft-value').dataset.planck).toBe(value.toString());
  });

  it('shows a withdrawal of the account waiting in the pool’s queue', async () => {
    await openPool('#/pool/0', '//Charlie');
    const pending = await screen.findByTestId('position-pending', {}, { timeout: 20_000 });
    const planck = BigInt(pending.dataset.planck ?? '0');
    expect(planck).toBeGreaterThan(0n);
    expect(pending.textContent).toMatch(new RegExp(`^${formatPha(planck, 'en')} PHA \\(.+ shares\\)$`));

    cleanup();
    renderDapp(dapp.connection, { hash: '#/portfolio', account: '//Charlie' });
    const item = await screen.findByTestId('queued-item', {}, { timeout: 20_000 });
    expect(item.textContent).toContain(`${formatPha(planck, 'en')} PHA`);
  });

  it('is not shown for an account without a position in the pool', async () => {
    // Dave's delegations loaded (his position in pool 2 shown), then pool 0, where he holds nothing
    await openPool('#/pool/2', '//Dave');
    await screen.findByTestId('pool-position', {}, { timeout: 20_000 });
    window.location.hash = '#/pool/0';
    await screen.findByText('Open pool', {}, { timeout: 20_000 });
    expect(screen.queryByTestId('pool-position')).toBeNull();
  });
});

describe('a whitelist-only pool', () => {
  it('says so to a visitor without an account', async () => {
    const form = await openPool('#/pool/1');
    expect(within(form).getByTestId('whitelist-notice').textContent).toContain(t('form.whitelistNotice'));
    const open = await openPool('#/pool/0');
    expect(within(open).queryByTestId('whitelist-notice')).toBeNull();
  });

  it('disables Delegate, with the reason, for an account neither on the whitelist nor the owner', async () => {
    const form = await openPool('#/pool/1', '//Charlie');
    await screen.findByTestId('balances', {}, { timeout: 20_000 });
    expect(within(form).getByTestId('whitelist-notice').textContent).toContain(t('form.whitelistNotice'));
    expect(within(form).getByRole('alert').textContent).toBe(t('form.whitelist'));
    expect(delegateButton(form).disabled).toBe(true);
    expect((within(form).getByTestId('delegate-amount') as HTMLInputElement).disabled).toBe(true);
    // submitting anyway sends nothing
    fireEvent.submit(form);
    expect(within(form).queryByTestId('tx-status')).toBeNull();
  });

  it('lets a whitelisted account and the owner delegate', async () => {
    for (const who of ['//Bob', '//Alice']) {
      const form = await openPool('#/pool/1', who);
      await waitFor(() => expect(delegateButton(form).disabled).toBe(false), { timeout: 20_000 });
      expect(within(form).getByTestId('whitelist-notice').textContent).toContain(t('form.whitelistAllowed'));
      expect(within(form).queryByRole('alert')).toBeNull();
    }
  });
});

describe('available PHA', () => {
  it('is one figure in the delegate and wrap forms: free minus locks, with what Max keeps said', async () => {
    const dave = ss58('//Dave', dapp.connection);
    const { data } = await dapp.connection.api.query.system.account(dave);
    const frozen = data.frozen.toBigInt();
    expect(frozen).toBe(700n * PHA);
    const available = t('form.available', { amount: formatPha(data.free.toBigInt() - frozen, 'en') });

    const form = await openPool('#/pool/0', '//Dave');
    const delegateInput = within(form).getByTestId('delegate-amount');
    // the fee estimate is in once Max keeps twice it back (0.1 PHA before)
    await waitFor(
      () => {
        expect(within(form).getByTestId('fee').textContent).toMatch(/^Estimated fee/);
        expect(hintOf(delegateInput)).not.toContain('0.1000');
      },
      { timeout: 20_000 },
    );
    const delegateHint = hintOf(delegateInput);
    expect(delegateHint.startsWith(`${available} · `)).toBe(true);
    expect(delegateHint).toMatch(/· Max keeps 0\.\d{4} PHA back for fees$/);

    cleanup();
    renderDapp(dapp.connection, { hash: '#/portfolio', account: '//Dave' });
    const wrap = await screen.findByTestId('wrap-form', {}, { timeout: 20_000 });
    const wrapInput = within(wrap).getByTestId('wrap-amount');
    await waitFor(() => expect(hintOf(wrapInput).startsWith(`${available} · `)).toBe(true), {
      timeout: 20_000,
    });
    expect(hintOf(wrapInput)).toMatch(/· Max keeps 0\.\d{4} PHA back for fees$/);
  });
});
