/**
 * Storage keys already hashed, by storage item and arguments, for readers that build the same keys block
 * after block (the backfill keeps one per runtime version, from batch to batch). Looked up by the item's
 * decorated entry and then argument by argument (a map per argument): no string is built per lookup.
 *
 *   const keys = new HashedKeys();
 *   keys.get(q.phalaBasePool.pools.creator, false, [pid], () => q.phalaBasePool.pools.key(pid));
 */

/** Keys by their number of arguments and then each argument: a map per level, the key (hex) at the last. */
type ByArgs = Map<unknown, ByArgs | string>;

export class HashedKeys {
  private readonly keys = new Map<object, ByArgs>();
  private readonly prefixes = new Map<object, ByArgs>();
  /** Keys held. */
  size = 0;

  /** The key of `item(...args)` (a prefix of its keys when `prefix`), `hash()` the first time. */
  get(item: object, prefix: boolean, args: readonly unknown[], hash: () => string): string {
    const byItem = prefix ? this.prefixes : this.keys;
    let level = byItem.get(item);
    if (!level) {
      level = new Map();
      byItem.set(item, level);
    }
    // first by the number of arguments (prefixes of one item may take fewer or more), then one by one
    let step: unknown = args.length;
    for (const arg of args) {
      let next = level.get(step) as ByArgs | undefined;
      if (!next) {
        next = new Map();
        level.set(step, next);
      }
      level = next;
      step = arg;
    }
    let hex = level.get(step) as string | undefined;
    if (hex === undefined) {
      hex = hash();
      level.set(step, hex);
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
