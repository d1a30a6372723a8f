/**
 * The demo network (`npm run demo:build`, spec/contracts.md §4 `--seed demo`), built by actually running
 * a dev chain forward with real signed transactions and the in-process actors:
 *
 * - 20 pool owners, 5 vault owners and 200 delegators (`//demo/owner/<i>`, `//demo/vault/<i>`,
 *   `//demo/delegator/<i>`), funded from //Alice … //Eve;
 * - Khala's tokenomic parameters with the budget scaled to 60 workers (economics.ts), set through
 *   Sudo → `PhalaComputation.update_tokenomic` in the first blocks, as Khala's launch motion did;
 * - identities for the pool and vault owners, pool owners judged by a demo registrar (identities.ts);
 * - 20 stake pools (pids 0–19) with commissions 0–45 %, descriptions, caps on some (pool 3 within 50 PHA
 *   of its cap at the head), contribution whitelists on pools 2, 11 and 16; 5 vaults (pids 20–24) with
 *   commissions, funded by delegators and invested into pools;
 * - 60 simulated pRuntime workers (3 per pool) with Khala-like stakes (8,000–19,000 PHA) and scores
 *   (P ≈ 900–2,700) registered through attestation, benchmarked, added and computing; 3 of them (pool
 *   5, 9, 13) go dark 8 hours before the head and are unresponsive;
 * - 200 delegators holding Delegation NFTs (W-PHA wrapped, then contributed; about a third of their PHA,
 *   the rest stays free to try the dApp with);
 * - pool 7 stakes all its free value; one of its delegators withdraws right after the workers start, so
 *   the withdraw queue waits past the 7-day grace period;
 * - `days` (default and minimum 7) of Gatekeeper settlements; the head is half a day after a launch;
 * - Democracy (demo profile: launch every day, 4-day votes): referendum 0 voted on day 1, finished and
 *   enacted (its System.remark dispatched Ok under Root); referenda 1–3 launched on the last three launch
 *   days, voted, ongoing at the head with 1.5, 2.5 and 3.5 days left (remarks; referendum 2 a remark and
 *   a Treasury spend to pool owner 1 in one batch); a seconded public proposal waiting for the next
 *   launch; Council motions (council.ts: a Treasury spend approved by an executed motion, an external
 *   proposal left open);
 * - the Council election (demo profile: a term every hour): pool owners 0, 4 and 8 stand six minutes
 *   before the head and twelve delegators back them;
 * - the Treasury beyond proposals (treasury.ts): a donation, three bounties (one paid, one active with
 *   a child bounty, one waiting for approval), a tip paid at its median and one left open, and vesting
 *   schedules for six delegators.
 *
 * Deterministic given deterministic signatures (sr25519 signing draws randomness; the Node builder seeds
 * it, see chain/demo-build.ts): the same code gives the same blocks and the same final state.
 */

import type { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import type { CallValue } from '../../src/pallets-mock/frame/runtime.js';
import type { ActorSupervisor } from '../../src/pallets-mock/offchain/actor-supervisor.js';
import { accountOf, callBytes, submitLocal } from '../../src/pallets-mock/offchain/tx-signer.js';
import { DOLLARS } from '../../src/pallets-mock/pallets/balances/index.js';
import { Pools } from '../../src/pallets-mock/pallets/phala-base-pool/types.js';
import { Events } from '../../src/pallets-mock/pallets/system/index.js';
import { toHex, utf8 } from '../../src/pallets-mock/primitives/bytes.js';
import { blake2_256 } from '../../src/pallets-mock/primitives/hashing.js';
import { councilMotions as demoCouncilMotions } from './council.js';
import { demoTokenomicParameters } from './economics.js';
import {
  addRegistrar,
  DEMO_REGISTRAR,
  provideJudgements,
  REGISTRAR_FUNDS,
  requestJudgements,
  setIdentities,
} from './identities.js';
import { treasuryCurators, treasuryOpening, treasuryPayouts } from './treasury.js';

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

/** JSON with bigints as decimal strings (error messages). */
const json = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));

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
  /** Days of rewards after the workers start (default and minimum 7: the queue's grace period, the referenda). */
  days?: number;
  /** Progress lines. */
  log?: (line: string) => void;
  /** Called after every batch of blocks (at most 500), e.g. to let a history indexer keep up. */
  afterBlocks?: () => Promise<void>;
}

