/**
 * The node's identity as the RPC reports it (system_chain, system_properties, system_name …), in one place
 * so the legacy methods and the new-spec chainSpec_v1_* methods answer alike.
 */
import type { DevChain } from '../devchain/chain.js';
import { SS58_PREFIX } from '../primitives/account.js';

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
