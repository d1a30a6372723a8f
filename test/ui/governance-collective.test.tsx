// @vitest-environment jsdom
/**
 * UI tier, governance: the Council panel against the embedded chain. Alice's motion (an external
 * majority proposal, threshold 2) is listed with its call and votes; Bob, a member, votes aye from the panel,
 * Alice from her own client, the motion is decided, and closing it executes the call (Democracy.NextExternal is set).
 */
import './setup-dom.js';
import { Keyring } from '@polkadot/keyring';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CollectivePanel } from '../../src/governance/collective-panel.js';
import { en } from '../../src/governance/i18n/en.js';
import { toHex, utf8 } from '../../src/pallets-mock/primitives/bytes.js';
import { dispatch } from '../fixtures/seed-pools.js';
import { renderGovernance } from './governance-render.js';
import { type Dapp, startDapp } from './helpers.js';

let dapp: Dapp;

beforeAll(async () => {
  dapp = await startDapp((chain) => {
    const remark = toHex(new Uint8Array([0, 7, 4 << 2, ...utf8('tc!!')]));
    dispatch(chain, '//Alice', 'Council.propose', {
      threshold: 2n,
      proposal: {
        type: 'Democracy',
        value: { type: 'external_propose', value: { proposal: { type: 'Inline', value: remark } } },
      },
      length_bound: 1000n,
    });
  });
}, 60_000);
afterAll(async () => {
  cleanup();
  await dapp?.stop();
});

describe('Council panel', () => {
  it('lists the motion, lets a member vote aye and close it, which executes the call', async () => {
    renderGovernance(dapp.connection, <CollectivePanel section="council" />, '//Bob');
    const motion = await screen.findByTestId('motion', {}, { timeout: 20_000 });
    expect(motion.textContent).toContain('democracy.externalPropose(');
    expect(motion.textContent).toContain('0 aye / 0 nay, needs 2');
    const aye = within(motion).getByRole('button', { name: en['council.aye'] }) as HTMLButtonElement;
    await waitFor(() => expect(aye.disabled).toBe(false), { timeout: 20_000 });
    fireEvent.click(aye);
    await waitFor(() => expect(screen.getByTestId('motion').textContent).toContain('1 aye / 0 nay'), {
      timeout: 20_000,
    });
    // Alice, another member, votes aye from her own client
    const { api } = dapp.connection;
    const [hash] = (await api.query.council.proposals()).toPrimitive() as string[];
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    await new Promise<void>((resolve) => {
      void api.tx.council.vote(hash as string, 0, true).signAndSend(alice, (r) => {
        if (r.status.isInBlock) resolve();
      });
    });
    await waitFor(() => expect(screen.getByTestId('motion').textContent).toContain('2 aye / 0 nay'), {
      timeout: 20_000,
    });
    const close = within(screen.getByTestId('motion')).getByRole('button', {
      name: en['council.close'],
    }) as HTMLButtonElement;
    await waitFor(() => expect(close.disabled).toBe(false), { timeout: 20_000 });
    fireEvent.click(close);
    await waitFor(() => expect(screen.queryByTestId('motion')).toBeNull(), { timeout: 20_000 });
    const next = await dapp.connection.api.query.democracy.nextExternal();
    expect(next.isEmpty).toBe(false);
  });
});
