// @vitest-environment jsdom
/**
 * UI tier: the operator console against the real @polkadot/api and the embedded chain — the stake bounds
 * reproduce the chain's k·√P and Vmax numbers; every operator form is validated before signing
 * (commission range and rise warning, cap below the pool's value, whitelist length and addresses,
 * description length, stake bounds and free stake); a valid cap and a worker start go through to
 * finalized and show on the console; a non-owner sees every owner action disabled and, when such a call
 * is sent anyway, the chain refuses it and the UI says why; a transaction sent in English reads in Bahasa
 * Indonesia in the transactions list after the language switch, saying the capacity or stake it sets
 * and how many workers a batch stops (in the plural rules of the language); a capacity or stake typed
 * before the switch keeps its value. Also the vault manager's owner gating.
 */
import './setup-dom.js';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitTx } from '../../src/api/tx/submit.js';
import { TxStore } from '../../src/api/tx/tx-store.js';
import { forceRegisterWorkerWith } from '../../src/pallets-mock/pallets/phala-registry/index.js';
import { accountId, publicKey } from '../../src/pallets-mock/primitives/account.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { en } from '../../src/stakepool/operator/i18n/en.js';
import { id } from '../../src/stakepool/operator/i18n/id.js';
import { setCapTx } from '../../src/stakepool/operator/operator-calls.js';
import {
  checkStake,
  checkWhitelistAdd,
  MAX_WHITELIST_LEN,
} from '../../src/stakepool/operator/operator-checks.js';
import {
  initialVe,
  maxStake,
  minStake,
  type StakeParams,
} from '../../src/stakepool/operator/stake-bounds.js';
import { explainError } from '../../src/stakepool/operator/use-op-t.js';
import { formatParams, formatV, V_DIGITS } from '../../src/ui/format.js';
import { featureTranslator } from '../../src/ui/i18n/feature-catalogue.js';
import { TxOutcome } from '../../src/ui/tx-outcome.js';
import { createPool, dispatch, PHA, startWorker } from '../fixtures/seed-pools.js';
import { type Dapp, fakeSimStartWorker, renderDapp, ss58, startDapp } from './helpers.js';

let dapp: Dapp;
let ready: string;
const t = featureTranslator({ en, id }, 'en');

/** fixed_macro's fp!(int.frac): round-to-nearest U64F64 bits. */
const fp = (int: bigint, frac = 0n, fracDigits = 1n) =>
  (int << 64n) + (((frac << 65n) / 10n ** fracDigits + 1n) >> 1n);
/** Genesis parameters (phala-pallets §6.3): k 100, Rᵉ 1.3, rig_k 0.3, rig_b 0, Vmax 30000. */
const GENESIS: StakeParams = { k: fp(100n), re: fp(1n, 3n), rigK: fp(0n, 3n), rigB: 0n, vMax: fp(30_000n) };

