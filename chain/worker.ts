/**
 * `npm run worker -- --ws URL --operator SURI --pool PID [--stake PHA] [--score N]` (spec/contracts.md §4):
 * one simulated pRuntime worker plus its relayer as a separate process, talking to any node over the
 * public JSON-RPC with @polkadot/api, as pherry and pRuntime do. It follows the chain block by block
 * (number, Timestamp.Now and PhalaMq.OutboundMessages at each block hash), feeds the pRuntime model,
 * and submits what the worker agent (src/pallets-mock/offchain/worker-agent.ts) asks for: register_worker_v2
 * with an attestation from the simulated IAS (the dev root key and pRuntime measurement every dev genesis
 * trusts), its signed messages (benchmark report, heartbeats) as PhalaMq.sync_offchain_message, and the
 * operator's add_worker / start_computing. Transactions are signed by the operator SURI (also the relayer
 * unless `--relayer SURI`).
 *
 * More flags: `--name NAME` (identity; default `<operator>/<pool>`: the same name is the same worker),
 * `--state FILE` (default ./.data/workers/<name>.json): the pRuntime's sealed state, written after every
 * block, so a worker killed with SIGKILL and started again replays the blocks it missed (answering late
 * heartbeats in order, as a restarted pRuntime does) and resends what the chain has not taken.
 * `--progress` prints `synced #N` after each block. `--attestation ias|dcap` (default ias) picks the
 * simulated attestation: an IAS report, or a DCAP quote with collateral from the dev PCK chain every dev
 * genesis trusts (a restored worker keeps the kind it registered with).
 * Prints `pha-stake worker ready <pubkey>` once running.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { type CallValue, Kernel } from '../src/pallets-mock/frame/runtime.js';
import { type Codec, decode, encode, vec } from '../src/pallets-mock/frame/scale.js';
import { parseState, stringifyState } from '../src/pallets-mock/offchain/json-state.js';
import {
  type AttestationKind,
  WorkerAgent,
  type WorkerAgentState,
  type WorkerView,
} from '../src/pallets-mock/offchain/worker-agent.js';
import {
  isComputing,
  Sessions,
  WorkerBindings,
} from '../src/pallets-mock/pallets/phala-computation/index.js';
import { OffchainIngress, OutboundMessages } from '../src/pallets-mock/pallets/phala-mq/index.js';
import { Message, type MessageValue } from '../src/pallets-mock/pallets/phala-mq/types.js';
import { Workers } from '../src/pallets-mock/pallets/phala-registry/storage.js';
import { Now } from '../src/pallets-mock/pallets/timestamp/index.js';
import { accountFromKey, SS58_PREFIX } from '../src/pallets-mock/primitives/account.js';
import { fromHex } from '../src/pallets-mock/primitives/bytes.js';
import {
  DEFAULT_WORKER_SCORE,
  DEFAULT_WORKER_STAKE_PHA,
  iterationsForScore,
  parsePha,
} from '../src/pallets-mock/rpc/sim-methods.js';
import { RUNTIME } from '../src/pallets-mock/runtime-definition.js';
import {
  ArgsError,
  asksForHelp,
  type CommandSpec,
  helpText,
  type OptionValues,
  option,
  parseCommandLine,
  text,
} from './cli-options.js';

interface WorkerArgs {
  ws: string;
  operator: string;
  relayer: string | undefined;
  pool: bigint;
  stake: bigint;
  score: number;
  name: string | undefined;
  state: string | undefined;
  progress: boolean;
  attestation: AttestationKind;
}

export const WORKER_COMMAND: CommandSpec = {
  usage: 'npm run worker --',
  summary:
    'Runs one simulated pRuntime worker and its relayer against a node: registers it with a simulated ' +
    'attestation, benchmarks it, adds it to the pool and starts computing.',
  options: {
    ws: { kind: 'value', value: 'URL', help: 'the node (required)' },
    operator: {
      kind: 'value',
      value: 'SURI',
      help: "the pool owner's or operator's key, e.g. //Alice (required)",
    },
    pool: { kind: 'value', value: 'PID', help: 'the stake pool to join (required)' },
    stake: {
      kind: 'value',
      value: 'PHA',
      help: `stake to compute with (default ${DEFAULT_WORKER_STAKE_PHA})`,
    },
    score: {
      kind: 'value',
      value: 'N',
      help: `benchmark score, at least 6 (default ${DEFAULT_WORKER_SCORE})`,
    },
    name: {
      kind: 'value',
      value: 'NAME',
      help: 'identity: the same name is the same worker (default <operator>/<pool>)',
    },
    state: {
      kind: 'value',
      value: 'FILE',
      help: "the pRuntime's sealed state (default ./.data/workers/<name>.json)",
    },
    relayer: { kind: 'value', value: 'SURI', help: 'who submits the worker messages (default the operator)' },
    attestation: { kind: 'value', value: 'ias|dcap', help: 'the simulated attestation (default ias)' },
    progress: { kind: 'switch', help: 'print `synced #N` after each block' },
  },
};

function poolId(v: string): bigint {
  if (!/^\d+$/.test(v)) throw new ArgsError('--pool must be a pool id');
  return BigInt(v);
}

function score(v: string): number {
  if (!/^\d+$/.test(v) || Number(v) < 6) throw new ArgsError('--score must be an integer ≥ 6');
  return Number(v);
}

function attestation(v: string): AttestationKind {
  if (v !== 'ias' && v !== 'dcap') throw new ArgsError('--attestation must be ias or dcap');
  return v;
}

function required(values: OptionValues, name: string): string {
  const v = text(values, name);
  if (v === undefined)
    throw new ArgsError(`--${name} is required (npm run worker -- --help lists the flags)`);
  return v;
}

/** The worker's arguments (the caller answers `--help` first: chain/cli-options.ts asksForHelp). */
export function parseWorkerArgs(argv: string[]): WorkerArgs {
  const v = parseCommandLine(WORKER_COMMAND, argv);
  return {
    ws: required(v, 'ws'),
    operator: required(v, 'operator'),
    relayer: text(v, 'relayer'),
    pool: poolId(required(v, 'pool')),
    stake: parsePha(text(v, 'stake') ?? DEFAULT_WORKER_STAKE_PHA, '--stake'),
    score: option(v, 'score', score, DEFAULT_WORKER_SCORE),
    name: text(v, 'name'),
    state: text(v, 'state'),
    progress: v.progress === true,
    attestation: option(v, 'attestation', attestation, 'ias'),
  };
}

