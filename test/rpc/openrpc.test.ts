/**
 * One JSON-RPC core behind every server, and `rpc.discover`.
 *
 * What it proves:
 * - The node (chain/server.ts `startServer`), the standalone indexer (`startHistoryServer`) and the
 *   embedded provider's session (src/pallets-mock/rpc/embedded-provider.ts) answer the same malformed and
 *   refused requests with the same bytes: parse error, too-deep JSON, an oversized request (-32007), an
 *   empty and an oversized batch (-32010), non-requests, a wrong jsonrpc, an unknown method (-32601),
 *   params refused by a method's declared schema (-32602 naming the parameter), notifications without an
 *   answer; over WebSocket and HTTP alike.
 * - rpc.discover returns an OpenRPC 1.2 document listing exactly the registered pha_/dev_/sim_ methods
 *   (those of rpc_methods), each with its params (name, required, schema) and result schema; the indexer
 *   documents its pha_ methods the same way.
 * - Every documented method that a dev chain can serve is called for real (on the indexer test scenario:
 *   pools, a vault, workers, a referendum, withdrawals; sim_startWorker on a chain with its actors) and
 *   its result validates against the result schema that rpc.discover published; the scenario's results
 *   are not empty, so the record schemas are exercised.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeHistory } from '../../chain/node-history.js';
import { type RunningServer, startHistoryServer, startServer } from '../../chain/server.js';
import { poolListRpc } from '../../src/indexer/pool-list-rpc.js';
import { historyRpcModule } from '../../src/indexer/rpc-methods.js';
import type { HistoryApi } from '../../src/indexer/types.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { createRpcCore } from '../../src/pallets-mock/rpc/method-table.js';
import type { OpenRpcDocument } from '../../src/pallets-mock/rpc/openrpc.js';
import { schemaError } from '../../src/pallets-mock/rpc/schema.js';
import { simMethods } from '../../src/pallets-mock/rpc/sim-methods.js';
import { poolWithSimWorker } from '../fixtures/sim-worker-pool.js';
import { buildScenario, type Scenario } from '../indexer/scenario.js';
import { httpPost, RawClient } from './helpers.js';

const LIMITS = { maxBatchLength: 3, maxJsonDepth: 8, maxRequestBytes: 4096 };

let scn: Scenario;
let historyApi: HistoryApi;
let node: RunningServer;
let indexer: RunningServer<object>;
let nodeClient: RawClient;
let indexerClient: RawClient;
const stops: Array<() => Promise<void> | void> = [];

beforeAll(async () => {
  scn = await buildScenario();
  const history = await startNodeHistory(scn.chain);
  await history.indexer.syncTo(Number(scn.chain.best));
  historyApi = history.indexer.history();
  const poolList = poolListRpc(scn.chain);
  node = await startServer(scn.chain, {
    host: '127.0.0.1',
    port: 0,
    dev: true,
    modules: [history.module, poolList.module],
    ...LIMITS,
  });
  indexer = await startHistoryServer(historyRpcModule(historyApi), {
    port: 0,
    limits: LIMITS,
  });
  nodeClient = await RawClient.connect(node.url);
  indexerClient = await RawClient.connect(indexer.url);
  stops.push(
    () => nodeClient.close(),
    () => indexerClient.close(),
    () => node.close(),
    () => indexer.close(),
    () => poolList.stop(),
    () => history.stop(),
  );
}, 120_000);

afterAll(async () => {
  for (const stop of stops.reverse()) await stop();
});

/** Frames every server must answer alike (none names a method only one of them serves). */
const FRAMES: Array<[string, string]> = [
  ['malformed JSON', '{"jsonrpc":"2.0","id":1,'],
  ['too deep', `{"jsonrpc":"2.0","id":2,"method":"rpc_methods","params":${'['.repeat(20)}${']'.repeat(20)}}`],
  ['oversized', JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'rpc_methods', params: ['x'.repeat(5000)] })],
  ['empty batch', '[]'],
  [
    'batch too long',
    JSON.stringify([1, 2, 3, 4].map((id) => ({ jsonrpc: '2.0', id, method: 'rpc_methods' }))),
  ],
  ['not a request', '42'],
  ['wrong jsonrpc', '{"jsonrpc":"1.0","id":4,"method":"rpc_methods"}'],
  ['bad id', '{"jsonrpc":"2.0","id":{},"method":"rpc_methods"}'],
  ['unknown method', '{"jsonrpc":"2.0","id":"u","method":"nope_nothing","params":[]}'],
  ['schema: wrong type', '{"jsonrpc":"2.0","id":5,"method":"pha_poolSnapshots","params":["x"]}'],
  ['schema: missing', '{"jsonrpc":"2.0","id":6,"method":"pha_workerSeries","params":[]}'],
  ['schema: too many', '{"jsonrpc":"2.0","id":7,"method":"pha_historyStatus","params":[1]}'],
  ['schema: bad hex', '{"jsonrpc":"2.0","id":8,"method":"pha_workerSeries","params":["0x1234"]}'],
  [
    'batch with a notification',
    '[{"jsonrpc":"2.0","method":"pha_historyStatus"},{"jsonrpc":"2.0","id":9,"method":"pha_treasuryInflow","params":[-1]}]',
  ],
  ['named params', '{"jsonrpc":"2.0","id":10,"method":"pha_commissionChanges","params":{"pid":0}}'],
];

