/**
 * Node's `events` EventEmitter for the browser bundle: abstract-level (under browser-level, the built-in
 * chain's IndexedDB store) extends it and relies on bundlers to provide the module. Vite aliases
 * `events` here (vite.config.ts). Covers what abstract-level uses: on/once/off with the 'newListener' and
 * 'removeListener' meta events, emit (an unhandled 'error' throws), listenerCount and listeners.
 */
type Listener = (...args: unknown[]) => void;

export class EventEmitter {
  #listeners = new Map<string | symbol, Listener[]>();

  on(event: string | symbol, listener: Listener): this {
    if (this.#listeners.has('newListener')) this.emit('newListener', event, listener);
    this.#listeners.set(event, [...(this.#listeners.get(event) ?? []), listener]);
    return this;
  }

  addListener(event: string | symbol, listener: Listener): this {
    return this.on(event, listener);
  }

  once(event: string | symbol, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.off(event, wrapped);
      listener.apply(this, args);
    };
    return this.on(event, wrapped);
  }

  off(event: string | symbol, listener: Listener): this {
    const list = this.#listeners.get(event);
    const i = list?.indexOf(listener) ?? -1;
    if (!list || i < 0) return this;
    const rest = list.filter((_, j) => j !== i);
    if (rest.length) this.#listeners.set(event, rest);
    else this.#listeners.delete(event);
    if (this.#listeners.has('removeListener')) this.emit('removeListener', event, listener);
    return this;
  }

  removeListener(event: string | symbol, listener: Listener): this {
    return this.off(event, listener);
  }

  removeAllListeners(event?: string | symbol): this {
    if (event === undefined) this.#listeners.clear();
    else this.#listeners.delete(event);
    return this;
  }

  emit(event: string | symbol, ...args: unknown[]): boolean {
    const list = this.#listeners.get(event);
    if (!list?.length) {
      if (event === 'error') throw args[0] instanceof Error ? args[0] : new Error(String(args[0]));
      return false;
    }
    for (const l of list) l.apply(this, args);
    return true;
  }

  listenerCount(event: string | symbol): number {
    return this.#listeners.get(event)?.length ?? 0;
  }

  listeners(event: string | symbol): Listener[] {
    return [...(this.#listeners.get(event) ?? [])];
  }

  setMaxListeners(_n: number): this {
    return this;
  }
}

export default { EventEmitter };
