/**
 * The pool list as JSON, for `pha_poolList` (src/indexer/pool-list-rpc.ts serves it, the dApp reads it):
 * the `PoolsData` of pools-query.ts with every bigint as a decimal string. `poolsToWire` is the server's
 * side, `poolsFromWire` the dApp's: it checks each field and throws PoolListShapeError naming the first
 * bad one, so a changed shape fails here, never deep in the explorer. No @polkadot import: the dApp
 * reads the list before @polkadot/api has loaded.
 */
import type { NetworkEconomy } from './apr.js';
import type { PoolKind, PoolSummary, WithdrawRequest } from './pool-model.js';

/** The JSON-RPC method serving this list. */
export const POOL_LIST_METHOD = 'pha_poolList';

export interface PoolsData {
  pools: PoolSummary[];
  economy: NetworkEconomy;
  /** The W-PHA asset's minimum balance (the withdraw queue is paid while free stake exceeds it). */
  wphaMinBalance: bigint;
  /** `PhalaComputation.CoolDownPeriod`, seconds (0 when unknown). */
  coolDownSecs: number;
  /** Hash of the block every value was read at. */
  block: string;
}

export class PoolListShapeError extends Error {
  constructor(
    readonly field: string,
    readonly got: unknown,
  ) {
    super(`pha_poolList: field "${field}" is ${JSON.stringify(got) ?? 'undefined'}, not as documented`);
    this.name = 'PoolListShapeError';
  }
}

/** JSON-safe: bigints become decimal strings. */
export function poolsToWire(data: PoolsData): unknown {
  return JSON.parse(JSON.stringify(data, (_, v) => (typeof v === 'bigint' ? v.toString() : v)));
}

type Fields = { readonly [k: string]: unknown };

const fields = (v: unknown, path: string): Fields => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new PoolListShapeError(path, v);
  return v as Fields;
};
const list = (v: unknown, path: string): unknown[] => {
  if (!Array.isArray(v)) throw new PoolListShapeError(path, v);
  return v;
};
const text = (v: unknown, path: string): string => {
  if (typeof v !== 'string') throw new PoolListShapeError(path, v);
  return v;
};
const integer = (v: unknown, path: string): bigint => {
  if (typeof v !== 'string' || !/^[0-9]{1,40}$/.test(v)) throw new PoolListShapeError(path, v);
  return BigInt(v);
};
const count = (v: unknown, path: string): number => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw new PoolListShapeError(path, v);
  return v;
};
const ratio = (v: unknown, path: string): number => {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new PoolListShapeError(path, v);
  return v;
};
const texts = (v: unknown, path: string): string[] => list(v, path).map((x, i) => text(x, `${path}[${i}]`));

function pool(v: unknown, path: string): PoolSummary {
  const p = fields(v, path);
  const at = (k: string) => `${path}.${k}`;
  const kind = p.kind;
  if (kind !== 'StakePool' && kind !== 'Vault') throw new PoolListShapeError(at('kind'), kind);
  return {
    pid: integer(p.pid, at('pid')),
    kind: kind satisfies PoolKind,
    owner: text(p.owner, at('owner')),
    cid: count(p.cid, at('cid')),
    poolAccount: text(p.poolAccount, at('poolAccount')),
    totalShares: integer(p.totalShares, at('totalShares')),
    totalValue: integer(p.totalValue, at('totalValue')),
    commission: count(p.commission, at('commission')),
    cap: p.cap === null ? null : integer(p.cap, at('cap')),
    workers: texts(p.workers, at('workers')),
    cdWorkers: texts(p.cdWorkers, at('cdWorkers')),
    withdrawQueue: list(p.withdrawQueue, at('withdrawQueue')).map((w, i): WithdrawRequest => {
      const r = fields(w, `${at('withdrawQueue')}[${i}]`);
      return {
        user: text(r.user, `${at('withdrawQueue')}[${i}].user`),
        startTime: count(r.startTime, `${at('withdrawQueue')}[${i}].startTime`),
        nftId: count(r.nftId, `${at('withdrawQueue')}[${i}].nftId`),
        shares: integer(r.shares, `${at('withdrawQueue')}[${i}].shares`),
      };
    }),
    investPools: list(p.investPools, at('investPools')).map((x, i) =>
      integer(x, `${at('investPools')}[${i}]`),
    ),
    freeStake: integer(p.freeStake, at('freeStake')),
    unresponsiveStake: integer(p.unresponsiveStake, at('unresponsiveStake')),
    releasing: list(p.releasing, at('releasing')).map((x, i) => {
      const r = fields(x, `${at('releasing')}[${i}]`);
      return {
        stake: integer(r.stake, `${at('releasing')}[${i}].stake`),
        coolDownStart: count(r.coolDownStart, `${at('releasing')}[${i}].coolDownStart`),
      };
    }),
    description: text(p.description, at('description')),
    whitelist: p.whitelist === null ? null : texts(p.whitelist, at('whitelist')),
  };
}

export function poolsFromWire(raw: unknown): PoolsData {
  const d = fields(raw, '(result)');
  const e = fields(d.economy, 'economy');
  const block = text(d.block, 'block');
  if (!/^0x[0-9a-f]{64}$/i.test(block)) throw new PoolListShapeError('block', block);
  return {
    block,
    pools: list(d.pools, 'pools').map((p, i) => pool(p, `pools[${i}]`)),
    wphaMinBalance: integer(d.wphaMinBalance, 'wphaMinBalance'),
    coolDownSecs: count(d.coolDownSecs, 'coolDownSecs'),
    economy: {
      budgetPerBlock: ratio(e.budgetPerBlock, 'economy.budgetPerBlock'),
      treasuryRatio: ratio(e.treasuryRatio, 'economy.treasuryRatio'),
      blockTimeSecs: ratio(e.blockTimeSecs, 'economy.blockTimeSecs'),
      totalStakeInWork: integer(e.totalStakeInWork, 'economy.totalStakeInWork'),
    },
  };
}
