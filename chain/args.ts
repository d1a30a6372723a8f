/**
 * Command-line flags of `npm run chain` (spec/contracts.md §4), parsed strictly: an unknown flag or a bad
 * value is an error naming it.
 */

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
      default:
        throw new ArgsError(`unknown flag ${flag}`);
    }
  }
  return args;
}
