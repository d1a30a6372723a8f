// @vitest-environment jsdom
/**
 * UI tier: identities in the dApp. Pool owners with on-chain identities (Identity pallet, set through the
 * runtime's calls) appear by name in the explorer with their registrar's verdict — known good, requested
 * and not yet given, erroneous — in English and Bahasa Indonesia; an owner without one shows its address.
 * The explorer's search finds pools by those names. Beyond the explorer known accounts show by name too:
 * a public proposal's backers, a Treasury proposal's beneficiary (in both languages) and the owner on the
 * operator console, and in the delegation panel the account one delegates to and those who delegate to
 * one (in both languages).
 */
import './setup-dom.js';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DelegationPanel } from '../../src/governance/delegation-panel.js';
import { ProposalsPanel } from '../../src/governance/proposals-panel.js';
import { TreasuryPanel } from '../../src/governance/treasury-panel.js';
import { identityHash } from '../../src/pallets-mock/pallets/identity/index.js';
import { identityInfo } from '../../src/pallets-mock/pallets/identity/types.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { toHex, utf8 } from '../../src/pallets-mock/primitives/bytes.js';
import { translator } from '../../src/ui/i18n/i18n.js';
import { createPool, dispatch, PHA } from '../fixtures/seed-pools.js';
import { renderGovernance } from './governance-render.js';
import { type Dapp, renderDapp, startDapp } from './helpers.js';

let dapp: Dapp;
const t = translator('en');
const id = translator('id');
const REGISTRAR = '//Ferdie';

/** Owner → [display name, judgement the registrar gives ('pending': requested only)]. */
const OWNERS: Array<[string, string, 'KnownGood' | 'Erroneous' | 'pending']> = [
  ['//Alice', 'Aurora Compute', 'KnownGood'],
  ['//Bob', 'Borneo Nodes', 'pending'],
  ['//Charlie', 'Cendana Labs', 'Erroneous'],
];

