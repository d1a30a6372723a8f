// @vitest-environment jsdom
/**
 * UI tier: the plain PHA amount inputs outside the amount fields keep their value across a language
 * switch, written again with the new language's separators (src/ui/amount-locale.ts) — the Treasury's
 * action forms (an amount field beside an address and a text), the public proposal's spend amount (the call
 * picker, whose call is built from the amount as the new language reads it), and the dev tools' funding
 * amount and worker stake against the embedded chain (the stake reaching `sim_startWorker` as the plain
 * decimal it reads, whatever the language).
 */
import './setup-dom.js';
import type { ApiPromise } from '@polkadot/api';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CallDraft, CallPicker, draftCallHex, EMPTY_DRAFT } from '../../src/governance/call-picker.js';
import { ActionForm } from '../../src/governance/treasury-ui.js';
import { type Locale, LocaleProvider, useLocale } from '../../src/ui/i18n/i18n.js';
import { PHA } from '../fixtures/seed-pools.js';
import { type Dapp, fakeSimStartWorker, renderDapp, startDapp } from './helpers.js';

let switchTo: (l: Locale) => void = () => {};
/** Exposes the provider's language switch to the test. */
function Switcher() {
  switchTo = useLocale().setLocale;
  return null;
}
const renderInLocale = (node: React.ReactNode) =>
  render(
    <LocaleProvider locale="en">
      <Switcher />
      {node}
    </LocaleProvider>,
  );

const input = (testId: string) => screen.getByTestId(testId) as HTMLInputElement;

describe('governance amounts across a language switch', () => {
  it('a Treasury action form keeps each amount typed, and the text fields as typed', async () => {
    cleanup();
    localStorage.clear();
    const sent: bigint[] = [];
    renderInLocale(
      <ActionForm
        testId="tip"
        submit="Tip"
        fields={[
          { name: 'reason', kind: 'text', label: 'Reason' },
          { name: 'value', kind: 'amount', label: 'Tip (PHA)' },
          { name: 'bond', kind: 'amount', label: 'Bond (PHA)' },
        ]}
        build={async (v) => {
          sent.push(v.amount.value ?? 0n, v.amount.bond ?? 0n);
        }}
      />,
    );
    fireEvent.change(input('tip-reason'), { target: { value: 'docs, 1,000 words' } });
    fireEvent.change(input('tip-value'), { target: { value: '1,000' } });
    fireEvent.change(input('tip-bond'), { target: { value: '2.5' } });
    act(() => switchTo('id'));
    // both amounts rewritten in one switch (1,000 PHA, not 1 PHA), the text left alone
    await waitFor(() => expect(input('tip-value').value).toBe('1.000'), { timeout: 5_000 });
    expect(input('tip-bond').value).toBe('2,5');
    expect(input('tip-reason').value).toBe('docs, 1,000 words');
    fireEvent.submit(input('tip-value').closest('form') as HTMLFormElement);
    expect(sent).toEqual([1000n * PHA, (5n * PHA) / 2n]);
  });

  it('the call picker keeps a spend amount, and its call is the same in the new language', async () => {
    cleanup();
    localStorage.clear();
    let draft: CallDraft = EMPTY_DRAFT;
    function Picker() {
      const [d, setD] = useState<CallDraft>({ ...EMPTY_DRAFT, kind: 'spend' });
      draft = d;
      return <CallPicker draft={d} onChange={setD} />;
    }
    renderInLocale(<Picker />);
    fireEvent.change(input('call-amount'), { target: { value: '1,000.25' } });
    act(() => switchTo('id'));
    await waitFor(() => expect(input('call-amount').value).toBe('1.000,25'), { timeout: 5_000 });
    expect(draft.amount).toBe('1.000,25');
    // the spend built from it in Indonesian is 1,000.25 PHA (draftCallHex reads it in the active language)
    const spent: bigint[] = [];
    const api = {
      tx: {
        treasury: {
          spend: (amount: bigint) => {
            spent.push(amount);
            return { method: { toHex: () => '0x' } };
          },
        },
      },
    } as unknown as ApiPromise;
    draftCallHex(api, { ...draft, beneficiary: '5Grw' }, 'id');
    expect(spent).toEqual([1000n * PHA + PHA / 4n]);
  });
});

describe('dev tools amounts across a language switch', () => {
  let dapp: Dapp;
  beforeAll(async () => {
    dapp = await startDapp(() => {});
  }, 60_000);
  afterAll(async () => {
    cleanup();
    await dapp?.stop();
  });

  it('the funding amount typed in English keeps its value in Bahasa Indonesia', async () => {
    cleanup();
    renderDapp(dapp.connection, { hash: '#/dev', account: '//Alice' });
    await screen.findByTestId('dev-tools', {}, { timeout: 20_000 });
    const fund = screen.getByLabelText('Amount (PHA)') as HTMLInputElement;
    fireEvent.change(fund, { target: { value: '1,000' } });
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'id' } });
    await waitFor(() => expect(fund.value).toBe('1.000'), { timeout: 5_000 });
    fireEvent.submit(fund.closest('form') as HTMLFormElement);
    // a thousand PHA funded, said in Indonesian
    const done = await screen.findByTestId('dev-result', {}, { timeout: 20_000 });
    expect(done.textContent).toContain('1.000,0000');
    fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
  });

  it('a worker stake typed in English reaches sim_startWorker as the same plain decimal in Indonesian', async () => {
    // the endpoint offers sim_startWorker (answered here, its params recorded)
    const { asked, restore } = fakeSimStartWorker(dapp.connection, '0x01');
    try {
      cleanup();
      renderDapp(dapp.connection, { hash: '#/dev', account: '//Alice' });
      const form = await screen.findByTestId('dev-worker', {}, { timeout: 20_000 });
      const stake = within(form).getByLabelText('Stake (PHA)') as HTMLInputElement;
      fireEvent.change(stake, { target: { value: '5,000.5' } });
      fireEvent.change(screen.getByTestId('language'), { target: { value: 'id' } });
      await waitFor(() => expect(stake.value).toBe('5.000,5'), { timeout: 5_000 });
      fireEvent.submit(form);
      await screen.findByTestId('dev-result', {}, { timeout: 20_000 });
      // 5,000.5 PHA, not "5.000,5" (which the node reads as no number, or "5.000" as 5 PHA)
      expect(asked).toEqual([{ pool: 0, operator: '//demo/owner/0', stake: '5000.5' }]);
      fireEvent.change(screen.getByTestId('language'), { target: { value: 'en' } });
    } finally {
      restore();
    }
  });
});
