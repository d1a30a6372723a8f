/**
 * The connection as React state: `<ApiProvider>` connects to the chosen endpoint (or takes a ready
 * `connection`, as tests do), remembers the choice, disconnects on change, and `useConnection()` /
 * `useApi()` read it. Components below render only once a connection is live — except the pool list's:
 * while @polkadot/api still loads, the endpoint's `pha_poolList` answer (where it has one) goes into the
 * query cache and the state says `preview`, so the explorer can show it (`useChainView()`).
 */
import type { ApiPromise } from '@polkadot/api';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { type Connection, connect } from './connection.js';
import { initialEndpoint, rememberEndpoint } from './endpoints.js';
import type { PlainRpc } from './plain-ws-rpc.js';
import { previewPoolList } from './pools/pool-list.js';
import { stateKey } from './query-keys.js';

export type ConnectionState =
  | {
      status: 'connecting';
      endpoint: string;
      /** The chain's genesis, once the pool list is in the cache (before the API is ready). */
      preview?: { genesis: string };
    }
  | { status: 'ready'; endpoint: string; connection: Connection }
  | { status: 'error'; endpoint: string; message: string };

interface ApiContextValue {
  state: ConnectionState;
  setEndpoint(endpoint: string): void;
}

/** Resolves once the browser has painted what was rendered (at once where there is no frame loop). */
const afterPaint = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return resolve();
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });

const ApiContext = createContext<ApiContextValue | undefined>(undefined);

export function ApiProvider({ children, connection }: { children: ReactNode; connection?: Connection }) {
  const [endpoint, setEndpointState] = useState(() => connection?.endpoint ?? initialEndpoint());
  const [state, setState] = useState<ConnectionState>(() =>
    connection ? { status: 'ready', endpoint, connection } : { status: 'connecting', endpoint },
  );

  const client = useQueryClient();
  useEffect(() => {
    if (connection) return;
    let live = true;
    let opened: Connection | undefined;
    setState({ status: 'connecting', endpoint });
    // The preview is in the cache and painted before the API's script loads (connection.ts).
    const onEarlyRpc = async (rpc: PlainRpc): Promise<void> => {
      const preview = await previewPoolList(rpc.send);
      rpc.close();
      if (!live || !preview) return;
      client.setQueryData(stateKey(preview.genesis, 'pools'), preview.data);
      // committed now (not in a later slice), then painted, and only then does the API's script load
      flushSync(() =>
        setState((s) => (s.status === 'connecting' ? { ...s, preview: { genesis: preview.genesis } } : s)),
      );
      await afterPaint();
    };
    connect(endpoint, { onEarlyRpc })
      .then((c) => {
        opened = c;
        if (live) setState({ status: 'ready', endpoint, connection: c });
        else void c.api.disconnect();
      })
      .catch((err: unknown) => {
        if (live)
          setState({ status: 'error', endpoint, message: err instanceof Error ? err.message : String(err) });
      });
    return () => {
      live = false;
      void opened?.api.disconnect();
    };
  }, [endpoint, connection, client]);

  const setEndpoint = useCallback((e: string) => {
    rememberEndpoint(e);
    setEndpointState(e);
  }, []);

  const value = useMemo(() => ({ state, setEndpoint }), [state, setEndpoint]);
  return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
}

export function useConnectionState(): ApiContextValue {
  const ctx = useContext(ApiContext);
  if (!ctx) throw new Error('useConnectionState outside <ApiProvider>');
  return ctx;
}

/** The live connection; only for components rendered under a ready connection. */
export function useConnection(): Connection {
  const { state } = useConnectionState();
  if (state.status !== 'ready') throw new Error('useConnection before the connection is ready');
  return state.connection;
}

export const useApi = (): ApiPromise => useConnection().api;

/**
 * The chain a component shows: its genesis (the cache's namespace) and the live connection, or, while
 * the API loads, the genesis of the pool list preview without one. Only for what the preview can show.
 */
export function useChainView(): { genesis: string; connection: Connection | undefined } {
  const { state } = useConnectionState();
  if (state.status === 'ready') return { genesis: state.connection.genesis, connection: state.connection };
  if (state.status === 'connecting' && state.preview)
    return { genesis: state.preview.genesis, connection: undefined };
  throw new Error('useChainView before the pool list or the connection is ready');
}
