// @vitest-environment jsdom
/**
 * UI tier: identities in the dApp. Pool owners with on-chain identities (Identity pallet, set through the
 * runtime's calls) appear by name in the explorer with their registrar's verdict — known good, requested
 * and not yet given, erroneous — in English and Bahasa Indonesia; an owner without one shows its address.
 * The explorer's search finds pools by those names.
 */
import './setup-dom.js';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identityHash } from '../../src/pallets-mock/pallets/identity/index.js';
import { identityInfo } from '../../src/pallets-mock/pallets/identity/types.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { translator } from '../../src/ui/i18n/i18n.js';
import { createPool, dispatch, PHA } from '../fixtures/seed-pools.js';
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
