/**
 * A dev chain with real pool activity for the indexer tests and bench, built only through signed
 * extrinsics and the off-chain actors: pRuntime workers register through attestation
 * (`register_worker_v2`) and benchmark, a Gatekeeper and a relayer carry PhalaMq messages each block,
 * stake pools and a vault are created, delegators wrap and contribute, owners change commissions, workers
 * start computing, and the Gatekeeper's signed `WorkingInfoUpdateEvent`s pay rewards (its own settlements
 * plus extra settlements signed on its channel, so rewards come every few blocks instead of every few
 * hundred). Withdrawals, owner-reward claims, a referendum with votes and two day jumps (dev_timeTravel)
 * complete the picture. Manual block mode: every block is built here, so the run is deterministic.
 */
import type { KeyringPair } from '@polkadot/keyring/types';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import type { CallValue } from '../../src/pallets-mock/frame/runtime.js';
import { StorageMap, StorageValue } from '../../src/pallets-mock/frame/storage.js';
import { SimulatedAttestationService } from '../../src/pallets-mock/offchain/attestation-service.js';
import { Gatekeeper } from '../../src/pallets-mock/offchain/gatekeeper.js';
import { PRuntimeWorker } from '../../src/pallets-mock/offchain/pruntime.js';
import { Relayer, readBlock } from '../../src/pallets-mock/offchain/relayer.js';
import { TOPIC, WorkingInfoUpdateEvent } from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { PHA, toFixed } from '../../src/primitives/fixed.js';
import { keyring, signTx } from '../rpc/helpers.js';

export const DAY_MS = 86_400_000n;

const ias = new SimulatedAttestationService();

export interface Scenario {
  chain: DevChain;
  workers: PRuntimeWorker[];
  /** Stake pool pids and the vault pid. */
  pools: bigint[];
  vault: bigint;
  /** Builds n more blocks with the actors running (rewards keep coming). */
  run(n: number): Promise<void>;
  pairs: Record<string, KeyringPair>;
}

const pair = (uri: string): KeyringPair => keyring.addFromUri(uri);

/** Reads a storage item of the chain's head state by 'Pallet.Item' (the harness's query shape). */
export function headQuery(chain: DevChain) {
  return (item: string, ...keys: unknown[]): unknown => {
    const [pallet, name] = item.split('.');
    const s = chain.kernel.pallet(pallet ?? '')?.storage?.find((x) => x.meta.name === name);
    if (!s) throw new Error(`unknown storage item ${item}`);
    return chain.atBlock(undefined, () => {
      if (s instanceof StorageValue) return s.meta.modifier === 'Default' ? s.get() : s.tryGet();
      if (!(s instanceof StorageMap)) throw new Error(`${item} is not a storage item`);
      return s.meta.modifier === 'Default' ? s.get(...keys) : s.tryGet(...keys);
    });
  };
}

const call = (pallet: string, name: string, args: Record<string, unknown> = {}): CallValue =>
  ({ type: pallet, value: { type: name, value: args } }) as CallValue;

/**
 * Builds the scenario. `scale` multiplies the number of plain blocks between phases (1 = the test size,
 * about 400 blocks).
 */
