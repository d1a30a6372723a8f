/**
 * The @polkadot/api 16.5.6 suite, shared by the WebSocket and the embedded-provider runs (each passes
 * a provider factory). A real ApiPromise against a fresh Instant-mode dev chain: connect (metadata via
 * state_call, registry, genesis), queries, historical queries with api.at, storage and head
 * subscriptions, `.entries()`, paymentInfo, signAndSend through Ready → InBlock → Finalized with events
 * (also when the event loop stalls right after the block),
 * failing calls as ExtrinsicFailed with their decoded errors (Token.FundsUnavailable; Sudo.RequireSudo
 * through registry.findMetaError, with its docs), accountNextIndex, rejected submissions as RPC errors.
 */
import '@polkadot/api-augment';
import { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { ProviderInterface } from '@polkadot/rpc-provider/types';
import type { ISubmittableResult } from '@polkadot/types/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { alice, bob, charlie, PHA } from './helpers.js';

export interface SuiteTarget {
  chain: DevChain;
  provider: ProviderInterface;
  stop(): Promise<void>;
}

export const API_OPTIONS = {
  signedExtensions: { CheckMqSequence: { extrinsic: {}, payload: {} } },
  noInitWarn: true,
  throwOnConnect: true,
};

interface Outcome {
  statuses: string[];
  events: string[];
  result: ISubmittableResult;
}

/** signAndSend, collecting status types and the events of the Finalized result. */
function send(tx: SubmittableExtrinsic<'promise'>, pair: KeyringPair): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const statuses: string[] = [];
    let unsub: (() => void) | undefined;
    tx.signAndSend(pair, (result) => {
      statuses.push(result.status.type);
      if (result.status.isFinalized) {
        unsub?.();
        resolve({
          statuses,
          events: result.events.map(({ event }) => `${event.section}.${event.method}`),
          result,
        });
      }
      if (result.status.isInvalid || result.status.isDropped) reject(new Error(result.status.type));
    })
      .then((u) => {
        unsub = u;
      })
      .catch(reject);
  });
}

