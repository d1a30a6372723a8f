// @vitest-environment jsdom
/**
 * UI tier: a finished referendum's voter list against the real @polkadot/api on the embedded chain (the
 * address views read identities from it): rows most votes first, each with its direction, conviction,
 * balance, delegated weight and counted votes in PHA; every header sorts both ways; in Bahasa Indonesia
 * the headers, directions and numbers follow the language (format.ts).
 */
import './setup-dom.js';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VoterTable } from '../../src/governance/voter-table.js';
import type { ReferendumVote } from '../../src/indexer/types.js';
import { LocaleProvider } from '../../src/ui/i18n/i18n.js';
import { PHA } from '../fixtures/seed-pools.js';
import { renderGovernance } from './governance-render.js';
import { type Dapp, ss58, startDapp } from './helpers.js';

let dapp: Dapp;
beforeAll(async () => {
  dapp = await startDapp();
}, 60_000);
afterAll(async () => {
  await dapp?.stop();
});
afterEach(cleanup);

const vote = (uri: string, v: Partial<ReferendumVote>): ReferendumVote => ({
  voter: ss58(uri, dapp.connection),
  direction: 'aye',
  conviction: 1,
  balance: '0',
  ayeBalance: '0',
  nayBalance: '0',
  delegatedVotes: '0',
  delegatedCapital: '0',
  ...v,
});

const voters = (): ReferendumVote[] => [
  vote('//Alice', {
    conviction: 2,
    balance: String(1_000n * PHA),
    ayeBalance: String(1_000n * PHA),
    delegatedVotes: String(300n * PHA),
    delegatedCapital: String(300n * PHA),
  }),
  vote('//Bob', {
    direction: 'nay',
    conviction: 0,
    balance: String(5_000n * PHA),
    nayBalance: String(5_000n * PHA),
  }),
  vote('//Charlie', {
    direction: 'split',
    conviction: 0,
    balance: String(100n * PHA),
    ayeBalance: String(40n * PHA),
    nayBalance: String(60n * PHA),
  }),
];

const order = () => screen.getAllByTestId('voter-row').map((r) => r.getAttribute('data-voter'));

describe('voter list', () => {
  it('lists the voters most votes first, with delegated weight, and sorts by every column', () => {
    renderGovernance(dapp.connection, <VoterTable voters={voters()} />);
    const [alice, bob, charlie] = ['//Alice', '//Bob', '//Charlie'].map((u) => ss58(u, dapp.connection));
    expect(screen.getByText('3 voters')).toBeTruthy();
    expect(order()).toEqual([alice, bob, charlie]);
    const first = within(screen.getAllByTestId('voter-row')[0] as HTMLElement);
    expect(first.getByTestId('voter-votes').textContent).toBe('2,300.0000');
    expect(first.getByTestId('voter-delegated').textContent).toBe('300.0000 votes (300.0000 PHA)');
    const split = within(screen.getAllByTestId('voter-row')[2] as HTMLElement);
    expect(split.getByText('Split: aye 40.0000 / nay 60.0000 PHA')).toBeTruthy();
    expect(split.getByTestId('voter-votes').textContent).toBe('10.0000');
    fireEvent.click(screen.getByTestId('voters-sort-balance')); // descending first
    expect(order()).toEqual([bob, alice, charlie]);
    fireEvent.click(screen.getByTestId('voters-sort-balance')); // then ascending
    expect(order()).toEqual([charlie, alice, bob]);
    expect(screen.getByTestId('voters-sort-balance').closest('th')?.getAttribute('aria-sort')).toBe(
      'ascending',
    );
    fireEvent.click(screen.getByTestId('voters-sort-direction'));
    expect(order()).toEqual([charlie, bob, alice]);
    fireEvent.click(screen.getByTestId('voters-sort-conviction'));
    expect(order()[0]).toBe(alice);
  });

  it('speaks Bahasa Indonesia with Indonesian number formats', () => {
    renderGovernance(
      dapp.connection,
      <LocaleProvider locale="id">
        <VoterTable voters={voters()} />
      </LocaleProvider>,
    );
    expect(screen.getByText('3 pemilih')).toBeTruthy();
    expect(screen.getByTestId('voters-sort-voter').textContent).toContain('Akun');
    const first = within(screen.getAllByTestId('voter-row')[0] as HTMLElement);
    expect(first.getByText('Setuju')).toBeTruthy();
    expect(first.getByTestId('voter-votes').textContent).toBe('2.300,0000');
    expect(first.getByTestId('voter-delegated').textContent).toBe('300,0000 suara (300,0000 PHA)');
  });
});
