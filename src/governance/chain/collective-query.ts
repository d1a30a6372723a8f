/**
 * A collective (Council or TechnicalCommittee): its members and prime, and every open motion with its
 * call, threshold, ayes, nays and end block (`Proposals`, `ProposalOf`, `Voting`).
 */
import type { ApiPromise } from '@polkadot/api';
import { hasStorage } from '../../api/runtime-access.js';

export type CollectiveSection = 'council' | 'technicalCommittee';

export interface Motion {
  hash: string;
  index: number;
  threshold: number;
  ayes: string[];
  nays: string[];
  end: number;
  /** The motion's call as SCALE hex; null when `ProposalOf` no longer holds it. */
  callHex: string | null;
  encodedLength: number;
}

export interface CollectiveData {
  members: string[];
  prime: string | null;
  motions: Motion[];
}

export async function fetchCollective(api: ApiPromise, section: CollectiveSection): Promise<CollectiveData> {
  if (!hasStorage(api, section, 'members')) return { members: [], prime: null, motions: [] };
  const [members, prime, hashes] = await Promise.all([
    api.query[section].members(),
    api.query[section].prime(),
    api.query[section].proposals(),
  ]);
  const list = hashes.map((h) => h.toHex());
  const [calls, votes] = list.length
    ? await Promise.all([api.query[section].proposalOf.multi(list), api.query[section].voting.multi(list)])
    : [[], []];
  const motions = list.flatMap((hash, i): Motion[] => {
    const v = votes[i];
    if (!v?.isSome) return [];
    const o = v.unwrap();
    const c = calls[i];
    const inner = c?.isSome ? c.unwrap() : undefined;
    return [
      {
        hash,
        index: o.index.toNumber(),
        threshold: o.threshold.toNumber(),
        ayes: o.ayes.map((a) => a.toString()),
        nays: o.nays.map((a) => a.toString()),
        end: o.end.toNumber(),
        callHex: inner ? inner.toHex() : null,
        encodedLength: inner ? inner.encodedLength : 0,
      },
    ];
  });
  return {
    members: members.map((m) => m.toString()),
    prime: prime.isSome ? prime.unwrap().toString() : null,
    motions,
  };
}
