/**
 * The node's identity as the RPC reports it (system_chain, system_properties, system_name …), in one place
 * so the legacy methods and the new-spec chainSpec_v1_* methods answer alike; and the stand-in for the
 * hash of `:code`, which this wasm-less runtime does not store (see runtimeCodeHash).
 */
import type { DevChain } from '../devchain/chain.js';
import { callRuntimeApi, chainMetadata } from '../devchain/runtime-api.js';
import { SS58_PREFIX } from '../primitives/account.js';
import { concatBytes, toHex } from '../primitives/bytes.js';
import { blake2_256 } from '../primitives/hashing.js';

export const NODE_NAME = 'pha-stake-node';
export const NODE_VERSION = '0.1.0';
/** A fixed libp2p-style peer id: the dev node has no network. */
export const LOCAL_PEER_ID = '12D3KooWPhaStakeDevNodeNoNetwork1111111111111111111';

/** system_chain / chainSpec_v1_chainName. */
export const chainName = (chain: DevChain): string =>
  chain.profile === 'production' ? 'Pha-Stake' : 'Pha-Stake Development';

/** system_chainType: "Development" for the dev profile, "Local" for the production profile. */
export const chainType = (chain: DevChain): string =>
  chain.profile === 'production' ? 'Local' : 'Development';

/** system_properties / chainSpec_v1_properties (spec/chain-rpc.md §1.3). */
export const chainProperties = (): { ss58Format: number; tokenDecimals: number; tokenSymbol: string } => ({
  ss58Format: SS58_PREFIX,
  tokenDecimals: 12,
  tokenSymbol: 'PHA',
});

/** The well-known storage key `:code` (the runtime wasm on a real chain). */
export const CODE_KEY = '0x3a636f6465';

const codeHashes = new WeakMap<DevChain, string>();

/**
 * What the node answers for the hash of `:code` (chainHead_v1_storage `hash`, state_getStorageHash). The
 * simulated runtime has no wasm, so `:code` holds no value (its `value` reads stay absent), but clients
 * use the code hash as the runtime's identity — polkadot-api keys its runtime and metadata cache by it. It
 * is blake2_256(SCALE Core_version ++ metadata bytes): stable for one runtime across restarts and blocks,
 * different whenever the version or the metadata changes. Cached per chain (the runtime never upgrades).
 */
export function runtimeCodeHash(chain: DevChain): string {
  let hash = codeHashes.get(chain);
  if (!hash) {
    hash = toHex(
      blake2_256(concatBytes(callRuntimeApi(chain, 'Core_version', new Uint8Array()), chainMetadata(chain))),
    );
    codeHashes.set(chain, hash);
  }
  return hash;
}
