/**
 * Command-line flags of `npm run chain` (spec/contracts.md §4), parsed strictly through the command table
 * below (chain/cli-options.ts, which also writes `--help`): an unknown flag or a bad value is an error
 * naming it. The RPC limit flags (`--rpc-max-connections` …, src/pallets-mock/rpc/limits.ts) are shared
 * with `npm run indexer` through `limitOptions` and `readLimits`.
 */
import { DEFAULT_BLOCKS_IN_MEMORY } from '../src/pallets-mock/devchain/chain.js';
import { DEFAULT_RPC_LIMITS, LIMIT_FLAGS, type RpcLimits } from '../src/pallets-mock/rpc/limits.js';
import {
  ArgsError,
  type CommandSpec,
  type OptionSpec,
  type OptionValues,
  option,
  parseCommandLine,
  portValue,
  text,
} from './cli-options.js';

/** Sizes are given in MiB and the idle timeout in seconds, as Substrate's flags. */
const UNIT: Partial<Record<keyof RpcLimits, number>> = {
  maxRequestBytes: 1024 * 1024,
  maxResponseBytes: 1024 * 1024,
  idleTimeoutMs: 1000,
};
const UNIT_NAME: Partial<Record<keyof RpcLimits, string>> = {
  maxRequestBytes: 'MiB',
  maxResponseBytes: 'MiB',
  idleTimeoutMs: 'S',
};

const LIMIT_HELP: Record<keyof RpcLimits, string> = {
  maxConnections: 'WebSocket connections in total',
  maxConnectionsPerIp: 'WebSocket connections from one IP address',
  idleTimeoutMs: 'seconds before a WebSocket with no request and no subscription is closed',
  maxSubscriptionsPerConnection: 'subscriptions on one connection',
  maxSubscriptions: 'subscriptions over all connections',
  maxRequestBytes: 'largest request',
  maxResponseBytes: 'largest response',
  maxBatchLength: 'most calls in one batch',
  maxJsonDepth: 'deepest JSON nesting of a request',
  maxPendingRequests: 'unanswered requests per connection',
};

const limitEntries = () => Object.entries(LIMIT_FLAGS) as Array<[keyof RpcLimits, string]>;

/** The RPC limit flags with their defaults in `defaults` (the node's or the indexer's). */
export function limitOptions(defaults: RpcLimits): Record<string, OptionSpec> {
  return Object.fromEntries(
    limitEntries().map(([limit, flag]) => [
      flag.slice(2),
      {
        kind: 'value',
        value: UNIT_NAME[limit] ?? 'N',
        help: `${LIMIT_HELP[limit]} (default ${defaults[limit] / (UNIT[limit] ?? 1)})`,
      },
    ]),
  );
}

/** `defaults` with the limit flags given in `values` applied; a value that is not a positive integer is an ArgsError. */
export function readLimits(values: OptionValues, defaults: RpcLimits): RpcLimits {
  const limits = { ...defaults };
  for (const [limit, flag] of limitEntries()) {
    const v = text(values, flag.slice(2));
    if (v === undefined) continue;
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new ArgsError(`${flag} must be a positive integer`);
    limits[limit] = Number(v) * (UNIT[limit] ?? 1);
  }
  return limits;
}

export interface ChainArgs {
  port: number;
  host: string;
  db: string;
  blockTime: 'instant' | 'manual' | number;
  seed: string;
  profile: 'dev' | 'demo' | 'production';
  dev: boolean;
  /** undefined = the default: on with the demo seed, off otherwise. */
  actors: boolean | undefined;
  /** RPC resource limits (`--rpc-max-…` flags). */
  limits: RpcLimits;
  /** `--rpc-cors all|ORIGIN[,ORIGIN…]`: pages allowed the dev methods; undefined = the dApp's own. */
  rpcCors: string[] | 'all' | undefined;
  /** `--state-pruning archive|N`: undefined keeps every block's state (archive). */
  statePruning: number | undefined;
  /** `--blocks-in-memory N`: recent blocks kept in memory (older ones are read from the database). */
  blocksInMemory: number;
}