beforeAll(async () => {
  dapp = await startDapp((chain) => {
    dispatch(chain, 'root', 'Identity.add_registrar', { account: accountId(REGISTRAR) });
    dispatch(chain, REGISTRAR, 'Identity.set_fee', { index: 0, fee: PHA });
    for (const [owner, name, judgement] of OWNERS) {
      createPool(chain, { owner });
      const info = identityInfo({ display: name });
      dispatch(chain, owner, 'Identity.set_identity', { info });
      dispatch(chain, owner, 'Identity.request_judgement', { reg_index: 0, max_fee: PHA });
      if (judgement !== 'pending')
        dispatch(chain, REGISTRAR, 'Identity.provide_judgement', {
          reg_index: 0,
          target: accountId(owner),
          judgement,
          identity: identityHash(info),
        });
    }
    createPool(chain, { owner: '//Dave' });
    // a public proposal (a remark inline: System 0, call 0, compact length, bytes) Alice makes and Charlie
    // seconds; a Treasury spend Dave proposes for Bob
    const remark = 'identities beyond the explorer';
    dispatch(chain, '//Alice', 'Democracy.propose', {
      proposal: { type: 'Inline', value: toHex(new Uint8Array([0, 0, remark.length << 2, ...utf8(remark)])) },
      value: 10n * PHA,
    });
    dispatch(chain, '//Charlie', 'Democracy.second', { proposal: 0n });
    dispatch(chain, '//Dave', 'Treasury.propose_spend', {
      value: 100n * PHA,
      beneficiary: { type: 'Id', value: accountId('//Bob') },
    });
    // Bob delegates 50 PHA of votes to Alice at 2×
    dispatch(chain, '//Bob', 'Democracy.delegate', {
      to: accountId('//Alice'),
      conviction: 'Locked2x',
      balance: 50n * PHA,
    });
  });
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

const row = (pid: number) => {
  const r = screen.getAllByTestId('pool-row').find((x) => x.dataset.pid === String(pid));
  if (!r) throw new Error(`no row for pool ${pid}`);
  return r;
};

describe('identities in the explorer', () => {
  it('shows owners by name with their judgement, and the address when there is none', async () => {
    renderDapp(dapp.connection, { hash: '#/' });
    await screen.findByTestId('pool-table', {}, { timeout: 20_000 });
    await waitFor(() => expect(within(row(0)).getByText('Aurora Compute')).toBeTruthy(), { timeout: 10_000 });
    const mark = (pid: number) => within(row(pid)).getByTestId('identity-judgement');
    expect(mark(0).dataset.judgement).toBe('knownGood');
    expect(mark(0).getAttribute('aria-label')).toBe(t('identity.judgement.knownGood'));
    await waitFor(() => expect(within(row(1)).getByText('Borneo Nodes')).toBeTruthy());
    expect(mark(1).dataset.judgement).toBe('pending');
    expect(mark(1).getAttribute('aria-label')).toBe(t('identity.judgement.pending'));
    await waitFor(() => expect(within(row(2)).getByText('Cendana Labs')).toBeTruthy());
    expect(mark(2).dataset.judgement).toBe('erroneous');
    expect(within(row(3)).queryByTestId('identity-judgement')).toBeNull();
    expect(row(3).querySelector('.identity-name')).toBeNull();
  });

  it('finds pools by their owners’ identity names', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/' });
    await screen.findByTestId('pool-table', {}, { timeout: 20_000 });
    const search = screen.getByTestId('pool-search');
    const pids = () => screen.queryAllByTestId('pool-row').map((r) => r.dataset.pid);
    fireEvent.change(search, { target: { value: 'Borneo' } });
    await waitFor(() => expect(pids()).toEqual(['1']), { timeout: 10_000 });
    expect(screen.getByTestId('pool-count').textContent).toBe('1 pool');
    fireEvent.change(search, { target: { value: 'cendana LABS' } });
    await waitFor(() => expect(pids()).toEqual(['2']));
    fireEvent.change(search, { target: { value: 'Compute' } });
    await waitFor(() => expect(pids()).toEqual(['0']));
    fireEvent.change(search, { target: { value: 'Nodes Aurora' } });
    await waitFor(() => expect(screen.getByTestId('pool-count').textContent).toBe('0 pools'));
  });

  it('says what a judgement means in Bahasa Indonesia too', () => {
    for (const key of ['knownGood', 'reasonable', 'pending', 'erroneous', 'lowQuality'] as const) {
      expect(id(`identity.judgement.${key}`)).not.toBe(t(`identity.judgement.${key}`));
      expect(id(`identity.judgement.${key}`).length).toBeGreaterThan(10);
    }
  });
});

const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const names = (el: Element) => [...el.querySelectorAll('.identity-name')].map((n) => n.textContent);

describe('identities beyond the explorer', () => {
  it("a public proposal's backers show by name", async () => {
    cleanup();
    renderGovernance(dapp.connection, <ProposalsPanel />, null);
    const proposal = await screen.findByTestId('proposal-0', {}, { timeout: 20_000 });
    await waitFor(() => expect(names(proposal)).toEqual(['Aurora Compute', 'Cendana Labs']), {
      timeout: 10_000,
    });
  });

  it.each([
    ['en', '#0: 100.0000 PHA to ', ' — pending'],
    ['id', '#0: 100,0000 PHA kepada ', ' — menunggu'],
  ] as const)(
    "a Treasury proposal's beneficiary shows by name in the sentence (%s)",
    async (locale, head, tail) => {
      cleanup();
      renderGovernance(dapp.connection, <TreasuryPanel />, null, locale);
      const treasury = await screen.findByTestId('treasury', {}, { timeout: 20_000 });
      const name = await within(treasury).findByText('Borneo Nodes', {}, { timeout: 10_000 });
      const item = text(name.closest('li'));
      expect(item.startsWith(`${head}Borneo Nodes`), item).toBe(true);
      expect(item.endsWith(tail), item).toBe(true);
    },
  );

  it.each([
    ['en', 'You delegate 50.0000 PHA at 2× to ', 'Borneo Nodes: 50.0000 PHA at 2× = 100.0000 votes'],
    [
      'id',
      'Anda mendelegasikan 50,0000 PHA pada 2× kepada ',
      'Borneo Nodes: 50,0000 PHA pada 2× = 100,0000 suara',
    ],
  ] as const)(
    'the delegation panel names whom one delegates to and who delegates to one (%s)',
    async (locale, delegating, incoming) => {
      cleanup();
      renderGovernance(dapp.connection, <DelegationPanel />, '//Bob', locale);
      const line = await screen.findByTestId('delegating', {}, { timeout: 20_000 });
      await waitFor(() => expect(names(line)).toEqual(['Aurora Compute']), { timeout: 10_000 });
      expect(text(line).startsWith(`${delegating}Aurora Compute`), text(line)).toBe(true);

      cleanup();
      renderGovernance(dapp.connection, <DelegationPanel />, '//Alice', locale);
      const list = await screen.findByTestId('incoming', {}, { timeout: 20_000 });
      await waitFor(() => expect(names(list)).toEqual(['Borneo Nodes']), { timeout: 10_000 });
      const item = text(list.querySelector('li'));
      expect(item.startsWith('Borneo Nodes'), item).toBe(true);
      expect(item.endsWith(incoming.slice('Borneo Nodes'.length)), item).toBe(true);
    },
  );

  it("the operator console shows its pool's owner by name", async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/operator/0' });
    const stats = await screen.findByTestId('operator-stats', {}, { timeout: 20_000 });
    await waitFor(() => expect(names(stats)).toEqual(['Aurora Compute']), { timeout: 10_000 });
  });
});
