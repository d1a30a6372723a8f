/**
 * EmbeddedProvider as a ProviderInterface, below @polkadot/api (the api-level suite is api-embedded).
 *
 * What it proves: it connects on its own (isConnected, 'connected' once), answers send() with results
 * and rejects failures with `${code}: ${message}: ${data}` plus code and data; subscribe() delivers the
 * notifications sent before its id came back (buffered) and later ones, keyed by type and id;
 * unsubscribe() is true once, false for unknown ids; clones share the chain but not subscriptions;
 * disconnect() emits 'disconnected', cancels the subscriptions and refuses further calls; stats count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { EmbeddedProvider } from '../../src/pallets-mock/rpc/embedded-provider.js';
import { EmbeddedRpcError } from '../../src/pallets-mock/rpc/session-provider.js';
import { sleep } from './helpers.js';

let chain: DevChain;
beforeAll(() => {
  chain = new DevChain({ mode: 'Manual' });
});
afterAll(() => chain.stop());

const connected = (p: EmbeddedProvider) =>
  new Promise<void>((resolve) => {
    if (p.isConnected) resolve();
    else p.on('connected', () => resolve());
  });

describe('EmbeddedProvider', () => {
  it('connects by itself and answers calls', async () => {
    const p = new EmbeddedProvider(chain);
    expect(p.isConnected).toBe(false);
    let events = 0;
    p.on('connected', () => events++);
    await connected(p);
    await sleep(5);
    expect(events).toBe(1);
    expect(p.hasSubscriptions).toBe(true);
    expect(p.isClonable).toBe(true);
    expect(await p.send('chain_getBlockHash', [0])).toBe(chain.genesisHash);
    await p.disconnect();
  });

  it('rejects failures like @polkadot/rpc-provider does', async () => {
    const p = new EmbeddedProvider(chain);
    await connected(p);
    const err = await p.send('author_submitExtrinsic', ['0x00']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(EmbeddedRpcError);
    expect((err as EmbeddedRpcError).code).toBe(1001);
    expect((err as Error).message).toMatch(/^1001: Extrinsic has invalid format: /);
    const nf = await p.send('nope', []).catch((e: Error) => e);
    expect((nf as Error).message).toBe('-32601: Method not found');
    expect(p.stats.total.errors).toBe(2);
    expect(p.stats.total.requests).toBe(2);
    await p.disconnect();
  });

  it('subscribe: the first notification (sent before the id came back) and later ones arrive', async () => {
    const p = new EmbeddedProvider(chain);
    await connected(p);
    const heads: string[] = [];
    const id = await p.subscribe(
      'chain_newHead',
      'chain_subscribeNewHead',
      [],
      (err, h: { number: string }) => {
        expect(err).toBeNull();
        heads.push(h.number);
      },
    );
    expect(typeof id).toBe('string');
    await sleep(0);
    expect(heads).toEqual([`0x${chain.best.toString(16)}`]);
    await chain.newBlocks(1);
    expect(heads).toHaveLength(2);
    expect(await p.unsubscribe('chain_newHead', 'chain_unsubscribeNewHead', id)).toBe(true);
    expect(await p.unsubscribe('chain_newHead', 'chain_unsubscribeNewHead', id)).toBe(false);
    await chain.newBlocks(1);
    expect(heads).toHaveLength(2);
    await p.disconnect();
  });

  it('clones share the chain, not the subscriptions; disconnect cancels and refuses', async () => {
    const p = new EmbeddedProvider(chain);
    await connected(p);
    const c = p.clone();
    await connected(c);
    expect(c.core).toBe(p.core);
    const a: unknown[] = [];
    const b: unknown[] = [];
    await p.subscribe('chain_newHead', 'chain_subscribeNewHead', [], (_e, h) => a.push(h));
    await c.subscribe('chain_newHead', 'chain_subscribeNewHead', [], (_e, h) => b.push(h));
    let disconnected = 0;
    p.on('disconnected', () => disconnected++);
    await p.disconnect();
    expect(disconnected).toBe(1);
    expect(p.isConnected).toBe(false);
    await chain.newBlocks(1);
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(2);
    await expect(p.send('system_name', [])).rejects.toThrow(/not connected/);
    await c.disconnect();
  });
});
