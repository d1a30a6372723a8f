/**
 * Resources a client can take (issue 20, defect 5), over real sockets: connections in total and per IP
 * (a refused upgrade is HTTP 429 with the JSON-RPC error), the idle timeout (an idle socket without
 * subscriptions is told and closed; one with a subscription stays), subscriptions over all connections,
 * response size, JSON depth checked before parsing, requests in flight per connection; each refusal a
 * JSON-RPC error naming its flag. The history server shares the limits, and the CLI parses the flags.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { parseChainArgs } from '../../chain/args.js';
import { ArgsError } from '../../chain/cli-options.js';
import { startHistoryServer } from '../../chain/server.js';
import { DEFAULT_RPC_LIMITS } from '../../src/pallets-mock/rpc/limits.js';
import { type Node, RawClient, startNode } from './helpers.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function node(opts: Parameters<typeof startNode>[0]): Promise<Node> {
  const n = await startNode({ mode: 'Manual', ...opts });
  cleanups.push(() => n.stop());
  return n;
}

async function client(url: string): Promise<RawClient> {
  const c = await RawClient.connect(url);
  cleanups.push(() => c.close());
  return c;
}

/** Opens a WebSocket that the server refuses: resolves with the HTTP status and the body. */
function refusedUpgrade(
  url: string,
): Promise<{ status: number; body: { error: { code: number; data: string } } }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('open', () => reject(new Error('the connection was accepted')));
    ws.on('error', () => {});
    ws.on('unexpected-response', (_req, res) => {
      let text = '';
      res.on('data', (c: Buffer) => {
        text += c.toString();
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
  });
}

describe('defect 5: resources any client can exhaust', () => {
  it('refuses connections past the total limit with 429 and a JSON-RPC error naming it', async () => {
    const n = await node({ maxConnections: 2 });
    await client(n.server.url);
    await client(n.server.url);
    const refused = await refusedUpgrade(n.server.url);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe(-32009);
    expect(refused.body.error.data).toBe('Exceeded max limit of 2 (--rpc-max-connections)');
  });

  it('refuses connections past the per-IP limit', async () => {
    const n = await node({ maxConnectionsPerIp: 1 });
    const first = await client(n.server.url);
    const refused = await refusedUpgrade(n.server.url);
    expect(refused.body.error.data).toContain('--rpc-max-connections-per-ip');
    first.close();
    await new Promise<void>((r) => first.ws.once('close', () => r()));
    // The slot is free again once the first socket is gone.
    for (let i = 0; ; i++) {
      if (i > 1000) throw new Error('the slot of a closed connection was never released');
      const again = await RawClient.connect(n.server.url).catch(() => undefined);
      if (again) {
        cleanups.push(() => again.close());
        expect(await again.call('system_name')).toBe('pha-stake-node');
        break;
      }
    }
  });

  it('closes an idle socket without subscriptions, telling it why; a subscribed one stays', async () => {
    const n = await node({ idleTimeoutMs: 300, dev: true });
    const idle = await client(n.server.url);
    const subscribed = await client(n.server.url);
    const sub = await subscribed.call<string>('chain_subscribeNewHeads');
    await new Promise<void>((r) => idle.ws.once('close', () => r()));
    const told = idle.log.find((m) => !Array.isArray(m) && 'error' in m) as { error: { data: string } };
    expect(told.error.data).toContain('--rpc-idle-timeout');
    expect(subscribed.open).toBe(true);
    await subscribed.call('dev_newBlock');
    expect(subscribed.notes(sub).length).toBeGreaterThan(0);
  });

  it('caps subscriptions over all connections, naming --rpc-max-subscriptions', async () => {
    const n = await node({ maxTotalSubscriptions: 3 });
    const a = await client(n.server.url);
    const b = await client(n.server.url);
    await a.call('chain_subscribeNewHeads');
    await a.call('chain_subscribeNewHeads');
    await b.call('chain_subscribeNewHeads');
    const refused = await b.request('chain_subscribeNewHeads');
    expect(refused.error).toMatchObject({
      code: -32006,
      data: expect.stringContaining('--rpc-max-subscriptions)'),
    });
    a.close();
    await new Promise<void>((r) => a.ws.once('close', () => r()));
    for (let i = 0; ; i++) {
      const again = await b.request('chain_subscribeNewHeads');
      if (!again.error) break;
      if (i > 1000) throw new Error('subscriptions of a closed connection were never released');
    }
  });

  it('answers a response over the limit with -32008 instead', async () => {
    const n = await node({ maxResponseBytes: 4096 });
    const c = await client(n.server.url);
    const reply = await c.request('state_getMetadata');
    expect(reply.error).toMatchObject({
      code: -32008,
      message: 'Response is too big',
      data: 'Exceeded max limit of 4096 (--rpc-max-response-size)',
    });
    expect(await c.call('system_name')).toBe('pha-stake-node');
  });

  it('refuses JSON nested past the depth limit before parsing it', async () => {
    const n = await node({});
    const c = await client(n.server.url);
    const deep = `{"jsonrpc":"2.0","id":7,"method":"system_name","params":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`;
    const replies: unknown[] = [];
    c.ws.on('message', (d) => replies.push(JSON.parse(d.toString())));
    c.ws.send(deep);
    expect(await c.call('system_name')).toBe('pha-stake-node');
    expect(replies[0]).toMatchObject({
      id: 7,
      error: {
        code: -32700,
        data: expect.stringContaining(`${DEFAULT_RPC_LIMITS.maxJsonDepth} (--rpc-max-json-depth)`),
      },
    });
  });

  it('answers -32009 when a connection has too many requests in flight', async () => {
    const n = await node({ maxPendingRequests: 1, dev: true });
    const c = await client(n.server.url);
    const slow = c.request('dev_newBlock', [{ count: 200 }]);
    const refused = await c.request('system_name');
    expect(refused.error).toMatchObject({
      code: -32009,
      data: expect.stringContaining('--rpc-max-pending-requests'),
    });
    expect((await slow).result).toMatch(/^0x/);
  });

  it('the history server shares the limits', async () => {
    const server = await startHistoryServer({}, { port: 0, limits: { maxConnections: 1 } });
    cleanups.push(() => server.close());
    await client(server.url);
    const refused = await refusedUpgrade(server.url);
    expect(refused.body.error.data).toBe('Exceeded max limit of 1 (--rpc-max-connections)');
  });

  it('every limit is a flag of npm run chain', () => {
    const args = parseChainArgs([
      '--rpc-max-connections',
      '5',
      '--rpc-max-request-size',
      '2',
      '--rpc-idle-timeout',
      '30',
      '--rpc-max-subscriptions',
      '7',
    ]);
    expect(args.limits).toMatchObject({
      maxConnections: 5,
      maxRequestBytes: 2 * 1024 * 1024,
      idleTimeoutMs: 30_000,
      maxSubscriptions: 7,
      maxJsonDepth: DEFAULT_RPC_LIMITS.maxJsonDepth,
    });
    expect(() => parseChainArgs(['--rpc-max-json-depth', '0'])).toThrow(ArgsError);
  });
});
