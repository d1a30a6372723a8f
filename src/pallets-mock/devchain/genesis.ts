/**
 * Genesis of a dev chain (spec/contracts.md §4 `--seed empty`): profile constants, the dev accounts
 * //Alice … //Ferdie with 1,000,000 PHA each, and every pallet's genesis state. Deterministic: the same
 * options give the same genesis state and hash.
 */
import type { ConfigBinding } from '../frame/config.js';
import { Kernel, type Profile } from '../frame/runtime.js';
import { State } from '../frame/state.js';
import { DOLLARS } from '../pallets/balances/index.js';
import { BlockHash } from '../pallets/system/index.js';
import { RUNTIME } from '../runtime-definition.js';
import { extrinsicsRoot, type Header, headerHash, nextStateRoot, ZERO_HASH } from './header.js';

export const DEV_ACCOUNTS = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'];
export const DEV_ACCOUNT_BALANCE = 1_000_000n * DOLLARS;
/** Genesis time of every dev chain: 2026-01-01T00:00:00Z. */
export const GENESIS_TIMESTAMP_MS = 1_767_225_600_000n;
export const BLOCK_TIME_MS = 12_000n;

export interface GenesisOptions {
  profile?: Profile;
  config?: Record<string, unknown>;
  balances?: Array<[string, bigint]>;
}

export interface Genesis {
  kernel: Kernel;
  header: Header;
  hash: string;
}

/**
 * Builds the runtime and its genesis state; returns the genesis header and hash. `bindings`: Config bindings of this kernel beyond the runtime definition's (the harness's fast-forward
 * ledger; the dev chain binds none).
 */
export function buildGenesis(opts: GenesisOptions = {}, bindings: readonly ConfigBinding[] = []): Genesis {
  const profile = opts.profile ?? 'dev';
  const kernel = new Kernel(RUNTIME, {
    profile,
    config: opts.config,
    state: new State(),
    bindings,
  });
  const balances = opts.balances ?? DEV_ACCOUNTS.map((a): [string, bigint] => [a, DEV_ACCOUNT_BALANCE]);
  kernel.state.begin();
  kernel.buildGenesis({ profile, balances });
  const diff = kernel.state.commitBlock();
  const header: Header = {
    parentHash: ZERO_HASH,
    number: 0n,
    stateRoot: nextStateRoot(ZERO_HASH, diff),
    extrinsicsRoot: extrinsicsRoot([]),
    digest: { logs: [] },
  };
  const hash = headerHash(header);
  // The genesis hash is what immortal transactions sign against (CheckMortality / CheckGenesis).
  kernel.enter(() => BlockHash.set(0n, hash));
  return { kernel, header, hash };
}
