/**
 * The well-known identities every dev genesis trusts (spec/contracts.md §4 `--seed empty`): the root key
 * of the simulated attestation service (ed25519), the root CA of the simulated DCAP service (ECDSA
 * P-256, beside Intel's SGX Root CA in `DcapTrustAnchors`), the allowed pRuntime measurement, the genesis
 * Gatekeeper's identity / ECDH / master keys (sr25519), the relay-chain genesis hash the workers
 * report, and the parachain id. Seeds are public on purpose — this is a development network; the chain
 * itself only stores the public halves, and the off-chain models (src/pallets-mock/offchain) sign with
 * the secrets. Everything is deterministic, so the same flags give the same genesis hash.
 */
import { ed25519PairFromSeed, sr25519PairFromSeed } from '@polkadot/util-crypto';
import { concatBytes, toHex, utf8 } from '../../primitives/bytes.js';
import { blake2_256 } from '../../primitives/hashing.js';
import { devAnchor, p256KeyFromSeed } from '../../sgx-attestation/x509-build.js';

/** 32-byte seed derived from a label: blake2_256("pha-stake/" ++ label). */
export const devSeed = (label: string): Uint8Array => blake2_256(utf8(`pha-stake/${label}`));

/** Root key of the simulated attestation service (IAS stand-in), ed25519. */
export const SIM_IAS_ROOT_SEED = devSeed('sim-ias/root');
export const SIM_IAS_ROOT_PUBKEY = toHex(ed25519PairFromSeed(SIM_IAS_ROOT_SEED).publicKey);

/** Root CA of the simulated DCAP service (Intel SGX Root CA stand-in), ECDSA P-256. */
export const SIM_DCAP_ROOT_SEED = devSeed('sim-dcap/root');
export const SIM_DCAP_ROOT_CN = 'pha-stake dev SGX Root CA';
/** Uncompressed SEC1 public key of the dev DCAP root. */
export const SIM_DCAP_ROOT_PUBKEY = toHex(p256KeyFromSeed(SIM_DCAP_ROOT_SEED).publicKey);
/** The trust anchor (DER subject + SubjectPublicKeyInfo) a dev genesis declares for it. */
export const SIM_DCAP_ROOT_ANCHOR = devAnchor(
  SIM_DCAP_ROOT_CN,
  p256KeyFromSeed(SIM_DCAP_ROOT_SEED).publicKey,
);

/** The simulated pRuntime build: MRENCLAVE, ISVPRODID, ISVSVN, MRSIGNER. */
export const DEV_PRUNTIME = {
  mrEnclave: blake2_256(utf8('pha-stake/pruntime-sim/v1/mrenclave')),
  isvProdId: new Uint8Array([0, 0]),
  isvSvn: new Uint8Array([0, 0]),
  mrSigner: blake2_256(utf8('pha-stake/pruntime-sim/mrsigner')),
};
/** `IasFields::extend_mrenclave`: mr_enclave ‖ isv_prod_id ‖ isv_svn ‖ mr_signer (68 bytes). */
export const DEV_PRUNTIME_MEASUREMENT = toHex(
  concatBytes(DEV_PRUNTIME.mrEnclave, DEV_PRUNTIME.isvProdId, DEV_PRUNTIME.isvSvn, DEV_PRUNTIME.mrSigner),
);

/** Kusama's genesis hash: Khala's relay chain, in `RelaychainGenesisBlockHashAllowList` at genesis. */
export const DEV_RELAYCHAIN_GENESIS_HASH =
  '0xb0a8d493285c2df73290dfb7e61f870f17b41801197a149ca93654499ea3dafe';
/** Khala's parachain id. */
export const KHALA_PARA_ID = 2004n;

export const DEV_GATEKEEPER_SEED = devSeed('gatekeeper/identity');
export const DEV_GATEKEEPER_ECDH_SEED = devSeed('gatekeeper/ecdh');
export const DEV_GATEKEEPER_MASTER_SEED = devSeed('gatekeeper/master');
export const DEV_GATEKEEPER_PUBKEY = toHex(sr25519PairFromSeed(DEV_GATEKEEPER_SEED).publicKey);
export const DEV_GATEKEEPER_ECDH_PUBKEY = toHex(sr25519PairFromSeed(DEV_GATEKEEPER_ECDH_SEED).publicKey);
export const DEV_GATEKEEPER_MASTER_PUBKEY = toHex(sr25519PairFromSeed(DEV_GATEKEEPER_MASTER_SEED).publicKey);

/** Benchmark duration set at genesis (node/src/chain_spec/phala.rs: 50 blocks). */
export const GENESIS_BENCHMARK_DURATION = 50n;
