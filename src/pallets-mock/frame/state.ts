/**
 * The runtime's key → SCALE-bytes state with a stack of transactional layers, as Substrate's overlay change
 * set: `begin` opens a layer, `commit` folds it into the one below, `rollback` throws it away. Keys are
 * lowercase 0x-hex strings so they double as the JSON-RPC storage keys.
 */

type Layer = Map<string, Uint8Array | null>;

export class State {
  private readonly layers: Layer[] = [];

  constructor(private readonly base: Map<string, Uint8Array> = new Map()) {}

  get depth(): number {
    return this.layers.length;
  }

  get(key: string): Uint8Array | undefined {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i] as Layer;
      if (layer.has(key)) return layer.get(key) ?? undefined;
    }
    return this.base.get(key);
  }

  set(key: string, value: Uint8Array): void {
    const top = this.layers[this.layers.length - 1];
    if (top) top.set(key, value);
    else this.base.set(key, value);
  }

  delete(key: string): void {
    const top = this.layers[this.layers.length - 1];
    if (top) top.set(key, null);
    else this.base.delete(key);
  }

  begin(): void {
    this.layers.push(new Map());
  }

  commit(): void {
    const top = this.layers.pop();
    if (!top) throw new Error('commit without an open storage layer');
    for (const [k, v] of top) {
      if (v === null) this.delete(k);
      else this.set(k, v);
    }
  }

  rollback(): void {
    if (!this.layers.pop()) throw new Error('rollback without an open storage layer');
  }

  /** All live keys starting with `prefix`, sorted (the order Substrate iterates and pages keys in). */
  keysWithPrefix(prefix: string): string[] {
    const found = new Set<string>();
    for (const k of this.base.keys()) if (k.startsWith(prefix)) found.add(k);
    for (const layer of this.layers) for (const k of layer.keys()) if (k.startsWith(prefix)) found.add(k);
    return [...found].filter((k) => this.get(k) !== undefined).sort();
  }

  /** A copy of the committed base (all layers must be closed). */
  snapshot(): Map<string, Uint8Array> {
    if (this.layers.length) throw new Error('snapshot with open storage layers');
    return new Map(this.base);
  }

  /** Every committed pair, for hashing or persistence. */
  entries(): IterableIterator<[string, Uint8Array]> {
    return this.base.entries();
  }
}
