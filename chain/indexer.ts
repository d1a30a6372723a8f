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
import { historyHandlers } from '../src/indexer/rpc-methods.js';
import { IndexStore, type KvStore, MemoryKv } from '../src/indexer/store.js';
import type { RpcLimits } from '../src/pallets-mock/rpc/limits.js';
import { parseLimitFlag } from './args.js';
import { HISTORY_LIMITS, startHistoryServer } from './history-server.js';
import { openLevelKv } from './history-store.js';

export interface IndexerArgs {
  ws: string;
  port: number;
  host: string;
  db: string;
  /** RPC limits of its server (the node's `--rpc-max-…` flags). */
  limits: RpcLimits;
}

export class IndexerArgsError extends Error {}

export function parseIndexerArgs(argv: string[]): IndexerArgs {
  const out: Partial<IndexerArgs> = {
    port: 9955,
    host: '127.0.0.1',
    db: './.data/indexer',
    limits: { ...HISTORY_LIMITS },
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new IndexerArgsError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--ws': {
        const v = value();
        if (!/^wss?:\/\//.test(v))
          throw new IndexerArgsError(`--ws: expected a ws:// or wss:// URL, got ${v}`);
        out.ws = v;
        break;
      }
      case '--port': {
        const p = Number(value());
        if (!Number.isInteger(p) || p < 0 || p > 65535)
          throw new IndexerArgsError('--port: expected 0…65535');
        out.port = p;
        break;
      }
      case '--host':
        out.host = value();
        break;
      case '--db':
        out.db = value();
        break;
      default:
        if (!parseLimitFlag(out.limits as RpcLimits, flag, value))
          throw new IndexerArgsError(`unknown flag ${flag}`);
    }
  }
  if (!out.ws) throw new IndexerArgsError('--ws URL is required');
  return out as IndexerArgs;
}

async function main(): Promise<void> {
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
  const server = await startHistoryServer(historyHandlers(indexer.history()), {
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

main().catch((err: unknown) => {
  console.error(`pha-stake indexer: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
