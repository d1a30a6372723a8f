/**
 * `npm run indexer -- --ws URL [--port 9955] [--host 127.0.0.1] [--db PATH | --db memory] [--rpc-max-…]`
 * (spec/contracts.md §4, §6): follows any Phala-runtime endpoint's finalized heads through @polkadot/api
 * (an archive node for a backfill from genesis), keeps the history in its own LevelDB (default
 * ./.data/indexer) and resumes there after a restart, and serves the pha_* history API over JSON-RPC
 * (WebSocket and HTTP on one port). When ready it prints one line:
 * `pha-stake indexer ready ws://HOST:PORT http://HOST:PORT following URL`. Progress goes to stderr.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Indexer } from '../src/indexer/indexer.js';
import { historyRpcModule } from '../src/indexer/rpc-methods.js';
import { IndexStore, type KvStore, MemoryKv } from '../src/indexer/store.js';
import type { RpcLimits } from '../src/pallets-mock/rpc/limits.js';
import { limitOptions, readLimits } from './args.js';
import {
  ArgsError,
  asksForHelp,
  type CommandSpec,
  helpText,
  isEntryPoint,
  option,
  parseCommandLine,
  portValue,
  text,
} from './cli-options.js';
import { openLevelKv } from './history-store.js';
import { HISTORY_LIMITS, startHistoryServer } from './server.js';

export interface IndexerArgs {
  ws: string;
  port: number;
  host: string;
  db: string;
  /** RPC limits of its server (the node's `--rpc-max-…` flags). */
  limits: RpcLimits;
}

export const INDEXER_COMMAND: CommandSpec = {
  usage: 'npm run indexer --',
  summary:
    "Follows a Phala-runtime endpoint's finalized heads, keeps their history and serves the pha_* history API.",
  options: {
    ws: { kind: 'value', value: 'URL', help: 'the node to follow, ws:// or wss:// (required)' },
    port: {
      kind: 'value',
      value: 'PORT',
      help: 'WebSocket and HTTP port (default 9955; 0 picks a free one)',
    },
    host: { kind: 'value', value: 'HOST', help: 'address to bind (default 127.0.0.1)' },
    db: { kind: 'value', value: 'PATH|memory', help: 'where the history is kept (default ./.data/indexer)' },
    ...limitOptions(HISTORY_LIMITS),
  },
};

function wsUrl(v: string): string {
  if (!/^wss?:\/\//.test(v)) throw new ArgsError(`--ws: expected a ws:// or wss:// URL, got ${v}`);
  return v;
}

/** The indexer's arguments (the caller answers `--help` first: chain/cli-options.ts asksForHelp). */
export function parseIndexerArgs(argv: string[]): IndexerArgs {
  const v = parseCommandLine(INDEXER_COMMAND, argv);
  const ws = text(v, 'ws');
  if (ws === undefined) throw new ArgsError('--ws URL is required');
  return {
    ws: wsUrl(ws),
    port: option(v, 'port', portValue, 9955),
    host: text(v, 'host') ?? '127.0.0.1',
    db: text(v, 'db') ?? './.data/indexer',
    limits: readLimits(v, HISTORY_LIMITS),
  };
}

async function main(): Promise<void> {
  if (asksForHelp(process.argv.slice(2))) return console.log(helpText(INDEXER_COMMAND));
  const args = parseIndexerArgs(process.argv.slice(2));
  let kv: KvStore = new MemoryKv();
  let closeDb = async () => {};
  if (args.db !== 'memory') {
    const path = resolve(args.db);
    mkdirSync(dirname(path), { recursive: true });
    const opened = await openLevelKv(path);
    kv = opened.kv;
    closeDb = opened.close;
  }
  const api = await ApiPromise.create({ provider: new WsProvider(args.ws), noInitWarn: true });
  const indexer = new Indexer({
    api,
    store: new IndexStore(kv),
    onError: (err) => console.error(`pha-stake indexer: ${err instanceof Error ? err.message : String(err)}`),
  });
  await indexer.init();
  let lastLog = 0;
  indexer.onIndexed((n) => {
    if (Date.now() - lastLog > 5000) {
      lastLog = Date.now();
      console.error(`indexed #${n}`);
    }
  });
  await indexer.start();
  const server = await startHistoryServer(historyRpcModule(indexer.history()), {
    host: args.host,
    port: args.port,
    limits: args.limits,
  });
  console.log(`pha-stake indexer ready ${server.url} ${server.httpUrl} following ${args.ws}`);

  const shutdown = async () => {
    indexer.stop();
    await indexer.idle();
    await server.close();
    await api.disconnect();
    await closeDb();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

if (isEntryPoint(import.meta.url))
  main().catch((err: unknown) => {
    console.error(`pha-stake indexer: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
