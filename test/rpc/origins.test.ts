/**
 * Dev methods only for the local user (issue 20, defect 6: any web page could drive a `--dev` node).
 * Over real sockets: dev_/sim_ calls from a WebSocket or HTTP request whose Origin is foreign answer
 * -32000 and change nothing; the dApp's own origins (http://127.0.0.1:5173, http://localhost:5173) and
 * clients without an Origin are served; `--rpc-cors` changes the list ('all' allows any); text/plain
 * HTTP bodies (a cross-site simple request) are refused with 415 before any method runs; ordinary methods
 * stay open to every origin.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { parseChainArgs } from '../../chain/args.js';
import { ArgsError } from '../../chain/cli-options.js';
import { DAPP_ORIGINS } from '../../chain/server.js';
import { type Node, startNode } from './helpers.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function node(opts: Parameters<typeof startNode>[0] = {}): Promise<Node> {
  const n = await startNode({ mode: 'Manual', dev: true, ...opts });
  cleanups.push(() => n.stop());
  return n;
}

type Reply = { id: number; result?: unknown; error?: { code: number; message: string; data?: string } };

/** One call over a WebSocket opened with `origin` (undefined: no Origin header, as a local process). */
async function wsCall(
  url: string,
  origin: string | undefined,
  method: string,
  params: unknown[] = [],
): Promise<Reply> {
  const ws = new WebSocket(url, origin ? { origin } : {});
  cleanups.push(() => ws.close());
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return new Promise((resolve) => {
    ws.once('message', (d) => resolve(JSON.parse(d.toString()) as Reply));
    ws.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }));
  });
}

async function post(url: string, headers: Record<string, string>, body: unknown) {
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Reply };
}

const newBlock = { jsonrpc: '2.0', id: 1, method: 'dev_newBlock', params: [] };

describe('defect 6: any web page could drive a --dev node', () => {
  it('refuses dev methods over a WebSocket from a foreign origin, and changes nothing', async () => {
    const n = await node();
    const refused = await wsCall(n.server.url, 'https://evil.example', 'dev_newBlock');
    expect(refused.error).toMatchObject({ code: -32000, message: 'Origin not allowed' });
    expect(refused.error?.data).toContain('--rpc-cors');
    const setStorage = await wsCall(n.server.url, 'https://evil.example', 'dev_setStorage', [
      [['0x0102', '0x03']],
    ]);
    expect(setStorage.error?.code).toBe(-32000);
    expect(n.chain.storage('0x0102')).toBeUndefined();
    expect(n.chain.best).toBe(0n);
    // Ordinary methods stay open to every page.
    expect((await wsCall(n.server.url, 'https://evil.example', 'system_name')).result).toBe('pha-stake-node');
  });

  it("serves dev methods to the dApp's own origins and to clients without an Origin", async () => {
    const n = await node();
    for (const origin of [...DAPP_ORIGINS, undefined]) {
      const reply = await wsCall(n.server.url, origin, 'dev_newBlock');
      expect(reply.result).toMatch(/^0x[0-9a-f]{64}$/);
    }
    expect(n.chain.best).toBe(3n);
  });

  it('refuses text/plain HTTP bodies (a cross-site simple request) before any method runs', async () => {
    const n = await node();
    const reply = await post(n.server.httpUrl, { 'content-type': 'text/plain' }, newBlock);
    expect(reply.status).toBe(415);
    expect(reply.body.error?.data).toContain('application/json');
    expect(n.chain.best).toBe(0n);
    const foreign = await post(
      n.server.httpUrl,
      { 'content-type': 'application/json', origin: 'https://evil.example' },
      newBlock,
    );
    expect(foreign.body.error?.code).toBe(-32000);
    expect(n.chain.best).toBe(0n);
    const local = await post(n.server.httpUrl, { 'content-type': 'application/json' }, newBlock);
    expect(local.body.result).toMatch(/^0x/);
  });

  it('--rpc-cors changes the allowed origins; all allows any', async () => {
    const listed = await node({ rpcCors: ['http://127.0.0.1:4000'] });
    expect((await wsCall(listed.server.url, 'http://127.0.0.1:4000', 'dev_newBlock')).result).toMatch(/^0x/);
    expect((await wsCall(listed.server.url, DAPP_ORIGINS[0], 'dev_newBlock')).error?.code).toBe(-32000);
    const all = await node({ rpcCors: 'all' });
    expect((await wsCall(all.server.url, 'https://anywhere.example', 'dev_newBlock')).result).toMatch(/^0x/);
    expect(parseChainArgs(['--rpc-cors', 'http://a.test:1,http://b.test']).rpcCors).toEqual([
      'http://a.test:1',
      'http://b.test',
    ]);
    expect(parseChainArgs(['--rpc-cors', 'all']).rpcCors).toBe('all');
    expect(parseChainArgs([]).rpcCors).toBeUndefined();
    expect(() => parseChainArgs(['--rpc-cors', 'evil'])).toThrow(ArgsError);
  });
});