/** An in-process session of a chain's core (what EmbeddedProvider and the built-in chain's worker open), fed the same text. */
async function embeddedAnswer(text: string): Promise<unknown> {
  const core = createRpcCore(scn.chain, { modules: [historyRpcModule(historyApi)], ...LIMITS });
  let answer: unknown;
  const session = core.openSession({
    subscriptions: true,
    send: (m) => {
      answer = m;
    },
  });
  await session.handleText(text);
  session.close();
  return answer;
}

describe('one core behind every server', () => {
  it('node, indexer and embedded session answer malformed and refused requests identically', async () => {
    for (const [what, frame] of FRAMES) {
      const fromNode = await nodeClient.sendRaw(frame);
      const fromIndexer = await indexerClient.sendRaw(frame);
      const fromHttpNode = (await httpPost(node.httpUrl, frame)).body;
      const fromHttpIndexer = (await httpPost(indexer.httpUrl, frame)).body;
      const fromEmbedded = await embeddedAnswer(frame);
      expect(fromIndexer, what).toEqual(fromNode);
      expect(fromEmbedded, what).toEqual(fromNode);
      // over HTTP an oversized body is refused before it is read, so without the id; the rest as over WS
      expect(fromHttpIndexer, what).toEqual(fromHttpNode);
      if (what !== 'oversized') expect(fromHttpNode, what).toEqual(fromNode);
      const replies = (Array.isArray(fromNode) ? fromNode : [fromNode]) as Array<{
        error?: { code: number };
      }>;
      expect(
        replies.every((r) => r.error !== undefined),
        what,
      ).toBe(true);
    }
    // the schema refusals name the parameter
    const bad = (await nodeClient.request('pha_poolSnapshots', ['x'])).error;
    expect(bad).toMatchObject({ code: -32602, message: 'Invalid params' });
    expect(String(bad?.data)).toMatch(/^pid: expected/);
  });
});

