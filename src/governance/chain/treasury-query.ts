/**
 * The Treasury: its pot (the free balance of the `modl` + PalletId account above the existential
 * deposit), the proposals (`Treasury.Proposals`) and which are approved (`Approvals`), and the
 * spend period, and the Treasury's share of computation rewards (the Gatekeeper's `treasury_ratio`, as
 * Permill); plus that computation inflow from the history API (`pha_treasuryInflow`).
 */
import type { ApiPromise } from '@polkadot/api';
import { stringToU8a, u8aConcat } from '@polkadot/util';
import { encodeAddress } from '@polkadot/util-crypto';
import { hasStorage } from '../../api/runtime-access.js';
import { ratioBitsToPermill } from '../../api/treasury-ratio.js';

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
  /** The Treasury's share of the computation budget in Permill (U64F64 truncated); null without it. */
  computationShare: bigint | null;
}

export function treasuryAccount(api: ApiPromise): string {
  const id = api.consts.treasury?.palletId;
  const raw = u8aConcat(
    stringToU8a('modl'),
    id ? id.toU8a(true) : stringToU8a('py/trsry'),
    new Uint8Array(32),
  );
  return encodeAddress(raw.slice(0, 32), api.registry.chainSS58 ?? 42);
}

export async function fetchTreasury(api: ApiPromise): Promise<TreasuryData> {
  const account = treasuryAccount(api);
  const [info, entries, approvals, tokenomic] = await Promise.all([
    api.query.system.account(account),
    hasStorage(api, 'treasury', 'proposals') ? api.query.treasury.proposals.entries() : [],
    hasStorage(api, 'treasury', 'approvals') ? api.query.treasury.approvals() : undefined,
    hasStorage(api, 'phalaComputation', 'tokenomicParameters')
      ? api.query.phalaComputation.tokenomicParameters()
      : undefined,
  ]);
  const approved = new Set(approvals ? approvals.map((i) => i.toNumber()) : []);
  const free = info.data.free.toBigInt();
  const ed = api.consts.balances?.existentialDeposit?.toBigInt() ?? 0n;
  const proposals = entries.flatMap(([key, value]): TreasuryProposal[] => {
    if (value.isNone) return [];
    const o = value.unwrap();
    const index = key.args[0].toNumber();
    return [
      {
        index,
        proposer: o.proposer.toString(),
        value: o.value.toBigInt(),
        beneficiary: o.beneficiary.toString(),
        bond: o.bond.toBigInt(),
        approved: approved.has(index),
      },
    ];
  });
  const sp = api.consts.treasury?.spendPeriod;
  return {
    account,
    pot: free > ed ? free - ed : 0n,
    proposals: proposals.sort((a, b) => b.index - a.index),
    spendPeriod: sp ? sp.toBigInt() : null,
    computationShare: tokenomic?.isSome
      ? ratioBitsToPermill(tokenomic.unwrap().treasuryRatio.toBigInt())
      : null,
  };
}