beforeAll(async () => {
  dapp = await startDapp((chain) => {
    createPool(chain, { owner: '//Alice', commission: 100_000, delegations: [['//Bob', 30_000n * PHA]] }); // 0
    createPool(chain, { owner: '//Alice', vault: true, delegations: [['//Charlie', 5_000n * PHA]] }); // 1
    startWorker(chain, 0n, '//Alice', 1, 2_000n * PHA);
    ready = toHex(publicKey('//worker/ready'));
    chain.kernel.enter(() =>
      chain.kernel.transactional(() =>
        forceRegisterWorkerWith({ pubkey: ready, operator: accountId('//Alice'), initialScore: 100n }),
      ),
    );
    dispatch(chain, '//Alice', 'PhalaStakePoolv2.add_worker', { pid: 0n, pubkey: ready });
  });
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

/** Opens a console (a section of it: `#/operator/0/settings`) with `account` selected. */
async function openConsole(account: string, hash = '#/operator/0') {
  cleanup();
  renderDapp(dapp.connection, { hash, account });
  const page = await screen.findByTestId(
    hash.startsWith('#/manager') ? 'manager-console' : 'operator-console',
    {},
    { timeout: 20_000 },
  );
  await screen.findByTestId('balances', {}, { timeout: 20_000 });
  return page;
}

/** Opens another section of the console, as a click on its tab does. */
async function openSection(name: string, testId: string) {
  fireEvent.mouseDown(screen.getByRole('tab', { name }));
  return screen.findByTestId(testId, {}, { timeout: 20_000 });
}

const finalStatus = async (el: HTMLElement) =>
  waitFor(
    () => {
      const s = within(el).getByTestId('tx-status');
      expect(['finalized', 'failed']).toContain(s.dataset.status);
      return s;
    },
    { timeout: 20_000 },
  );

describe('stake bounds', () => {
  it('reproduce the pallet: minimal_stake(1000) and Ve at CL 1..5, max stake within Vmax', () => {
    expect(minStake(GENESIS, 1000)).toBe(3162_277660146355n);
    expect(minStake(GENESIS, 100)).toBe(1000n * PHA);
    // Ve(1000 PHA, P=1000) = 1690 (CL1-3), 1612 (CL4), 1573 (CL5), within a few ulps of the Rust numbers
    const ve = (cl: number) => Number(initialVe(GENESIS, 1000n * PHA, 1000, cl)) / 2 ** 64;
    expect(ve(1)).toBeCloseTo(1690, 9);
    expect(ve(4)).toBeCloseTo(1612, 9);
    expect(ve(5)).toBeCloseTo(1573, 9);
    const max = maxStake(GENESIS, 100, 1);
    expect(initialVe(GENESIS, max, 100, 1) <= GENESIS.vMax).toBe(true);
    expect(initialVe(GENESIS, max + 1n, 100, 1) > GENESIS.vMax).toBe(true);
    expect(max / PHA).toBe(23_046n); // 30000 / 1.3 − 0.3·100
  });

  it('checks stake against min, max, free stake and the current stake of a restart', () => {
    const l = { min: 1000n * PHA, max: 23_000n * PHA, free: 5000n * PHA };
    expect(checkStake('999', l, 'en')).toMatchObject({ ok: false, problem: { key: 'check.stakeBelowMin' } });
    expect(checkStake('23001', l, 'en')).toMatchObject({
      ok: false,
      problem: { key: 'check.stakeAboveMax' },
    });
    // says by how much the free stake is short
    expect(checkStake('6000', l, 'en')).toEqual({
      ok: false,
      problem: { key: 'check.stakeAboveFree', params: { free: 5000n * PHA, short: 1000n * PHA } },
    });
    expect(checkStake('2000', { ...l, current: 2000n * PHA }, 'en')).toMatchObject({
      ok: false,
      problem: { key: 'check.stakeNotMore' },
    });
    expect(checkStake('6000', { ...l, current: 2000n * PHA }, 'en')).toEqual({
      ok: true,
      amount: 6000n * PHA,
    });
    expect(checkStake('1000', l, 'en')).toEqual({ ok: true, amount: 1000n * PHA });
  });

  it('checks the whitelist length limit and addresses', () => {
    const norm = (a: string) => (/^0x[0-9a-f]{64}$/.test(a) ? a : undefined);
    const key = (i: number) => `0x${i.toString(16).padStart(64, '0')}`;
    const current = Array.from({ length: MAX_WHITELIST_LEN - 1 }, (_, i) => key(i + 1));
    expect(checkWhitelistAdd(`${key(500)} ${key(501)}`, current, norm)).toMatchObject({
      ok: false,
      problem: { key: 'check.whitelistFull' },
    });
    expect(checkWhitelistAdd(key(500), current, norm)).toEqual({ ok: true, add: [key(500)] });
    expect(checkWhitelistAdd(key(1), current, norm)).toMatchObject({
      ok: false,
      problem: { key: 'check.already' },
    });
    expect(checkWhitelistAdd('nope', current, norm)).toMatchObject({
      ok: false,
      problem: { key: 'check.address' },
    });
  });
});

describe('operator console (owner)', () => {
  it('validates commission, cap, whitelist and description before signing', async () => {
    const page = await openConsole('//Alice', '#/operator/0/settings');
    expect(page.dataset.canAct).toBe('yes');
    const commission = within(page).getByTestId('commission-form');
    const cInput = within(commission).getByTestId('commission-input');
    const cSubmit = within(commission).getByRole('button', { name: t('commission.submit') });
    fireEvent.change(cInput, { target: { value: '101' } });
    expect(within(commission).getByRole('alert').textContent).toBe(t('check.percent'));
    expect((cSubmit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(cInput, { target: { value: '-1' } });
    expect(within(commission).getByRole('alert').textContent).toBe(t('check.percent'));
    fireEvent.change(cInput, { target: { value: '25' } });
    expect(within(commission).getByTestId('commission-rise').textContent).toBe(
      t('commission.rise', { from: '10.00%', to: '25.00%' }),
    );
    expect((cSubmit as HTMLButtonElement).disabled).toBe(false);
    fireEvent.change(cInput, { target: { value: '5' } });
    expect(within(commission).queryByTestId('commission-rise')).toBeNull();

    const cap = within(page).getByTestId('cap-form');
    const capInput = within(cap).getByTestId('cap-input');
    fireEvent.change(capInput, { target: { value: '29999' } });
    expect(within(cap).getByRole('alert').textContent).toBe(
      t('check.capBelowValue', { value: '30,000.0000' }),
    );
    expect((within(cap).getByRole('button', { name: t('cap.submit') }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.change(capInput, { target: { value: 'x' } });
    expect(within(cap).getByRole('alert').textContent).toBe(t('check.number'));

    const wl = within(page).getByTestId('whitelist-form');
    fireEvent.change(within(wl).getByTestId('whitelist-input'), { target: { value: 'not-an-address' } });
    expect(within(wl).getByRole('alert').textContent).toBe(t('check.address', { address: 'not-an-address' }));
    const many = Array.from({ length: 101 }, (_, i) => `0x${(i + 1).toString(16).padStart(64, '0')}`).join(
      '\n',
    );
    fireEvent.change(within(wl).getByTestId('whitelist-input'), { target: { value: many } });
    expect(within(wl).getByRole('alert').textContent).toBe(t('check.whitelistFull', { max: '100' }));

    const desc = within(page).getByTestId('description-form');
    fireEvent.change(within(desc).getByTestId('description-input'), { target: { value: 'é'.repeat(2201) } });
    expect(within(desc).getByRole('alert').textContent).toBe(
      t('check.descriptionLong', { bytes: '4402', max: '4400' }),
    );
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b>';
    fireEvent.change(within(desc).getByTestId('description-input'), { target: { value: hostile } });
    expect(within(desc).getByTestId('description-preview').textContent).toBe(hostile);
    expect(within(desc).getByTestId('description-preview').querySelector('img')).toBeNull();
  });

  it('sets a valid cap through to finalized and shows it', async () => {
    const page = await openConsole('//Alice', '#/operator/0/settings');
    const cap = within(page).getByTestId('cap-form');
    fireEvent.change(within(cap).getByTestId('cap-input'), { target: { value: '40000' } });
    fireEvent.click(within(cap).getByRole('button', { name: t('cap.submit') }));
    expect((await finalStatus(cap)).dataset.status).toBe('finalized');
    await waitFor(
      () => expect(within(page).getByTestId('operator-stats').textContent).toContain('40,000.0000 PHA'),
      {
        timeout: 20_000,
      },
    );
  });

  it('shows the workers, validates the stake against k·√P and Vmax, starts a Ready worker and restarts it with more stake', async () => {
    const page = await openConsole('//Alice');
    const cards = await within(page).findAllByTestId('worker-card', {}, { timeout: 20_000 });
    expect(cards.map((c) => c.dataset.state).sort()).toEqual(['Ready', 'WorkerIdle']);
    const card = cards.find((c) => c.dataset.pubkey === ready) as HTMLElement;
    const form = within(card).getByTestId('stake-form');
    const bounds = within(form).getByTestId('stake-bounds');
    expect(BigInt(bounds.dataset.min ?? '0')).toBe(1000n * PHA);
    expect(BigInt(bounds.dataset.max ?? '0') / PHA).toBe(23_046n);
    const input = within(form).getByTestId('stake-input');
    const submit = within(form).getByRole('button', { name: t('stake.start') }) as HTMLButtonElement;
    fireEvent.change(input, { target: { value: '999' } });
    expect(within(form).getByRole('alert').textContent).toBe(t('check.stakeBelowMin', { min: '1,000.0000' }));
    expect(submit.disabled).toBe(true);
    fireEvent.change(input, { target: { value: '23047' } });
    expect(within(form).getByRole('alert').textContent).toMatch(/^The stake must be at most 23,046\.\d+ PHA/);
    fireEvent.change(input, { target: { value: '1500' } });
    expect(within(form).queryByRole('alert')).toBeNull();
    fireEvent.click(submit);
    expect((await finalStatus(form)).dataset.status).toBe('finalized');
    // the label says the stake it starts with
    expect(screen.getAllByTestId('tx-item')[0]?.textContent).toContain(
      t('stake.startLabel', { stake: '1,500.0000' }),
    );
    expect(t('stake.startLabel', { stake: '1,500.0000' })).toBe(
      'Start computing with a stake of 1,500.0000 PHA',
    );
    await waitFor(
      () => {
        const c = within(page)
          .getAllByTestId('worker-card')
          .find((x) => x.dataset.pubkey === ready);
        expect(c?.dataset.state).toBe('WorkerIdle');
        expect(within(c as HTMLElement).getByTestId('worker-stake').dataset.planck).toBe(
          (1500n * PHA).toString(),
        );
      },
      { timeout: 20_000 },
    );
    // a restart form now asks for more than the current stake
    const again = within(page)
      .getAllByTestId('worker-card')
      .find((x) => x.dataset.pubkey === ready) as HTMLElement;
    fireEvent.change(within(again).getByTestId('stake-input'), { target: { value: '1400' } });
    expect(within(again).getByRole('alert').textContent).toBe(
      t('check.stakeNotMore', { current: '1,500.0000' }),
    );
    fireEvent.change(within(again).getByTestId('stake-input'), { target: { value: '2500' } });
    fireEvent.click(within(again).getByRole('button', { name: t('stake.restart') }));
    await waitFor(
      () => {
        const c = within(page)
          .getAllByTestId('worker-card')
          .find((x) => x.dataset.pubkey === ready) as HTMLElement;
        expect(c.dataset.state).toBe('WorkerIdle');
        expect(within(c).getByTestId('worker-stake').dataset.planck).toBe((2500n * PHA).toString());
      },
      { timeout: 20_000 },
    );
  });
});

describe('whitelist', () => {
  it('a worker’s V reads the same on the pool page as in the console, from format.ts', async () => {
    const page = await openConsole('//Alice');
    const cards = await within(page).findAllByTestId('worker-card', {}, { timeout: 20_000 });
    const inConsole = new Map(
      cards.map((c) => [c.dataset.pubkey, within(c).getByTestId('worker-v').textContent]),
    );
    cleanup();
    renderDapp(dapp.connection, { hash: '#/pool/0/workers', account: '//Alice' });
    const rows = await screen.findAllByTestId('worker-row', {}, { timeout: 20_000 });
    expect(rows).toHaveLength(cards.length);
    for (const row of rows) {
      const v = within(row).getByTestId('worker-v').textContent ?? '';
      expect(v).toBe(inConsole.get(row.dataset.pubkey));
      expect(v).toMatch(new RegExp(`^\\d{1,3}(,\\d{3})*\\.\\d{${V_DIGITS}}$`));
    }
    // the computing worker has earned V: not a bare zero
    expect(rows.some((r) => within(r).getByTestId('worker-v').textContent !== formatV(0n, 'en'))).toBe(true);
  });

  it('adds several accounts in one batch and removes a selection', async () => {
    const page = await openConsole('//Alice', '#/operator/0/settings');
    const wl = within(page).getByTestId('whitelist-form');
    const [dave, eve] = ['//Dave', '//Eve'].map((u) => ss58(u, dapp.connection));
    fireEvent.change(within(wl).getByTestId('whitelist-input'), { target: { value: `${dave},\n${eve}` } });
    fireEvent.click(within(wl).getByRole('button', { name: t('whitelist.add') }));
    await waitFor(() => expect(within(wl).getAllByRole('checkbox')).toHaveLength(2), { timeout: 20_000 });
    expect(within(wl).getByText(t('whitelist.count', { n: '2' }))).toBeTruthy();
    fireEvent.click(within(wl).getAllByRole('checkbox')[0] as HTMLElement);
    const remove = within(wl).getByRole('button', {
      name: t('whitelist.remove', { n: '1' }),
    }) as HTMLButtonElement;
    await waitFor(() => expect(remove.disabled).toBe(false), { timeout: 20_000 }); // the add is finalized
    fireEvent.click(remove);
    // a confirmation first: Cancel leaves the list as it was
    const dialog = await screen.findByTestId('confirm-dialog');
    // one account, in the plural the language gives it
    expect(dialog.textContent).toContain('Remove 1 account from the whitelist?');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect(within(wl).getAllByRole('checkbox')).toHaveLength(2);
    fireEvent.click(remove);
    fireEvent.click(
      within(await screen.findByTestId('confirm-dialog')).getByRole('button', { name: 'Confirm' }),
    );
    await waitFor(() => expect(within(wl).getAllByRole('checkbox')).toHaveLength(1), { timeout: 20_000 });
  });
});

describe('worker lifecycle', () => {
  it('stops a worker (batch), counts the cool-down down, reclaims after it and removes the worker', async () => {
    const page = await openConsole('//Alice');
    const first = toHex(publicKey('//worker/1'));
    const card = () =>
      within(page)
        .getAllByTestId('worker-card')
        .find((c) => c.dataset.pubkey === first) as HTMLElement;
    await waitFor(() => expect(card()?.dataset.state).toBe('WorkerIdle'), { timeout: 20_000 });
    const batch = within(page).getByTestId('batch-actions');
    const button = (name: string) => within(batch).getByRole('button', { name }) as HTMLButtonElement;
    expect(button('Stop (0)').disabled).toBe(true);
    fireEvent.click(within(card()).getByRole('checkbox'));
    fireEvent.click(button('Stop (1)'));
    // one worker, in the singular: in the dialog and in the transaction's label
    expect((await screen.findByTestId('confirm-dialog')).textContent).toContain('Stop 1 worker? They stop');
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    expect((await finalStatus(within(page).getByTestId('workers-panel'))).dataset.status).toBe('finalized');
    const label = () => screen.getAllByTestId('tx-item')[0]?.querySelector('span')?.textContent;
    expect(label()).toBe('Stop 1 worker');
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'id' } });
    await waitFor(() => expect(label()).toBe('Hentikan 1 worker'), { timeout: 5_000 });
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
    // several in the plural, as any count of things (format.ts formatCountOf)
    const several = formatParams({ workers: { count: 3, noun: 'worker' } }, 'en');
    expect(t('batch.stopLabel', several)).toBe('Stop 3 workers');
    expect(t('batch.removeLabel', formatParams({ workers: { count: 1_000, noun: 'worker' } }, 'en'))).toBe(
      'Remove 1,000 workers',
    );
    await waitFor(
      () =>
        expect(within(card()).getByTestId('cooldown').textContent).toMatch(
          /^Cool-down: stake can be reclaimed in (6 days 23 hours|7 days)/,
        ),
      {
        timeout: 20_000,
      },
    );
    const box = () => within(card()).getByRole('checkbox') as HTMLInputElement;
    await waitFor(() => expect(box().checked).toBe(false)); // the batch clears the selection
    fireEvent.click(box());
    expect(box().checked).toBe(true);
    expect(button('Reclaim (0)').disabled).toBe(true);
    // eight days later (dev time travel) the stake can be reclaimed, then the worker removed
    const now = BigInt(String((await dapp.connection.api.query.timestamp.now()).toPrimitive()));
    dapp.chain.timeTravel(now + 8n * 86_400_000n);
    await dapp.chain.newBlocks(1);
    await waitFor(
      () => expect(within(card()).getByTestId('cooldown').textContent).toBe(t('monitor.reclaimable')),
      {
        timeout: 20_000,
      },
    );
    fireEvent.click(button('Reclaim (1)'));
    await waitFor(() => expect(card().dataset.state).toBe('Ready'), { timeout: 20_000 });
    await waitFor(() => expect(box().checked).toBe(false));
    fireEvent.click(box());
    fireEvent.click(button('Remove (1)'));
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(card()).toBeUndefined(), { timeout: 20_000 });
  });
});

describe('languages', () => {
  it('the consoles follow the language switch (Bahasa Indonesia)', async () => {
    const page = await openConsole('//Alice', '#/operator/0/settings');
    // a capacity typed in English keeps its value across the switch (30,000.5 PHA, not 30.0005)
    const capInput = within(page).getByTestId('cap-input') as HTMLInputElement;
    fireEvent.change(capInput, { target: { value: '30,000.5' } });
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'id' } });
    await waitFor(() => expect(capInput.value).toBe('30.000,5'), { timeout: 5_000 });
    expect(within(within(page).getByTestId('cap-form')).queryByRole('alert')).toBeNull();
    const tid = featureTranslator({ en, id }, 'id');
    await waitFor(() =>
      expect(within(page).getByRole('heading', { level: 1 }).textContent).toBe(
        tid('console.title', { pid: '0' }),
      ),
    );
    expect(screen.getByTestId('nav-operator').textContent).toBe(tid('nav'));
    expect(screen.getByTestId('nav-manager').textContent).toBe('Kelola vault');
    fireEvent.change(within(page).getByTestId('cap-input'), { target: { value: '1' } });
    expect(within(within(page).getByTestId('cap-form')).getByRole('alert').textContent).toMatch(
      /^Kapasitas tidak boleh di bawah nilai pool saat ini \(30\.000,0000 PHA\)\.$/,
    );
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
  });

  it('a stake typed before a language switch keeps its value, written in the new language', async () => {
    const page = await openConsole('//Alice');
    const cards = await within(page).findAllByTestId('worker-card', {}, { timeout: 20_000 });
    const input = within(cards[0] as HTMLElement).getByTestId('stake-input') as HTMLInputElement;
    fireEvent.change(input, { target: { value: '1,500' } });
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'id' } });
    // 1,500 PHA, not 1.5 PHA read with the Indonesian separators
    await waitFor(() => expect(input.value).toBe('1.500'), { timeout: 5_000 });
    fireEvent.change(input, { target: { value: '2,25' } });
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
    await waitFor(() => expect(input.value).toBe('2.25'), { timeout: 5_000 });
  });

  it('a transaction sent in English reads in Bahasa Indonesia in the list after the switch', async () => {
    const page = await openConsole('//Alice', '#/operator/0/settings');
    const cap = within(page).getByTestId('cap-form');
    fireEvent.change(within(cap).getByTestId('cap-input'), { target: { value: '45000' } });
    fireEvent.click(within(cap).getByRole('button', { name: t('cap.submit') }));
    expect((await finalStatus(cap)).dataset.status).toBe('finalized');
    const entry = () => screen.getAllByTestId('tx-item')[0]?.querySelector('span')?.textContent;
    // the label says the capacity it sets, in the reader's separators
    expect(entry()).toBe('Set the pool capacity to 45,000.0000 PHA');
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'id' } });
    await waitFor(() => expect(entry()).toBe('Tetapkan kapasitas pool menjadi 45.000,0000 PHA'), {
      timeout: 10_000,
    });
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
  });
});

