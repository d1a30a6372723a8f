// @vitest-environment jsdom
/**
 * UI tier, governance: the collective panels against the embedded chain. Alice's Council motion (an
 * external majority proposal, threshold 3 of 3) is listed with its call and votes; Bob, a member, votes
 * aye from the panel, Alice and Charlie from their own clients, and closing the decided motion executes
 * the call (Democracy.NextExternal is set). Then a Technical Committee member proposes a fast-track from
 * the motion form (threshold 2 of 2); once the committee agrees, closing it starts the referendum.
 */
import './setup-dom.js';
import { Keyring } from '@polkadot/keyring';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollectivePanel } from '../../src/governance/collective-panel.js';
import { en } from '../../src/governance/i18n/en.js';
import { id } from '../../src/governance/i18n/id.js';
import { toHex, utf8 } from '../../src/pallets-mock/primitives/bytes.js';
import { dispatch } from '../fixtures/seed-pools.js';
import { renderGovernance } from './governance-render.js';
import { type Dapp, ss58, startDapp } from './helpers.js';

let dapp: Dapp;

beforeAll(async () => {
  dapp = await startDapp((chain) => {
    // system.remark('tc!!') inline (a call Root can enact): pallet System (0), call 0, compact length + bytes
    const remark = toHex(new Uint8Array([0, 0, 4 << 2, ...utf8('tc!!')]));
    dispatch(chain, '//Alice', 'Council.propose', {
      threshold: 3n,
      proposal: {
        type: 'Democracy',
        value: { type: 'external_propose_majority', value: { proposal: { type: 'Inline', value: remark } } },
      },
      length_bound: 1000n,
    });
  });
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

/** Members vote (aye unless told) on the collective's first open motion from their own clients. */
async function voteFrom(section: 'council' | 'technicalCommittee', uris: string[], aye = true) {
  const { api } = dapp.connection;
  const [hash] = (await api.query[section]?.proposals?.())?.toPrimitive() as string[];
  const voting = (await api.query[section]?.voting?.(hash as string))?.toPrimitive() as {
    index: number;
  } | null;
  for (const uri of uris) {
    const pair = new Keyring({ type: 'sr25519' }).addFromUri(uri);
    await new Promise<void>((resolve) => {
      void api.tx[section]?.vote?.(hash as string, voting?.index ?? 0, aye).signAndSend(pair, (r) => {
        if (r.status.isInBlock) resolve();
      });
    });
  }
}

describe('Council and Technical Committee panels', () => {
  it('lists the motion, lets a member vote aye and close it, which executes the call', async () => {
    renderGovernance(dapp.connection, <CollectivePanel section="council" />, '//Bob');
    const motion = await screen.findByTestId('motion', {}, { timeout: 20_000 });
    expect(motion.textContent).toContain('democracy.externalProposeMajority');
    // the external proposal's inline call is decoded too: the remark it holds, as text
    expect(within(motion).getByText('tc!!')).toBeTruthy();
    // members with the address view (identicon, short form, copy)
    const members = screen.getAllByTestId('member');
    expect(members).toHaveLength(3);
    expect(members.map((m) => within(m).getByTestId('address').dataset.address)).toContain(
      ss58('//Bob', dapp.connection),
    );
    expect(motion.textContent).toContain('0 aye / 0 nay, needs 3');
    // Bob's key (a dev account, derived when the page is idle) makes him a member who can vote
    const aye = (await within(motion).findByRole(
      'button',
      { name: en['council.aye'] },
      { timeout: 20_000 },
    )) as HTMLButtonElement;
    await waitFor(() => expect(aye.disabled).toBe(false), { timeout: 20_000 });
    fireEvent.click(aye);
    await waitFor(() => expect(screen.getByTestId('motion').textContent).toContain('1 aye / 0 nay'), {
      timeout: 20_000,
    });
    // Charlie votes nay from his own client: each voter is listed with the side he took
    await voteFrom('council', ['//Charlie'], false);
    await waitFor(() => expect(screen.getByTestId('motion').textContent).toContain('1 aye / 1 nay'), {
      timeout: 20_000,
    });
    const sides = () =>
      within(screen.getByTestId('motion'))
        .getAllByTestId('motion-vote')
        .map((v) => [v.dataset.address, v.dataset.vote, v.querySelector('.badge')?.textContent]);
    expect(sides()).toEqual([
      [ss58('//Bob', dapp.connection), 'aye', en['council.aye']],
      [ss58('//Charlie', dapp.connection), 'nay', en['council.nay']],
    ]);
    // Alice votes aye and Charlie changes his vote to aye
    await voteFrom('council', ['//Alice', '//Charlie']);
    await waitFor(() => expect(screen.getByTestId('motion').textContent).toContain('3 aye / 0 nay'), {
      timeout: 20_000,
    });
    expect(sides().map(([, side]) => side)).toEqual(['aye', 'aye', 'aye']);
    const close = within(screen.getByTestId('motion')).getByRole('button', {
      name: en['council.close'],
    }) as HTMLButtonElement;
    await waitFor(() => expect(close.disabled).toBe(false), { timeout: 20_000 });
    fireEvent.click(close);
    await waitFor(() => expect(screen.queryByTestId('motion')).toBeNull(), { timeout: 20_000 });
    const next = await dapp.connection.api.query.democracy.nextExternal();
    expect(next.isEmpty).toBe(false);
  });

  it("in Bahasa Indonesia the voters' sides are translated", async () => {
    cleanup();
    const { api } = dapp.connection;
    const pair = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    await new Promise<void>((resolve) => {
      void api.tx.council.propose(3, api.tx.system.remark('id'), 1000).signAndSend(pair, (r) => {
        if (r.status.isInBlock) resolve();
      });
    });
    await voteFrom('council', ['//Bob'], false);
    renderGovernance(dapp.connection, <CollectivePanel section="council" />, '//Bob', 'id');
    const vote = await screen.findByTestId('motion-vote', {}, { timeout: 20_000 });
    expect(vote.dataset.vote).toBe('nay');
    expect(vote.querySelector('.badge')?.textContent).toBe(id['council.nay']);
    await voteFrom('council', ['//Bob']);
    await waitFor(() => expect(screen.getByTestId('motion-vote').dataset.vote).toBe('aye'), {
      timeout: 20_000,
    });
    expect(screen.getByTestId('motion-vote').querySelector('.badge')?.textContent).toBe(id['council.aye']);
  });

  it('a committee member proposes to fast-track the queued external proposal; closing it starts a referendum', async () => {
    cleanup();
    const { api } = dapp.connection;
    const count = Number((await api.query.democracy.referendumCount()).toPrimitive());
    renderGovernance(dapp.connection, <CollectivePanel section="technicalCommittee" />, '//Alice');
    const form = await screen.findByTestId('motion-form', {}, { timeout: 20_000 });
    expect(form.textContent).toContain('Needs 2 of 2 members.');
    const submit = within(form).getByRole('button', { name: en['motion.submit'] }) as HTMLButtonElement;
    await waitFor(() => expect(submit.disabled).toBe(false), { timeout: 20_000 });
    fireEvent.click(submit);
    const motion = await screen.findByTestId('motion', {}, { timeout: 20_000 });
    expect(motion.textContent).toContain('democracy.fastTrack');
    await voteFrom('technicalCommittee', ['//Alice', '//Bob']);
    await waitFor(() => expect(screen.getByTestId('motion').textContent).toContain('2 aye / 0 nay'), {
      timeout: 20_000,
    });
    const close = within(screen.getByTestId('motion')).getByRole('button', {
      name: en['council.close'],
    }) as HTMLButtonElement;
    await waitFor(() => expect(close.disabled).toBe(false), { timeout: 20_000 });
    fireEvent.click(close);
    await waitFor(() => expect(screen.queryByTestId('motion')).toBeNull(), { timeout: 20_000 });
    expect(Number((await api.query.democracy.referendumCount()).toPrimitive())).toBe(count + 1);
    expect((await api.query.democracy.nextExternal()).isEmpty).toBe(true);
  });
});
