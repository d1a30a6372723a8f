// @vitest-environment jsdom
/**
 * UI tier, governance: the vote form against the real @polkadot/api and the embedded chain. A public
 * proposal (seeded through the runtime's calls) launches as referendum 0, its on-chain text (markup)
 * shown as text. The form validates the amount (required, number, zero, above the free balance),
 * previews votes = amount × conviction and the lock period, goes through the transaction states to a
 * recorded vote that the tally and "your vote" show, and removes it; both transactions then read in
 * Bahasa Indonesia in the transactions list once the page is shown in that language. The W-PHA form
 * shows the net value of a Delegation NFT, refuses more than it, and votes at 0.1×. A vote on a
 * referendum that has ended fails on chain and the failure is shown in plain words.
 */
import './setup-dom.js';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OngoingReferendum } from '../../src/governance/chain/decode.js';
import { useDemocracy } from '../../src/governance/chain/hooks.js';
import { en } from '../../src/governance/i18n/en.js';
import { id } from '../../src/governance/i18n/id.js';
import { ReferendumPage } from '../../src/governance/referendum-page.js';
import { VoteForm } from '../../src/governance/vote-form.js';
import { toHex, utf8 } from '../../src/pallets-mock/primitives/bytes.js';
import { en as uiEn } from '../../src/ui/i18n/en.js';
import { featureTranslator } from '../../src/ui/i18n/feature-catalogue.js';
import { createPool, dispatch, PHA } from '../fixtures/seed-pools.js';
import { renderGovernance } from './governance-render.js';
import { type Dapp, startDapp } from './helpers.js';

let dapp: Dapp;
/** On-chain text that would be markup if it were rendered as HTML. */
const HOSTILE = '<img src=x onerror=alert(1)>';

