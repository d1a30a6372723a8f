/**
 * Dev RPCs of spec/contracts.md §5, Chopsticks' names and shapes, served only when the server runs with
 * dev enabled (`--dev`): dev_newBlock `{count?}` → last block hash; dev_setStorage raw `[[key, value |
 * null], …]` into the head state → head hash; dev_timeTravel (unix ms or a date string) → the timestamp
 * set; dev_setBlockBuildMode 'Instant' | 'Manual' | 'Interval' → null. `sim_startWorker` (§5) is not here:
 * it belongs to the worker actors and joins the dev table through createMethodTable's `devModules`.
 * Each method declares its parameter and result schemas (the core checks the params against them).
 */
import type { BuildMode } from '../devchain/chain.js';
import { hexParam, optionalHashParam } from './params.js';
import { hexString, type JsonSchema, record, uint } from './schema.js';
import { declare, invalidParams, type MethodTable } from './server-core.js';

/** Most blocks one dev_newBlock call builds. */
export const MAX_NEW_BLOCKS = 10_000;
const BUILD_MODES: BuildMode[] = ['Instant', 'Manual', 'Interval'];

const blockHash = hexString(32, 'a block hash');
const rawHex: JsonSchema = hexString();

const newBlock = declare(
  {
    summary: 'Builds blocks at once (count, default 1, or up to block number `to`); returns the last hash.',
    params: [
      {
        name: 'options',
        schema: {
          anyOf: [
            uint('a block count', MAX_NEW_BLOCKS),
            record({ count: uint('a block count', MAX_NEW_BLOCKS), to: uint('a block number') }, [
              'count',
              'to',
            ]),
          ],
          description: `a block count (at most ${MAX_NEW_BLOCKS}) or { count?, to? }`,
        },
      },
    ],
    result: blockHash,
  },
  async ({ chain }, params) => {
    const p = params[0] as number | { count?: number; to?: number } | undefined | null;
    let count = 1;
    if (typeof p === 'number') count = p;
    else if (p) {
      if (p.count !== undefined && p.to !== undefined) throw invalidParams('give either count or to');
      if (p.count !== undefined) count = p.count;
      if (p.to !== undefined) {
        const best = Number(chain.best);
        if (p.to <= best) throw invalidParams(`to: ${p.to} is not above the best block ${best}`);
        count = p.to - best;
        if (count > MAX_NEW_BLOCKS) throw invalidParams(`to: at most ${MAX_NEW_BLOCKS} blocks per call`);
      }
    }
    if (count < 1) throw invalidParams('count: must be at least 1');
    const block = await chain.newBlocks(count);
    return block.hash;
  },
);

const setStorage = declare(
  {
    summary: 'Writes raw storage [[key, value | null], …] into the head state; returns the head hash.',
    params: [
      {
        name: 'values',
        required: true,
        schema: {
          type: 'array',
          description: 'raw [[key, value | null], …] pairs',
          items: {
            type: 'array',
            minItems: 2,
            maxItems: 2,
            items: { anyOf: [rawHex, { type: 'null' }] },
            description: '[key, value | null]',
          },
        },
      },
      { name: 'at', schema: blockHash },
    ],
    result: blockHash,
  },
  ({ chain }, params) => {
    const pairs = (params[0] as unknown[][]).map((kv, i): [string, string | null] => {
      const key = hexParam(kv[0], `values[${i}][0]`);
      if (key === '0x') throw invalidParams(`values[${i}][0]: empty key`);
      return [key, kv[1] === null ? null : hexParam(kv[1], `values[${i}][1]`)];
    });
    const at = optionalHashParam(params[1], 'at');
    if (at !== undefined && at !== chain.head.hash)
      throw invalidParams('at: storage can only be set on the head block');
    chain.setStorage(pairs);
    return chain.head.hash;
  },
);

const timeTravel = declare(
  {
    summary: "Sets the next block's timestamp (unix ms or a date string); returns it in unix ms.",
    params: [
      {
        name: 'date',
        required: true,
        schema: {
          anyOf: [uint('unix milliseconds'), { type: 'string' }],
          description: 'unix milliseconds or a date string',
        },
      },
    ],
    result: uint('unix milliseconds'),
  },
  ({ chain }, params) => {
    const p = params[0] as number | string;
    const ms = typeof p === 'number' ? p : Date.parse(p);
    if (!Number.isSafeInteger(ms) || ms < 0)
      throw invalidParams(`date: cannot parse "${String(p).slice(0, 40)}"`);
    chain.timeTravel(BigInt(ms));
    return ms;
  },
);

const setBlockBuildMode = declare(
  {
    summary: 'Switches block production: Instant, Manual or Interval (any letter case).',
    params: [
      { name: 'mode', required: true, schema: { type: 'string', description: BUILD_MODES.join(' | ') } },
    ],
    result: { type: 'null' },
  },
  ({ chain }, params) => {
    const p = params[0] as string;
    const mode = BUILD_MODES.find((m) => m.toLowerCase() === p.toLowerCase());
    if (!mode) throw invalidParams(`mode: expected one of ${BUILD_MODES.join(', ')}`);
    chain.setMode(mode);
    return null;
  },
);

export const devMethods: MethodTable = {
  dev_newBlock: newBlock,
  dev_setStorage: setStorage,
  dev_timeTravel: timeTravel,
  dev_setBlockBuildMode: setBlockBuildMode,
};
