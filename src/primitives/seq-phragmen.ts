/**
 * Sequential Phragmén as sp-npos-elections' `seq_phragmen` computes it without balancing (polkadot-sdk
 * release-polkadot-v1.2.0, as pallet-elections-phragmen calls it): `setup_inputs`, `seq_phragmen_core`
 * and the per-voter normalisation of elected edges, with the crate's own arithmetic:
 * - scores and loads are `Rational128` with the denominator `DEN = u128::MAX`; a candidate's score
 *   starts at `(DEN / approval) / DEN` (or `u128::MAX / 1` without approval) and grows by
 *   `⌊load_n · budget / approval⌋` per backing voter with a load, numerators added saturating
 *   (`lazy_saturating_add`: same denominator assumed);
 * - the winner of a round is the first unelected candidate with the least score (`min_by_key`),
 *   ratios compared by cross-multiplication;
 * - an elected edge's weight is `⌊budget · edge_load_n / voter_load_n⌋`, zero edges are dropped, and
 *   each voter's elected weights are normalised to its budget by sp-arithmetic's `normalize`, which
 *   moves the candidates' backed stakes with them.
 * Votes for non-candidates and repeated votes are ignored; a voter without valid votes takes no part.
 * Pure bigint math with no dependencies (the pallet and the dApp may both use it).
 */

const U128_MAX = (1n << 128n) - 1n;
const DEN = U128_MAX;

/** A voter of the election: its VoteWeight (u64) and the candidates it approves, in its order. */
export interface PhragmenVoter<A> {
  who: A;
  stake: bigint;
  votes: readonly A[];
}

/** A winner in election order, with its backed stake (ExtendedBalance). */
export interface PhragmenWinner<A> {
  who: A;
  backed: bigint;
}

interface Rational {
  n: bigint;
  d: bigint;
}

const ZERO: Rational = { n: 0n, d: 1n };
const MAX: Rational = { n: U128_MAX, d: 1n };

/** `Rational128::cmp`: equal denominators compare numerators, else cross products. */
function cmp(a: Rational, b: Rational): number {
  if (a.d === b.d) return a.n < b.n ? -1 : a.n > b.n ? 1 : 0;
  if (a.d === 0n) return 1;
  if (b.d === 0n) return -1;
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
}

const satAdd = (a: bigint, b: bigint): bigint => (a + b > U128_MAX ? U128_MAX : a + b);
const satSub = (a: bigint, b: bigint): bigint => (a > b ? a - b : 0n);

/** `multiply_by_rational_with_rounding(a, b, c, Down)`; undefined when c is 0 or the result exceeds u128. */
function mulDivDown(a: bigint, b: bigint, c: bigint): bigint | undefined {
  if (c === 0n) return undefined;
  const r = (a * b) / c;
  return r > U128_MAX ? undefined : r;
}

const lazyAdd = (a: Rational, b: Rational): Rational => (b.n === 0n ? a : { n: satAdd(a.n, b.n), d: a.d });
const lazySub = (a: Rational, b: Rational): Rational => (b.n === 0n ? a : { n: satSub(a.n, b.n), d: a.d });

/**
 * sp-arithmetic `normalize`: spreads `target − Σ input` over the elements (a bump from the smallest
 * up, or a cut from the largest down) so that they sum to `target`, keeping their order.
 */
export function normalize(input: readonly bigint[], target: bigint): bigint[] {
  const count = input.length;
  if (count === 0) return [];
  const sum = input.reduce((s, x) => s + x, 0n);
  if (sum > U128_MAX) throw new RangeError('sum of input cannot fit in `T`');
  const diff = target > sum ? target - sum : sum - target;
  if (diff === 0n) return [...input];
  const n = BigInt(count);
  const perRound = diff / n;
  let leftover = diff % n;
  const out = input.map((v, i) => ({ i, v }));
  out.sort((a, b) => (a.v < b.v ? -1 : a.v > b.v ? 1 : 0)); // stable, as sort_by_key
  const at = (k: number) => out[k] as { i: number; v: bigint };
  if (target > sum) {
    let min = 0;
    const threshold = target / n;
    if (perRound !== 0n)
      for (let k = 0; k < count; k++) {
        at(min).v += perRound;
        if (at(min).v >= threshold) min = (min + 1) % count;
      }
    while (leftover !== 0n) {
      at(min).v += 1n;
      if (at(min).v >= threshold) min = (min + 1) % count;
      leftover -= 1n;
    }
  } else {
    let max = count - 1;
    const threshold = at(0).v;
    const down = () => {
      max = max === 0 ? count - 1 : max - 1;
    };
    if (perRound !== 0n)
      for (let k = 0; k < count; k++) {
        const cur = at(max).v;
        if (cur >= perRound) at(max).v = cur - perRound;
        else {
          leftover += perRound - cur;
          at(max).v = 0n;
        }
        if (at(max).v <= threshold) down();
      }
    while (leftover !== 0n) {
      if (at(max).v >= 1n) {
        at(max).v -= 1n;
        if (at(max).v <= threshold) down();
        leftover -= 1n;
      } else down();
    }
  }
  out.sort((a, b) => a.i - b.i);
  return out.map((x) => x.v);
}

