/**
 * A WebSocket provider that comes back with exponential backoff (1 s, 2 s, 4 s … up to 30 s; @polkadot/api's
 * own autoConnect retries at a fixed delay) and tells who listens when it retries next, so the page can
 * say "reconnecting in 4 s". `disconnect()` (endpoint switch, unmount) stops retrying.
 */
import { WsProvider } from '@polkadot/api';

export const RETRY_FIRST_MS = 1_000;
export const RETRY_MAX_MS = 30_000;

/** The delay before the `attempt`-th retry (1-based). */
export const retryDelayMs = (attempt: number): number =>
  Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.max(0, attempt - 1));

/** 0 attempts while connected; else the retry number and when it starts (epoch ms). */
export interface RetryState {
  attempt: number;
  at?: number;
}

type Listener = (s: RetryState) => void;

export class BackoffWsProvider extends WsProvider {
  #retry: RetryState = { attempt: 0 };
  #listeners = new Set<Listener>();
  #timer: ReturnType<typeof setTimeout> | undefined;
  #stopped = false;

  /** Connects once (no retry) to `url`; after the first success every drop is retried with backoff. */
  constructor(url: string, timeoutMs: number) {
    super(url, false, {}, timeoutMs);
    this.on('connected', () => this.#set({ attempt: 0 }));
    this.on('disconnected', () => this.#schedule());
  }

  get retry(): RetryState {
    return this.#retry;
  }

  onRetry(l: Listener): () => void {
    this.#listeners.add(l);
    return () => this.#listeners.delete(l);
  }

  override async disconnect(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await super.disconnect();
  }

  #schedule(): void {
    if (this.#stopped || this.#timer) return;
    const attempt = this.#retry.attempt + 1;
    const delay = retryDelayMs(attempt);
    this.#set({ attempt, at: Date.now() + delay });
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      // a failed attempt closes the socket: 'disconnected' schedules the next one
      this.connect().catch(() => this.#schedule());
    }, delay);
  }

  #set(s: RetryState): void {
    this.#retry = s;
    for (const l of this.#listeners) l(s);
  }
}
