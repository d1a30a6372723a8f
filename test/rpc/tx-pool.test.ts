/**
 * The transaction pool against Substrate's rules (issue 20, defects 1 and 7), through DevChain.submit and
 * the RPC core: replacement of a pooled transaction by a higher tip, refusal of a lower one with
 * Substrate's 1014 text, future → ready promotion when a nonce gap fills, eviction at the count and
 * per-sender limits (1016 for a transaction evicted on its own import), expiry of a future transaction
 * by its mortality (then banned: 1012), revalidation after each block (a transaction that cannot pay any
 * more is invalid and banned), the stuck sender (mq sequence five ahead) freed by a replacement, and
 * future-nonce spam from empty accounts refused by the fee check.
 */
import { sr25519PairFromSeed } from '@polkadot/util-crypto';
import { describe, expect, it } from 'vitest';
import { ChainError, DevChain } from '../../src/pallets-mock/devchain/chain.js';
import type { TxStatus } from '../../src/pallets-mock/devchain/tx-pool.js';
import { SignedMessageChannel } from '../../src/pallets-mock/offchain/signer.js';
import { RegistryEvent, TOPIC } from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { devSeed } from '../../src/pallets-mock/pallets/phala-registry/dev-identities.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { createRpcCore } from '../../src/pallets-mock/rpc/method-table.js';
import { alice, bob, charlie, hex, keyring, PHA, remarkCall, signTx, transferCall } from './helpers.js';

const statuses = () => {
  const seen: TxStatus[] = [];
  return { seen, watch: (s: TxStatus) => seen.push(s) };
};

const errorOf = (fn: () => unknown): ChainError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ChainError) return err;
    throw err;
  }
  throw new Error('expected a ChainError');
};

const blockExtrinsics = (chain: DevChain) => chain.head.extrinsics.map(toHex);

describe('defect 7: a stuck sender — replacement by priority', () => {
  it('a pending transaction is replaced by the same sender and nonce with a higher tip', async () => {
    const chain = new DevChain({ mode: 'Manual' });
    const low = signTx(chain, alice, remarkCall('0x01'), { nonce: 0n });
    const high = signTx(chain, alice, remarkCall('0x02'), { nonce: 0n, tip: PHA });
    const first = statuses();
    chain.submit(low, { watch: first.watch });
    chain.submit(high);
    expect(first.seen).toEqual(['ready', 'usurped'].map((t) => expect.objectContaining({ type: t })));
    expect(chain.pool.size).toBe(1);
    await chain.newBlocks(1);
    expect(blockExtrinsics(chain)).toContain(hex(high));
    expect(blockExtrinsics(chain)).not.toContain(hex(low));
    chain.stop();
  });

  it('a lower (or equal) priority replacement is refused with Substrate 1014 text', async () => {
    const chain = new DevChain({ mode: 'Manual' });
    const core = createRpcCore(chain);
    const high = signTx(chain, bob, remarkCall('0x01'), { nonce: 0n, tip: PHA });
    const low = signTx(chain, bob, remarkCall('0x02'), { nonce: 0n });
    chain.submit(high);
    const reply = (await core.handleOnce(
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'author_submitExtrinsic', params: [hex(low)] }),
    )) as { error?: { code: number; message: string; data?: string } };
    expect(reply.error?.code).toBe(1014);
    expect(reply.error?.message).toMatch(/^Priority is too low: \((\d+) vs (\d+)\)$/);
    const [, old, nu] = /\((\d+) vs (\d+)\)/.exec(reply.error?.message ?? '') ?? [];
    expect(BigInt(old ?? 0)).toBeGreaterThan(BigInt(nu ?? 0));
    expect(reply.error?.data).toBe(
      'The transaction has too low priority to replace another transaction already in the pool.',
    );
    expect(chain.pool.size).toBe(1);
    chain.stop();
  });

  it('a sender whose mq message is five sequences ahead is freed by a replacement', async () => {
    const chain = new DevChain({ mode: 'Manual' });
    const key = sr25519PairFromSeed(devSeed('pool-test/worker'));
    const ch = new SignedMessageChannel({ type: 'Worker', value: toHex(key.publicKey) }, key);
    const bench = { type: 'BenchReport' as const, value: { start_time: 0n, iterations: 0n } };
    let message = ch.push(TOPIC.registryEvent, RegistryEvent, bench);
    for (let i = 0; i < 5; i++) message = ch.push(TOPIC.registryEvent, RegistryEvent, bench);
    const mq = {
      type: 'PhalaMq',
      value: { type: 'sync_offchain_message', value: { signed_message: message } },
    };
    const stuck = statuses();
    chain.submit(signTx(chain, charlie, mq, { nonce: 0n }), { watch: stuck.watch });
    const next = statuses();
    chain.submit(signTx(chain, charlie, transferCall(alice.address, PHA), { nonce: 1n }), {
      watch: next.watch,
    });
    expect(stuck.seen).toEqual([{ type: 'future' }]);
    expect(next.seen).toEqual([{ type: 'future' }]);
    await chain.newBlocks(1);
    expect(chain.pool.futureCount).toBe(2); // a block changes nothing for them
    // The replacement (same nonce, higher priority) takes the stuck message's nonce tag: both go in.
    chain.submit(signTx(chain, charlie, remarkCall('0x00'), { nonce: 0n, tip: PHA }));
    expect(stuck.seen.at(-1)).toMatchObject({ type: 'usurped' });
    expect(next.seen.at(-1)).toEqual({ type: 'ready' });
    await chain.newBlocks(1);
    expect(next.seen.map((s) => s.type)).toContain('inBlock');
    expect(chain.pool.size).toBe(0);
    chain.stop();
  });
});