interface Candidate<A> {
  who: A;
  score: Rational;
  approval: bigint;
  backed: bigint;
  elected: boolean;
  round: number;
}
interface Edge<A> {
  who: A;
  candidate: Candidate<A>;
  load: Rational;
  weight: bigint;
}
interface Voter<A> {
  edges: Edge<A>[];
  budget: bigint;
  load: Rational;
}

/** `seq_phragmen(to_elect, candidates, voters, None)`: the winners sorted by the round they won in. */
export function seqPhragmen<A>(
  toElect: number,
  candidateIds: readonly A[],
  voterList: readonly PhragmenVoter<A>[],
): PhragmenWinner<A>[] {
  const byId = new Map<A, Candidate<A>>();
  const candidates = candidateIds.map((who) => {
    const c: Candidate<A> = { who, score: ZERO, approval: 0n, backed: 0n, elected: false, round: 0 };
    byId.set(who, c);
    return c;
  });
  const voters: Voter<A>[] = [];
  for (const v of voterList) {
    const edges: Edge<A>[] = [];
    for (const target of v.votes) {
      if (edges.some((e) => e.who === target)) continue;
      const candidate = byId.get(target);
      if (!candidate) continue;
      candidate.approval = satAdd(candidate.approval, v.stake);
      edges.push({ who: target, candidate, load: ZERO, weight: 0n });
    }
    if (edges.length) voters.push({ edges, budget: v.stake, load: ZERO });
  }

  const rounds = Math.min(toElect, candidates.length);
  for (let round = 0; round < rounds; round++) {
    for (const c of candidates)
      if (!c.elected) c.score = c.approval === 0n ? MAX : { n: DEN / c.approval, d: DEN };
    for (const voter of voters)
      for (const { candidate: c } of voter.edges) {
        if (c.elected || c.approval === 0n) continue;
        const n = mulDivDown(voter.load.n, voter.budget, c.approval) ?? U128_MAX;
        c.score = lazyAdd(c.score, { n, d: voter.load.d === 0n ? 1n : voter.load.d });
      }
    let winner: Candidate<A> | undefined;
    for (const c of candidates) if (!c.elected && (!winner || cmp(c.score, winner.score) < 0)) winner = c;
    if (!winner) break;
    winner.elected = true;
    winner.round = round;
    for (const voter of voters)
      for (const edge of voter.edges)
        if (edge.who === winner.who) {
          edge.load = lazySub(winner.score, voter.load);
          voter.load = winner.score;
        }
  }

  for (const voter of voters) {
    for (const edge of voter.edges) {
      edge.weight = edge.candidate.elected
        ? (mulDivDown(voter.budget, edge.load.n, voter.load.n) ?? U128_MAX)
        : 0n;
      edge.candidate.backed = satAdd(edge.candidate.backed, edge.weight);
    }
    voter.edges = voter.edges.filter((e) => e.weight > 0n);
    const elected = voter.edges.filter((e) => e.candidate.elected);
    const normalized = normalize(
      elected.map((e) => e.weight),
      voter.budget,
    );
    elected.forEach((edge, k) => {
      const c = edge.candidate;
      c.backed = satSub(c.backed, edge.weight);
      edge.weight = normalized[k] as bigint;
      c.backed = satAdd(c.backed, edge.weight);
    });
  }

  return candidates
    .filter((c) => c.elected)
    .slice(0, toElect)
    .sort((a, b) => a.round - b.round)
    .map((c) => ({ who: c.who, backed: c.backed }));
}
