/**
 * The connection as React state: `<ApiProvider>` connects to the chosen endpoint (or takes a ready
 * `connection`, as tests do), remembers the choice, disconnects on change, and `useConnection()` /
 * `useApi()` read it. Components below render only once a connection is live.
 */
import type { ApiPromise } from '@polkadot/api';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Connection, connect } from './connection.js';
import { initialEndpoint, rememberEndpoint } from './endpoints.js';

export type ConnectionState =
  | { status: 'connecting'; endpoint: string }
  | { status: 'ready'; endpoint: string; connection: Connection }
  | { status: 'error'; endpoint: string; message: string };

interface ApiContextValue {
  state: ConnectionState;
  setEndpoint(endpoint: string): void;
}

const ApiContext = createContext<ApiContextValue | undefined>(undefined);

export function ApiProvider({ children, connection }: { children: ReactNode; connection?: Connection }) {
  const [endpoint, setEndpointState] = useState(() => connection?.endpoint ?? initialEndpoint());
  const [state, setState] = useState<ConnectionState>(() =>
    connection ? { status: 'ready', endpoint, connection } : { status: 'connecting', endpoint },
  );

  useEffect(() => {
    if (connection) return;
    let live = true;
    let opened: Connection | undefined;
    setState({ status: 'connecting', endpoint });
    connect(endpoint)
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
  }, [endpoint, connection]);

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
