/**
 * Dev RPCs of spec/contracts.md §5, Chopsticks' names and shapes, served only when the server runs with
 * dev enabled (`--dev`): dev_newBlock `{count?}` → last block hash; dev_setStorage raw `[[key, value |
 * null], …]` into the head state → head hash; dev_timeTravel (unix ms or a date string) → the timestamp
 * set; dev_setBlockBuildMode 'Instant' | 'Manual' | 'Interval' → null. `sim_startWorker` (§5) is not here:
 * it belongs to the worker actors and joins the dev table through createMethodTable's `devModules`.
 */
import type { BuildMode } from '../devchain/chain.js';
import { arrayParam, hexParam, maxParams, optionalHashParam, uintParam } from './params.js';
import { invalidParams, type MethodTable, type RpcHandler } from './server-core.js';

/** Most blocks one dev_newBlock call builds. */
export const MAX_NEW_BLOCKS = 10_000;
const BUILD_MODES: BuildMode[] = ['Instant', 'Manual', 'Interval'];

const newBlock: RpcHandler = async ({ chain }, params) => {
  maxParams(params, 1, 'dev_newBlock');
  const p = params[0];
  let count = 1;
  if (typeof p === 'number') count = uintParam(p, 'count', { max: MAX_NEW_BLOCKS });
  else if (typeof p === 'object' && p !== null && !Array.isArray(p)) {
    const o = p as Record<string, unknown>;
    for (const k of Object.keys(o))
      if (k !== 'count' && k !== 'to') throw invalidParams(`dev_newBlock: unsupported option "${k}"`);
    if (o.count !== undefined && o.to !== undefined) throw invalidParams('give either count or to');
    if (o.count !== undefined) count = uintParam(o.count, 'count', { max: MAX_NEW_BLOCKS });
    if (o.to !== undefined) {
      const to = uintParam(o.to, 'to');
      const best = Number(chain.best);
      if (to <= best) throw invalidParams(`to: ${to} is not above the best block ${best}`);
      count = to - best;
      if (count > MAX_NEW_BLOCKS) throw invalidParams(`to: at most ${MAX_NEW_BLOCKS} blocks per call`);
    }
  } else if (p !== undefined && p !== null) {
    throw invalidParams('dev_newBlock: expected { count?: number }');
  }
  if (count < 1) throw invalidParams('count: must be at least 1');
  const block = await chain.newBlocks(count);
  return block.hash;
};

const setStorage: RpcHandler = ({ chain }, params) => {
  maxParams(params, 2, 'dev_setStorage');
  if (typeof params[0] === 'object' && params[0] !== null && !Array.isArray(params[0]))
    throw invalidParams('values: only raw [[key, value | null], …] pairs are supported');
  const pairs = arrayParam(params[0], 'values').map((pair, i): [string, string | null] => {
    const kv = arrayParam(pair, `values[${i}]`);
    if (kv.length !== 2) throw invalidParams(`values[${i}]: expected [key, value | null]`);
    const key = hexParam(kv[0], `values[${i}][0]`);
    if (key === '0x') throw invalidParams(`values[${i}][0]: empty key`);
    return [key, kv[1] === null ? null : hexParam(kv[1], `values[${i}][1]`)];
  });
  const at = optionalHashParam(params[1], 'at');
  if (at !== undefined && at !== chain.head.hash)
    throw invalidParams('at: storage can only be set on the head block');
  chain.setStorage(pairs);
  return chain.head.hash;
};

const timeTravel: RpcHandler = ({ chain }, params) => {
  maxParams(params, 1, 'dev_timeTravel');
  const p = params[0];
  let ms: number;
  if (typeof p === 'number') ms = uintParam(p, 'date');
  else if (typeof p === 'string') {
    ms = Date.parse(p);
    if (!Number.isSafeInteger(ms) || ms < 0) throw invalidParams(`date: cannot parse "${p.slice(0, 40)}"`);
  } else throw invalidParams('date: expected unix milliseconds or a date string');
  chain.timeTravel(BigInt(ms));
  return ms;
};

const setBlockBuildMode: RpcHandler = ({ chain }, params) => {
  maxParams(params, 1, 'dev_setBlockBuildMode');
  const p = params[0];
  const mode = BUILD_MODES.find((m) => typeof p === 'string' && m.toLowerCase() === p.toLowerCase());
  if (!mode) throw invalidParams(`mode: expected one of ${BUILD_MODES.join(', ')}`);
  chain.setMode(mode);
  return null;
};

export const devMethods: MethodTable = {
  dev_newBlock: newBlock,
  dev_setStorage: setStorage,
  dev_timeTravel: timeTravel,
  dev_setBlockBuildMode: setBlockBuildMode,
};
