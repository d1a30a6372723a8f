/**
 * The pha-stake runtime: which pallets it is made of, at Khala's indices (spec/contracts.md §1).
 * Pallets the simulator does not model are absent; Sudo exists only in the dev profile.
 */
import type { RuntimeDefinition } from './frame/runtime.js';
import { Assets } from './pallets/assets/index.js';
import { Balances } from './pallets/balances/index.js';
import { RmrkCore } from './pallets/rmrk-core/index.js';
import { Sudo } from './pallets/sudo/index.js';
import { System } from './pallets/system/index.js';
import { Timestamp } from './pallets/timestamp/index.js';
import { TransactionPayment } from './pallets/transaction-payment/index.js';
import { Uniques } from './pallets/uniques/index.js';
import { Utility } from './pallets/utility/index.js';

export const RUNTIME: RuntimeDefinition = {
  crate: 'pha_stake_runtime',
  pallets: [System, Timestamp, Utility, Balances, TransactionPayment, Assets, Uniques, RmrkCore, Sudo],
};
