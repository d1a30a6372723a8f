/**
 * The pha-stake runtime: which pallets it is made of, at Khala's indices (spec/contracts.md §1).
 * Pallets the simulator does not model are absent; Sudo exists only in the dev profile.
 */
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
import { PhalaComputation } from './pallets/phala-computation/index.js';
import { PhalaMq } from './pallets/phala-mq/index.js';
import { PhalaRegistry } from './pallets/phala-registry/index.js';
import { PhalaStakePoolv2 } from './pallets/phala-stake-pool-v2/index.js';
import { PhalaVault } from './pallets/phala-vault/index.js';
import { PhalaWrappedBalances } from './pallets/phala-wrapped-balances/index.js';
import { Preimage } from './pallets/preimage/index.js';
import { ProxyPallet } from './pallets/proxy/index.js';
import { RmrkCore } from './pallets/rmrk-core/index.js';
import { Scheduler } from './pallets/scheduler/index.js';
import { Sudo } from './pallets/sudo/index.js';
import { System } from './pallets/system/index.js';
import { Timestamp } from './pallets/timestamp/index.js';
import { TipsPallet } from './pallets/tips/index.js';
import { TransactionPayment } from './pallets/transaction-payment/index.js';
import { treasuryPallet } from './pallets/treasury/index.js';
import { Uniques } from './pallets/uniques/index.js';
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
};
