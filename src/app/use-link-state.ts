/**
 * The transport's state, from @polkadot/api's own events: up or down (with the reason the provider gave)
 * and how many times it came back after a drop; while down, the next retry of the backoff (a node's
 * connection only).
 */
import { useEffect, useState } from 'react';
import { useConnection } from '../api/api-context.js';
import type { RetryState } from '../api/reconnect.js';

export interface LinkState {
  up: boolean;
  reason?: string;
  reconnects: number;
  /** While down: the retry number and when it starts (epoch ms). */
  retry?: RetryState;
}

export function useLinkState(): LinkState {
  const { api, retry } = useConnection();
  const [state, setState] = useState<LinkState>({ up: api.isConnected, reconnects: 0 });
  useEffect(() => {
    const onDown = () => setState((s) => ({ ...s, up: false, reason: s.reason }));
    const onUp = () => setState((s) => (s.up ? s : { up: true, reconnects: s.reconnects + 1 }));
    const onError = (err: unknown) =>
      setState((s) => ({ ...s, up: false, reason: err instanceof Error ? err.message : String(err ?? '') }));
    api.on('disconnected', onDown);
    api.on('connected', onUp);
    api.on('error', onError);
    const stopRetry = retry?.onRetry((r) =>
      setState((s) => ({ ...s, retry: r.attempt > 0 ? r : undefined })),
    );
    return () => {
      stopRetry?.();
      api.off('disconnected', onDown);
      api.off('connected', onUp);
      api.off('error', onError);
    };
  }, [api, retry]);
  return state;
}
