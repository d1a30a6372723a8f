/**
 * Checked access to pallets the generic @polkadot/api types cannot know (Phala's): a storage item or a
 * call by section and name, throwing a clear error when the connected runtime lacks it.
 */
import type { ApiPromise } from '@polkadot/api';
import type { ApiDecoration, QueryableStorageEntry, SubmittableExtrinsicFunction } from '@polkadot/api/types';

/** `api` may be the live API or one pinned to a block (`api.at(hash)`). */
export function storageItem(
  api: Pick<ApiPromise, 'query'> | ApiDecoration<'promise'>,
  section: string,
  item: string,
): QueryableStorageEntry<'promise'> {
  const entry = api.query[section]?.[item];
  if (!entry) throw new Error(`the runtime has no storage ${section}.${item}`);
  return entry;
}

export const hasStorage = (api: ApiPromise, section: string, item: string): boolean =>
  !!api.query[section]?.[item];

export function callFn(
  api: ApiPromise,
  section: string,
  method: string,
): SubmittableExtrinsicFunction<'promise'> {
  const fn = api.tx[section]?.[method];
  if (!fn) throw new Error(`the runtime has no call ${section}.${method}`);
  return fn;
}