export const CHAIN_COMMAND: CommandSpec = {
  usage: 'npm run chain --',
  summary:
    'Runs the pha-stake node: a dev chain of the final Khala runtime served over WebSocket and HTTP JSON-RPC ' +
    '(`npm run chain -- repair --help` for the repair command).',
  options: {
    port: {
      kind: 'value',
      value: 'PORT',
      help: 'WebSocket and HTTP port (default 9944; 0 picks a free one)',
    },
    host: { kind: 'value', value: 'HOST', help: 'address to bind (default 127.0.0.1)' },
    db: { kind: 'value', value: 'PATH|memory', help: 'where the chain is kept (default ./.data/chain)' },
    'block-time': {
      kind: 'value',
      value: 'instant|manual|MS',
      help: 'a block per transaction, on dev_newBlock only, or every MS milliseconds (default 12000)',
    },
    seed: {
      kind: 'value',
      value: 'empty|demo|FILE',
      help: 'the chain a new database starts from (default demo; ignored when --db holds a chain)',
    },
    profile: { kind: 'value', value: 'dev|demo|production', help: 'runtime constants (default dev)' },
    dev: { kind: 'switch', help: 'serve dev_* and sim_* methods (local user only, see --rpc-cors)' },
    actors: {
      kind: 'value',
      value: 'on|off',
      help: 'run the Gatekeeper, simulated workers and relayer in process (default on with the demo seed)',
    },
    'rpc-cors': {
      kind: 'value',
      value: 'all|ORIGIN[,ORIGIN…]',
      help: 'browser origins allowed the dev methods (default the dApp on port 5173)',
    },
    'state-pruning': {
      kind: 'value',
      value: 'archive|N',
      help: 'keep every block\'s state, or only the last N blocks\' (older reads answer "State already discarded"; default archive)',
    },
    'blocks-in-memory': {
      kind: 'value',
      value: 'N',
      help: `recent blocks kept in memory with a --db; older ones are read from the database (default ${DEFAULT_BLOCKS_IN_MEMORY})`,
    },
    ...limitOptions(DEFAULT_RPC_LIMITS),
  },
};

function statePruning(v: string): number | undefined {
  if (v === 'archive') return undefined;
  if (/^\d+$/.test(v) && Number(v) >= 1 && Number.isSafeInteger(Number(v))) return Number(v);
  throw new ArgsError('--state-pruning must be archive or a positive number of blocks');
}

function positiveCount(flag: string) {
  return (v: string): number => {
    if (/^\d+$/.test(v) && Number(v) >= 1 && Number.isSafeInteger(Number(v))) return Number(v);
    throw new ArgsError(`--${flag} must be a positive integer`);
  };
}

function blockTime(v: string): ChainArgs['blockTime'] {
  if (v === 'instant' || v === 'manual') return v;
  if (/^\d+$/.test(v) && Number(v) > 0) return Number(v);
  throw new ArgsError('--block-time must be instant, manual or milliseconds');
}

function profile(v: string): ChainArgs['profile'] {
  if (v !== 'dev' && v !== 'demo' && v !== 'production')
    throw new ArgsError('--profile must be dev, demo or production');
  return v;
}

function actors(v: string): boolean {
  if (v !== 'on' && v !== 'off') throw new ArgsError('--actors must be on or off');
  return v === 'on';
}

function rpcCors(v: string): ChainArgs['rpcCors'] {
  if (v === 'all') return 'all';
  const origins = v
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o.length > 0);
  if (origins.length === 0 || origins.some((o) => !/^(https?:\/\/[^/\s]+|null)$/.test(o)))
    throw new ArgsError(
      '--rpc-cors must be all or a comma-separated list of origins like http://localhost:5173',
    );
  return origins;
}

/** The node's arguments (the caller answers `--help` first: chain/cli-options.ts asksForHelp). */
export function parseChainArgs(argv: string[]): ChainArgs {
  const v = parseCommandLine(CHAIN_COMMAND, argv);
  return {
    port: option(v, 'port', portValue, 9944),
    host: text(v, 'host') ?? '127.0.0.1',
    db: text(v, 'db') ?? './.data/chain',
    blockTime: option(v, 'block-time', blockTime, 12_000),
    seed: text(v, 'seed') ?? 'demo',
    profile: option(v, 'profile', profile, 'dev'),
    dev: v.dev === true,
    actors: option<boolean | undefined>(v, 'actors', actors, undefined),
    limits: readLimits(v, DEFAULT_RPC_LIMITS),
    rpcCors: option(v, 'rpc-cors', rpcCors, undefined),
    statePruning: option<number | undefined>(v, 'state-pruning', statePruning, undefined),
    blocksInMemory: option(
      v,
      'blocks-in-memory',
      positiveCount('blocks-in-memory'),
      DEFAULT_BLOCKS_IN_MEMORY,
    ),
  };
}
