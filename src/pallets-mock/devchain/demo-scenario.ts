/**
 * The demo network (`npm run demo:build`, spec/contracts.md §4 `--seed demo`), built by actually running
 * a dev chain forward with real signed transactions and the in-process actors:
 *
 * - 20 pool owners, 5 vault owners and 200 delegators (`//demo/owner/<i>`, `//demo/vault/<i>`,
 *   `//demo/delegator/<i>`), funded from //Alice … //Eve;
 * - 20 stake pools (pids 0–19) with commissions 0–45 %, descriptions, caps on some (pool 3 within 50 PHA
 *   of its cap), contribution whitelists on pools 2, 11 and 16; 5 vaults (pids 20–24) with commissions,
 *   funded by delegators and invested into pools;
 * - 60 simulated pRuntime workers (3 per pool) registered through attestation, benchmarked, added and
 *   computing; 3 of them (pool 5, 9, 13) go dark near the end and are unresponsive;
 * - ~200 delegators holding Delegation NFTs (W-PHA wrapped, then contributed);
 * - pool 7 stakes all its free value; one of its delegators withdraws right after the workers start, so
 *   the withdraw queue waits past the 7-day grace period;
 * - `days` (default 7) of Gatekeeper settlements;
 * - Democracy (dev periods): a referendum voted and enacted in the first minutes; at the end a second
 *   one in its voting period and a public proposal with seconds waiting to launch; Council motions (one
 *   executed, one open).
 *
 * Deterministic given deterministic signatures (sr25519 signing draws randomness; the Node builder seeds
 * it, see chain/demo-build.ts): the same code gives the same blocks and the same final state.
 */

import type { CallValue } from '../frame/runtime.js';
import type { ActorSupervisor } from '../offchain/actor-supervisor.js';
import { accountOf, callBytes, submitLocal } from '../offchain/tx-signer.js';
import { DOLLARS } from '../pallets/balances/index.js';
import { Events } from '../pallets/system/index.js';
import { toHex, utf8 } from '../primitives/bytes.js';
import { blake2_256 } from '../primitives/hashing.js';
import type { DevChain } from './chain.js';

const PHA = DOLLARS;
export const DEMO_POOLS = 20;
export const DEMO_VAULTS = 5;
export const DEMO_DELEGATORS = 200;
export const DEMO_WORKERS_PER_POOL = 3;
export const BLOCKS_PER_DAY = 7200;

export const owner = (i: number): string => `//demo/owner/${i}`;
export const vaultOwner = (i: number): string => `//demo/vault/${i}`;
export const delegator = (i: number): string => `//demo/delegator/${i}`;

const WHITELISTED = [2, 11, 16];
const NEAR_CAP = 3;
const QUEUED = 7;
const DARK_POOLS = [5, 9, 13];
const FUNDERS = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve'];

/** A deterministic number in [0, n) from a label. */
const pick = (label: string, n: number): number => {
  const h = blake2_256(utf8(`pha-stake/demo/${label}`));
  return ((((h[0] ?? 0) << 16) | ((h[1] ?? 0) << 8) | (h[2] ?? 0)) >>> 0) % n;
};

const call = (pallet: string, name: string, args: Record<string, unknown> = {}): CallValue => ({
  type: pallet,
  value: { type: name, value: args },
});
const id = (suri: string) => ({ type: 'Id', value: accountOf(suri) });
const aye = (balance: bigint, conviction: number) => ({
  type: 'Standard',
  value: { vote: BigInt(0x80 | conviction), balance },
});
const nay = (balance: bigint, conviction: number) => ({
  type: 'Standard',
  value: { vote: BigInt(conviction), balance },
});

export interface DemoOptions {
  /** Days of rewards after the workers start (default 7; at least the 7-day grace period is needed for the queue). */
  days?: number;
  /** Progress lines. */
  log?: (line: string) => void;
}

export interface DemoSummary {
  blocks: bigint;
  pools: number;
  vaults: number;
  workers: number;
  delegators: number;
}

type Tx = [suri: string, call: CallValue];

