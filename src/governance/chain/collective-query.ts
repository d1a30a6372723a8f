/**
 * A collective (Council or TechnicalCommittee): its members and prime, and every open motion with its
 * call, threshold, ayes, nays and end block (`Proposals`, `ProposalOf`, `Voting`).
 */
import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import { arr, num, obj, plain, str } from '../../api/codec.js';
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
  const list = arr(plain(hashes)).map(str);
  const [calls, votes] = list.length
    ? await Promise.all([api.query[section].proposalOf.multi(list), api.query[section].voting.multi(list)])
    : [[], []];
  const motions = list.flatMap((hash, i): Motion[] => {
    const v = votes[i] ? plain(votes[i] as Codec) : null;
    if (!v) return [];
    const o = obj(v);
    const c = calls[i] as (Codec & { isSome?: boolean; unwrap?: () => Codec }) | undefined;
    const inner = c?.isSome && c.unwrap ? c.unwrap() : undefined;
    return [
      {
        hash,
        index: num(o.index),
        threshold: num(o.threshold),
        ayes: arr(o.ayes).map(str),
        nays: arr(o.nays).map(str),
        end: num(o.end),
        callHex: inner ? inner.toHex() : null,
        encodedLength: inner ? inner.encodedLength : 0,
      },
    ];
  });
  const p = plain(prime);
  return { members: arr(plain(members)).map(str), prime: typeof p === 'string' ? p : null, motions };
}
