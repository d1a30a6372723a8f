/**
 * `pha_poolList()` — the dApp's whole pool list in one round trip: every base pool with its description,
 * whitelist, free W-PHA and unresponsive stake, and the network economy, all read at the best block, as
 * the JSON of src/api/pools/pool-list-wire.ts (bigints as decimal strings, the block's hash in `block`; a
 * vault's `totalShares` counts the owner shares its next call mints, src/primitives/vault-owner-shares.ts).
 * It is computed by the dApp's own bulk reader (src/api/pools/pools-query.ts) over an in-process
 * @polkadot/api connection to the chain, once per best block (concurrent callers share the read; while
 * someone asks, each new block's list is read as the block arrives), so a browser can show the list
 * without downloading the metadata or decoding a thousand SCALE values.
 * Served by the node (chain/cli.ts) and the built-in chain (src/embedded/chain-host.ts) alike; the dApp
 * falls back to its own bulk reads on an endpoint without it.
 *
 *   const list = poolListRpc(chain);          // the API opens on the first call, or at warm()
 *   createRpcCore(chain, { ..., modules: [list.module] });
 *   …  await list.stop();
 */
import type { ApiPromise } from '@polkadot/api';
import { POOL_LIST_METHOD, type PoolsData, poolsToWire } from '../api/pools/pool-list-wire.js';
import { fetchPools } from '../api/pools/pools-query.js';
import type { DevChain } from '../pallets-mock/devchain/chain.js';
import { EmbeddedProvider } from '../pallets-mock/rpc/embedded-provider.js';
import { arrayOf, decimalString, hexString, nullable, record, uint } from '../pallets-mock/rpc/schema.js';
import { declare, type MethodSpec, type MethodTable } from '../pallets-mock/rpc/server-core.js';

const dec = decimalString();
const text = { type: 'string' } as const;
const finite = { type: 'number' } as const;

/** `pha_poolList`'s declared shape (the JSON that poolsFromWire reads). */
export const POOL_LIST_SPEC: MethodSpec = {
  summary:
    "Every base pool and the network economy at the best block, in one round trip. A vault's totalShares counts the owner shares its next call mints (maybe_gain_owner_shares), so its share price is the one that call leaves.",
  params: [],
  result: record({
    pools: arrayOf(
      record({
        pid: dec,
        kind: { enum: ['StakePool', 'Vault'] },
        owner: text,
        cid: uint(),
        poolAccount: text,
        totalShares: dec,
        totalValue: dec,
        commission: uint('parts per million', 1_000_000),
        cap: nullable(dec),
        workers: arrayOf(text),
        cdWorkers: arrayOf(text),
        withdrawQueue: arrayOf(record({ user: text, startTime: uint(), nftId: uint(), shares: dec })),
        investPools: arrayOf(dec),
        freeStake: dec,
        unresponsiveStake: dec,
        releasing: arrayOf(record({ stake: dec, coolDownStart: uint() })),
        description: text,
        whitelist: nullable(arrayOf(text)),
      }),
    ),
    economy: record({
      budgetPerBlock: finite,
      treasuryRatio: finite,
      blockTimeSecs: finite,
      totalStakeInWork: dec,
    }),
    wphaMinBalance: dec,
    coolDownSecs: uint('seconds'),
    block: hexString(32, 'a block hash'),
  }),
};

export interface PoolListRpc {
  module: MethodTable;
  /** Opens the in-process API and reads the head's list now (a node does at startup). */
  warm(): Promise<void>;
  stop(): Promise<void>;
}

/** While the list was asked for this recently, each new block's is read as the block arrives (ms). */
export const KEEP_WARM_MS = 10 * 60_000;

/** `pha_poolList` for a DevChain, over an EmbeddedProvider to it. */
export function poolListRpc(chain: DevChain): PoolListRpc {
  let api: Promise<ApiPromise> | undefined;
  const open = () => {
    api ??= import('@polkadot/api').then(({ ApiPromise }) =>
      ApiPromise.create({ provider: new EmbeddedProvider(chain), noInitWarn: true }),
    );
    return api;
  };
  let last: { block: string; wire: Promise<unknown> } | undefined;
  let askedAt = Number.NEGATIVE_INFINITY;
  let stopped = false;
  /** The list at the best block: read once per block, concurrent callers share the read. */
  const current = async (): Promise<unknown> => {
    if (stopped) throw new Error('the chain is stopping');
    const a = await open();
    const block = (await a.rpc.chain.getBlockHash()).toHex();
    if (last?.block !== block) {
      const wire = fetchPools(a, block).then((d: PoolsData) => poolsToWire(d));
      const mine = { block, wire };
      last = mine;
      wire.catch(() => {
        if (last === mine) last = undefined;
      });
    }
    return last.wire;
  };
  const offHead = chain.onNewHead(() => {
    if (Date.now() - askedAt < KEEP_WARM_MS) current().catch(() => {});
  });
  return {
    module: {
      [POOL_LIST_METHOD]: declare(POOL_LIST_SPEC, () => {
        askedAt = Date.now();
        return current();
      }),
    },
    async warm() {
      await current();
    },
    async stop() {
      // no read starts now, and the one in flight ends before its connection closes
      stopped = true;
      offHead();
      await last?.wire.catch(() => {});
      if (api) await (await api).disconnect();
    },
  };
}