export async function buildDemoNetwork(
  chain: DevChain,
  actors: ActorSupervisor,
  opts: DemoOptions = {},
): Promise<DemoSummary> {
  const log = opts.log ?? (() => {});
  const days = opts.days ?? 7;

  /** Submits, builds one block, and fails loudly if any of these transactions failed. */
  const block = async (txs: Tx[], what: string) => {
    for (const [suri, c] of txs) submitLocal(chain, suri, c);
    await chain.newBlocks(1);
    const failed = chain.atBlock(undefined, () =>
      Events.get().filter(
        (e: { event: { type: string; value: { type: string } } }) =>
          e.event.type === 'System' && e.event.value.type === 'ExtrinsicFailed',
      ),
    );
    if (failed.length)
      throw new Error(
        `demo: ${what}: ${failed.length} extrinsic(s) failed at #${chain.best}: ${JSON.stringify(failed[0], (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`,
      );
    if (chain.pool.size > 0 && txs.length > 0) {
      // Everything submitted must have fit into the block.
      const left = chain.pool.all().filter((t) => txs.some(([s]) => accountOf(s) === t.signer));
      if (left.length) throw new Error(`demo: ${what}: ${left.length} transaction(s) did not fit in a block`);
    }
  };

  // ---- accounts -------------------------------------------------------------------------------------
  const queuedDelegators = [197, 198, 199];
  const delegatorFunds = (i: number) =>
    queuedDelegators.includes(i) ? 20_000n * PHA : (2_000n + BigInt(pick(`funds/${i}`, 28_000))) * PHA;
  const funding: Tx[] = [];
  for (let i = 0; i < DEMO_POOLS; i++)
    funding.push([
      FUNDERS[i % FUNDERS.length] as string,
      call('Balances', 'transfer_keep_alive', { dest: id(owner(i)), value: 5_000n * PHA }),
    ]);
  for (let i = 0; i < DEMO_VAULTS; i++)
    funding.push([
      FUNDERS[i % FUNDERS.length] as string,
      call('Balances', 'transfer_keep_alive', { dest: id(vaultOwner(i)), value: 5_000n * PHA }),
    ]);
  for (let i = 0; i < DEMO_DELEGATORS; i++)
    funding.push([
      FUNDERS[i % FUNDERS.length] as string,
      call('Balances', 'transfer_keep_alive', { dest: id(delegator(i)), value: delegatorFunds(i) }),
    ]);
  for (let i = 0; i < funding.length; i += 120) await block(funding.slice(i, i + 120), 'funding');
  log(`#${chain.best}: ${funding.length} accounts funded`);

  // ---- governance, early: a referendum that runs its whole course -----------------------------------
  const remark = (text: string) => call('System', 'remark_with_event', { remark: toHex(utf8(text)) });
  const lookup = (c: CallValue) => {
    const bytes = callBytes(chain, c);
    return {
      bytes: toHex(bytes),
      proposal: { type: 'Lookup', value: { hash: toHex(blake2_256(bytes)), len: BigInt(bytes.length) } },
    };
  };
  const r1 = lookup(remark('pha-stake demo: adopt the community staking guidelines'));
  await block(
    [
      ['//Alice', call('Preimage', 'note_preimage', { bytes: r1.bytes })],
      ['//Alice', call('Democracy', 'propose', { proposal: r1.proposal, value: 100n * PHA })],
    ],
    'first proposal',
  );
  await block([['//Bob', call('Democracy', 'second', { proposal: 0n })]], 'second');

  // ---- pools and vaults ------------------------------------------------------------------------------
  await block(
    Array.from({ length: DEMO_POOLS }, (_, i): Tx => [owner(i), call('PhalaStakePoolv2', 'create')]),
    'create pools',
  );
  await block(
    Array.from({ length: DEMO_VAULTS }, (_, i): Tx => [vaultOwner(i), call('PhalaVault', 'create')]),
    'create vaults',
  );
  const vaultPid = (v: number) => BigInt(DEMO_POOLS + v);
  const settings: Tx[] = [];
  for (let i = 0; i < DEMO_POOLS; i++) {
    const commission = BigInt(pick(`commission/${i}`, 10)) * 50_000n; // 0 … 45 %
    settings.push([
      owner(i),
      call('PhalaStakePoolv2', 'set_payout_pref', { pid: BigInt(i), payout_commission: commission }),
    ]);
    settings.push([
      owner(i),
      call('PhalaBasePool', 'set_pool_description', {
        pid: BigInt(i),
        description: toHex(
          utf8(
            `Demo pool #${i} — ${['reliable', 'low fee', 'community', 'pro', 'green'][i % 5]} workers since day 0`,
          ),
        ),
      }),
    ]);
  }
  for (let v = 0; v < DEMO_VAULTS; v++)
    settings.push([
      vaultOwner(v),
      call('PhalaVault', 'set_payout_pref', {
        pid: vaultPid(v),
        payout_commission: BigInt(5 + v * 5) * 10_000n,
      }),
    ]);
  // Whitelisted pools admit five delegators each.
  const whitelist = new Map<number, number[]>();
  for (const p of WHITELISTED) {
    const members = [0, 1, 2, 3, 4].map((k) => (p * 7 + k * 13) % DEMO_DELEGATORS);
    whitelist.set(p, members);
    for (const m of members)
      settings.push([
        owner(p),
        call('PhalaBasePool', 'add_staker_to_whitelist', { pid: BigInt(p), staker: accountOf(delegator(m)) }),
      ]);
  }
  await block(settings, 'pool settings');

  // ---- delegations -----------------------------------------------------------------------------------
  // Each delegator wraps its PHA and contributes to one or two pools, some also to a vault.
  const plan = new Map<number, Array<{ pid: bigint; amount: bigint; vault: boolean }>>();
  const poolTotals = new Map<number, bigint>();
  for (let i = 0; i < DEMO_DELEGATORS; i++) {
    const funds = delegatorFunds(i) - 200n * PHA; // keep some PHA for fees and votes
    const items: Array<{ pid: bigint; amount: bigint; vault: boolean }> = [];
    let pool = i % DEMO_POOLS;
    const wl = [...whitelist.entries()].find(([, m]) => m.includes(i));
    if (wl) pool = wl[0];
    else if (WHITELISTED.includes(pool) || pool === QUEUED) pool = (pool + 1) % DEMO_POOLS;
    const share = i % 5 === 0 ? 3n : i % 7 === 0 ? 2n : 1n;
    const first = funds / share;
    items.push({ pid: BigInt(pool), amount: first, vault: false });
    if (share >= 2n) {
      let second = (i * 3 + 1) % DEMO_POOLS;
      if (WHITELISTED.includes(second) || second === QUEUED || second === pool)
        second = (second + 2) % DEMO_POOLS;
      if (!WHITELISTED.includes(second) && second !== QUEUED)
        items.push({ pid: BigInt(second), amount: funds / share, vault: false });
    }
    if (share === 3n) items.push({ pid: vaultPid((i / 5) % DEMO_VAULTS), amount: funds / 3n, vault: true });
    plan.set(i, items);
    for (const it of items)
      if (!it.vault) poolTotals.set(Number(it.pid), (poolTotals.get(Number(it.pid)) ?? 0n) + it.amount);
  }
  // Pool 7: three delegators only, so its workers can stake all of it.
  for (const d of queuedDelegators)
    plan.set(d, [{ pid: BigInt(QUEUED), amount: 15_000n * PHA, vault: false }]);
  const delegations: Tx[] = [];
  for (let i = 0; i < DEMO_DELEGATORS; i++) {
    const items = plan.get(i) ?? [];
    const total = items.reduce((a, it) => a + it.amount, 0n);
    delegations.push([delegator(i), call('PhalaWrappedBalances', 'wrap', { amount: total })]);
    for (const it of items)
      delegations.push([
        delegator(i),
        it.vault
          ? call('PhalaVault', 'contribute', { pid: it.pid, amount: it.amount })
          : call('PhalaStakePoolv2', 'contribute', { pid: it.pid, amount: it.amount, as_vault: null }),
      ]);
  }
  for (let i = 0; i < delegations.length; i += 150) await block(delegations.slice(i, i + 150), 'delegations');
  // Recompute pool totals from the final plan (pool 7's delegators were replaced).
  poolTotals.clear();
  for (const items of plan.values())
    for (const it of items)
      if (!it.vault) poolTotals.set(Number(it.pid), (poolTotals.get(Number(it.pid)) ?? 0n) + it.amount);
  // Vaults invest 80 % of what they hold into two pools each.
  const vaultTotals = new Map<number, bigint>();
  for (const items of plan.values())
    for (const it of items)
      if (it.vault) vaultTotals.set(Number(it.pid), (vaultTotals.get(Number(it.pid)) ?? 0n) + it.amount);
  const investments: Tx[] = [];
  for (let v = 0; v < DEMO_VAULTS; v++) {
    const held = vaultTotals.get(Number(vaultPid(v))) ?? 0n;
    const targets = [(v * 4 + 1) % DEMO_POOLS, (v * 4 + 2) % DEMO_POOLS].filter(
      (p) => !WHITELISTED.includes(p) && p !== QUEUED && p !== NEAR_CAP,
    );
    for (const p of targets) {
      const amount = (held * 4n) / 10n;
      investments.push([
        vaultOwner(v),
        call('PhalaStakePoolv2', 'contribute', { pid: BigInt(p), amount, as_vault: vaultPid(v) }),
      ]);
      poolTotals.set(p, (poolTotals.get(p) ?? 0n) + amount);
    }
  }
  // Caps: pool 3 within 50 PHA of capacity; a few others with room to spare.
  for (const p of [NEAR_CAP, 6, 12, 18]) {
    const total = poolTotals.get(p) ?? 0n;
    const cap = p === NEAR_CAP ? total + 50n * PHA : total * 2n;
    investments.push([owner(p), call('PhalaStakePoolv2', 'set_cap', { pid: BigInt(p), cap })]);
  }
  await block(investments, 'vault investments and caps');
  log(`#${chain.best}: ${DEMO_POOLS} pools, ${DEMO_VAULTS} vaults, ${DEMO_DELEGATORS} delegators`);

  // ---- workers -----------------------------------------------------------------------------------------
  const workers: Array<{ pool: number; pubkey: string }> = [];
  for (let p = 0; p < DEMO_POOLS; p++) {
    const total = poolTotals.get(p) ?? 0n;
    for (let k = 0; k < DEMO_WORKERS_PER_POOL; k++) {
      const wanted = (4_000n + BigInt(pick(`stake/${p}/${k}`, 10_000))) * PHA;
      const stake = p === QUEUED || wanted > total / 3n ? total / 3n : wanted;
      const pubkey = actors.startWorker({
        operator: owner(p),
        pool: BigInt(p),
        stake,
        iterationsPerSecond: 60n + BigInt(pick(`speed/${p}/${k}`, 140)),
        name: `demo/${p}/${k}`,
      });
      workers.push({ pool: p, pubkey });
    }
  }
  const computing = () => actors.workers().filter((w) => w.stage === 'computing').length;
  let voted = false;
  for (let i = 0; i < 200 && (computing() < workers.length || !voted); i++) {
    // The first referendum launched at block 20: delegators vote while the workers benchmark.
    if (!voted && chain.best >= 21n) {
      if (chain.best >= 39n) throw new Error('demo: the setup took too long to vote on the first referendum');
      await block(firstReferendumVotes(), 'votes on the first referendum');
      voted = true;
    } else await chain.newBlocks(1);
  }
  if (computing() < workers.length)
    throw new Error(`demo: only ${computing()} of ${workers.length} workers started computing`);
  log(`#${chain.best}: ${workers.length} workers computing`);

  // ---- the withdraw queue of pool 7 ------------------------------------------------------------------
  const queuedShares = 2_000n * PHA;
  await block(
    [
      [
        delegator(queuedDelegators[0] as number),
        call('PhalaStakePoolv2', 'withdraw', { pid: BigInt(QUEUED), shares: queuedShares, as_vault: null }),
      ],
    ],
    'queued withdrawal',
  );

  // ---- days of rewards ------------------------------------------------------------------------------
  const startedAt = chain.best;
  // The end block: ≥ `days` of rewards, ≡ 10 (mod 20) so the last launch was 10 blocks ago.
  let end = startedAt + BigInt(days * BLOCKS_PER_DAY) + 60n;
  end += (30n - (end % 20n)) % 20n;
  const darkAt = end - 2_400n;
  const governanceAt = end - 28n; // just after the launch at end − 30, so the next one is at end − 10
  const step = 1_000n;
  while (chain.best < governanceAt) {
    const target = chain.best + step < governanceAt ? chain.best + step : governanceAt;
    if (chain.best < darkAt && target >= darkAt) {
      await chain.newBlocks(Number(darkAt - chain.best));
      for (const p of DARK_POOLS) {
        const w = workers.find((x) => x.pool === p);
        if (w) actors.kill(w.pubkey);
      }
      log(`#${chain.best}: 3 workers went dark`);
      continue;
    }
    await chain.newBlocks(Number(target - chain.best));
    if (chain.best % 7_200n < step) log(`#${chain.best}: day ${(chain.best - startedAt) / 7_200n}`);
  }

  // ---- governance at the end ------------------------------------------------------------------------
  const r2 = lookup(remark('pha-stake demo: raise the community treasury allocation'));
  const p3 = lookup(remark('pha-stake demo: publish monthly pool reports'));
  await block(
    [
      ['//Alice', call('Preimage', 'note_preimage', { bytes: r2.bytes })],
      ['//Alice', call('Democracy', 'propose', { proposal: r2.proposal, value: 200n * PHA })],
      ['//Dave', call('Preimage', 'note_preimage', { bytes: p3.bytes })],
      ['//Dave', call('Democracy', 'propose', { proposal: p3.proposal, value: 50n * PHA })],
    ],
    'late proposals',
  );
  await block(
    [
      ['//Bob', call('Democracy', 'second', { proposal: 1n })],
      ['//Charlie', call('Democracy', 'second', { proposal: 1n })],
      ['//Eve', call('Democracy', 'second', { proposal: 1n })],
      ['//Eve', call('Democracy', 'second', { proposal: 2n })],
      [delegator(10), call('Democracy', 'second', { proposal: 2n })],
    ],
    'seconds',
  );
  // Council: one motion executed, one left open.
  const motionA = remark('pha-stake demo: council endorses the Q1 staking report');
  const motionB = remark('pha-stake demo: council reviews pool commission caps');
  const hashOf = (c: CallValue) => toHex(blake2_256(callBytes(chain, c)));
  await block(
    [['//Alice', call('Council', 'propose', { threshold: 2n, proposal: motionA, length_bound: 1_000n })]],
    'council motion A',
  );
  await block(
    [
      ['//Alice', call('Council', 'vote', { proposal: hashOf(motionA), index: 0n, approve: true })],
      ['//Bob', call('Council', 'vote', { proposal: hashOf(motionA), index: 0n, approve: true })],
    ],
    'council votes',
  );
  await block(
    [
      [
        '//Charlie',
        call('Council', 'close', {
          proposal_hash: hashOf(motionA),
          index: 0n,
          proposal_weight_bound: { ref_time: 10n ** 12n, proof_size: 10n ** 7n },
          length_bound: 1_000n,
        }),
      ],
      ['//Bob', call('Council', 'propose', { threshold: 3n, proposal: motionB, length_bound: 1_000n })],
    ],
    'council close A, motion B',
  );
  await block(
    [
      ['//Bob', call('Council', 'vote', { proposal: hashOf(motionB), index: 1n, approve: true })],
      ['//Charlie', call('Council', 'vote', { proposal: hashOf(motionB), index: 1n, approve: false })],
    ],
    'council votes on B',
  );
  // Up to the launch of the second referendum, then votes.
  while (chain.best < end - 10n) await chain.newBlocks(1);
  const votes: Tx[] = [];
  for (let i = 0; i < 24; i++) {
    const d = (i * 8 + 3) % DEMO_DELEGATORS;
    const conviction = i % 7;
    votes.push([
      delegator(d),
      call('Democracy', 'vote', {
        ref_index: 1n,
        vote: i % 4 === 3 ? nay(50n * PHA, conviction) : aye(100n * PHA, conviction),
      }),
    ]);
  }
  votes.push(['//Alice', call('Democracy', 'vote', { ref_index: 1n, vote: aye(10_000n * PHA, 1) })]);
  await block(votes, 'votes on the ongoing referendum');
  while (chain.best < end) await chain.newBlocks(1);
  log(`#${chain.best}: done`);
  return {
    blocks: chain.best,
    pools: DEMO_POOLS,
    vaults: DEMO_VAULTS,
    workers: workers.length,
    delegators: DEMO_DELEGATORS,
  };
}

/** Votes on the first referendum (called by the builder once it launched). */
export function firstReferendumVotes(): Tx[] {
  const votes: Tx[] = [];
  for (let i = 0; i < 30; i++)
    votes.push([
      delegator(i * 6),
      call('Democracy', 'vote', {
        ref_index: 0n,
        vote: i % 5 === 4 ? nay(50n * PHA, i % 3) : aye(100n * PHA, i % 7),
      }),
    ]);
  votes.push(['//Alice', call('Democracy', 'vote', { ref_index: 0n, vote: aye(50_000n * PHA, 2) })]);
  return votes;
}
