/**
 * Signs calls for a DevChain in-process, as a wallet would over RPC: immortal era, the account's next
 * index (on-chain nonce plus its pooled transactions), Khala's signed extensions' payload, a real sr25519
 * signature by the key the SURI derives (@polkadot/keyring, platform-neutral). Used by the in-process
 * actors (relayer, worker operators) and the demo scenario; they submit with `chain.submit(bytes,
 * { local: true })` so they never trigger a block by themselves.
 */
import {
  keyExtractSuri,
  keyFromPath,
  mnemonicToMiniSecret,
  sr25519PairFromSeed,
} from '@polkadot/util-crypto';
import type { DevChain } from '../devchain/chain.js';
import { encodeExtra, encodeSigned, signingPayload } from '../devchain/extrinsic.js';
import type { CallValue } from '../frame/runtime.js';
import { encode } from '../frame/scale.js';
import { SPEC_VERSION, TRANSACTION_VERSION } from '../pallets/system/index.js';
import { type AccountId, accountFromKey } from '../primitives/account.js';
import { fromHex } from '../primitives/bytes.js';
import { type Sr25519Pair, signSr25519 } from './signer.js';

/** Substrate's development phrase: what '//Alice' derives from. */
export const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';

const roots = new Map<string, Sr25519Pair>();
const pairs = new Map<string, Sr25519Pair>();

/**
 * The sr25519 key pair of a SURI ('//Alice', '//demo/owner/3', '<mnemonic>//hard/soft', a 0x seed),
 * derived as @polkadot/keyring does and cached.
 */
export function keypair(suri: string): Sr25519Pair {
  let pair = pairs.get(suri);
  if (!pair) {
    const { phrase, path, password } = keyExtractSuri(suri.startsWith('/') ? `${DEV_PHRASE}${suri}` : suri);
    let root = roots.get(`${phrase}\u0000${password ?? ''}`);
    if (!root) {
      const seed = phrase.startsWith('0x') ? fromHex(phrase) : mnemonicToMiniSecret(phrase, password ?? '');
      root = sr25519PairFromSeed(seed);
      roots.set(`${phrase}\u0000${password ?? ''}`, root);
    }
    pair = keyFromPath(root, path, 'sr25519') as Sr25519Pair;
    pairs.set(suri, pair);
  }
  return pair;
}

export const accountOf = (suri: string): AccountId => accountFromKey(keypair(suri).publicKey);

/** SCALE bytes of a call. */
export function callBytes(chain: DevChain, call: CallValue): Uint8Array {
  return chain.kernel.enter(() => encode(chain.kernel.callCodec, call));
}

/** A signed extrinsic of `call` by `suri` with the given (or next) nonce. */
export function signCall(chain: DevChain, suri: string, call: CallValue, nonce?: bigint): Uint8Array {
  const pair = keypair(suri);
  const n = nonce ?? chain.nextIndex(accountFromKey(pair.publicKey));
  const bytes = callBytes(chain, call);
  const extra = encodeExtra(null, n, 0n);
  const payload = signingPayload(bytes, extra, {
    specVersion: SPEC_VERSION,
    transactionVersion: TRANSACTION_VERSION,
    genesisHash: chain.genesisHash,
    birthHash: chain.genesisHash,
  });
  return encodeSigned({
    signerKey: pair.publicKey,
    signature: { kind: 'Sr25519', bytes: signSr25519(payload, pair) },
    extra,
    callBytes: bytes,
  });
}

/** Signs and submits as an in-process actor (never triggers an instant block). Returns the tx hash. */
export function submitLocal(chain: DevChain, suri: string, call: CallValue): string {
  return chain.submit(signCall(chain, suri, call), { local: true });
}
