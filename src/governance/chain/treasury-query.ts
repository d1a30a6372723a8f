/**
 * The Treasury: its pot (the free balance of the `modl` + PalletId account above the existential
 * deposit), the proposals (`Treasury.Proposals`) and which are approved (`Approvals`), and the
 * spend period; plus the 20 % computation inflow from the history API (`pha_treasuryInflow`).
 */
import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import { stringToU8a, u8aConcat } from '@polkadot/util';
import { encodeAddress } from '@polkadot/util-crypto';
import { arr, big, num, obj, plain, str } from '../../api/codec.js';
import { hasStorage } from '../../api/runtime-access.js';

export interface TreasuryProposal {
  index: number;
  proposer: string;
  value: bigint;
  beneficiary: string;
  bond: bigint;
  approved: boolean;
}

export interface TreasuryData {
  account: string;
  pot: bigint;
  proposals: TreasuryProposal[];
  spendPeriod: bigint | null;
}

export function treasuryAccount(api: ApiPromise): string {
  const id = api.consts.treasury?.palletId as Codec | undefined;
  const raw = u8aConcat(
    stringToU8a('modl'),
    id ? id.toU8a(true) : stringToU8a('py/trsry'),
    new Uint8Array(32),
  );
  return encodeAddress(raw.slice(0, 32), api.registry.chainSS58 ?? 42);
}

export async function fetchTreasury(api: ApiPromise): Promise<TreasuryData> {
  const account = treasuryAccount(api);
  const [info, entries, approvals] = await Promise.all([
    api.query.system.account(account),
    hasStorage(api, 'treasury', 'proposals') ? api.query.treasury.proposals.entries() : [],
    hasStorage(api, 'treasury', 'approvals') ? api.query.treasury.approvals() : undefined,
  ]);
  const approved = new Set(approvals ? arr(plain(approvals)).map(num) : []);
  const free = big(obj(obj(plain(info)).data).free);
  const ed = big((api.consts.balances?.existentialDeposit as Codec | undefined)?.toPrimitive() ?? 0);
  const proposals = entries.map(([key, value]): TreasuryProposal => {
    const o = obj(plain(value));
    const index = num(key.args[0]?.toPrimitive());
    return {
      index,
      proposer: str(o.proposer),
      value: big(o.value),
      beneficiary: str(o.beneficiary),
      bond: big(o.bond),
      approved: approved.has(index),
    };
  });
  const sp = api.consts.treasury?.spendPeriod as Codec | undefined;
  return {
    account,
    pot: free > ed ? free - ed : 0n,
    proposals: proposals.sort((a, b) => b.index - a.index),
    spendPeriod: sp ? big(sp.toPrimitive()) : null,
  };
}
