/**
 * `sim_startWorker` (spec/contracts.md §5, dev only): starts an in-process simulated pRuntime worker as
 * `npm run worker` does — registration through attestation, benchmark, `add_worker` and
 * `start_computing` signed by the operator SURI, then heartbeats — on the node's actor supervisor.
 * Params `{ operator: SURI, pool: number, stake?: string (PHA, decimal; default 5000), score?: number
 * (target initial score ≈ 6 × iterations/s; default 600) }`; result: the worker's pubkey (0x-hex).
 * Joins the dev method table through `devModules` (chain/cli.ts passes `simMethods(() => actors)`).
 */
import { digitsToPlanck } from '../../primitives/planck.js';
import type { ActorSupervisor } from '../offchain/actor-supervisor.js';
import { maxParams, uintParam } from './params.js';
import { invalidParams, type MethodTable, RpcError } from './server-core.js';

export const DEFAULT_WORKER_STAKE_PHA = '5000';
export const DEFAULT_WORKER_SCORE = 600;

/** "1234.5" PHA → planck (12 decimals); throws on anything else. */
export function parsePha(text: string, name: string): bigint {
  const m = /^(\d{1,15})(?:\.(\d{1,12}))?$/.exec(text.trim());
  if (!m)
    throw invalidParams(`${name}: expected a PHA amount like "5000" or "12.5", got "${text.slice(0, 40)}"`);
  return digitsToPlanck(m[1] ?? '', m[2] ?? '');
}

/** Benchmark iterations per second for a target score (score ≈ 6 × iterations/s). */
export function iterationsForScore(score: number): bigint {
  const rounded = (BigInt(score) + 3n) / 6n; // score / 6, rounded half up, in integers
  return rounded > 0n ? rounded : 1n;
}

export function simMethods(actors: () => ActorSupervisor | undefined): MethodTable {
  return {
    sim_startWorker: (_ctx, params) => {
      maxParams(params, 1, 'sim_startWorker');
      const p = params[0];
      if (typeof p !== 'object' || p === null || Array.isArray(p))
        throw invalidParams('sim_startWorker: expected { operator, pool, stake?, score? }');
      const o = p as Record<string, unknown>;
      for (const k of Object.keys(o))
        if (!['operator', 'pool', 'stake', 'score'].includes(k))
          throw invalidParams(`sim_startWorker: unsupported option "${k}"`);
      if (typeof o.operator !== 'string' || o.operator.length === 0)
        throw invalidParams('operator: expected a SURI such as "//Alice"');
      const pool = uintParam(o.pool, 'pool');
      if (o.stake !== undefined && typeof o.stake !== 'string')
        throw invalidParams('stake: expected a decimal PHA string');
      const stake = parsePha((o.stake as string | undefined) ?? DEFAULT_WORKER_STAKE_PHA, 'stake');
      const score =
        o.score === undefined ? DEFAULT_WORKER_SCORE : uintParam(o.score, 'score', { max: 1_000_000 });
      const supervisor = actors();
      if (!supervisor?.running)
        throw new RpcError(
          -32000,
          'Actors are off',
          'start the node with --actors on to run simulated workers',
        );
      try {
        return supervisor.startWorker({
          operator: o.operator,
          pool: BigInt(pool),
          stake,
          iterationsPerSecond: iterationsForScore(score),
        });
      } catch (err) {
        throw invalidParams(`operator: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
  };
}
