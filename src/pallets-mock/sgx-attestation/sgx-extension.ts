/**
 * The Intel SGX extension of a PCK certificate (OID 1.2.840.113741.1.13.1): a DER SEQUENCE of
 * `SEQUENCE { OID, value }` entries, the TCB entry nesting more of them. Read generically with asn1js as
 * crates/sgx-attestation's `find_extension` does: follow a path of OIDs through nested sequences and
 * return the contents of the value found (CPUSVN: 16 bytes, PCESVN: 1–2 bytes big-endian, FMSPC: 6).
 */
import * as asn1js from 'asn1js';
import { bytesEqual } from '../primitives/bytes.js';
import { sgxFail } from './errors.js';

export const SGX_OID = {
  extension: '1.2.840.113741.1.13.1',
  ppid: '1.2.840.113741.1.13.1.1',
  tcb: '1.2.840.113741.1.13.1.2',
  pceId: '1.2.840.113741.1.13.1.3',
  fmspc: '1.2.840.113741.1.13.1.4',
  sgxType: '1.2.840.113741.1.13.1.5',
  pceSvn: '1.2.840.113741.1.13.1.2.17',
  cpuSvn: '1.2.840.113741.1.13.1.2.18',
} as const;

/** Contents (the bytes after tag and length) of a decoded element. */
function contents(block: asn1js.AsnType): Uint8Array {
  const raw = new Uint8Array(block.valueBeforeDecodeView);
  return raw.subarray(block.idBlock.blockLength + block.lenBlock.blockLength);
}

/** Contents of the DER encoding of an OID (what the Rust code compares names against). */
const oidContents = (oid: string): Uint8Array =>
  new Uint8Array(new asn1js.ObjectIdentifier({ value: oid }).valueBlock.toBER());

function isSequence(block: asn1js.AsnType): block is asn1js.Sequence {
  return block instanceof asn1js.Sequence;
}

/** `find_extension(path, raw)`: the value's contents; DerDecodingError / OidIsMissing as in Rust. */
export function findExtension(path: readonly string[], raw: Uint8Array): Uint8Array {
  const parsed = asn1js.fromBER(raw);
  if (parsed.offset === -1) return sgxFail('DerDecodingError');
  let obj: asn1js.AsnType = parsed.result;
  for (const oid of path) {
    if (!isSequence(obj)) return sgxFail('DerDecodingError');
    const want = oidContents(oid);
    let found: asn1js.AsnType | undefined;
    for (const entry of obj.valueBlock.value) {
      if (!isSequence(entry)) return sgxFail('DerDecodingError');
      const [name, value] = entry.valueBlock.value;
      if (!name || !value) return sgxFail('OidIsMissing');
      if (bytesEqual(contents(name), want)) {
        found = value;
        break;
      }
    }
    if (!found) return sgxFail('OidIsMissing');
    obj = found;
  }
  return contents(obj);
}

export function getFmspc(ext: Uint8Array): Uint8Array {
  const data = findExtension([SGX_OID.fmspc], ext);
  if (data.length !== 6) sgxFail('FmspcLengthMismatch');
  return data;
}

export function getCpuSvn(ext: Uint8Array): Uint8Array {
  const data = findExtension([SGX_OID.tcb, SGX_OID.cpuSvn], ext);
  if (data.length !== 16) sgxFail('CpuSvnLengthMismatch');
  return data;
}

export function getPceSvn(ext: Uint8Array): number {
  const data = findExtension([SGX_OID.tcb, SGX_OID.pceSvn], ext);
  if (data.length === 1) return data[0] ?? 0;
  if (data.length === 2) return ((data[0] ?? 0) << 8) | (data[1] ?? 0);
  return sgxFail('PceSvnLengthMismatch');
}