const MESSAGES = vec(Message);

async function main(): Promise<void> {
  if (asksForHelp(process.argv.slice(2))) return console.log(helpText(WORKER_COMMAND));
  const args = parseWorkerArgs(process.argv.slice(2));
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
  const operator = keyring.addFromUri(args.operator);
  const relayer = args.relayer ? keyring.addFromUri(args.relayer) : operator;
  const name = args.name ?? `${args.operator}/${args.pool}`;
  const statePath = resolve(args.state ?? `.data/workers/${name.replace(/[^A-Za-z0-9_.-]+/g, '_')}.json`);
  // Only for encoding calls and decoding storage with the runtime's own codecs.
  const kernel = new Kernel(RUNTIME, { profile: 'dev' });

  let agent: WorkerAgent;
  let restored = false;
  try {
    agent = WorkerAgent.restore(parseState<WorkerAgentState>(readFileSync(statePath, 'utf8')));
    restored = true;
  } catch {
    agent = new WorkerAgent({
      name,
      operator: accountFromKey(operator.publicKey),
      pool: args.pool,
      stake: args.stake,
      iterationsPerSecond: iterationsForScore(args.score),
      attestation: args.attestation,
    });
  }

  const provider = new WsProvider(args.ws, 1000);
  const api = await ApiPromise.create({
    provider,
    noInitWarn: true,
    throwOnConnect: false,
    // Khala's CheckMqSequence adds nothing to the extrinsic or the payload.
    signedExtensions: { CheckMqSequence: { extrinsic: {}, payload: {} } },
  });
  const raw = async (key: string, at?: string): Promise<Uint8Array | undefined> => {
    const hex = (await provider.send('state_getStorage', at ? [key, at] : [key])) as string | null;
    return hex === null ? undefined : fromHex(hex);
  };
  const read = async <T>(codec: Codec<T>, key: string, at?: string): Promise<T | undefined> => {
    const bytes = await raw(key, at);
    return bytes === undefined ? undefined : kernel.enter(() => decode(codec, bytes));
  };
  const valueCodec = <T>(item: { meta: { value: unknown } }) => item.meta.value as Codec<T>;

  const head = async () => BigInt((await api.rpc.chain.getHeader()).number.toNumber());
  if (!restored) agent.lastBlock = (await head()) - 1n;

  const save = () => {
    mkdirSync(dirname(statePath), { recursive: true });
    writeFileSync(`${statePath}.tmp`, stringifyState(agent.exportState()));
    renameSync(`${statePath}.tmp`, statePath);
  };

  const submit = async (pair: KeyringPair, call: CallValue, what: string) => {
    const bytes = kernel.enter(() => encode(kernel.callCodec, call));
    try {
      const nonce = await api.rpc.system.accountNextIndex(pair.address);
      const tx = api.tx(api.createType('Call', bytes));
      await tx.signAsync(pair, { nonce, era: 0 });
      await api.rpc.author.submitExtrinsic(tx);
    } catch (err) {
      console.warn(`worker: ${what} refused: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  let lastStage = agent.stage;
  const sync = async () => {
    const best = await head();
    for (let n = agent.lastBlock + 1n; n <= best; n++) {
      const hash = (await api.rpc.chain.getBlockHash(n)).toHex();
      const [now, messages] = await Promise.all([
        read(valueCodec<bigint>(Now), Now.key(), hash),
        read(MESSAGES, OutboundMessages.key(), hash),
      ]);
      agent.processBlock({ number: n, timestampMs: now ?? 0n, messages: (messages ?? []) as MessageValue[] });
      save();
      if (args.progress) console.log(`synced #${n}`);
    }
    const at = (await api.rpc.chain.getBlockHash(best)).toHex();
    const pubkey = agent.pubkey;
    const [now, ingress] = await Promise.all([
      read(valueCodec<bigint>(Now), Now.key(), at),
      read(valueCodec<bigint>(OffchainIngress), OffchainIngress.key({ type: 'Worker', value: pubkey }), at),
    ]);
    const view: WorkerView = { head: best, nowSec: (now ?? 0n) / 1000n, ingress: ingress ?? 0n };
    if (agent.needsLifecycle) {
      const registered = await read(
        valueCodec<{ initialScore: bigint | null }>(Workers),
        Workers.key(pubkey),
        at,
      );
      const session = await read(valueCodec<string>(WorkerBindings), WorkerBindings.key(pubkey), at);
      const info =
        session === undefined
          ? undefined
          : await read(valueCodec<{ state: { type: string } }>(Sessions), Sessions.key(session), at);
      view.lifecycle = {
        registered: registered !== undefined,
        benchmarked: registered !== undefined && registered.initialScore !== null,
        bound: session !== undefined,
        computing: info !== undefined && isComputing(info.state.type as Parameters<typeof isComputing>[0]),
      };
    }
    for (const action of agent.step(view))
      await submit(action.signer === 'relayer' ? relayer : operator, action.call, action.what);
    save();
    if (agent.stage !== lastStage) {
      console.log(`worker ${pubkey}: ${agent.stage}`);
      lastStage = agent.stage;
    }
  };

  // Blocks are handled one notification at a time; a notification that arrives meanwhile is coalesced.
  let running: Promise<void> | undefined;
  let again = false;
  const kick = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await sync();
        } catch (err) {
          console.warn(`worker: ${err instanceof Error ? err.message : String(err)}`);
        }
      } while (again);
      running = undefined;
    })();
  };
  await api.rpc.chain.subscribeNewHeads(() => kick());
  kick();
  console.log(
    `pha-stake worker ready ${agent.pubkey} operator ${operator.address} pool ${args.pool}${restored ? ' (restored)' : ''}`,
  );
  console.log(`worker ${agent.pubkey}: ${agent.stage}`);

  const stop = async () => {
    await running;
    save();
    await api.disconnect();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((err: unknown) => {
  console.error(`pha-stake worker: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
