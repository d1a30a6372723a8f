/**
 * PhalaRegistry storage (Khala index 86, registry.rs), declared apart from the calls so PhalaMq can
 * verify message signatures against registered keys without an import cycle (mq → registry storage,
 * registry → mq). Names, hashers, modifiers and value shapes are the Khala metadata's (Aug 2023).
 */
import { bytes, option, struct, tuple, u8, u32, u64, vec } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, BlockNumber, H256 } from '../../frame/types.js';
import { AttestationProvider, Sr25519Public, VersionedWorkerEndpoints } from '../phala-mq/types.js';

export const WorkerInfoV2 = struct(
  {
    path: ['phala_pallets', 'registry', 'pallet', 'WorkerInfoV2'],
    params: [{ name: 'AccountId', type: AccountId }],
  },
  {
    pubkey: Sr25519Public,
    ecdh_pubkey: Sr25519Public,
    runtime_version: u32,
    last_updated: u64,
    operator: option(AccountId),
    attestation_provider: option(AttestationProvider),
    confidence_level: u8,
    initial_score: option(u32),
    features: vec(u32),
  },
);

const KnownConsensusVersion = struct('phala_pallets::registry::pallet::KnownConsensusVersion', {
  version: u32,
  count: u32,
});

const S = storage('PhalaRegistry');
export const registryStorageItems = S.items;
export const Gatekeeper = S.value('Gatekeeper', vec(Sr25519Public), { default: [] });
export const GatekeeperMasterPubkey = S.value('GatekeeperMasterPubkey', Sr25519Public);
export const GatekeeperLaunchedAt = S.value('GatekeeperLaunchedAt', tuple(BlockNumber, u64));
export const RotationCounter = S.value('RotationCounter', u64, { default: 0n });
export const MasterKeyRotationLock = S.value('MasterKeyRotationLock', option(u64), { default: null });
export const Workers = S.map('Workers', [['Twox64Concat', Sr25519Public]], WorkerInfoV2);
export const WorkerAddedAt = S.map('WorkerAddedAt', [['Twox64Concat', Sr25519Public]], BlockNumber);
export const ContractKeys = S.map('ContractKeys', [['Twox64Concat', H256]], Sr25519Public);
export const ClusterKeys = S.map('ClusterKeys', [['Twox64Concat', H256]], Sr25519Public);
export const TopicKey = S.map('TopicKey', [['Blake2_128Concat', bytes]], bytes);
export const BenchmarkDuration = S.value('BenchmarkDuration', u32);
export const PRuntimeAllowList = S.value('PRuntimeAllowList', vec(bytes), { default: [] });
export const PRuntimeAddedAt = S.map('PRuntimeAddedAt', [['Twox64Concat', bytes]], BlockNumber);
export const RelaychainGenesisBlockHashAllowList = S.value('RelaychainGenesisBlockHashAllowList', vec(H256), {
  default: [],
});
export const Endpoints = S.map('Endpoints', [['Twox64Concat', Sr25519Public]], VersionedWorkerEndpoints);
export const TempWorkersIterKey = S.value('TempWorkersIterKey', option(bytes), { default: null });
export const MinimumPRuntimeVersion = S.value('MinimumPRuntimeVersion', tuple(u32, u32, u32), {
  default: [0n, 0n, 0n],
});
export const PRuntimeConsensusVersion = S.value('PRuntimeConsensusVersion', u32, { default: 0n });
export const MaxKnownPRuntimeConsensusVersion = S.value(
  'MaxKnownPRuntimeConsensusVersion',
  KnownConsensusVersion,
  {
    default: { version: 0n, count: 0n },
  },
);