describe('owner gating', () => {
  it("splits a payout by the chain's treasury_ratio, and follows a tokenomic update", async () => {
    const { api } = dapp.connection;
    const { Keyring } = await import('@polkadot/keyring');
    const alice = new Keyring({ type: 'sr25519', ss58Format: 30 }).addFromUri('//Alice');
    const genesisParams = (await api.query.phalaComputation.tokenomicParameters()).unwrap();
    /** Sets the Treasury's share (U64F64 bits) by Root, as a Council motion or referendum would. */
    const setTreasuryRatio = async (treasuryRatio: bigint) => {
      const update = api.tx.phalaComputation.updateTokenomic({ ...genesisParams.toJSON(), treasuryRatio });
      // the mounted console re-renders as the block arrives: inside act, as React's test environment asks
      const rec = await act(() =>
        submitTx({
          api,
          tx: api.tx.sudo.sudo(update),
          account: { address: alice.address, source: 'dev', pair: alice },
          label: { key: 'tokenomic', params: {} },
          store: new TxStore(),
        }),
      );
      expect(rec.status).toBe('finalized');
    };
    /** The hint for pool 0 (commission 10 %) when the Treasury takes `treasury` of the budget. */
    const hint = (treasury: string, pool: string, owner: string, delegators: string) =>
      t('rewards.split', { treasury, pool, commission: '10.00%', owner, delegators });

    await openConsole('//Alice');
    const rewards = await openSection(t('console.tab.rewards'), 'owner-rewards');
    expect(genesisParams.treasuryRatio.toBigInt()).toBe(fp(0n, 2n)); // Khala's 0.2
    await waitFor(
      () =>
        expect(within(rewards).getByTestId('payout-split').textContent).toBe(
          hint('20.00%', '80.00%', '8.00%', '72.00%'),
        ),
      { timeout: 20_000 },
    );
    try {
      await setTreasuryRatio(fp(0n, 1n, 2n)); // 0.01
      await waitFor(
        () =>
          expect(within(rewards).getByTestId('payout-split').textContent).toBe(
            hint('1.00%', '99.00%', '9.90%', '89.10%'),
          ),
        { timeout: 20_000 },
      );
    } finally {
      await setTreasuryRatio(genesisParams.treasuryRatio.toBigInt());
    }
  }, 60_000);

  it('a simulated worker’s stake typed before a language switch reaches sim_startWorker as the same plain decimal', async () => {
    // an unregistered key: the console follows it as a worker still starting
    const { asked, restore } = fakeSimStartWorker(dapp.connection, `0x${'ab'.repeat(32)}`);
    try {
      await openConsole('//Alice', '#/operator/0');
      const form = await openSection(t('console.tab.workers'), 'register-worker');
      const stake = (await within(form).findByTestId(
        'sim-stake',
        {},
        { timeout: 20_000 },
      )) as HTMLInputElement;
      fireEvent.change(within(form).getByTestId('sim-suri'), { target: { value: '//Alice' } });
      fireEvent.change(stake, { target: { value: '5,000.5' } });
      fireEvent.change(screen.getByTestId('language'), { target: { value: 'id' } });
      await waitFor(() => expect(stake.value).toBe('5.000,5'), { timeout: 5_000 });
      fireEvent.click(within(form).getByRole('button', { name: id['register.simStart'] }));
      await within(form).findByTestId('sim-started', {}, { timeout: 20_000 });
      // 5,000.5 PHA, not the Indonesian "5.000,5" (the node reads "5.000" as 5 PHA)
      expect(asked).toEqual([{ operator: '//Alice', pool: 0, stake: '5000.5' }]);
    } finally {
      fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
      restore();
    }
  }, 60_000);

  it('a non-owner sees every owner action disabled; the chain refuses the call and the UI says why', async () => {
    const page = await openConsole('//Bob', '#/operator/0/settings');
    expect(page.dataset.canAct).toBe('no');
    expect(within(page).getByTestId('owner-only').textContent).toBe(t('ownerOnly'));
    const cap = within(page).getByTestId('cap-form');
    fireEvent.change(within(cap).getByTestId('cap-input'), { target: { value: '50000' } });
    expect((within(cap).getByRole('button', { name: t('cap.submit') }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    for (const b of within(await openSection(t('console.tab.workers'), 'register-worker')).getAllByRole(
      'button',
    ))
      expect((b as HTMLButtonElement).disabled).toBe(true);
    const rewards = await openSection(t('console.tab.rewards'), 'owner-rewards');
    await within(rewards).findByTestId('payout-split', {}, { timeout: 20_000 }); // the section has settled
    expect(
      (within(rewards).getByRole('button', { name: t('rewards.claim') }) as HTMLButtonElement).disabled,
    ).toBe(true);

    // sent anyway (e.g. from another app): the chain refuses it, and the console words the decoded error
    const { api } = dapp.connection;
    const { Keyring } = await import('@polkadot/keyring');
    const bob = new Keyring({ type: 'sr25519', ss58Format: 30 }).addFromUri('//Bob');
    // the mounted console re-renders as the block arrives: inside act, as React's test environment asks
    const rec = await act(() =>
      submitTx({
        api,
        tx: setCapTx(api, 0n, 50_000n * PHA),
        account: { address: bob.address, source: 'dev', pair: bob },
        label: { key: 'cap', params: {} },
        store: new TxStore(),
      }),
    );
    expect(rec.status).toBe('failed');
    expect(rec.error?.code).toMatch(/UnauthorizedPoolOwner$/);
    cleanup();
    render(<TxOutcome record={rec} explain={(c) => explainError(t, c)} />);
    expect(screen.getByTestId('tx-why').textContent).toBe(
      'Only the pool owner may do this: the chain refused your account.',
    );
  });

  it('the vault console enables owner actions only for its owner', async () => {
    const mine = await openConsole('//Alice', '#/manager/1');
    expect(mine.dataset.canAct).toBe('yes');
    await within(mine).findAllByTestId('invest-row', {}, { timeout: 20_000 });
    const other = await openConsole('//Charlie', '#/manager/1');
    expect(other.dataset.canAct).toBe('no');
    expect(
      (within(other).getByRole('button', { name: 'Settle owner shares now' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});
