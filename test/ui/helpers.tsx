/**
 * UI-tier helpers: an embedded dev chain (Instant blocks, dev RPCs) seeded through the runtime's calls, a
 * real ApiPromise over the EmbeddedProvider (with `history`, the history API served by the in-page
 * indexer, src/embedded/history.ts, as the built-in chain serves it), and the whole dApp rendered in jsdom
 * on a route with a dev account selected; a dev node's `sim_startWorker` faked on the endpoint.
 */
import { render } from '@testing-library/react';
import { type Connection, createApi, describe as describeConnection } from '../../src/api/connection.js';
import { App } from '../../src/app/app.js';
import { deferredHistory } from '../../src/embedded/history.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { EmbeddedProvider } from '../../src/pallets-mock/rpc/embedded-provider.js';

export interface Dapp {
  chain: DevChain;
  connection: Connection;
  stop(): Promise<void>;
}

export async function startDapp(
  seed: (chain: DevChain) => void = () => {},
  opts: { history?: boolean } = {},
): Promise<Dapp> {
  await cryptoReady();
  const chain = new DevChain({ mode: 'Instant' });
  seed(chain);
  await chain.newBlocks(1);
  const history = opts.history ? await deferredHistory() : undefined;
  const provider = new EmbeddedProvider(chain, {
    dev: true,
    ...(history ? { modules: [history.module] } : {}),
  });
  const api = await createApi(provider);
  const connection = await describeConnection(api, provider, 'embedded');
  await history?.start(() => new EmbeddedProvider(chain));
  return {
    chain,
    connection,
    async stop() {
      await history?.stop();
      await api.disconnect();
      chain.stop();
    },
  };
}

/** SS58 (prefix 30) of a dev URI. */
export function ss58(uri: string, connection: Connection): string {
  return connection.api.createType('AccountId32', accountId(uri)).toString();
}

export function renderDapp(connection: Connection, opts: { hash?: string; account?: string } = {}) {
  localStorage.clear();
  localStorage.setItem('pha-stake.locale', 'en');
  if (opts.account) localStorage.setItem('pha-stake.account', ss58(opts.account, connection));
  window.location.hash = opts.hash ?? '#/';
  return render(<App connection={connection} />);
}

/**
 * Makes the dApp's endpoint offer `sim_startWorker` (a dev node's call, not served by the test chain):
 * `rpc_methods` lists it and each call is answered with `pubkey`, its params recorded in `asked`, until
 * `restore()`.
 */
export function fakeSimStartWorker(
  connection: Connection,
  pubkey: string,
): { asked: unknown[]; restore(): void } {
  const provider = connection.provider;
  const send = provider.send.bind(provider);
  const asked: unknown[] = [];
  provider.send = (async (method: string, params: unknown[], ...rest: unknown[]) => {
    if (method === 'sim_startWorker') {
      asked.push(params[0]);
      return pubkey;
    }
    const out = await (send as (...a: unknown[]) => Promise<unknown>)(method, params, ...rest);
    if (method === 'rpc_methods') {
      const r = out as { methods: string[] };
      return { ...r, methods: [...r.methods, 'sim_startWorker'] };
    }
    return out;
  }) as typeof provider.send;
  return {
    asked,
    restore: () => {
      provider.send = send;
    },
  };
}