describe('future transactions', () => {
  it('a future nonce is promoted to ready when the gap fills, and both enter one block in order', async () => {
    const chain = new DevChain({ mode: 'Manual' });
    const later = statuses();
    const second = signTx(chain, bob, remarkCall('0x02'), { nonce: 1n });
    chain.submit(second, { watch: later.watch });
    expect(later.seen).toEqual([{ type: 'future' }]);
    expect([chain.pool.readyCount, chain.pool.futureCount]).toEqual([0, 1]);
    const first = signTx(chain, bob, remarkCall('0x01'), { nonce: 0n });
    chain.submit(first);
    expect([chain.pool.readyCount, chain.pool.futureCount]).toEqual([2, 0]);
    await chain.newBlocks(1);
    const xts = blockExtrinsics(chain);
    expect(xts.indexOf(hex(first))).toBeGreaterThan(0);
    expect(xts.indexOf(hex(second))).toBeGreaterThan(xts.indexOf(hex(first)));
    chain.stop();
  });

  it('a future transaction is dropped when its mortality ends, then banned for a while (1012)', async () => {
    const chain = new DevChain({ mode: 'Manual' });
    await chain.newBlocks(2);
    const era = { period: 4n, phase: chain.best % 4n };
    const tx = signTx(chain, alice, remarkCall('0x09'), { nonce: 5n, era, birthHash: chain.head.hash });
    const seen = statuses();
    chain.submit(tx, { watch: seen.watch });
    expect(seen.seen).toEqual([{ type: 'future' }]);
    await chain.newBlocks(2);
    expect(chain.pool.size).toBe(1);
    await chain.newBlocks(1);
    expect(seen.seen).toEqual([{ type: 'future' }, { type: 'dropped' }]);
    expect(chain.pool.size).toBe(0);
    expect(errorOf(() => chain.submit(tx))).toMatchObject({
      code: 1012,
      message: 'Transaction is temporarily banned',
    });
    chain.stop();
  });

  it('after each block the pool is revalidated: one that cannot pay any more is invalid and banned', async () => {
    const chain = new DevChain({ mode: 'Manual' });
    const dave = keyring.addFromUri('//pool-test/dave');
    chain.submit(signTx(chain, alice, transferCall(dave.address, 10n * PHA), { nonce: 0n }));
    await chain.newBlocks(1);
    const waiting = signTx(chain, dave, remarkCall('0x01'), { nonce: 1n });
    const seen = statuses();
    chain.submit(waiting, { watch: seen.watch });
    const drain = {
      type: 'Balances',
      value: {
        type: 'transfer_all',
        value: { dest: { type: 'Id', value: alice.address }, keep_alive: false },
      },
    };
    chain.submit(signTx(chain, dave, drain, { nonce: 0n }));
    await chain.newBlocks(1);
    expect(seen.seen.map((s) => s.type)).toEqual(['future', 'ready', 'invalid']);
    expect(chain.pool.size).toBe(0);
    expect(errorOf(() => chain.submit(waiting)).code).toBe(1012);
    chain.stop();
  });
});

