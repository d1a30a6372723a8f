/**
 * `sgx_attestation::Error` (crates/sgx-attestation/src/lib.rs at runtime-release-v1270): why a piece of
 * SGX evidence was refused. The registry reports every one of them as `InvalidDCAPQuote`
 * (`InvalidIASSigningCert` for IAS) and keeps the name as the error's detail. `QEIdentityExpired` and
 * `QEIdentityMismatch` are ours: the final runtime did not check the QE identity (see dcap.ts).
 */
export type SgxError =
  | 'InvalidCertificate'
  | 'InvalidSignature'
  | 'CodecError'
  | 'TCBInfoExpired'
  | 'KeyLengthIsInvalid'
  | 'PublicKeyIsInvalid'
  | 'RsaSignatureIsInvalid'
  | 'DerEncodingError'
  | 'UnsupportedDCAPQuoteVersion'
  | 'UnsupportedDCAPAttestationKeyType'
  | 'UnsupportedQuoteAuthData'
  | 'UnsupportedDCAPPckCertFormat'
  | 'LeafCertificateParsingError'
  | 'CertificateChainIsInvalid'
  | 'CertificateChainIsTooShort'
  | 'IntelExtensionCertificateDecodingError'
  | 'IntelExtensionAmbiguity'
  | 'CpuSvnLengthMismatch'
  | 'CpuSvnDecodingError'
  | 'PceSvnDecodingError'
  | 'PceSvnLengthMismatch'
  | 'FmspcLengthMismatch'
  | 'FmspcDecodingError'
  | 'FmspcMismatch'
  | 'QEReportHashMismatch'
  | 'IsvEnclaveReportSignatureIsInvalid'
  | 'DerDecodingError'
  | 'OidIsMissing'
  | 'QEIdentityExpired'
  | 'QEIdentityMismatch';

export class SgxAttestationError extends Error {
  constructor(readonly reason: SgxError) {
    super(reason);
    this.name = 'SgxAttestationError';
  }
}

export function sgxFail(reason: SgxError): never {
  throw new SgxAttestationError(reason);
}
