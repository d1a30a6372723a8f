/**
 * PhalaVault storage (Khala index 94, `compute/vault.rs`), declared apart from the calls so
 * PhalaStakePoolv2 can check `VaultLocks` without an import cycle (stake pool ↔ vault).
 */
import { u64, unit } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';

const S = storage('PhalaVault');
export const vaultStorageItems = S.items;
/** Vaults under forced shutdown: their owner cannot contribute or withdraw as the vault. */
export const VaultLocks = S.map('VaultLocks', [['Twox64Concat', u64]], unit);