describe('defect 1: crash with no funds — validity and limits', () => {
  it('future-nonce spam from empty accounts is refused by the fee check, and the pool stays empty', () => {
    const chain = new DevChain({ mode: 'Manual' });
    for (let i = 0; i < 50; i++) {
      const empty = keyring.addFromUri(`//pool-test/empty/${i}`);
      const e = errorOf(() =>
        chain.submit(signTx(chain, empty, transferCall(alice.address, 1n), { nonce: 1000n + BigInt(i) })),
      );
      expect(e).toMatchObject({ code: 1010, data: expect.stringContaining('Inability to pay some fees') });
    }
    expect(chain.pool.size).toBe(0);
    chain.stop();
  });

  it('evicts the lowest priority at the future limit; a newcomer that is the worst is 1016', () => {
    const chain = new DevChain({ mode: 'Manual', poolLimits: { futureCount: 2 } });
    const a = statuses();
    chain.submit(signTx(chain, alice, remarkCall('0x01'), { nonce: 3n }), { watch: a.watch });
    chain.submit(signTx(chain, bob, remarkCall('0x01'), { nonce: 3n, tip: 2n * PHA }));
    const e = errorOf(() => chain.submit(signTx(chain, charlie, remarkCall('0x01'), { nonce: 3n })));
    expect(e).toMatchObject({
      code: 1016,
      data: "The transaction couldn't enter the pool because of the limit",
    });
    expect(e.message).toMatch(/^Immediately Dropped/);
    expect(chain.pool.size).toBe(2);
    chain.submit(signTx(chain, charlie, remarkCall('0x01'), { nonce: 3n, tip: PHA }));
    expect(a.seen).toEqual([{ type: 'future' }, { type: 'dropped' }]);
    expect(chain.pool.futureCount).toBe(2);
    chain.stop();
  });

  it('bounds the transactions of one sender and author_pendingExtrinsics with them', async () => {
    const chain = new DevChain({ mode: 'Manual', poolLimits: { perSender: 3 } });
    const core = createRpcCore(chain);
    for (let n = 0n; n < 3n; n++) chain.submit(signTx(chain, alice, remarkCall('0x01'), { nonce: 10n + n }));
    const e = errorOf(() => chain.submit(signTx(chain, alice, remarkCall('0x01'), { nonce: 20n })));
    expect(e.code).toBe(1016);
    chain.submit(signTx(chain, bob, remarkCall('0x01'), { nonce: 0n }));
    const pending = (await core.handleOnce(
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'author_pendingExtrinsics', params: [] }),
    )) as { result: string[] };
    expect(pending.result).toHaveLength(4);
    chain.stop();
  });

  it('evicts at the ready limit too', () => {
    const chain = new DevChain({ mode: 'Manual', poolLimits: { readyCount: 1 } });
    const a = statuses();
    chain.submit(signTx(chain, alice, remarkCall('0x01'), { nonce: 0n }), { watch: a.watch });
    chain.submit(signTx(chain, bob, remarkCall('0x01'), { nonce: 0n, tip: PHA }));
    expect(a.seen).toEqual([{ type: 'ready' }, { type: 'dropped' }]);
    expect(chain.pool.readyCount).toBe(1);
    chain.stop();
  });
});
