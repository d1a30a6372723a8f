/**
 * `sgx_attestation::dcap::SgxV30QuoteCollateral`, the collateral a DCAP quote is verified with, as the
 * chain receives it (SCALE): the PCK CRL issuer chain (PEM), Intel's root CA CRL and the PCK CRL (hex
 * DER, as PCCS serves them), the TCB info issuer chain (PEM), the TCB info JSON and its raw P-256
 * signature, the QE identity issuer chain (PEM), the QE identity JSON and its raw signature.
 */
import { bytes, str, struct, type ValueOf } from '../frame/scale.js';

export const SgxV30QuoteCollateral = struct('sgx_attestation::dcap::SgxV30QuoteCollateral', {
  pck_crl_issuer_chain: str,
  root_ca_crl: str,
  pck_crl: str,
  tcb_info_issuer_chain: str,
  tcb_info: str,
  tcb_info_signature: bytes,
  qe_identity_issuer_chain: str,
  qe_identity: str,
  qe_identity_signature: bytes,
});
export type SgxV30QuoteCollateralValue = ValueOf<typeof SgxV30QuoteCollateral>;
