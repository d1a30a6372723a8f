/**
 * The worker side of the page ↔ built-in chain protocol (protocol.ts): starts the chain on the first
 * `start`, then serves each page session on the chain's RPC core (responses and notifications as JSON
 * text, as a WebSocket would carry them), `reset`, and — in dev builds — `test-run`. Works on any
 * MessagePort-like endpoint (the Worker's global scope, or a MessageChannel port in Node tests).
 */
import type { RpcSession } from '../pallets-mock/rpc/server-core.js';
import type { ChainHost } from './chain-host.js';
import type { FromWorker, StartOptions, ToWorker } from './protocol.js';

export interface ChainPort {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export interface OpenedChain {
  host: ChainHost;
  persisted: boolean;
}

const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));

export function serveChain(port: ChainPort, open: (options: StartOptions) => Promise<OpenedChain>): void {
  let opened: Promise<OpenedChain> | undefined;
  let testHooks = false;
  const sessions = new Map<number, RpcSession>();
  const done = (id: number, outcome: { result?: unknown; error?: string }) => {
    try {
      port.postMessage({ type: 'done', id, ...outcome });
    } catch (err) {
      port.postMessage({ type: 'done', id, error: `the result cannot be sent: ${errorText(err)}` });
    }
  };

  const handle = async (m: ToWorker): Promise<void> => {
    if (m.type === 'start') {
      testHooks = m.options.testHooks;
      opened ??= open(m.options);
      try {
        const { host, persisted } = await opened;
        port.postMessage({
          type: 'started',
          info: { resumed: host.resumed, persisted, best: Number(host.chain.best) },
        });
      } catch (err) {
        port.postMessage({ type: 'failed', message: errorText(err) });
      }
      return;
    }
    if (!opened) return;
    const { host } = await opened;
    switch (m.type) {
      case 'open':
        sessions.set(
          m.session,
          host.core.openSession({
            subscriptions: true,
            send: (out) =>
              port.postMessage({ type: 'message', session: m.session, text: JSON.stringify(out) }),
          }),
        );
        return;
      case 'request':
        await sessions.get(m.session)?.handleMessage(m.request);
        return;
      case 'close':
        sessions.get(m.session)?.close();
        sessions.delete(m.session);
        return;
      case 'reset':
        try {
          await host.reset();
          done(m.id, {});
        } catch (err) {
          done(m.id, { error: errorText(err) });
        }
        return;
      case 'test-run':
        if (!testHooks) return done(m.id, { error: 'test hooks are off' });
        try {
          const mod = (await import(/* @vite-ignore */ m.module)) as Record<string, unknown>;
          const fn = mod[m.fn];
          if (typeof fn !== 'function') throw new Error(`${m.module} exports no function ${m.fn}`);
          done(m.id, { result: await fn(host.chain, ...m.args) });
        } catch (err) {
          done(m.id, { error: errorText(err) });
        }
    }
  };
  port.addEventListener('message', (event) => {
    void handle(event.data as ToWorker).catch(() => {
      // A start that failed was reported once; later messages have no chain to go to.
    });
  });
}
