/**
 * Command-line flags of `npm run chain` (spec/contracts.md §4), parsed strictly: an unknown flag or a bad
 * value is an error naming it. The RPC limit flags (`--rpc-max-connections` …, src/pallets-mock/rpc/limits.ts)
 * are shared with `npm run indexer` through `parseLimitFlag`.
 */
import { DEFAULT_RPC_LIMITS, LIMIT_FLAGS, type RpcLimits } from '../src/pallets-mock/rpc/limits.js';

const FLAG_LIMIT = new Map(
  (Object.entries(LIMIT_FLAGS) as Array<[keyof RpcLimits, string]>).map(([limit, flag]) => [flag, limit]),
);
/** Sizes are given in MiB and the idle timeout in seconds, as Substrate's flags. */
const UNIT: Partial<Record<keyof RpcLimits, number>> = {
  maxRequestBytes: 1024 * 1024,
  maxResponseBytes: 1024 * 1024,
  idleTimeoutMs: 1000,
};

/**
 * Applies `flag value` to `limits` when `flag` is an RPC limit flag; returns false for any other flag.
 * Throws ArgsError for a value that is not a positive integer.
 */
export function parseLimitFlag(limits: RpcLimits, flag: string, value: () => string): boolean {
  const limit = FLAG_LIMIT.get(flag);
  if (!limit) return false;
  const v = value();
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new ArgsError(`${flag} must be a positive integer`);
  limits[limit] = Number(v) * (UNIT[limit] ?? 1);
  return true;
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
}

export class ArgsError extends Error {}

export function parseChainArgs(argv: string[]): ChainArgs {
  const args: ChainArgs = {
    port: 9944,
    host: '127.0.0.1',
    db: './.data/chain',
    blockTime: 12_000,
    seed: 'demo',
    profile: 'dev',
    dev: false,
    actors: undefined,
    limits: { ...DEFAULT_RPC_LIMITS },
    rpcCors: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new ArgsError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const p = Number(value());
        if (!Number.isInteger(p) || p < 0 || p > 65535) throw new ArgsError(`--port must be 0…65535`);
        args.port = p;
        break;
      }
      case '--host':
        args.host = value();
        break;
      case '--db':
        args.db = value();
        break;
      case '--block-time': {
        const v = value();
        if (v === 'instant' || v === 'manual') args.blockTime = v;
        else if (/^\d+$/.test(v) && Number(v) > 0) args.blockTime = Number(v);
        else throw new ArgsError('--block-time must be instant, manual or milliseconds');
        break;
      }
      case '--seed':
        args.seed = value();
        break;
      case '--profile': {
        const v = value();
        if (v !== 'dev' && v !== 'demo' && v !== 'production')
          throw new ArgsError('--profile must be dev, demo or production');
        args.profile = v;
        break;
      }
      case '--dev':
        args.dev = true;
        break;
      case '--actors': {
        const v = value();
        if (v !== 'on' && v !== 'off') throw new ArgsError('--actors must be on or off');
        args.actors = v === 'on';
        break;
      }
      case '--rpc-cors': {
        const v = value();
        const origins = v
          .split(',')
          .map((o) => o.trim())
          .filter((o) => o.length > 0);
        if (
          v !== 'all' &&
          (origins.length === 0 || origins.some((o) => !/^(https?:\/\/[^/\s]+|null)$/.test(o)))
        )
          throw new ArgsError(
            '--rpc-cors must be all or a comma-separated list of origins like http://localhost:5173',
          );
        args.rpcCors = v === 'all' ? 'all' : origins;
        break;
      }
      default:
        if (!parseLimitFlag(args.limits, flag, value)) throw new ArgsError(`unknown flag ${flag}`);
    }
  }
  return args;
}
