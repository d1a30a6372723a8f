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
import { hexString, record, uint } from './schema.js';
import { declare, invalidParams, type MethodTable, RpcError } from './server-core.js';

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
    sim_startWorker: declare(
      {
        summary:
          'Starts a simulated pRuntime worker in a pool, signed by the operator SURI; returns its pubkey.',
        params: [
          {
            name: 'worker',
            required: true,
            schema: record(
              {
                operator: { type: 'string', minLength: 1, description: 'a SURI such as "//Alice"' },
                pool: uint('a pool id'),
                stake: { type: 'string', description: 'a decimal PHA amount' },
                score: uint('a target initial score', 1_000_000),
              },
              ['stake', 'score'],
              '{ operator, pool, stake?, score? }',
            ),
          },
        ],
        result: hexString(32, "the worker's public key"),
      },
      (_ctx, params) => {
        const o = params[0] as { operator: string; pool: number; stake?: string; score?: number };
        const stake = parsePha(o.stake ?? DEFAULT_WORKER_STAKE_PHA, 'stake');
        const score = o.score ?? DEFAULT_WORKER_SCORE;
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
            pool: BigInt(o.pool),
            stake,
            iterationsPerSecond: iterationsForScore(score),
          });
        } catch (err) {
          throw invalidParams(`operator: ${err instanceof Error ? err.message : String(err)}`);
        }
      },
    ),
  };
}
