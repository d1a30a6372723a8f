// @vitest-environment jsdom
/**
 * UI tier, governance: what a passed referendum's enactment under Root does, against the embedded dev
 * chain (dev periods: launch every 20 blocks, 20 blocks of voting, enactment 10 blocks after the end)
 * with the history API served by the in-page indexer, through the real @polkadot/api:
 * - a remark proposed with the dApp's call picker (the public-proposal form) is `system.remark`; once
 *   launched, voted, passed and enacted, the Scheduler's Dispatched event of the enactment block carries
 *   `Ok` and the referendum's header and story say so, in English and Bahasa Indonesia;
 * - a referendum whose call Root cannot dispatch (`system.remarkWithEvent`, ensure_signed) is enacted
 *   with BadOrigin: the list, the page's header and the story say "enactment failed (BadOrigin)", in
 *   both languages.
 * Every step waits for chain state (blocks are built by the test), never for time.
 */
import './setup-dom.js';
import { blake2AsHex } from '@polkadot/util-crypto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProposalsPanel } from '../../src/governance/proposals-panel.js';
import { ReferendaList } from '../../src/governance/referenda-list.js';
import { ReferendumPage } from '../../src/governance/referendum-page.js';
import { callBytes } from '../../src/pallets-mock/offchain/tx-signer.js';
import { toHex, utf8 } from '../../src/pallets-mock/primitives/bytes.js';
import { dispatch, PHA } from '../fixtures/seed-pools.js';
import { renderGovernance } from './governance-render.js';
import { type Dapp, startDapp } from './helpers.js';

const REMARK = 'pha-stake: adopt the staking guidelines';
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const aye = (balance: bigint) => ({ type: 'Standard', value: { vote: 0x81n, balance } });

