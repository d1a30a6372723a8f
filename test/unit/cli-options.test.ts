/**
 * The command lines of chain, repair, indexer, worker and demo:build: strict parsing through node:util
 * (unknown flags, missing values and stray arguments are ArgsErrors naming them), values read with their
 * defaults, and a `--help` that lists every flag each command accepts — checked on the tables and by
 * running each command with `--help` as a user would.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CHAIN_COMMAND, parseChainArgs } from '../../chain/args.js';
import { ArgsError, asksForHelp, helpText, parseCommandLine } from '../../chain/cli-options.js';
import { DEMO_BUILD_COMMAND } from '../../chain/demo-build.js';
import { INDEXER_COMMAND, parseIndexerArgs } from '../../chain/indexer.js';
import { parseRepairArgs, REPAIR_COMMAND } from '../../chain/repair.js';
import { DEFAULT_RPC_LIMITS } from '../../src/pallets-mock/rpc/limits.js';

describe('parseCommandLine', () => {
  it('refuses unknown flags, missing values, values on switches and stray arguments, naming them', () => {
    const cases: Array<[string[], string]> = [
      [['--bogus'], 'unknown flag --bogus'],
      [['--port'], '--port needs a value'],
      [['--port', '--dev'], '--port needs a value'],
      [['--dev=yes'], '--dev takes no value'],
      [['stray'], 'unexpected argument stray'],
    ];
    for (const [argv, message] of cases) {
      expect(() => parseCommandLine(CHAIN_COMMAND, argv)).toThrow(ArgsError);
      expect(() => parseCommandLine(CHAIN_COMMAND, argv)).toThrow(message);
    }
  });

  it('reads the node flags with their defaults and checks their meaning', () => {
    expect(parseChainArgs([])).toMatchObject({
      port: 9944,
      host: '127.0.0.1',
      db: './.data/chain',
      blockTime: 12_000,
      seed: 'demo',
      profile: 'dev',
      dev: false,
      actors: undefined,
      limits: DEFAULT_RPC_LIMITS,
      statePruning: undefined,
      blocksInMemory: 64,
    });
    expect(parseChainArgs(['--state-pruning', '256', '--blocks-in-memory', '8'])).toMatchObject({
      statePruning: 256,
      blocksInMemory: 8,
    });
    expect(parseChainArgs(['--state-pruning', 'archive']).statePruning).toBeUndefined();
    expect(() => parseChainArgs(['--state-pruning', 'some'])).toThrow('--state-pruning must be archive or');
    expect(() => parseChainArgs(['--blocks-in-memory', '0'])).toThrow(
      '--blocks-in-memory must be a positive',
    );
    const args = parseChainArgs([
      '--port=0',
      '--block-time',
      'manual',
      '--dev',
      '--actors',
      'off',
      '--rpc-max-request-size',
      '2',
      '--rpc-idle-timeout',
      '7',
    ]);
    expect(args).toMatchObject({ port: 0, blockTime: 'manual', dev: true, actors: false });
    expect(args.limits.maxRequestBytes).toBe(2 * 1024 * 1024);
    expect(args.limits.idleTimeoutMs).toBe(7000);
    expect(() => parseChainArgs(['--port', '70000'])).toThrow('--port must be 0…65535');
    expect(() => parseChainArgs(['--block-time', 'soon'])).toThrow('--block-time must be');
    expect(() => parseChainArgs(['--rpc-max-connections', '0'])).toThrow('positive integer');
  });

  it('requires the indexer its endpoint and reads repair its database', () => {
    expect(() => parseIndexerArgs([])).toThrow('--ws URL is required');
    expect(() => parseIndexerArgs(['--ws', 'http://x'])).toThrow('ws:// or wss://');
    expect(parseIndexerArgs(['--ws', 'ws://127.0.0.1:1', '--db', 'memory'])).toMatchObject({
      ws: 'ws://127.0.0.1:1',
      port: 9955,
      db: 'memory',
    });
    expect(parseRepairArgs([])).toEqual({ db: './.data/chain' });
    expect(parseRepairArgs(['--db', '/tmp/x'])).toEqual({ db: '/tmp/x' });
    expect(() => parseRepairArgs(['--port', '1'])).toThrow('unknown flag --port');
  });

  it('answers --help and -h anywhere on the line', () => {
    expect(asksForHelp(['--port', '1', '--help'])).toBe(true);
    expect(asksForHelp(['-h'])).toBe(true);
    expect(asksForHelp(['--port', '1'])).toBe(false);
  });
});

describe('--help', () => {
  it.each([CHAIN_COMMAND, REPAIR_COMMAND, INDEXER_COMMAND, DEMO_BUILD_COMMAND])(
    '$usage --help lists every flag it accepts',
    (command) => {
      const help = helpText(command);
      expect(help).toContain(`usage: ${command.usage}`);
      for (const [name, spec] of Object.entries(command.options))
        expect(help).toContain(`--${name}${spec.kind === 'value' ? ` ${spec.value}` : ''}`);
    },
  );

  // as a user runs them: the command prints its help and exits 0 without starting anything
  it.each([
    ['chain/cli.ts', [], 'usage: npm run chain --', '--rpc-max-request-size MiB'],
    ['chain/worker.ts', [], 'usage: npm run worker --', '--attestation ias|dcap'],
  ])('%s %s --help prints its usage and exits 0', (script, before, usage, flag) => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', script, ...before, '--help'], {
      encoding: 'utf8',
    });
    expect(out).toContain(usage);
    expect(out).toContain(flag);
  });
});
