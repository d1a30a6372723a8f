/**
 * The indexer's backfill: a batch of consecutive blocks read from batched storage reads instead of one
 * `api.at` per block. Still only through @polkadot/api's JSON-RPC: the blocks' hashes in one
 * `state_queryStorage` of System.Number, Timestamp.Now and System.Events from the first to the last block
 * (both numbers change at every block, so the answer names every block), then every value the indexer
 * reads with `state_queryStorage` over the whole batch (RangeStorage), decoded with the codecs of the runtime the
 * blocks were built with — the connection's own registry, or one decorated API per other runtime version;
 * of each block's events only those the indexer acts on are decoded, without codecs (event-filter.ts).
 * The keys the previous batch read are read again up front, so a steady backfill makes a handful of
 * round trips per batch; the storage keys hashed for a runtime are kept from batch to batch.
 *
 * A batch is opened only when every block in it has the same runtime version (the version at its first and
 * last block agree with the indexer's, and System.LastRuntimeUpgrade does not change inside it); otherwise
 * `open` answers null and the indexer goes block by block. New delegation NFTs inside the batch are known
 * from their NftMinted events (the only way an `RmrkCore.Nfts` entry appears), so a pool's collection is
 * iterated from the range exactly as `entries` at the block would.
 */
import type { ApiPromise } from '@polkadot/api';
import type { RuntimeVersion } from '@polkadot/types/interfaces';
import { BlockReader, hashedKey, type RangeBlocks, type RuntimeCodecs } from './chain-reader.js';
import { isEvent, type PlainEvent } from './event-filter.js';
import { HashedKeys } from './hashed-keys.js';
import { type ChangeSet, RangeStorage } from './range-storage.js';

/** Most blocks per batch. */
export const MAX_BATCH = 1024;
/** Storage keys hashed per runtime kept from batch to batch (then hashed again). */
const MAX_HASHED = 100_000;

export interface BlockData {
  timestampMs: number;
  events: PlainEvent[];
}

export interface Batch {
  readers: BlockReader[];
  /** The first block's parent hash (checked against the cursor). */
  parentHash: string;
  /** The runtime version every block of the batch was built with. */
  version: RuntimeVersion;
  blockData(reader: BlockReader): BlockData;
}

const sameRuntime = (a: RuntimeVersion, b: RuntimeVersion) =>
  a.specName.eq(b.specName) && a.specVersion.eq(b.specVersion);

export class Backfill {
  private readonly codecs = new Map<string, RuntimeCodecs & { hashed: HashedKeys }>();
  /** The last batch's storage: the keys it read are read again up front by the next batch. */
  private last: RangeStorage | undefined;

  /**
   * `wanted(section, method)`: the events the indexer acts on (the others are not decoded); it must want
   * RmrkCore.NftMinted (new NFTs of the batch are known from it).
   */
  constructor(
    private readonly api: ApiPromise,
    private readonly wanted: (section: string, method: string) => boolean,
  ) {
    if (!wanted('rmrkCore', 'NftMinted')) throw new Error('a backfill needs the RmrkCore.NftMinted events');
  }

  /**
   * Reads blocks `from` … `to` (at most MAX_BATCH). `parentVersion`: the version of the block before
   * `from` (undefined on a fresh store); `checkParent` refuses a first block that does not build on the
   * cursor. Null when the batch spans a runtime upgrade or a block is unknown.
   */
  async open(
    from: number,
    to: number,
    parentVersion: RuntimeVersion | undefined,
    checkParent: (n: number, parentHash: string | undefined) => void,
    runtimeVersion: (hash: string) => Promise<RuntimeVersion>,
  ): Promise<Batch | null> {
    const api = this.api;
    const ends = await Promise.all([...new Set([from, to])].map((n) => api.rpc.chain.getBlockHash(n)));
    if (ends.some((h) => h.isEmpty)) return null;
    // a batch of one block (following new heads) has one end
    const [first, last = first] = ends.map((h) => h.toHex()) as [string, string?];
    const header = (await api.rpc.chain.getHeader.raw(first)) as { parentHash?: string } | null;
    checkParent(from, header?.parentHash);
    const [v0, v1] = await Promise.all([runtimeVersion(first), from === to ? null : runtimeVersion(last)]);
    if ((v1 && !sameRuntime(v0, v1)) || (parentVersion && !sameRuntime(parentVersion, v0))) return null;
    const codecs = await this.codecsOf(v0, first);
    if (codecs.hashed.size > MAX_HASHED) codecs.hashed.clear();
    const q = codecs.query;
    // System.Number and Timestamp.Now change at every block: the answer names every block of the batch
    const upgrade = q.system.lastRuntimeUpgrade?.key();
    const fixed = [q.system.number.key(), q.timestamp.now.key(), q.system.events.key()];
    if (upgrade) fixed.push(upgrade);
    const sets = (await api.rpc('state_queryStorage', fixed, first, last)) as ChangeSet[];
    const hashes = sets.map((s) => s.block.toLowerCase());
    if (hashes.length !== to - from + 1 || hashes[0] !== first || hashes[hashes.length - 1] !== last)
      return null;
    const storage = new RangeStorage(api, from, hashes);
    storage.ingest(fixed, sets);
    if (upgrade && storage.changes(upgrade)) return null;
    const hot = this.last?.readKeys().filter((k) => !fixed.includes(k)) ?? [];
    this.last = storage;
    const warm = storage.load(hot);

    const range: RangeBlocks = {
      storage,
      codecs,
      keys: new Map(),
      hashed: codecs.hashed,
      delegations: new Map(),
      workers: new Map(),
    };
    const readers = hashes.map((_, i) => BlockReader.inRange(api, range, from + i));
    const data = new Map<number, BlockData>();
    const sessions = new Set<string>();
    for (const reader of readers) {
      const [timestampMs, events] = await Promise.all([reader.timestampMs(), reader.events(this.wanted)]);
      data.set(reader.number, { timestampMs, events });
      for (const e of events) {
        if (isEvent(e, 'rmrkCore', 'NftMinted')) {
          const { collectionId, nftId } = e.data;
          storage.hint(
            hashedKey(range, q.rmrkCore.nfts, [collectionId], true),
            hashedKey(range, q.rmrkCore.nfts, [collectionId, nftId]),
          );
        } else if (e.section === 'phalaComputation') {
          const session = e.data.session;
          if (typeof session === 'string') sessions.add(session);
        }
      }
    }
    // the bindings of sessions settled in the batch (the indexer reads those it has not seen bound)
    const bindings = [...sessions].map((s) => hashedKey(range, q.phalaComputation.sessionBindings, [s]));
    await Promise.all([warm, storage.load(bindings)]);
    return {
      readers,
      parentHash: header?.parentHash ?? '',
      version: v0,
      blockData: (reader) => data.get(reader.number) as BlockData,
    };
  }

  /** The codecs of a runtime version: the connection's own, or one decorated API per other version. */
  private async codecsOf(version: RuntimeVersion, hash: string) {
    const api = this.api;
    const id = `${version.specName.toString()}@${version.specVersion.toString()}`;
    let c = this.codecs.get(id);
    if (!c) {
      const { registry, query } = sameRuntime(version, api.runtimeVersion)
        ? api
        : await api.at(hash, version);
      c = { registry, query, hashed: new HashedKeys() };
      this.codecs.set(id, c);
    }
    return c;
  }
}