beforeAll(async () => {
  dapp = await startDapp((chain) => {
    // system.remark(HOSTILE) inline (a call Root can enact): pallet System (0), call 0, compact length + bytes
    const remark = toHex(new Uint8Array([0, 0, HOSTILE.length << 2, ...utf8(HOSTILE)]));
    dispatch(chain, '//Alice', 'Democracy.propose', {
      proposal: { type: 'Inline', value: remark },
      value: 10n * PHA,
    });
    dispatch(chain, '//Bob', 'Democracy.second', { proposal: 0n });
    createPool(chain, { description: 'pool', delegations: [['//Dave', 5000n * PHA]] });
  });
  // dev LaunchPeriod is 20: the proposal becomes referendum 0 at block 20
  await dapp.chain.newBlocks(19);
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

const status = async (root: HTMLElement) =>
  waitFor(
    () => {
      const s = within(root).getByTestId('tx-status');
      expect(['inBlock', 'finalized', 'failed']).toContain(s.dataset.status);
      return s;
    },
    { timeout: 20_000 },
  );

describe('governance vote form', () => {
  it('validates, previews, votes with 3x, shows the tally and removes the vote', async () => {
    renderGovernance(dapp.connection, <ReferendumPage index={0} />);
    const form = await screen.findByTestId('vote-form', {}, { timeout: 20_000 });
    // the proposal's call is shown as text, never as HTML
    await waitFor(() => expect(screen.getByTestId('call-text').textContent).toContain(HOSTILE), {
      timeout: 20_000,
    });
    expect(document.querySelector('img')).toBeNull();
    const amount = within(form).getByTestId('vote-amount') as HTMLInputElement;
    const submit = within(form).getByTestId('vote-submit');
    await waitFor(() => expect((submit as HTMLButtonElement).disabled).toBe(false), { timeout: 20_000 });

    fireEvent.change(amount, { target: { value: 'abc' } });
    // the amount field's own parse message explains what is wrong with the text
    expect(within(form).getByRole('alert').textContent).toBe(uiEn['amount.notANumber']);
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(amount, { target: { value: '0' } });
    expect(within(form).getByRole('alert').textContent).toBe(en['vote.problem.zero']);
    fireEvent.change(amount, { target: { value: '2000000' } });
    // once the account's free balance has loaded
    await waitFor(
      () => expect(within(form).getByRole('alert').textContent).toContain('at most your free balance'),
      { timeout: 20_000 },
    );
    expect((submit as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(amount, { target: { value: '100' } });
    expect(within(form).queryByRole('alert')).toBeNull();
    fireEvent.change(within(form).getByTestId('conviction'), { target: { value: '3' } });
    const preview = within(form).getByTestId('vote-preview').textContent ?? '';
    expect(preview).toContain('Counts as 300.0000 votes (3×)');
    // 4 periods × 10 blocks × 12 s = 8 minutes; ends at block 40 → unlock from 80
    expect(preview).toContain('Locked for 8 minutes if your side wins');
    expect(preview).toContain('until block #80');
    expect(within(form).getByTestId('conviction').textContent).toContain('6× — locked');

    fireEvent.click(submit);
    const s = await status(form);
    expect(s.dataset.status).not.toBe('failed');
    await waitFor(() => expect(screen.getByTestId('tally-ayes').textContent).toBe('300.0000'), {
      timeout: 20_000,
    });
    await waitFor(
      () => expect(within(form).getByTestId('my-vote').textContent).toContain('Aye · 100.0000 PHA · 3×'),
      {
        timeout: 20_000,
      },
    );
    expect(screen.getByTestId('projection').dataset.passing).toBe('true');

    const remove = within(form).getByRole('button', { name: en['vote.remove'] }) as HTMLButtonElement;
    await waitFor(() => expect(remove.disabled).toBe(false), { timeout: 20_000 });
    fireEvent.click(remove);
    await waitFor(() => expect(within(form).queryByTestId('my-vote')).toBeNull(), { timeout: 20_000 });
    await waitFor(() => expect(screen.getByTestId('tally-ayes').textContent).toBe('0.0000'), {
      timeout: 20_000,
    });

    // the transactions list follows the language: the page again, in Bahasa Indonesia
    cleanup();
    renderGovernance(dapp.connection, <ReferendumPage index={0} />, '//Alice', 'id');
    const tid = featureTranslator({ en, id }, 'id');
    const entries = screen.getAllByTestId('tx-item').map((li) => li.querySelector('span')?.textContent);
    expect(entries.slice(0, 2)).toEqual([tid('tx.removeVote', { ref: 0 }), tid('tx.vote', { ref: 0 })]);
  });

  it('W-PHA: net value from the delegation, at most that, counted at 0.1x', async () => {
    cleanup();
    renderGovernance(dapp.connection, <ReferendumPage index={0} />, '//Dave');
    const form = await screen.findByTestId('wpha-form', {}, { timeout: 20_000 });
    await waitFor(
      () => expect(within(form).getByTestId('wpha-net').textContent).toContain('5,000.0000 W-PHA'),
      {
        timeout: 20_000,
      },
    );
    fireEvent.change(within(form).getByTestId('wpha-aye'), { target: { value: '4000' } });
    fireEvent.change(within(form).getByTestId('wpha-nay'), { target: { value: '2000' } });
    expect(within(form).getByRole('alert').textContent).toContain('at most your net value, 5,000.0000');
    fireEvent.change(within(form).getByTestId('wpha-nay'), { target: { value: '' } });
    expect(within(form).getByTestId('wpha-preview').textContent).toContain(
      'about 400.0000 votes and locks 4,000.0000',
    );
    const submit = within(form).getByTestId('wpha-submit') as HTMLButtonElement;
    await waitFor(() => expect(submit.disabled).toBe(false), { timeout: 20_000 });
    fireEvent.click(submit);
    await waitFor(
      () =>
        expect(within(form).getByTestId('wpha-mine').textContent).toContain(
          'aye 4,000.0000 / nay 0.0000 W-PHA',
        ),
      {
        timeout: 20_000,
      },
    );
    await waitFor(() => expect(screen.getByTestId('tally-ayes').textContent).toBe('400.0000'), {
      timeout: 20_000,
    });
  });

  it('shows an on-chain failure in plain words (the referendum has ended)', async () => {
    cleanup();
    let stale: OngoingReferendum | undefined;
    function Stale() {
      const r = useDemocracy().data?.referenda.find((x) => x.index === 0);
      if (r?.status === 'ongoing' && !stale) stale = r;
      return stale ? <VoteForm referendum={stale} /> : null;
    }
    renderGovernance(dapp.connection, <Stale />, '//Charlie');
    const form = await screen.findByTestId('vote-form', {}, { timeout: 20_000 });
    await waitFor(
      () => expect((within(form).getByTestId('vote-submit') as HTMLButtonElement).disabled).toBe(false),
      { timeout: 20_000 },
    );
    // voting ends at block 40: the referendum is baked there
    const head = Number(dapp.chain.head.header.number);
    await dapp.chain.newBlocks(40 - head);
    fireEvent.change(within(form).getByTestId('vote-amount'), { target: { value: '5' } });
    fireEvent.click(within(form).getByTestId('vote-submit'));
    const s = await status(form);
    expect(s.dataset.status).toBe('failed');
    expect(s.textContent).toMatch(/ReferendumInvalid|referendum/i);
  });
});
