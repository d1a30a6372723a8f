/**
 * The application shell: which endpoint it talks to and whether it is live (chain name and best block).
 */
import { ApiPromise, WsProvider } from '@polkadot/api';
import { useEffect, useState } from 'react';

export const DEFAULT_ENDPOINT = 'ws://127.0.0.1:9944';

type Status =
  | { state: 'connecting' }
  | { state: 'live'; chain: string; best: number }
  | { state: 'error'; message: string };

export function endpointFromLocation(search: string): string {
  const rpc = new URLSearchParams(search).get('rpc');
  return rpc && /^wss?:\/\//.test(rpc) ? rpc : DEFAULT_ENDPOINT;
}

export function App() {
  const endpoint = endpointFromLocation(window.location.search);
  const [status, setStatus] = useState<Status>({ state: 'connecting' });

  useEffect(() => {
    let cancelled = false;
    let unsubscribe: (() => void) | undefined;
    const provider = new WsProvider(endpoint, 2_000);
    ApiPromise.create({
      provider,
      noInitWarn: true,
      signedExtensions: { CheckMqSequence: { extrinsic: {}, payload: {} } },
    })
      .then(async (api) => {
        const chain = (await api.rpc.system.chain()).toString();
        unsubscribe = await api.rpc.chain.subscribeNewHeads((header) => {
          if (!cancelled) setStatus({ state: 'live', chain, best: header.number.toNumber() });
        });
      })
      .catch((err: unknown) => {
        if (!cancelled)
          setStatus({ state: 'error', message: err instanceof Error ? err.message : String(err) });
      });
    return () => {
      cancelled = true;
      unsubscribe?.();
      void provider.disconnect();
    };
  }, [endpoint]);

  return (
    <main>
      <h1>pha-stake</h1>
      <p data-testid="endpoint">{endpoint}</p>
      <p data-testid="status" aria-live="polite">
        {status.state === 'live'
          ? `${status.chain} · block #${status.best}`
          : status.state === 'error'
            ? `Cannot reach the node: ${status.message}`
            : 'Connecting…'}
      </p>
    </main>
  );
}