export function apiSuite(name: string, open: () => Promise<SuiteTarget>): void {
  describe(`@polkadot/api over ${name}`, () => {
    let target: SuiteTarget;
    let api: ApiPromise;

    beforeAll(async () => {
      target = await open();
      api = await ApiPromise.create({ provider: target.provider, ...API_OPTIONS });
    });

    afterAll(async () => {
      await api?.disconnect();
      await target?.stop();
    });

    it('connects: genesis, runtime version, registry from the chain', () => {
      expect(api.genesisHash.toHex()).toBe(target.chain.genesisHash);
      expect(api.runtimeVersion.specName.toString()).toBe('pha-stake');
      expect(api.registry.chainSS58).toBe(30);
      expect(api.registry.chainDecimals).toEqual([12]);
      expect(api.registry.chainTokens).toEqual(['PHA']);
      expect(api.tx.balances.transferKeepAlive).toBeTypeOf('function');
      // rpc_methods lists the decorated names, so polkadot-js keeps these
      expect(api.rpc.chain.subscribeNewHeads).toBeTypeOf('function');
      expect(api.rpc.chain.subscribeFinalizedHeads).toBeTypeOf('function');
      expect(api.rpc.system.accountNextIndex).toBeTypeOf('function');
    });

    it('queries System.Account and constants', async () => {
      const acc = await api.query.system.account(alice.address);
      expect(acc.data.free.toBigInt()).toBe(1_000_000n * PHA);
      expect(acc.nonce.toNumber()).toBe(0);
      expect(api.consts.system.ss58Prefix.toNumber()).toBe(30);
      const [a, b] = await api.query.system.account.multi([alice.address, bob.address]);
      expect(a?.data.free.toBigInt()).toBe(1_000_000n * PHA);
      expect(b?.data.free.toBigInt()).toBe(1_000_000n * PHA);
    });

    it('lists System.Account with .entries() and .keys()', async () => {
      const entries = await api.query.system.account.entries();
      const owners = entries.map(([k]) => k.args[0]?.toString());
      expect(owners).toEqual(expect.arrayContaining([alice.address, bob.address, charlie.address]));
      expect(entries.length).toBeGreaterThanOrEqual(6);
      const keys = await api.query.system.account.keys();
      expect(keys.length).toBe(entries.length);
    });

    it('estimates fees with paymentInfo', async () => {
      const info = await api.tx.balances.transferKeepAlive(bob.address, PHA).paymentInfo(alice);
      expect(info.partialFee.toBigInt()).toBeGreaterThan(0n);
      expect(info.weight.refTime.toBigInt()).toBeGreaterThan(0n);
    });

    it('signAndSend: Ready → InBlock → Finalized with events; storage and head subscriptions follow', async () => {
      const before = (await api.query.system.account(charlie.address)).data.free.toBigInt();
      const seen: bigint[] = [];
      const unsubBalance = await api.query.system.account(charlie.address, (acc) => {
        seen.push(acc.data.free.toBigInt());
      });
      const heads: number[] = [];
      const unsubHeads = await api.rpc.chain.subscribeNewHeads((h) => {
        heads.push(h.number.toNumber());
      });
      const startBlock = (await api.rpc.chain.getHeader()).number.toNumber();

      const out = await send(api.tx.balances.transferKeepAlive(charlie.address, 5n * PHA), alice);
      expect(out.statuses[0]).toBe('Ready');
      expect(out.statuses).toContain('InBlock');
      expect(out.statuses.at(-1)).toBe('Finalized');
      expect(out.statuses.indexOf('InBlock')).toBeLessThan(out.statuses.indexOf('Finalized'));
      expect(out.events).toEqual(
        expect.arrayContaining([
          'balances.Withdraw',
          'balances.Transfer',
          'transactionPayment.TransactionFeePaid',
          'system.ExtrinsicSuccess',
        ]),
      );
      const transfer = out.result.events.find(({ event }) => event.method === 'Transfer')?.event;
      expect(transfer?.data[1]?.toString()).toBe(charlie.address);
      expect(BigInt(transfer?.data[2]?.toString() ?? '0')).toBe(5n * PHA);

      const deadline = Date.now() + 5000;
      while ((!seen.includes(before + 5n * PHA) || !heads.includes(startBlock + 1)) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 10));
      unsubBalance();
      unsubHeads();
      expect(seen[0]).toBe(before);
      expect(seen).toContain(before + 5n * PHA);
      expect(heads).toContain(startBlock + 1);

      // the finalized block is the including block, readable by hash
      const blockHash = out.result.status.asFinalized;
      const signed = await api.rpc.chain.getBlock(blockHash);
      expect(signed.block.extrinsics.some((x) => x.hash.eq(out.result.txHash))).toBe(true);
      expect((await api.rpc.chain.getFinalizedHead()).toHex()).toBe(target.chain.head.hash);
    });

    it('keeps InBlock before Finalized even when the event loop stalls right after the block', async () => {
      // A stall makes timers fire before socket reads: `finalized` must still wait for the client to
      // react to `inBlock`, or @polkadot/api's switchMap swallows the InBlock result.
      const off = target.chain.onNewHead(() =>
        setImmediate(() => {
          const t = Date.now();
          while (Date.now() - t < 350) {
            // busy
          }
        }),
      );
      try {
        const out = await send(api.tx.system.remark('0x05'), alice);
        expect(out.statuses).toEqual(['Ready', 'InBlock', 'Finalized']);
      } finally {
        off();
      }
    });

    it('reads history with api.at', async () => {
      const genesis = await api.rpc.chain.getBlockHash(0);
      const past = await api.at(genesis);
      const then = await past.query.system.account(charlie.address);
      expect(then.data.free.toBigInt()).toBe(1_000_000n * PHA);
      const now = await api.query.system.account(charlie.address);
      expect(now.data.free.toBigInt()).toBeGreaterThan(then.data.free.toBigInt());
    });

    it('reports a failing transfer as ExtrinsicFailed with Token.FundsUnavailable, fee kept', async () => {
      const before = (await api.query.system.account(bob.address)).data.free.toBigInt();
      const out = await send(api.tx.balances.transferKeepAlive(charlie.address, 10n ** 30n), bob);
      expect(out.events).toContain('system.ExtrinsicFailed');
      expect(out.events).not.toContain('balances.Transfer');
      const err = out.result.dispatchError;
      expect(err?.isToken).toBe(true);
      expect(err?.asToken.type).toBe('FundsUnavailable');
      const after = (await api.query.system.account(bob.address)).data.free.toBigInt();
      expect(after).toBeLessThan(before); // the fee
      expect(before - after).toBeLessThan(PHA);
    });

    it('decodes a module error with registry.findMetaError (Sudo.RequireSudo)', async () => {
      const out = await send(api.tx.sudo.sudo(api.tx.system.remark('0x00')), bob);
      expect(out.events).toContain('system.ExtrinsicFailed');
      const err = out.result.dispatchError;
      expect(err?.isModule).toBe(true);
      if (!err?.isModule) return;
      const meta = api.registry.findMetaError(err.asModule);
      expect(`${meta.section}.${meta.name}`).toBe('sudo.RequireSudo');
      // the metadata documents the error, as polkadot.js Apps shows it
      expect(meta.docs.map((d) => d.toString())).toEqual(['Sender must be the Sudo account.']);
    });

    it('serves accountNextIndex and rejects a stale nonce as an RPC error', async () => {
      const nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
      expect(nonce).toBe((await api.query.system.account(alice.address)).nonce.toNumber());
      expect(nonce).toBeGreaterThan(0);
      const stale = await api.tx.system.remark('0x01').signAsync(alice, { nonce: nonce - 1 });
      await expect(api.rpc.author.submitExtrinsic(stale)).rejects.toThrow(
        /1010: Invalid Transaction: Transaction is outdated/,
      );
      // and the connection keeps serving
      expect((await api.rpc.system.health()).peers.toNumber()).toBe(0);
    });

    it('submits without watching (author_submitExtrinsic returns the hash)', async () => {
      const tx = await api.tx.system.remark('0x02').signAsync(alice);
      const hash = await api.rpc.author.submitExtrinsic(tx);
      expect(hash.toHex()).toBe(tx.hash.toHex());
    });
  });
}
