/**
 * The demo network's tokenomic calibration: Khala's parameters at Khala's scale per worker. The demo
 * build sets them the way Khala did, with `PhalaComputation.update_tokenomic` dispatched as Root (here
 * through Sudo), before any worker starts.
 *
 * Sources (facts and numbers only):
 * - Khala's launch parameters (`scripts/js/src/genLaunchTransactions.js` of phala-blockchain, the 2021
 *   launch motion; spec/phala-pallets.md §6.3): pha_rate 0.83, Rᵉ 1.5, k 50, heartbeat window 20 blocks,
 *   slash rate 0, rig_k 0.3/0.83, cost_k and cost_b scaled by pha_rate, V max 30,000, treasury 20 %.
 * - The budget: Gemini tokenomics (Phala docs "Gemini Tokenomics (Worker Rewards)", the Khala Gemini
 *   upgrade announcement of April 2022) pays 720,000 PHA a day to the workers, i.e. 100 PHA per 12 s
 *   block, which is also the pallet's code default.
 * - Khala's network size: about 30,000 workers computing.
 *
 * The demo has 60 workers, so its budget per block is 100 PHA × 60 / 30,000 = 0.2 PHA: each demo worker
 * earns what a Khala worker of the same stake and score earned, and delegators see Khala-like APRs.
 */

import { defaultTokenomicParameters } from '../../src/pallets-mock/pallets/phala-computation/tokenomic.js';
import type { TokenomicParametersValue } from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { fdivInt, fmulInt, fp } from '../../src/primitives/fixed.js';

/** Workers computing on Khala, the scale the budget is taken from. */
export const KHALA_WORKERS = 30_000n;

/** Khala's tokenomic parameters with the Gemini budget scaled to `workers` workers. */
export function demoTokenomicParameters(workers: bigint): TokenomicParametersValue {
  const gemini = defaultTokenomicParameters(); // budget 720,000 PHA/day = 100 PHA per block
  return {
    ...gemini,
    phaRate: fp('0.83'),
    budgetPerBlock: fdivInt(fmulInt(gemini.budgetPerBlock, workers), KHALA_WORKERS),
    costK: fp('0.000000019054528616676159186'),
    costB: fp('0.00004061623205149357237'),
    slashRate: 0n,
    heartbeatWindow: 20n,
    rigK: fp('0.36144578313253012048'),
    rigB: 0n,
    re: fp('1.5'),
    k: fp('50'),
  };
}
