// @vitest-environment jsdom
/**
 * UI tier, governance: calls in words, decoded with the embedded chain's real metadata by @polkadot/api.
 * A Treasury spend and a transfer show their PHA amount and the account with the address view; a remark
 * shows its text; a batch (and sudo) expands the calls it holds; bytes that are not text stay hex; the
 * raw call data is behind a closed toggle. The Treasury's spend period reads in blocks and time.
 */
import './setup-dom.js';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chainConstants } from '../../src/api/chain-constants.js';
import { CallHexView } from '../../src/governance/call-view.js';
import { id } from '../../src/governance/i18n/id.js';
import { TreasuryPanel } from '../../src/governance/treasury-panel.js';
import { formatCount, formatDuration, formatPha, shortAddress } from '../../src/ui/format.js';
import { PHA } from '../fixtures/seed-pools.js';
import { renderGovernance } from './governance-render.js';
import { type Dapp, ss58, startDapp } from './helpers.js';

let dapp: Dapp;

beforeAll(async () => {
  dapp = await startDapp();
}, 60_000);
afterEach(cleanup);
afterAll(async () => {
  await dapp?.stop();
});

const show = (hex: string, locale: 'en' | 'id' = 'en') => {
  renderGovernance(dapp.connection, <CallHexView hex={hex} />, '//Alice', locale);
  return screen.getByTestId('call-text');
};
/** The dev runtime's Treasury.spend(amount, beneficiary), which the API's typings (for other chains) do not know. */
const spend = (amount: bigint, to: string) => dapp.connection.api.tx.treasury.spend(amount, to);
const args = (call: Element, name: string) => call.querySelector(`:scope > dl > [data-arg="${name}"] > dd`);

