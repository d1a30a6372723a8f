// @vitest-environment jsdom
/**
 * UI tier, governance: the Council election panel against the embedded chain, in Bahasa Indonesia.
 * Dave and Eve are candidates and Ferdie backs Dave with 1,000 PHA (seeded on chain); Ferdie's panel
 * shows the next term's block, the genesis members and the candidates with their backing (numbers as
 * the `id` locale writes them), his vote and its bond; ticking two candidates shows the bond of a
 * two-vote ballot; removing his votes from the panel returns the bond and the lock on chain.
 */
import './setup-dom.js';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ElectionPanel } from '../../src/governance/election-panel.js';
import { id } from '../../src/governance/i18n/id.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { dispatch } from '../fixtures/seed-pools.js';
import { renderGovernance } from './governance-render.js';
import { type Dapp, ss58, startDapp } from './helpers.js';

const PHA = 1_000_000_000_000n;
let dapp: Dapp;

beforeAll(async () => {
  dapp = await startDapp((chain) => {
    dispatch(chain, '//Dave', 'PhragmenElection.submit_candidacy', { candidate_count: 0n });
    dispatch(chain, '//Eve', 'PhragmenElection.submit_candidacy', { candidate_count: 1n });
    dispatch(chain, '//Ferdie', 'PhragmenElection.vote', {
      votes: [accountId('//Dave')],
      value: 1_000n * PHA,
    });
  });
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

const reserved = async (uri: string): Promise<bigint> => {
  const info = (await dapp.connection.api.query.system.account(ss58(uri, dapp.connection))).toPrimitive() as {
    data: { reserved: number | string };
  };
  return BigInt(info.data.reserved);
};

describe('Council election panel (Bahasa Indonesia)', () => {
  it('shows seats with backing, the term countdown and my vote; removing my vote returns the bond', async () => {
    renderGovernance(dapp.connection, <ElectionPanel />, '//Ferdie', 'id');
    const panel = await screen.findByTestId('election', {}, { timeout: 20_000 });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(id['election.title']);
    expect(within(panel).getByTestId('next-term').textContent).toMatch(/blok #50 .*8 kursi/);
    const dave = await waitFor(() => {
      const row = panel.querySelector(
        `[data-testid="election-candidate"][data-address="${ss58('//Dave', dapp.connection)}"]`,
      );
      if (!row) throw new Error('no Dave');
      return row as HTMLElement;
    });
    expect(within(dave).getByTestId('backing').textContent).toBe('didukung 1.000,0000 PHA');
    expect(await within(dave).findByText(id['election.yourVote'], {}, { timeout: 20_000 })).toBeTruthy();
    expect(panel.querySelectorAll('[data-testid="election-member"]')).toHaveLength(3);
    for (const m of panel.querySelectorAll('[data-testid="election-member"]'))
      expect(within(m as HTMLElement).getByTestId('backing').textContent).toBe('didukung 100,0000 PHA');
    const mine = await within(panel).findByTestId('my-votes');
    expect(mine.textContent).toContain('1.000,0000 PHA');
    expect(mine.textContent).toContain('1,1100 PHA'); // 0.79 + 0.32 for one vote

    expect(within(panel).getByTestId('election-bond').textContent).toContain(
      '0,7900 PHA ditambah 0,3200 PHA',
    );
    for (const row of panel.querySelectorAll('[data-testid="election-candidate"] input[type="checkbox"]'))
      fireEvent.click(row);
    expect(within(panel).getByTestId('picked').textContent).toBe('2 dari 16 dipilih');
    expect(within(panel).getByTestId('election-bond').textContent).toContain('1,4300 PHA');

    // candidacy: how to stand and the bond it reserves (10 PHA on Khala), with the action for Ferdie
    const bondText = id['election.candidacyInfo'].replace('{bond}', '10,0000');
    expect(within(panel).getByTestId('candidacy-info').textContent).toBe(bondText);
    expect(within(panel).getByTestId('submit-candidacy').textContent).toBe(
      id['election.submit'].replace('{bond}', '10,0000'),
    );
    expect(within(panel).queryByTestId('candidacy-no-account')).toBeNull();

    expect(await reserved('//Ferdie')).toBe((111n * PHA) / 100n);
    fireEvent.click(within(panel).getByTestId('remove-voter'));
    await within(panel).findByTestId('my-votes-none', {}, { timeout: 20_000 });
    expect(await reserved('//Ferdie')).toBe(0n);
  }, 60_000);

  it('with no account selected, the candidacy section says how to stand and to select an account', async () => {
    cleanup();
    renderGovernance(dapp.connection, <ElectionPanel />, null, 'id');
    const panel = await screen.findByTestId('election', {}, { timeout: 20_000 });
    const heading = within(panel).getByRole('heading', { level: 3, name: id['election.candidacy'] });
    const info = within(panel).getByTestId('candidacy-info');
    expect(info.textContent).toBe(id['election.candidacyInfo'].replace('{bond}', '10,0000'));
    expect(heading.nextElementSibling).toBe(info);
    expect(within(panel).getByTestId('candidacy-no-account').textContent).toBe(id['common.needSigner']);
    expect(within(panel).queryByTestId('submit-candidacy')).toBeNull();
  });
});
