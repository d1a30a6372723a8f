/**
 * The `stake-info` property of a delegation or withdrawal NFT (`RmrkCore.Properties`): the shares the
 * NFT holds, stored as SCALE bytes of a u128 (little-endian), not as a number in text.
 */
export const STAKE_INFO_PROPERTY = 'stake-info';

/** The shares of a `stake-info` value: its bytes as a little-endian u128 (at most 16 bytes read). */
export function stakeInfoShares(bytes: Uint8Array): bigint {
  let shares = 0n;
  for (let i = Math.min(bytes.length, 16) - 1; i >= 0; i--) shares = (shares << 8n) | BigInt(bytes[i] ?? 0);
  return shares;
}
