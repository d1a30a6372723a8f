/**
 * The pha-stake runtime: which pallets it is made of, at Khala's indices (spec/contracts.md §1), and how
 * they are connected — the one place that does what `construct_runtime!` and the `impl pallet_x::Config
 * for Runtime` blocks do in Khala's runtime/lib.rs. Pallets declare Config slots (or take their Config
 * as a factory argument); this file binds the implementations, and frame_executive gets System and fee
 * charging from here. No pallet wires itself to another at import time.
 * Pallets the simulator does not model are absent; Sudo exists only in the dev profile.
 */
import { bind } from './frame/config.js';
import type { RuntimeDefinition } from './frame/runtime.js';
import { Assets } from './pallets/assets/index.js';
import { Balances } from './pallets/balances/index.js';
import { bountiesPallet, bountiesSpendFunds } from './pallets/bounties/index.js';
import { ChildBounties, childBountyManager } from './pallets/child-bounties/index.js';
import { Council, TechnicalCommittee } from './pallets/collective/index.js';
import { Democracy } from './pallets/democracy/index.js';
import { PhragmenElection } from './pallets/elections-phragmen/index.js';
import { Identity } from './pallets/identity/index.js';
import { TechnicalMembership } from './pallets/membership/index.js';
import { Multisig } from './pallets/multisig/index.js';
import { PhalaBasePool } from './pallets/phala-base-pool/index.js';
import {
  ComputationOnReward,
  ComputationOnUnbound,
  onGkMessageReceived as onComputationGkMessage,
  onWorkingMessageReceived,
  PhalaComputation,
} from './pallets/phala-computation/index.js';
import { MqRouting, mqRoutes, PhalaMq } from './pallets/phala-mq/index.js';
import { TOPIC } from './pallets/phala-mq/types.js';
import {
  onGkMessageReceived as onRegistryGkMessage,
  onMessageReceived as onRegistryMessage,
  PhalaRegistry,
} from './pallets/phala-registry/index.js';
import { onReward, onUnbound, PhalaStakePoolv2 } from './pallets/phala-stake-pool-v2/index.js';
import { PhalaVault } from './pallets/phala-vault/index.js';
import {
  PhalaWrappedBalances,
  wrappedBalancesTransferHooks,
} from './pallets/phala-wrapped-balances/index.js';
import { Preimage } from './pallets/preimage/index.js';
import { ProxyPallet } from './pallets/proxy/index.js';
import { isNftLocked, RmrkCore, RmrkTransferHooks } from './pallets/rmrk-core/index.js';
import { Scheduler } from './pallets/scheduler/index.js';
import { Sudo } from './pallets/sudo/index.js';
import { System, systemBlock } from './pallets/system/index.js';
import { Timestamp } from './pallets/timestamp/index.js';
import { TipsPallet } from './pallets/tips/index.js';
import { chargeTransactionPayment, TransactionPayment } from './pallets/transaction-payment/index.js';
import { treasuryOnUnbalanced, treasuryPallet } from './pallets/treasury/index.js';
import { Uniques, UniquesLocker } from './pallets/uniques/index.js';
import { Utility } from './pallets/utility/index.js';
import { Vesting } from './pallets/vesting/index.js';

export const RUNTIME: RuntimeDefinition = {
  crate: 'pha_stake_runtime',
  pallets: [
    System,
    Timestamp,
    Utility,
    Multisig,
    ProxyPallet,
    Scheduler,
    Preimage,
    Balances,
    TransactionPayment,
    Identity,
    Democracy,
    Council,
    // impl pallet_treasury::Config: SpendFunds = Bounties; impl pallet_bounties::Config: ChildBountyManager = ChildBounties.
    treasuryPallet({ spendFunds: bountiesSpendFunds }),
    bountiesPallet({ childBountyManager }),
    ChildBounties,
    TipsPallet,
    Vesting,
    TechnicalCommittee,
    TechnicalMembership,
    PhragmenElection,
    PhalaMq,
    PhalaRegistry,
    PhalaComputation,
    Assets,
    PhalaStakePoolv2,
    PhalaVault,
    PhalaWrappedBalances,
    PhalaBasePool,
    Uniques,
    RmrkCore,
    Sudo,
  ],
  config: [
    // impl pallet_computation::Config: OnReward = OnUnbound = PhalaStakePoolv2 (its on_stopped does nothing here).
    bind(ComputationOnReward, onReward),
    bind(ComputationOnUnbound, onUnbound),
    // impl pallet_uniques::Config: Locker = pallet_rmrk_core::Pallet.
    bind(UniquesLocker, isNftLocked),
    // impl pallet_rmrk_core::Config: TransferHooks = PhalaWrappedBalances.
    bind(RmrkTransferHooks, wrappedBalancesTransferHooks),
    // msg_routing.rs: the on-chain handlers of the message queue's topics.
    bind(
      MqRouting,
      mqRoutes([
        [TOPIC.registryEvent, onRegistryMessage],
        [TOPIC.gatekeeperRegistryEvent, onRegistryGkMessage],
        [TOPIC.workingReport, onWorkingMessageReceived],
        [TOPIC.workingInfoUpdate, onComputationGkMessage],
      ]),
    ),
  ],
  executive: {
    system: systemBlock,
    // impl pallet_transaction_payment::Config: OnChargeTransaction = CurrencyAdapter<Balances,
    // DealWithFees>, DealWithFees = 100% to the Treasury.
    payment: chargeTransactionPayment(treasuryOnUnbalanced),
  },
};
