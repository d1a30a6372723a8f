/**
 * Presence checks for chain items. `api.query.*` and `api.tx.*` are typed by the
 * augmentation generated from the runtime's metadata (src/api/chain-types, `npm run gen:types`), so new
 * code reaches a pallet directly (`api.query.phalaBasePool.pools(pid)`); `hasStorage` asks whether the
 * connected runtime has an item (another chain may lack a pallet).
 */
import type { ApiPromise } from '@polkadot/api';
import type { AugmentedQueries } from '@polkadot/api/types';

type Queries = AugmentedQueries<'promise'>;
/** A pallet with storage in the runtime's metadata (camelCase, as @polkadot/api names it). */
export type StorageSection = keyof Queries & string;
/** A storage item of `S` in the runtime's metadata. */
export type StorageName<S extends StorageSection> = keyof Queries[S] & string;

/** Whether the connected runtime has this storage item. */
export const hasStorage = <S extends StorageSection>(
  api: Pick<ApiPromise, 'query'>,
  section: S,
  item: StorageName<S>,
): boolean => !!(api.query as Record<string, Record<string, unknown> | undefined>)[section]?.[item];
