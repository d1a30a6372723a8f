// @vitest-environment jsdom
/**
 * UI tier, governance: delegation and locks against the embedded chain, in Bahasa Indonesia. Charlie
 * delegates 500 PHA at 2× to Dave (validation of the target and of self-delegation first; the form empties
 * once it is in); Dave sees who
 * delegates to him; Charlie undelegates, and "My locks" shows the prior lock expiring at
 * undelegation block + 2 × VoteLockingPeriod, as the chain recorded it.
 */
import './setup-dom.js';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DelegationPanel } from '../../src/governance/delegation-panel.js';
import { id } from '../../src/governance/i18n/id.js';
import { LocksPanel } from '../../src/governance/locks-panel.js';
import { LocaleProvider } from '../../src/ui/i18n/i18n.js';
import { renderGovernance } from './governance-render.js';
import { type Dapp, ss58, startDapp } from './helpers.js';

let dapp: Dapp;

beforeAll(async () => {
  dapp = await startDapp();
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('delegation panel (id)', () => {
  it('delegates with conviction, shows it to the delegate, undelegates into a prior lock', async () => {
    const dave = ss58('//Dave', dapp.connection);
    renderGovernance(
      dapp.connection,
      <LocaleProvider locale="id">
        <DelegationPanel />
        <LocksPanel />
      </LocaleProvider>,
      '//Charlie',
    );
    const target = await screen.findByLabelText(id['delegate.target'], {}, { timeout: 20_000 });
    fireEvent.change(target, { target: { value: 'not an address' } });
    expect(screen.getAllByRole('alert').some((a) => a.textContent === id['delegate.problem.target'])).toBe(
      true,
    );
    fireEvent.change(target, { target: { value: ss58('//Charlie', dapp.connection) } });
    await waitFor(() =>
      expect(screen.getAllByRole('alert').some((a) => a.textContent === id['delegate.problem.self'])).toBe(
        true,
      ),
    );
    fireEvent.change(target, { target: { value: dave } });
    const form = target.closest('form') as HTMLFormElement;
    fireEvent.change(within(form).getByLabelText(id['vote.amount']), { target: { value: '500' } });
    fireEvent.change(within(form).getByTestId('conviction'), { target: { value: '2' } });
    expect(form.textContent).toContain('1.000,0000 suara');
    const submit = button(id['delegate.submit']);
    await waitFor(() => expect(submit.disabled).toBe(false), { timeout: 20_000 });
    fireEvent.click(submit);
    await screen.findByTestId('delegating', {}, { timeout: 20_000 });
    expect(screen.getByTestId('delegating').textContent).toContain('500,0000 PHA pada 2×');
    // the form empties once the delegation is in
    await waitFor(() => expect((target as HTMLInputElement).value).toBe(''), { timeout: 10_000 });
    expect((within(form).getByLabelText(id['vote.amount']) as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(screen.getByTestId('democracy-lock').textContent).toContain('500,0000 PHA'), {
      timeout: 20_000,
    });

    // Dave sees who delegates to him
    cleanup();
    renderGovernance(
      dapp.connection,
      <LocaleProvider locale="id">
        <DelegationPanel />
      </LocaleProvider>,
      '//Dave',
    );
    const incoming = await screen.findByTestId('incoming', {}, { timeout: 20_000 });
    expect(incoming.textContent).toContain('500,0000 PHA pada 2× = 1.000,0000 suara');

    // Charlie undelegates: the lock stays as a prior lock until block + 2 × 10
    cleanup();
    renderGovernance(
      dapp.connection,
      <LocaleProvider locale="id">
        <DelegationPanel />
        <LocksPanel />
      </LocaleProvider>,
      '//Charlie',
    );
    const undelegate = await screen.findByRole(
      'button',
      { name: id['delegate.undelegate'] },
      { timeout: 20_000 },
    );
    await waitFor(() => expect((undelegate as HTMLButtonElement).disabled).toBe(false), { timeout: 20_000 });
    fireEvent.click(undelegate);
    await waitFor(() => expect(screen.queryByTestId('delegating')).toBeNull(), { timeout: 20_000 });
    const row = await waitFor(
      () => {
        const r = screen.getAllByTestId('lock-row').find((x) => x.dataset.reason === 'prior');
        expect(r).toBeDefined();
        return r as HTMLElement;
      },
      { timeout: 20_000 },
    );
    const voting = (
      await dapp.connection.api.query.democracy.votingOf(ss58('//Charlie', dapp.connection))
    ).toPrimitive() as {
      direct: { prior: [number, string] };
    };
    expect(within(row).getByTestId('lock-expiry').dataset.block).toBe(String(voting.direct.prior[0]));
    expect(Number(voting.direct.prior[0])).toBeGreaterThan(20);
  });
});
