/**
 * Builders of the governance extrinsics with the runtime's names and shapes: propose (note the preimage,
 * then `democracy.propose(Lookup{hash,len}, deposit)` in one batch), second, vote (Standard / Split),
 * remove_vote + unlock as one batch, delegate / undelegate, W-PHA `vote` / `unlock`, collective
 * `vote` / `close`, and the Council election's vote / remove_voter / submit_candidacy /
 * renounce_candidacy.
 */
import type { ApiPromise } from '@polkadot/api';
import { blake2AsHex } from '@polkadot/util-crypto';
import type { Tx } from '../../api/pools/calls.js';
import type { Conviction } from '../../primitives/conviction.js';
import { CONVICTION_NAMES } from '../../primitives/conviction.js';
import type { CollectiveSection } from './collective-query.js';

export type VoteChoice =
  | { kind: 'standard'; aye: boolean; conviction: Conviction; balance: bigint }
  | { kind: 'split'; aye: bigint; nay: bigint };

const batch = (api: ApiPromise, calls: Tx[]): Tx =>
  calls.length === 1 ? (calls[0] as Tx) : api.tx.utility.batchAll(calls);

/** Notes `callHex` as a preimage and proposes it with `deposit`. */
export function proposeTx(api: ApiPromise, callHex: string, deposit: bigint): Tx {
  const len = (callHex.length - 2) / 2;
  const hash = blake2AsHex(callHex, 256);
  return batch(api, [
    api.tx.preimage.notePreimage(callHex),
    api.tx.democracy.propose({ Lookup: { hash, len } }, deposit),
  ]);
}

export const secondTx = (api: ApiPromise, propIndex: number): Tx => api.tx.democracy.second(propIndex);

export function voteTx(api: ApiPromise, refIndex: number, v: VoteChoice): Tx {
  const vote =
    v.kind === 'standard'
      ? { Standard: { vote: { aye: v.aye, conviction: CONVICTION_NAMES[v.conviction] }, balance: v.balance } }
      : { Split: { aye: v.aye, nay: v.nay } };
  return api.tx.democracy.vote(refIndex, vote);
}

export const removeVoteTx = (api: ApiPromise, refIndex: number): Tx => api.tx.democracy.removeVote(refIndex);

/** `remove_vote` for each referendum, then `unlock(self)`. */
export const unlockAllTx = (api: ApiPromise, address: string, refs: number[]): Tx =>
  batch(api, [...refs.map((r) => removeVoteTx(api, r)), api.tx.democracy.unlock({ Id: address })]);

export const delegateTx = (api: ApiPromise, to: string, conviction: Conviction, balance: bigint): Tx =>
  api.tx.democracy.delegate({ Id: to }, CONVICTION_NAMES[conviction], balance);

export const undelegateTx = (api: ApiPromise): Tx => api.tx.democracy.undelegate();

export const wphaVoteTx = (api: ApiPromise, refIndex: number, aye: bigint, nay: bigint): Tx =>
  api.tx.phalaWrappedBalances.vote(aye, nay, refIndex);

/** W-PHA `unlock(vote_id, max_iterations)` for each finished referendum (100 voters per call). */
export const wphaUnlockTx = (api: ApiPromise, refs: number[]): Tx =>
  batch(
    api,
    refs.map((r) => api.tx.phalaWrappedBalances.unlock(r, 100)),
  );

export const motionVoteTx = (
  api: ApiPromise,
  section: CollectiveSection,
  hash: string,
  index: number,
  approve: boolean,
): Tx => api.tx[section].vote(hash, index, approve);

export const motionCloseTx = (
  api: ApiPromise,
  section: CollectiveSection,
  hash: string,
  index: number,
  lengthBound: number,
): Tx => api.tx[section].close(hash, index, { refTime: 10_000_000_000n, proofSize: 1_000_000n }, lengthBound);

export const electionVoteTx = (api: ApiPromise, votes: string[], value: bigint): Tx =>
  api.tx.phragmenElection.vote(votes, value);

export const removeVoterTx = (api: ApiPromise): Tx => api.tx.phragmenElection.removeVoter();

/** `submit_candidacy` with the current number of candidates as witness. */
export const submitCandidacyTx = (api: ApiPromise, candidateCount: number): Tx =>
  api.tx.phragmenElection.submitCandidacy(candidateCount);

export type Renouncing = { kind: 'Member' } | { kind: 'RunnerUp' } | { kind: 'Candidate'; count: number };

export const renounceCandidacyTx = (api: ApiPromise, r: Renouncing): Tx =>
  api.tx.phragmenElection.renounceCandidacy(r.kind === 'Candidate' ? { Candidate: r.count } : r.kind);
