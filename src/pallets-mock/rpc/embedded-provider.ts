/**
 * An @polkadot/api `ProviderInterface` served in-process: `ApiPromise.create({ provider: new
 * EmbeddedProvider(chain) })` runs the same method table and session logic as the WebSocket server, with
 * no socket and no JSON round trip (the provider behaviour itself is SessionProvider's). The chain is not
 * owned: disconnect() ends this provider's subscriptions, not block production.
 */
import type { DevChain } from '../devchain/chain.js';
import { createRpcCore, type RpcCoreOptions } from './method-table.js';
import type { RpcServerCore } from './server-core.js';
import { type SessionOpener, SessionProvider } from './session-provider.js';

export interface EmbeddedProviderOptions extends RpcCoreOptions {
  /** Share an existing core (clones do); otherwise one is created from the other options. */
  core?: RpcServerCore;
  /** Connect on construction (default true, as WsProvider). */
  autoConnect?: boolean;
}

/** Sessions of an RPC core in this thread, with subscriptions. */
export const coreSessions =
  (core: RpcServerCore): SessionOpener =>
  (send) => {
    const session = core.openSession({ subscriptions: true, send });
    return {
      handle: (request) => void session.handleMessage(request),
      close: () => session.close(),
    };
  };

export class EmbeddedProvider extends SessionProvider {
  readonly core: RpcServerCore;

  constructor(chain: DevChain, opts: EmbeddedProviderOptions = {}) {
    const core = opts.core ?? createRpcCore(chain, opts);
    super(coreSessions(core), opts.autoConnect !== false);
    this.core = core;
  }

  /** A new, independent connection to the same chain and method table. */
  override clone(): EmbeddedProvider {
    return new EmbeddedProvider(this.core.context.chain, { core: this.core });
  }
}