describe('a call in words', () => {
  it('a Treasury spend: PHA amount and the beneficiary with the address view', () => {
    const dave = ss58('//Dave', dapp.connection);
    const root = show(spend(2_500n * PHA, dave).method.toHex());
    const call = within(root).getByTestId('call');
    expect(call.dataset.call).toBe('treasury.spend');
    expect(call.querySelector('strong')?.textContent).toBe('Treasury: Spend');
    expect(args(call, 'amount')?.textContent).toBe(`${formatPha(2_500n * PHA, 'en')} PHA`);
    expect(args(call, 'amount')?.textContent).toContain('2,500');
    const who = within(args(call, 'beneficiary') as HTMLElement).getByTestId('address');
    expect(who.dataset.address).toBe(dave);
    expect(who.textContent).toContain(shortAddress(dave));
    expect(within(who).getByRole('button', { name: 'Copy address' })).toBeTruthy();
    // no planck digits on screen
    expect(root.querySelector('dl')?.textContent).not.toContain('2500000000000000');
  });

  it('a transfer: destination account and value in PHA', () => {
    const { api } = dapp.connection;
    const bob = ss58('//Bob', dapp.connection);
    const call = within(
      show(api.tx.balances.transferKeepAlive(bob, 1_500_000_000_000n).method.toHex()),
    ).getByTestId('call');
    expect(call.querySelector('strong')?.textContent).toBe('Balances: Transfer keep alive');
    expect(within(args(call, 'dest') as HTMLElement).getByTestId('address').dataset.address).toBe(bob);
    expect(args(call, 'value')?.textContent).toBe(`${formatPha(1_500_000_000_000n, 'en')} PHA`);
  });

  it('a remark: its text, not its bytes', () => {
    const { api } = dapp.connection;
    const call = within(
      show(api.tx.system.remarkWithEvent('Fund the audit, please').method.toHex()),
    ).getByTestId('call');
    expect(call.querySelector('strong')?.textContent).toBe('System: Remark with event');
    expect(args(call, 'remark')?.textContent).toBe('Fund the audit, please');
  });

  it('bytes that are not text stay hex (system.setStorage items)', () => {
    const { api } = dapp.connection;
    const call = within(show(api.tx.system.setStorage([['0x00ff', '0x0102']]).method.toHex())).getByTestId(
      'call',
    );
    const items = args(call, 'items')?.textContent ?? '';
    expect(items).toContain('0x00ff');
    expect(items).toContain('0x0102');
  });

  it('a batch expands every call it holds, recursively (sudo inside a batch)', () => {
    const { api } = dapp.connection;
    const dave = ss58('//Dave', dapp.connection);
    const hex = api.tx.utility
      .batchAll([api.tx.system.remarkWithEvent('first'), api.tx.sudo.sudo(spend(7n * PHA, dave))])
      .method.toHex();
    const root = show(hex);
    const calls = within(root).getAllByTestId('call');
    expect(calls.map((c) => c.dataset.call)).toEqual([
      'utility.batchAll',
      'system.remarkWithEvent',
      'sudo.sudo',
      'treasury.spend',
    ]);
    const [batch, remark, sudo, paid] = calls as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(batch.querySelector('strong')?.textContent).toBe('Utility: Batch all');
    expect(args(remark, 'remark')?.textContent).toBe('first');
    expect(args(sudo, 'call')?.contains(paid)).toBe(true);
    expect(args(paid, 'amount')?.textContent).toBe(`${formatPha(7n * PHA, 'en')} PHA`);
    expect(within(paid).getByTestId('address').dataset.address).toBe(dave);
  });

  it('in Bahasa Indonesia: call titles and argument labels from the catalogue, code names kept', () => {
    const { api } = dapp.connection;
    const dave = ss58('//Dave', dapp.connection);
    const hex = api.tx.utility.batchAll([api.tx.system.remark('satu'), spend(7n * PHA, dave)]).method.toHex();
    const root = show(hex, 'id');
    const [batch, remark, paid] = within(root).getAllByTestId('call') as [
      HTMLElement,
      HTMLElement,
      HTMLElement,
    ];
    expect(batch.querySelector('strong')?.textContent).toBe(id['call.name.utility.batchAll']);
    expect(batch.querySelector('code')?.textContent).toBe('utility.batchAll');
    expect(remark.querySelector('strong')?.textContent).toBe(id['call.name.system.remark']);
    expect(paid.querySelector('strong')?.textContent).toBe(id['call.name.treasury.spend']);
    const dt = (call: Element, name: string) =>
      call.querySelector(`:scope > dl > [data-arg="${name}"] > dt`)?.textContent;
    expect(dt(batch, 'calls')).toBe(id['call.arg.calls']);
    expect(dt(remark, 'remark')).toBe(id['call.arg.remark']);
    expect(dt(paid, 'amount')).toBe(id['call.arg.amount']);
    expect(dt(paid, 'beneficiary')).toBe(id['call.arg.beneficiary']);
    expect(args(paid, 'amount')?.textContent).toBe(`${formatPha(7n * PHA, 'id')} PHA`);
    const shown = Array.from(root.querySelectorAll('strong, dt'), (e) => e.textContent).join(' | ');
    for (const english of ['Calls', 'Amount', 'Beneficiary', 'Batch all', 'Utility', 'Remark', 'Spend'])
      expect(shown).not.toContain(english);
  });

  it('a call the catalogue does not know: words in English, the code name alone in Bahasa Indonesia', () => {
    const { api } = dapp.connection;
    const hex = api.tx.system.setStorage([['0x00ff', '0x0102']]).method.toHex();
    expect(within(show(hex)).getByTestId('call').querySelector('strong')?.textContent).toBe(
      'System: Set storage',
    );
    cleanup();
    const call = within(show(hex, 'id')).getByTestId('call');
    expect(call.querySelector('strong')).toBeNull();
    expect(call.querySelector('code')?.textContent).toBe('system.setStorage');
    expect(call.querySelector(':scope > dl > [data-arg="items"] > dt')?.textContent).toBe('items');
  });

  it('the raw call data is behind a closed toggle', () => {
    const { api } = dapp.connection;
    const hex = api.tx.system.remarkWithEvent('raw').method.toHex();
    const raw = within(show(hex)).getByTestId('call-raw') as HTMLDetailsElement;
    expect(raw.open).toBe(false);
    expect(raw.querySelector('summary')?.textContent).toBe('Raw call data');
    fireEvent.click(within(raw).getByText('Raw call data'));
    expect(raw.open).toBe(true);
    expect(raw.querySelector('code')?.textContent).toBe(hex);
  });
});

describe('periods in words', () => {
  it('the spend period in blocks and time, and the block of the next payout', async () => {
    const { api } = dapp.connection;
    const blocks = BigInt(api.consts.treasury.spendPeriod.toString());
    const secs = Number(blocks) * (chainConstants(api).blockTimeSecs || 12);
    renderGovernance(dapp.connection, <TreasuryPanel />);
    const p = await screen.findByTestId('spend-period', {}, { timeout: 20_000 });
    expect(p.textContent).toBe(
      `Approved proposals are paid every ${formatCount(blocks, 'en')} blocks (${formatDuration(secs, 'en')}).`,
    );
    // the next payout: the next multiple of the period after the head
    const head = BigInt((await api.rpc.chain.getHeader()).number.toString());
    const next = screen.getByTestId('next-spend');
    await waitFor(() => expect(next.dataset.block).toBe(((head / blocks + 1n) * blocks).toString()));
    expect(next.textContent).toMatch(
      new RegExp(
        `^Next payout at block #${formatCount((head / blocks + 1n) * blocks, 'en')} \\(in .+\\)\\.$`,
      ),
    );
  });
});
