/**
 * chain/server.ts as a process component: binding, ports, lifecycle.
 *
 * What it proves: it binds 127.0.0.1 by default and reports ws:// and http:// URLs for the port it got
 * (port 0 picks a free one); a busy port rejects with PortInUseError (code EADDRINUSE) and a clear
 * message; closing a socket cancels that connection's subscriptions; extra modules passed to
 * startServer are served; close() ends every connection and is idempotent, after which the port is free.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortInUseError, startServer } from '../../chain/server.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import type { MethodTable } from '../../src/pallets-mock/rpc/server-core.js';
import { RawClient, sleep } from './helpers.js';

let chain: DevChain;
beforeAll(() => {
  chain = new DevChain({ mode: 'Manual' });
});
afterAll(() => chain.stop());

describe('startServer', () => {
  it('binds 127.0.0.1 by default on a free port and serves WS and HTTP there', async () => {
    const server = await startServer(chain, { port: 0 });
    expect(server.host).toBe('127.0.0.1');
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`ws://127.0.0.1:${server.port}`);
    expect(server.httpUrl).toBe(`http://127.0.0.1:${server.port}`);
    const ws = await RawClient.connect(server.url);
    expect(await ws.call('chain_getBlockHash', [0])).toBe(chain.genesisHash);
    ws.close();
    await server.close();
  });

  it('rejects a busy port with a clear error', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    const err = await startServer(chain, { port }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortInUseError);
    expect((err as PortInUseError).code).toBe('EADDRINUSE');
    expect((err as Error).message).toBe(
      `port ${port} on 127.0.0.1 is already in use (another node running? pick another with --port)`,
    );
    await new Promise<void>((r) => blocker.close(() => r()));
    // and once free, the same port works
    const server = await startServer(chain, { port });
    expect(server.port).toBe(port);
    await server.close();
  });

  it('serves extra modules; closing a socket cancels its subscriptions', async () => {
    let cancelled = 0;
    const extra: MethodTable = {
      test_watch: (ctx) => ctx.subscribe('test_event', () => cancelled++).id,
    };
    const server = await startServer(chain, { port: 0, modules: [extra] });
    const ws = await RawClient.connect(server.url);
    await ws.call('test_watch');
    await ws.call('test_watch');
    expect(server.connections).toBe(1);
    ws.close();
    // Wait for the server to notice the close (the test's timeout bounds it, not a wall-clock count).
    while (cancelled < 2) await sleep(10);
    expect(cancelled).toBe(2);
    expect(server.connections).toBe(0);
    await server.close();
  });

  it('close() ends every connection, is idempotent, and frees the port', async () => {
    const server = await startServer(chain, { port: 0 });
    const a = await RawClient.connect(server.url);
    const b = await RawClient.connect(server.url);
    await a.call('chain_subscribeNewHeads');
    await Promise.all([server.close(), server.close()]);
    await Promise.all([a.waitClose(), b.waitClose()]);
    const again = await startServer(chain, { port: server.port });
    expect(again.port).toBe(server.port);
    await again.close();
  });
});
