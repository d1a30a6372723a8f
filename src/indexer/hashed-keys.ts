/**
 * Storage keys already hashed, by storage item and arguments, for readers that build the same keys block
 * after block (the backfill keeps one per runtime version, from batch to batch). Looked up by the item's
 * decorated entry and, for one argument, the argument itself: no string is built per lookup.
 *
 *   const keys = new HashedKeys();
 *   keys.get(q.phalaBasePool.pools.creator, false, [pid], () => q.phalaBasePool.pools.key(pid));
 */
export class HashedKeys {
  private readonly keys = new Map<object, Map<unknown, string>>();
  private readonly prefixes = new Map<object, Map<unknown, string>>();
  /** Keys held. */
  size = 0;

  /** The key of `item(...args)` (a prefix of its keys when `prefix`), `hash()` the first time. */
  get(item: object, prefix: boolean, args: readonly unknown[], hash: () => string): string {
    const byItem = prefix ? this.prefixes : this.keys;
    let byArgs = byItem.get(item);
    if (!byArgs) {
      byArgs = new Map();
      byItem.set(item, byArgs);
    }
    // an item's keys take a fixed number of arguments: one is its own id, more are joined
    const id = args.length === 1 ? args[0] : args.join(',');
    let hex = byArgs.get(id);
    if (hex === undefined) {
      hex = hash();
      byArgs.set(id, hex);
      this.size++;
    }
    return hex;
  }

  clear(): void {
    this.keys.clear();
    this.prefixes.clear();
    this.size = 0;
  }
}
