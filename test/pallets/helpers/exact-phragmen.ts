/**
 * An independent sequential Phragmén for the tests, written from the textbook definition (Phragmén's
 * method as Brill et al. state it) with exact rationals — no Rational128, no rounding: each round the
 * candidate with the least (1 + Σ over its backers of load × stake) / approval wins (the first one on
 * ties, which are reported), and its backers' loads become that score. Candidates nobody approves never
 * win. It also gives each winner's exact backing: Σ over its backers of stake × (load it added) /
 * (backer's final load).
 */

export interface Frac {
  n: bigint;
  d: bigint;
}
const abs = (x: bigint): bigint => (x < 0n ? -x : x);
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
/** n / d in lowest terms with a positive denominator. */
export const frac = (n: bigint, d: bigint): Frac => {
  const g = gcd(abs(n), abs(d)) || 1n;
  const s = d < 0n ? -1n : 1n;
  return { n: (s * n) / g, d: (s * d) / g };
};
const add = (a: Frac, b: Frac): Frac => frac(a.n * b.d + b.n * a.d, a.d * b.d);
const cmp = (a: Frac, b: Frac): number => {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
};

export interface ExactVoter<A> {
  who: A;
  stake: bigint;
  votes: readonly A[];
}

export function exactSeqPhragmen<A>(seats: number, cands: readonly A[], voters: readonly ExactVoter<A>[]) {
  const backers = (c: A) => voters.filter((v) => v.votes.includes(c));
  const approval = (c: A) => backers(c).reduce((s, v) => s + v.stake, 0n);
  const load = new Map<A, Frac>(voters.map((v) => [v.who, frac(0n, 1n)]));
  const edgeLoad = new Map<A, Map<A, Frac>>(voters.map((v) => [v.who, new Map()]));
  const winners: A[] = [];
  let tie = false;
  for (let round = 0; round < seats; round++) {
    let best: { c: A; score: Frac } | undefined;
    let tied = false;
    for (const c of cands) {
      if (winners.includes(c) || approval(c) === 0n) continue;
      let sum = frac(1n, 1n);
      for (const v of backers(c)) {
        const l = load.get(v.who) as Frac;
        sum = add(sum, frac(l.n * v.stake, l.d));
      }
      const score = frac(sum.n, sum.d * approval(c));
      const order = best ? cmp(score, best.score) : -1;
      if (order < 0) {
        best = { c, score };
        tied = false;
      } else if (order === 0) tied = true;
    }
    if (!best) break;
    tie ||= tied;
    winners.push(best.c);
    for (const v of backers(best.c)) {
      const before = load.get(v.who) as Frac;
      edgeLoad.get(v.who)?.set(best.c, add(best.score, frac(-before.n, before.d)));
      load.set(v.who, best.score);
    }
  }
  const backing = new Map<A, Frac>(winners.map((w) => [w, frac(0n, 1n)]));
  for (const v of voters)
    for (const [w, e] of edgeLoad.get(v.who) ?? []) {
      const l = load.get(v.who) as Frac;
      backing.set(w, add(backing.get(w) as Frac, frac(v.stake * e.n * l.d, e.d * l.n)));
    }
  return { winners, backing, tie };
}