export async function buildScenario(opts: { scale?: number } = {}): Promise<Scenario> {
  await cryptoReady();
  const scale = opts.scale ?? 1;
  const chain = new DevChain({ mode: 'Manual' });
  const query = headQuery(chain);
  const pairs: Record<string, KeyringPair> = {};
  for (const n of ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']) pairs[n] = pair(`//${n}`);
  const P = (n: string) => pairs[n] as KeyringPair;

  const submit = (who: KeyringPair, c: CallValue) => {
    const nonce = chain.nextIndex(accountId(who.address));
    chain.submit(signTx(chain, who, c, { nonce }));
  };

  const gk = new Gatekeeper();
  const workers = ['w0', 'w1', 'w2'].map(
    (name, i) =>
      new PRuntimeWorker({
        name: `indexer-${name}`,
        operator: i === 2 ? '//Bob' : '//Alice',
        iterationsPerSecond: 100n + 50n * BigInt(i),
      }),
  );
  const relayer = new Relayer(gk);
  for (const w of workers) relayer.addWorker(w);
  /** Extra settlements to sign on the Gatekeeper's channel after the next block. */
  let extraSettle: Array<{ pubkey: string; payout: bigint; treasury: bigint }> = [];

  const step = async () => {
    await chain.newBlocks(1);
    const block = readBlock(query);
    const messages = relayer.processBlock(block);
    if (extraSettle.length > 0) {
      const settle = extraSettle.map((s) => {
        const session = query('PhalaComputation.WorkerBindings', s.pubkey) as string | undefined;
        const info =
          session === undefined ? undefined : (query('PhalaComputation.Sessions', session) as { v: bigint });
        return { pubkey: s.pubkey, v: info?.v ?? 0n, payout: s.payout, treasury: s.treasury };
      });
      extraSettle = [];
      messages.push(
        gk.egress.push(TOPIC.workingInfoUpdate, WorkingInfoUpdateEvent, {
          blockNumber: block.number,
          timestampMs: block.timestampMs + 1000n,
          offline: [],
          recoveredToOnline: [],
          settle,
        }),
      );
      gk.egress.take();
    }
    for (const m of messages)
      submit(P('Ferdie'), call('PhalaMq', 'sync_offchain_message', { signed_message: m }));
  };
  const steps = async (n: number) => {
    for (let i = 0; i < n; i++) await step();
  };

  await step();
  const nowSec = () => (query('Timestamp.Now') as bigint) / 1000n;
  for (const w of workers)
    submit(P('Ferdie'), call('PhalaRegistry', 'register_worker_v2', w.registration(ias, nowSec())));
  await steps(53);

  // Pools: Alice owns 0 and 1, Bob owns 2; Charlie owns vault 3.
  submit(P('Alice'), call('PhalaStakePoolv2', 'create'));
  submit(P('Alice'), call('PhalaStakePoolv2', 'create'));
  submit(P('Bob'), call('PhalaStakePoolv2', 'create'));
  submit(P('Charlie'), call('PhalaVault', 'create'));
  await step();
  const pools = [0n, 1n, 2n];
  const vault = 3n;
  submit(P('Alice'), call('PhalaStakePoolv2', 'set_payout_pref', { pid: 0n, payout_commission: 100_000n }));
  submit(P('Alice'), call('PhalaStakePoolv2', 'set_payout_pref', { pid: 1n, payout_commission: 250_000n }));
  submit(P('Bob'), call('PhalaStakePoolv2', 'set_payout_pref', { pid: 2n, payout_commission: 50_000n }));
  submit(P('Charlie'), call('PhalaVault', 'set_payout_pref', { pid: vault, payout_commission: 200_000n }));
  for (const n of ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve'])
    submit(P(n), call('PhalaWrappedBalances', 'wrap', { amount: 200_000n * PHA }));
  await step();
  // Workers into pools 0, 1 (Alice) and 2 (Bob).
  submit(P('Alice'), call('PhalaStakePoolv2', 'add_worker', { pid: 0n, pubkey: workers[0]?.pubkey }));
  submit(P('Alice'), call('PhalaStakePoolv2', 'add_worker', { pid: 1n, pubkey: workers[1]?.pubkey }));
  submit(P('Bob'), call('PhalaStakePoolv2', 'add_worker', { pid: 2n, pubkey: workers[2]?.pubkey }));
  const contributions: Array<[string, bigint, bigint]> = [
    ['Alice', 0n, 20_000n],
    ['Dave', 0n, 15_000n],
    ['Eve', 0n, 7_500n],
    ['Bob', 1n, 12_000n],
    ['Dave', 1n, 9_000n],
    ['Bob', 2n, 30_000n],
    ['Eve', 2n, 5_000n],
  ];
  for (const [who, pid, amount] of contributions)
    submit(P(who), call('PhalaStakePoolv2', 'contribute', { pid, amount: amount * PHA, as_vault: null }));
  submit(P('Dave'), call('PhalaVault', 'contribute', { pid: vault, amount: 10_000n * PHA }));
  submit(P('Eve'), call('PhalaVault', 'contribute', { pid: vault, amount: 6_000n * PHA }));
  await step();
  submit(
    P('Charlie'),
    call('PhalaStakePoolv2', 'contribute', { pid: 0n, amount: 9_000n * PHA, as_vault: vault }),
  );
  submit(
    P('Charlie'),
    call('PhalaStakePoolv2', 'contribute', { pid: 2n, amount: 5_000n * PHA, as_vault: vault }),
  );
  submit(
    P('Alice'),
    call('PhalaStakePoolv2', 'start_computing', { pid: 0n, worker: workers[0]?.pubkey, stake: 5_000n * PHA }),
  );
  submit(
    P('Alice'),
    call('PhalaStakePoolv2', 'start_computing', { pid: 1n, worker: workers[1]?.pubkey, stake: 4_000n * PHA }),
  );
  submit(
    P('Bob'),
    call('PhalaStakePoolv2', 'start_computing', { pid: 2n, worker: workers[2]?.pubkey, stake: 6_000n * PHA }),
  );
  // A referendum: Alice proposes a remark; it launches at the end of the dev LaunchPeriod.
  submit(
    P('Alice'),
    call('Democracy', 'propose', {
      proposal: { type: 'Inline', value: '0x000000' },
      value: 100n * PHA,
    }),
  );
  await step();

  let round = 0;
  const rewardRound = async (n: number) => {
    for (let i = 0; i < n; i++) {
      // Every 3rd block one worker gets an extra settlement; payouts vary so prices move.
      if (i % 3 === 0) {
        const w = workers[round % workers.length] as PRuntimeWorker;
        const payout = toFixed(BigInt(5 + (round % 7)) * PHA + BigInt(round) * 1_000_003n);
        extraSettle.push({ pubkey: w.pubkey, payout, treasury: payout / 4n });
        round++;
      }
      await step();
    }
  };
  // Votes once the referendum has started (dev LaunchPeriod 20: it starts at the next multiple of 20).
  await rewardRound(3);
  const vote = (aye: boolean, conviction: number, balance: bigint) => ({
    type: 'Standard',
    value: { vote: (aye ? 0x80 : 0) | conviction, balance },
  });
  submit(P('Alice'), call('Democracy', 'vote', { ref_index: 0n, vote: vote(true, 1, 1_000n * PHA) }));
  submit(P('Dave'), call('Democracy', 'vote', { ref_index: 0n, vote: vote(false, 2, 500n * PHA) }));
  await rewardRound(3);
  submit(P('Eve'), call('Democracy', 'vote', { ref_index: 0n, vote: vote(true, 0, 2_000n * PHA) }));
  await rewardRound(20 * scale);
  // Commission changes and owner-reward claims.
  submit(P('Alice'), call('PhalaStakePoolv2', 'set_payout_pref', { pid: 0n, payout_commission: 150_000n }));
  submit(P('Charlie'), call('PhalaVault', 'set_payout_pref', { pid: vault, payout_commission: 100_000n }));
  await rewardRound(20 * scale);
  // Day boundary, then withdrawals (partly queued: the pools' stake is locked in workers).
  chain.timeTravel(BigInt(Date.UTC(2026, 0, 2, 0, 0, 30)));
  submit(P('Dave'), call('PhalaStakePoolv2', 'withdraw', { pid: 0n, shares: 10_000n * PHA, as_vault: null }));
  submit(P('Eve'), call('PhalaStakePoolv2', 'withdraw', { pid: 2n, shares: 1_000n * PHA, as_vault: null }));
  submit(P('Eve'), call('PhalaVault', 'withdraw', { pid: vault, shares: 2_000n * PHA }));
  submit(
    P('Alice'),
    call('PhalaStakePoolv2', 'claim_owner_rewards', { pid: 0n, target: accountId('//Alice') }),
  );
  await rewardRound(25 * scale);
  submit(P('Bob'), call('PhalaStakePoolv2', 'set_payout_pref', { pid: 2n, payout_commission: 0n }));
  submit(
    P('Alice'),
    call('PhalaStakePoolv2', 'contribute', { pid: 1n, amount: 3_000n * PHA, as_vault: null }),
  );
  submit(P('Bob'), call('PhalaStakePoolv2', 'claim_owner_rewards', { pid: 2n, target: accountId('//Dave') }));
  submit(P('Charlie'), call('PhalaVault', 'maybe_gain_owner_shares', { vault_pid: vault }));
  await rewardRound(20 * scale);
  // Stop a worker: its stake cools down (releasing stake), and new free stake pays queued withdrawals.
  submit(P('Alice'), call('PhalaStakePoolv2', 'stop_computing', { pid: 0n, worker: workers[0]?.pubkey }));
  submit(
    P('Charlie'),
    call('PhalaVault', 'claim_owner_shares', {
      vault_pid: vault,
      target: accountId('//Charlie'),
      shares: 1n * PHA,
    }),
  );
  await rewardRound(15 * scale);
  chain.timeTravel(BigInt(Date.UTC(2026, 0, 3, 0, 1, 0)));
  submit(
    P('Eve'),
    call('PhalaStakePoolv2', 'contribute', { pid: 0n, amount: 12_000n * PHA, as_vault: null }),
  );
  submit(P('Dave'), call('PhalaVault', 'withdraw', { pid: vault, shares: 1_000n * PHA }));
  await rewardRound(20 * scale);

  return {
    chain,
    workers,
    pools,
    vault,
    pairs,
    run: (n) => rewardRound(n),
  };
}