/** What referendum 2 ("fund a pool-operator handbook") spends from the Treasury, to pool owner 1. */
export const HANDBOOK_SPEND = 5_000n * PHA;

/** The demo profile's LaunchPeriod: a referendum launches every day. */
const LAUNCH = BigInt(BLOCKS_PER_DAY);
/** Treasury.SpendPeriod (one day on every profile): approved bounties are funded at its multiples. */
const SPEND_PERIOD = BigInt(BLOCKS_PER_DAY);

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
  if (days < 7) throw new Error('demo: at least 7 days are needed (withdraw grace period, referenda)');
  if (chain.profile !== 'demo') throw new Error('demo: build it on a chain with the demo profile');
  const afterBlocks = opts.afterBlocks ?? (async () => {});
  /** Builds blocks up to `target` in batches, letting `afterBlocks` follow. */
  const advanceTo = async (target: bigint) => {
    while (chain.best < target) {
      const n = target - chain.best > 500n ? 500n : target - chain.best;
      await chain.newBlocks(Number(n));
      await afterBlocks();
    }
  };

  /** Submits, builds one block, and fails loudly if any of these transactions failed. */
  const block = async (txs: Tx[], what: string) => {
    for (const [suri, c] of txs) submitLocal(chain, suri, c);
    await chain.newBlocks(1);
    await afterBlocks();
    const failed = chain.atBlock(undefined, () =>
      Events.get().filter(
        (e: { event: { type: string; value: { type: string } } }) =>
          e.event.type === 'System' && e.event.value.type === 'ExtrinsicFailed',
      ),
    );
    if (failed.length)
      throw new Error(
        `demo: ${what}: ${failed.length} extrinsic(s) failed at #${chain.best}: ${json(failed[0])}`,
      );
    // A succeeding extrinsic can carry a call that failed: a motion's `Executed(Err)`, a Sudo `Sudid(Err)`.
    const refused = chain.atBlock(undefined, () =>
      Events.get().filter((e: { event: { value: { type: string; value: unknown } } }) => {
        const fields = e.event.value.value as { result?: { type: string }; sudo_result?: { type: string } };
        return (
          ['Executed', 'MemberExecuted', 'Sudid', 'SudoAsDone'].includes(e.event.value.type) &&
          (fields?.result ?? fields?.sudo_result)?.type === 'Err'
        );
      }),
    );
    if (refused.length)
      throw new Error(`demo: ${what}: a dispatched call failed at #${chain.best}: ${json(refused[0])}`);
    if (chain.pool.size > 0 && txs.length > 0) {
      // Everything submitted must have fit into the block.
      const left = chain.pool.all().filter((t) => txs.some(([s]) => accountOf(s) === t.signer));
      if (left.length) throw new Error(`demo: ${what}: ${left.length} transaction(s) did not fit in a block`);
    }
  };

  // ---- accounts -------------------------------------------------------------------------------------
  const queuedDelegators = [197, 198, 199];
  const delegatorFunds = (i: number): bigint =>
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
  funding.push([
    '//Alice',
    call('Balances', 'transfer_keep_alive', { dest: id(DEMO_REGISTRAR), value: REGISTRAR_FUNDS }),
  ]);
  for (let i = 0; i < funding.length; i += 120) await block(funding.slice(i, i + 120), 'funding');
  log(`#${chain.best}: ${funding.length} accounts funded`);

  // ---- governance, early: a referendum that runs its whole course -----------------------------------
  // A passed referendum is enacted under Root: System.remark (signed or Root) succeeds there, where
  // remark_with_event (signed only) would end "enactment failed (BadOrigin)".
  const remark = (text: string) => call('System', 'remark', { remark: toHex(utf8(text)) });
  const lookup = (c: CallValue) => {
    const bytes = callBytes(chain, c);
    return {
      bytes: toHex(bytes),
      proposal: { type: 'Lookup', value: { hash: toHex(blake2_256(bytes)), len: BigInt(bytes.length) } },
    };
  };
  const r1 = lookup(remark('pha-stake demo: adopt the community staking guidelines'));
  const tokenomic = demoTokenomicParameters(BigInt(DEMO_POOLS * DEMO_WORKERS_PER_POOL));
  await block(
    [
      [
        '//Alice',
        call('Sudo', 'sudo', {
          call: call('PhalaComputation', 'update_tokenomic', { new_params: tokenomic }),
        }),
      ],
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

  // ---- identities: owners named, pool owners judged by the demo registrar ------------------------------
  await block(addRegistrar(), 'demo registrar');
  await block(setIdentities(owner, DEMO_POOLS, vaultOwner, DEMO_VAULTS), 'identities');
  await block(requestJudgements(owner, DEMO_POOLS), 'judgement requests');
  await block(provideJudgements(owner, DEMO_POOLS), 'judgements');

  // ---- delegations -----------------------------------------------------------------------------------
  // Each delegator wraps its PHA and contributes to one or two pools, some also to a vault.
  const plan = new Map<number, Array<{ pid: bigint; amount: bigint; vault: boolean }>>();
  const poolTotals = new Map<number, bigint>();
  for (let i = 0; i < DEMO_DELEGATORS; i++) {
    const funds = (delegatorFunds(i) * 35n) / 100n; // the rest stays free: fees, votes, trying the dApp
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
  // Caps with room to spare (pool 3's is lowered to within 50 PHA of its value near the end).
  for (const p of [NEAR_CAP, 6, 12, 18]) {
    const cap = (poolTotals.get(p) ?? 0n) * 2n;
    investments.push([owner(p), call('PhalaStakePoolv2', 'set_cap', { pid: BigInt(p), cap })]);
  }
  await block(investments, 'vault investments and caps');
  log(`#${chain.best}: ${DEMO_POOLS} pools, ${DEMO_VAULTS} vaults, ${DEMO_DELEGATORS} delegators`);

  // ---- workers -----------------------------------------------------------------------------------------
  const workers: Array<{ pool: number; pubkey: string }> = [];
  for (let p = 0; p < DEMO_POOLS; p++) {
    const total = poolTotals.get(p) ?? 0n;
    for (let k = 0; k < DEMO_WORKERS_PER_POOL; k++) {
      // Khala-like: stakes up to where V reaches V max (1.5 × (S + rig cost) ≤ 30,000), P = 6 × it/s.
      const wanted = (8_000n + BigInt(pick(`stake/${p}/${k}`, 11_000))) * PHA;
      // Whole PHA: a fractional stake left the lock account 1 planck off the workers' stakes (try-state).
      const third = (total / 3n / PHA) * PHA;
      const stake = p === QUEUED || wanted > third ? third : wanted;
      const pubkey = actors.startWorker({
        operator: owner(p),
        pool: BigInt(p),
        stake,
        iterationsPerSecond: 150n + BigInt(pick(`speed/${p}/${k}`, 300)),
        name: `demo/${p}/${k}`,
      });
      workers.push({ pool: p, pubkey });
    }
  }
  const computing = () => actors.workers().filter((w) => w.stage === 'computing').length;
  for (let i = 0; i < 200 && computing() < workers.length; i++) await advanceTo(chain.best + 1n);
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

  // ---- days of rewards, with governance along the way ---------------------------------------------------
  const startedAt = chain.best;
  // The head: ≥ `days` of rewards, half a day after a launch.
  let end = startedAt + BigInt(days * BLOCKS_PER_DAY);
  end += (LAUNCH + LAUNCH / 2n - (end % LAUNCH)) % LAUNCH;
  const lastLaunch = end - LAUNCH / 2n;
  const darkAt = end - 2_400n;
  const texts = [
    'pha-stake demo: raise the community treasury allocation',
    'pha-stake demo: fund a pool-operator handbook',
    'pha-stake demo: lower the minimum delegation shown in the app',
    'pha-stake demo: publish monthly pool reports',
  ];
  const proposers = ['//Alice', '//Charlie', '//Dave', '//Eve'];
  const seconders = ['//Bob', '//Eve', '//Bob', '//Charlie'];
  // Referendum 2 does what its text says: the remark and a Treasury spend (Root's SpendOrigin) in one
  // batch, paid at the spend period after its enactment.
  const proposal = (k: number): CallValue =>
    k === 1
      ? call('Utility', 'batch_all', {
          calls: [
            remark(texts[k] as string),
            call('Treasury', 'spend', { amount: HANDBOOK_SPEND, beneficiary: id(owner(1)) }),
          ],
        })
      : remark(texts[k] as string);
  const proposeAndSecond = async (k: number) => {
    const p = lookup(proposal(k));
    const who = proposers[k] as string;
    await block(
      [
        [who, call('Preimage', 'note_preimage', { bytes: p.bytes })],
        [who, call('Democracy', 'propose', { proposal: p.proposal, value: BigInt(50 + 50 * k) * PHA })],
      ],
      `public proposal ${k + 1}`,
    );
    await block(
      [
        [seconders[k] as string, call('Democracy', 'second', { proposal: BigInt(k + 1) })],
        [delegator(10 + k), call('Democracy', 'second', { proposal: BigInt(k + 1) })],
      ],
      `seconds of proposal ${k + 1}`,
    );
  };
  type Step = { at: bigint; run: () => Promise<void> };
  const steps: Step[] = [
    // Referendum 0 launched at the first launch: delegators vote on day 1.
    { at: LAUNCH + 1n, run: () => block(firstReferendumVotes(), 'votes on referendum 0') },
    {
      at: darkAt,
      run: async () => {
        for (const p of DARK_POOLS) {
          const w = workers.find((x) => x.pool === p);
          if (w) actors.kill(w.pubkey);
        }
        log(`#${chain.best}: 3 workers went dark`);
      },
    },
  ];
  // Referenda 1–3: proposed a few hours before each of the last three launches, voted after it.
  for (let k = 0; k < 3; k++) {
    const launch = lastLaunch - BigInt(2 - k) * LAUNCH;
    steps.push({ at: launch - 1_200n, run: () => proposeAndSecond(k) });
    steps.push({
      at: launch + 1n + BigInt(k),
      run: () => block(referendumVotes(k + 1), `votes on referendum ${k + 1}`),
    });
  }
  // The Treasury beyond proposals (treasury.ts): bounties, tips and vesting before the first spend
  // period, curators after it funded the bounties, payouts a day later.
  const accounts = { owner, delegator };
  const firstSpend = (startedAt / SPEND_PERIOD + 1n) * SPEND_PERIOD;
  const batches = (list: Tx[][], what: string) => async () => {
    for (const [i, txs] of list.entries()) await block(txs, `${what} ${i + 1}`);
  };
  steps.push({
    at: startedAt + 20n,
    run: () => batches(treasuryOpening(accounts, startedAt + 20n, BigInt(BLOCKS_PER_DAY), end), 'treasury')(),
  });
  steps.push({ at: firstSpend + 20n, run: batches(treasuryCurators(accounts), 'bounty curators') });
  steps.push({
    at: firstSpend + SPEND_PERIOD + 100n,
    run: batches(treasuryPayouts(accounts), 'treasury payouts'),
  });
  // The last hour: a proposal waiting for the next launch, Council motions, Council candidates and their
  // voters, pool 3 near its cap.
  steps.push({ at: end - 60n, run: () => proposeAndSecond(3) });
  steps.push({ at: end - 40n, run: () => councilMotions() });
  steps.push({ at: end - 30n, run: () => councilElection() });
  steps.push({
    at: end - 20n,
    run: () => {
      const value = chain.atBlock(undefined, () => Pools.get(BigInt(NEAR_CAP)).value.basepool.totalValue);
      const cap = value + 50n * PHA;
      return block(
        [[owner(NEAR_CAP), call('PhalaStakePoolv2', 'set_cap', { pid: BigInt(NEAR_CAP), cap })]],
        'pool 3 near its cap',
      );
    },
  });
  steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));

  // Council motions (council.ts): a Treasury spend approved by an executed motion, an external proposal
  // left open.
  const councilMotions = async () => {
    for (const [i, txs] of demoCouncilMotions(owner, (c) => callBytes(chain, c)).entries())
      await block(txs, `council motions ${i + 1}`);
  };

  const councilElection = async () => {
    // Council election: three pool owners stand (candidate_count is the witness, one per block), twelve
    // delegators back one to three of them with 100–650 PHA locked.
    for (const [k, o] of [0, 4, 8].entries())
      await block(
        [[owner(o), call('PhragmenElection', 'submit_candidacy', { candidate_count: BigInt(k) })]],
        `council candidacy of owner ${o}`,
      );
    const standing = [0, 4, 8].map((o) => accountOf(owner(o)));
    await block(
      Array.from(
        { length: 12 },
        (_, i): Tx => [
          delegator(i * 7),
          call('PhragmenElection', 'vote', {
            votes: standing.slice(i % 3, (i % 3) + 1 + (i % 2)),
            value: BigInt(100 + 50 * i) * PHA,
          }),
        ],
      ),
      'council election votes',
    );
  };

  let lastDay = 0n;
  for (const step of steps) {
    while (chain.best + 1n < step.at) {
      const target = chain.best + 1_000n < step.at - 1n ? chain.best + 1_000n : step.at - 1n;
      await advanceTo(target);
      const day = (chain.best - startedAt) / BigInt(BLOCKS_PER_DAY);
      if (day > lastDay) {
        lastDay = day;
        log(`#${chain.best}: day ${day}`);
      }
    }
    if (chain.best >= step.at) throw new Error(`demo: step at #${step.at} missed (at #${chain.best})`);
    if (step.at === darkAt) await advanceTo(step.at);
    await step.run();
  }
  await advanceTo(end);
  log(`#${chain.best}: done`);
  return {
    blocks: chain.best,
    pools: DEMO_POOLS,
    vaults: DEMO_VAULTS,
    workers: workers.length,
    delegators: DEMO_DELEGATORS,
  };
}

/** Votes on referendum `ref` (1–3): two dozen delegators, some against, and //Alice or //Bob with weight. */
function referendumVotes(ref: number): Tx[] {
  const votes: Tx[] = [];
  for (let i = 0; i < 24; i++) {
    const d = (i * 8 + 3 + ref * 5) % DEMO_DELEGATORS;
    const conviction = (i + ref) % 7;
    const against = ref === 2 ? i % 2 === 1 : i % 4 === 3;
    votes.push([
      delegator(d),
      call('Democracy', 'vote', {
        ref_index: BigInt(ref),
        vote: against ? nay(50n * PHA + BigInt(ref) * 10n * PHA, conviction) : aye(100n * PHA, conviction),
      }),
    ]);
  }
  votes.push([
    ref === 2 ? '//Bob' : '//Alice',
    call('Democracy', 'vote', { ref_index: BigInt(ref), vote: aye(BigInt(4_000 * ref) * PHA, 1) }),
  ]);
  return votes;
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