let dapp: Dapp;
beforeAll(async () => {
  dapp = await startDapp(() => {}, { history: true });
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

const best = async () => (await dapp.connection.api.rpc.chain.getHeader()).number.toNumber();
/** Builds blocks up to `n` (Instant mode: each is built at once) and waits for the API to see the head. */
async function blocksTo(n: number) {
  const head = await best();
  if (n > head) await dapp.chain.newBlocks(n - head);
  await waitFor(async () => expect(await best()).toBe(n), { timeout: 20_000 });
}
async function referendum(index: number) {
  return (await dapp.connection.api.query.democracy.referendumInfoOf(index)).toJSON() as {
    ongoing?: { end: number };
    finished?: { approved: boolean; end: number };
  } | null;
}
/** The Scheduler's Dispatched event of block `n`: its task and result, as the chain recorded them. */
async function dispatchedAt(n: number) {
  const { api } = dapp.connection;
  const events = await api.query.system.events.at(await api.rpc.chain.getBlockHash(n));
  const found = events.find((e) => e.event.section === 'scheduler' && e.event.method === 'Dispatched');
  return found?.event.data.toJSON() as
    | [task: [number, number], id: string | null, result: unknown]
    | undefined;
}

describe('a referendum enacted under Root', () => {
  it('a remark proposed with the call picker passes and is enacted: Scheduler.Dispatched Ok', async () => {
    const { api } = dapp.connection;
    renderGovernance(dapp.connection, <ProposalsPanel />, '//Alice');
    const form = await screen.findByTestId('propose-form', {}, { timeout: 20_000 });
    // the picker starts on the remark
    expect((within(form).getByTestId('call-kind') as HTMLSelectElement).value).toBe('remark');
    fireEvent.change(within(form).getByTestId('call-remark'), { target: { value: REMARK } });
    const submit = within(form).getByTestId('propose-submit') as HTMLButtonElement;
    await waitFor(() => expect(submit.disabled).toBe(false), { timeout: 20_000 });
    fireEvent.click(submit);
    const proposal = await screen.findByTestId('proposal-0', {}, { timeout: 20_000 });
    // the proposal is system.remark, decoded with its text
    await waitFor(() =>
      expect(within(proposal).getByTestId('call-text').textContent).toContain('system.remark'),
    );
    expect(within(proposal).getByTestId('call-text').textContent).not.toContain('remarkWithEvent');
    expect(within(proposal).getByText(REMARK)).toBeTruthy();
    const props = (await api.query.democracy.publicProps()).toJSON() as [
      number,
      { lookup: { hash: string } },
      string,
    ][];
    expect(props[0]?.[1].lookup.hash).toBe(blake2AsHex(api.tx.system.remark(REMARK).method.toU8a(), 256));
    cleanup();

    // launch (dev LaunchPeriod 20), Bob votes aye, the vote ends and the call is enacted
    await blocksTo(20);
    const launched = await referendum(0);
    const end = launched?.ongoing?.end as number;
    expect(end).toBe(40);
    dispatch(dapp.chain, '//Bob', 'Democracy.vote', { ref_index: 0n, vote: aye(10_000n * PHA) });
    const enactAt = end + (api.consts.democracy.enactmentPeriod.toPrimitive() as number);
    await blocksTo(enactAt);
    expect(await referendum(0)).toEqual({ finished: { approved: true, end } });
    const [task, id, result] = (await dispatchedAt(enactAt)) ?? [];
    expect(task).toEqual([enactAt, 0]);
    // the task Democracy named: "democrac" ++ ref index 0 (u32 LE), zero-padded
    expect(id).toBe(`0x${Buffer.from('democrac').toString('hex')}${'00'.repeat(24)}`);
    expect(result).toEqual({ ok: null });

    // the page: a plain "Passed" and the enactment's success, in both languages
    for (const [locale, status, passed, enacted] of [
      ['en', 'Passed (ended at block #40).', 'Passed', `Enacted at block #${enactAt}: the call succeeded.`],
      [
        'id',
        'Lolos (berakhir di blok #40).',
        'Lolos',
        `Diberlakukan pada blok #${enactAt}: panggilan berhasil.`,
      ],
    ] as const) {
      renderGovernance(dapp.connection, <ReferendumPage index={0} />, '//Alice', locale);
      const story = await screen.findByTestId('referendum-story', {}, { timeout: 30_000 });
      const enactment = within(story).getByTestId('story-enactment');
      expect(enactment.dataset.ok).toBe('true');
      expect(text(enactment)).toBe(enacted);
      expect(text(within(story).getByTestId('story-result'))).toBe(passed);
      expect(within(story).getByTestId('story-result').dataset.enactmentFailed).toBe('false');
      await waitFor(() => expect(text(screen.getByTestId('ref-status'))).toBe(status));
      cleanup();
    }
  }, 120_000);

  it('a call Root cannot dispatch (remark_with_event) is enacted with BadOrigin, and every view says so', async () => {
    // fast-tracked as Root would (external majority proposal, 3 blocks of voting, enacted 1 block later)
    const { api } = dapp.connection;
    const call = {
      type: 'System',
      value: { type: 'remark_with_event', value: { remark: toHex(utf8('signed only')) } },
    };
    const bytes = callBytes(dapp.chain, call);
    const hash = blake2AsHex(bytes, 256);
    const index = (await api.query.democracy.referendumCount()).toNumber();
    dispatch(dapp.chain, '//Alice', 'Preimage.note_preimage', { bytes: toHex(bytes) });
    dispatch(dapp.chain, 'root', 'Democracy.external_propose_majority', {
      proposal: { type: 'Lookup', value: { hash, len: BigInt(bytes.length) } },
    });
    dispatch(dapp.chain, 'root', 'Democracy.fast_track', {
      proposal_hash: hash,
      voting_period: 3n,
      delay: 1n,
    });
    dispatch(dapp.chain, '//Bob', 'Democracy.vote', { ref_index: BigInt(index), vote: aye(10n * PHA) });
    await dapp.chain.newBlocks(1);
    const end = (await referendum(index))?.ongoing?.end as number;
    await blocksTo(end + 1);
    expect(await referendum(index)).toEqual({ finished: { approved: true, end } });
    const [, , result] = (await dispatchedAt(end + 1)) ?? [];
    expect(result).toEqual({ err: { badOrigin: null } });

    const block = end.toLocaleString('en-US');
    for (const [locale, status, passed, enactment] of [
      [
        'en',
        `Passed · enactment failed (BadOrigin) — ended at block #${block}.`,
        'Passed · enactment failed (BadOrigin)',
        `Dispatched at block #${end + 1} but the call failed: BadOrigin.`,
      ],
      [
        'id',
        `Lolos · pemberlakuan gagal (BadOrigin) — berakhir di blok #${block}.`,
        'Lolos · pemberlakuan gagal (BadOrigin)',
        `Dijalankan pada blok #${end + 1} tetapi panggilan gagal: BadOrigin.`,
      ],
    ] as const) {
      renderGovernance(dapp.connection, <ReferendaList />, '//Alice', locale);
      const row = await screen.findByTestId(`referendum-${index}`, {}, { timeout: 20_000 });
      await waitFor(() => expect(within(row).getByTestId('ref-result').dataset.enactmentFailed).toBe('true'));
      expect(text(within(row).getByTestId('ref-result'))).toBe(status);
      // referendum 0 (the remark) stays a plain pass
      expect(
        within(await screen.findByTestId('referendum-0')).getByTestId('ref-result').dataset.enactmentFailed,
      ).toBe('false');
      cleanup();

      renderGovernance(dapp.connection, <ReferendumPage index={index} />, '//Alice', locale);
      await waitFor(() => expect(text(screen.getByTestId('ref-status'))).toBe(status), { timeout: 30_000 });
      const story = await screen.findByTestId('referendum-story', {}, { timeout: 30_000 });
      expect(text(within(story).getByTestId('story-result'))).toBe(passed);
      expect(within(story).getByTestId('story-enactment').dataset.ok).toBe('false');
      expect(text(within(story).getByTestId('story-enactment'))).toBe(enactment);
      cleanup();
    }
  }, 120_000);
});
