/**
 * `npm run gen:types`: regenerates src/api/chain-types from the dev runtime's metadata (see
 * chain/chain-types.ts). Run it after changing a pallet's storage, calls, events, errors or constants.
 */
import { CHAIN_TYPES_DIR, generateChainTypes, runtimeMetadataHex } from './chain-types.js';

await generateChainTypes(runtimeMetadataHex(), CHAIN_TYPES_DIR);
console.log(`chain types written to ${CHAIN_TYPES_DIR}`);