describe('rpc.discover', () => {
  let doc: OpenRpcDocument;
  beforeAll(async () => {
    doc = await nodeClient.call<OpenRpcDocument>('rpc.discover');
  });

  it('is an OpenRPC 1.2 document of every registered pha_, dev_ and sim_ method', async () => {
    expect(doc.openrpc).toMatch(/^1\.2\.\d+$/);
    expect(doc.info).toEqual({ title: expect.any(String), version: expect.any(String) });
    const { methods } = await nodeClient.call<{ methods: string[] }>('rpc_methods');
    const documented = methods.filter((m) => /^(pha|dev|sim)_/.test(m));
    expect(doc.methods.map((m) => m.name)).toEqual(documented);
    expect(documented).toEqual(
      expect.arrayContaining(['pha_poolList', 'pha_poolSnapshots', 'pha_historyStatus', 'dev_newBlock']),
    );
    for (const m of doc.methods) {
      expect(m.summary, m.name).not.toBe('');
      expect(m.result.schema, m.name).not.toEqual({});
      for (const p of m.params) {
        expect(p, m.name).toEqual({
          name: expect.any(String),
          required: expect.any(Boolean),
          schema: expect.any(Object),
        });
        expect(Object.keys(p.schema).length, `${m.name} ${p.name}`).toBeGreaterThan(0);
      }
    }
    // the indexer documents its own pha_ methods from the same specs
    const fromIndexer = await indexerClient.call<OpenRpcDocument>('rpc.discover');
    const names = fromIndexer.methods.map((m) => m.name);
    expect(names).toEqual(
      (await indexerClient.call<{ methods: string[] }>('rpc_methods')).methods.filter((m) =>
        m.startsWith('pha_'),
      ),
    );
    expect(fromIndexer.methods).toEqual(doc.methods.filter((m) => names.includes(m.name)));
  });

  it('every method a dev chain serves returns what its declared result schema allows', async () => {
    const resultSchema = (name: string) => {
      const m = doc.methods.find((x) => x.name === name);
      if (!m) throw new Error(`${name} is not documented`);
      return m.result.schema;
    };
    const pubkey = scn.workers[0]?.pubkey as string;
    const dave = scn.pairs.Dave?.address as string;
    const calls: Array<[string, unknown[]]> = [
      ['pha_poolSnapshots', [0]],
      ['pha_poolSnapshots', [String(scn.vault), 0, Date.UTC(2030, 0, 1)]],
      ['pha_accountHistory', [dave]],
      ['pha_commissionChanges', [0]],
      ['pha_treasuryInflow', []],
      ['pha_workerSeries', [pubkey]],
      ['pha_referendumTallies', [0]],
      ['pha_referendumStory', [0]],
      ['pha_historyStatus', []],
      ['pha_poolList', []],
      ['dev_setBlockBuildMode', ['manual']],
      ['dev_timeTravel', [Date.UTC(2026, 0, 4)]],
      ['dev_newBlock', [{ count: 1 }]],
      ['dev_setStorage', [[['0x1234', '0x01']]]],
    ];
    const called = new Set<string>();
    for (const [name, params] of calls) {
      const result = await nodeClient.call(name, params);
      expect(
        schemaError(resultSchema(name), result, name),
        `${name} ${JSON.stringify(params)}`,
      ).toBeUndefined();
      if (Array.isArray(result)) expect(result.length, name).toBeGreaterThan(0);
      else if (name !== 'dev_setBlockBuildMode') expect(result, name).not.toBeNull();
      called.add(name);
    }
    // sim_startWorker needs the actors: a dev chain with them, as `npm run chain -- --dev` runs it
    const chain = new DevChain({ mode: 'Manual' });
    const { actors } = await poolWithSimWorker(chain);
    const sim = await startServer(chain, {
      host: '127.0.0.1',
      port: 0,
      dev: true,
      devModules: [simMethods(() => actors)],
    });
    stops.push(
      () => chain.stop(),
      () => actors.stop(),
      () => sim.close(),
    );
    const simClient = await RawClient.connect(sim.url);
    stops.push(() => simClient.close());
    const simDoc = await simClient.call<OpenRpcDocument>('rpc.discover');
    const simSpec = simDoc.methods.find((m) => m.name === 'sim_startWorker');
    expect(simSpec?.params.map((p) => [p.name, p.required])).toEqual([['worker', true]]);
    const worker = await simClient.call('sim_startWorker', [{ operator: '//Alice', pool: 0, stake: '1000' }]);
    expect(schemaError(simSpec?.result.schema ?? {}, worker, 'sim_startWorker')).toBeUndefined();
    called.add('sim_startWorker');
    expect([...called].sort()).toEqual(
      doc.methods
        .map((m) => m.name)
        .concat('sim_startWorker')
        .sort(),
    );
  });
});
