/**
 * Presence checks and name-checked access for chain items. `api.query.*` and `api.tx.*` are typed by the
 * augmentation generated from the runtime's metadata (src/api/chain-types, `npm run gen:types`), so new
 * code reaches a pallet directly (`api.query.phalaBasePool.pools(pid)`); `hasStorage` asks whether the
 * connected runtime has an item (another chain may lack a pallet). `storageItem` / `callFn` remain for
 * the call sites not yet moved to typed access: their section and item names are checked against the
 * generated metadata, and they throw a clear error when the connected runtime lacks the item.
 */
import type { ApiPromise } from '@polkadot/api';
import type {
  ApiDecoration,
  AugmentedQueries,
  AugmentedSubmittables,
  QueryableStorageEntry,
  SubmittableExtrinsicFunction,
} from '@polkadot/api/types';

type Queries = AugmentedQueries<'promise'>;
type Calls = AugmentedSubmittables<'promise'>;
/** A pallet with storage in the runtime's metadata (camelCase, as @polkadot/api names it). */
export type StorageSection = keyof Queries & string;
/** A storage item of `S` in the runtime's metadata. */
export type StorageName<S extends StorageSection> = keyof Queries[S] & string;
export type CallSection = keyof Calls & string;
export type CallName<S extends CallSection> = keyof Calls[S] & string;

/** `api` may be the live API or one pinned to a block (`api.at(hash)`). */
export function storageItem<S extends StorageSection>(
  api: Pick<ApiPromise, 'query'> | ApiDecoration<'promise'>,
  section: S,
  item: StorageName<S>,
): QueryableStorageEntry<'promise'> {
  const entry = (api.query as Record<string, Record<string, QueryableStorageEntry<'promise'>>>)[section]?.[
    item
  ];
  if (!entry) throw new Error(`the runtime has no storage ${section}.${item}`);
  return entry;
}

/** Whether the connected runtime has this storage item. */
export const hasStorage = <S extends StorageSection>(
  api: Pick<ApiPromise, 'query'>,
  section: S,
  item: StorageName<S>,
): boolean => !!(api.query as Record<string, Record<string, unknown> | undefined>)[section]?.[item];

export function callFn<S extends CallSection>(
  api: ApiPromise,
  section: S,
  method: CallName<S>,
): SubmittableExtrinsicFunction<'promise'> {
  const fn = (api.tx as Record<string, Record<string, SubmittableExtrinsicFunction<'promise'>>>)[section]?.[
    method
  ];
  if (!fn) throw new Error(`the runtime has no call ${section}.${method}`);
  return fn;
}
