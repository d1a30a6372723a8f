/**
 * The Gatekeeper's per-worker V and share state as struct-of-arrays: every worker's V, V deductible and
 * cached P terms are 8 × 16-bit limbs at `slot · 8` of one `Uint16Array` per field, and the per-block
 * work — each computing worker's share for Σshare and each idle worker's V growth — runs on them with
 * primitives/u64f64-limbs.ts, without a `bigint` per worker per block.
 *
 * The results are the bits of gk-tokenomic.ts (`share`, `updateVIdle`), operation for operation; where
 * those would throw (a u128 overflow, a radicand beyond the limbs' square root, parameters that are not
 * U64F64), the `bigint` function runs instead and throws, or answers, the same.
 *
 * A worker's `TokenomicInfo` (what the Gatekeeper's code and tests read) is a record whose `v` and
 * `vDeductible` read and write the table; its P inputs (`pBench`, `pInstant`, `confidenceLevel`,
 * `contractRunning`) are values behind setters that mark the slot's P terms stale; its other fields are
 * plain values. The P terms are computed with the `bigint` functions when marked stale (a write to an
 * input, new cost parameters) and kept as limbs, so the per-block pass reads typed arrays only.
 * `setCounted` marks the slots Σshare counts (`sumShare`).
 */
import { fadd, fdiv, fmul, fsub, ONE } from '../../primitives/fixed.js';
import {
  addLimbs,
  cmpLimbs,
  copyLimbs,
  fromLimbs,
  fsqrtLimbs,
  LIMBS,
  mulLimbs,
  toLimbs,
} from '../../primitives/u64f64-limbs.js';
import {
  effectiveP,
  type GkParams,
  gkConfScore,
  share as shareBigint,
  type TokenomicInfo,
  updateVIdle as updateVIdleBigint,
} from './gk-tokenomic.js';

const U128_LIMIT = 1n << 128n;
const TABLE = Symbol('table');
const SLOT = Symbol('slot');
const P_INPUTS = Symbol('pInputs');
type PInput = 'pBench' | 'pInstant' | 'confidenceLevel' | 'contractRunning';
type PInputs = Pick<TokenomicInfo, PInput>;
interface RecordLink {
  [TABLE]: TokenomicTable;
  [SLOT]: number;
  [P_INPUTS]: PInputs;
}
/** The accessors of a record's table-backed fields (shared by every record). */
const limbField = (field: 'v' | 'vDeductible'): PropertyDescriptor => ({
  enumerable: true,
  get(this: RecordLink): bigint {
    return this[TABLE].read(field, this[SLOT]);
  },
  set(this: RecordLink, x: bigint): void {
    this[TABLE].write(field, this[SLOT], x);
  },
});
const V = limbField('v');
const V_DEDUCTIBLE = limbField('vDeductible');
/** The accessors of a record's P inputs: a write marks the slot's P terms stale. */
const pInput = <K extends PInput>(field: K): PropertyDescriptor => ({
  enumerable: true,
  get(this: RecordLink): PInputs[K] {
    return this[P_INPUTS][field];
  },
  set(this: RecordLink, x: PInputs[K]): void {
    this[P_INPUTS][field] = x;
    this[TABLE].markStale(this[SLOT]);
  },
});
const P_BENCH = pInput('pBench');
const P_INSTANT = pInput('pInstant');
const CONFIDENCE_LEVEL = pInput('confidenceLevel');
const CONTRACT_RUNNING = pInput('contractRunning');
/** `stale` bits: the share term, the idle terms. */
const STALE_SHARE = 1;
const STALE_IDLE = 2;
const fits = (x: bigint): boolean => x >= 0n && x < U128_LIMIT;
const TWO = 2n * ONE;

export class TokenomicTable {
  private size = 0;
  private v = new Uint16Array(0);
  private vDeductible = new Uint16Array(0);
  /** (2·p·conf_score)² */
  private shareTerm = new Uint16Array(0);
  /** cost_k·p_bench + cost_b */
  private costIdle = new Uint16Array(0);
  /** p / p_bench (1 when p_bench = 0) */
  private multiplier = new Uint16Array(0);
  /** Per slot: STALE_SHARE / STALE_IDLE when those terms must be recomputed before use. */
  private stale = new Uint8Array(0);
  /** Per slot: 1 when Σshare counts it. */
  private counted = new Uint8Array(0);
  /** The cost parameters every slot's idle terms came from (others mark them all stale). */
  private idleCostK: bigint | undefined;
  private idleCostB: bigint | undefined;
  private readonly records: TokenomicInfo[] = [];
  /** Parameter limbs: ρ − 1 at 0, V max at 8; valid for `paramsRho` / `paramsVMax`. */
  private readonly params = new Uint16Array(2 * LIMBS);
  private paramsRho: bigint | undefined;
  private paramsVMax: bigint | undefined;
  /** Scratch limbs: 4 values. */
  private readonly s = new Uint16Array(4 * LIMBS);

  /** A new worker's slot; its record (`recordAt`) is all zero, not contract-running. */
  add(): number {
    const slot = this.size++;
    if (slot * LIMBS >= this.v.length) this.grow(Math.max(64, 2 * this.size));
    this.stale[slot] = STALE_SHARE | STALE_IDLE;
    this.records[slot] = this.record(slot);
    return slot;
  }

  /** The worker's TokenomicInfo. */
  recordAt(slot: number): TokenomicInfo {
    return this.records[slot] as TokenomicInfo;
  }

  private grow(capacity: number): void {
    const widen = (a: Uint16Array) => {
      const b = new Uint16Array(capacity * LIMBS);
      b.set(a);
      return b;
    };
    this.v = widen(this.v);
    this.vDeductible = widen(this.vDeductible);
    this.shareTerm = widen(this.shareTerm);
    this.costIdle = widen(this.costIdle);
    this.multiplier = widen(this.multiplier);
    const widenFlags = (a: Uint8Array) => {
      const b = new Uint8Array(capacity);
      b.set(a);
      return b;
    };
    this.stale = widenFlags(this.stale);
    this.counted = widenFlags(this.counted);
  }

  /** Marks the slot's P terms for recomputation (its P inputs were written). */
  markStale(slot: number): void {
    this.stale[slot] = STALE_SHARE | STALE_IDLE;
  }

  /** Whether Σshare (`sumShare`) counts the slot (`setCounted`). */
  isCounted(slot: number): boolean {
    return this.counted[slot] === 1;
  }

  /** Sets whether Σshare (`sumShare`) counts the slot. */
  setCounted(slot: number, counted: boolean): void {
    this.counted[slot] = counted ? 1 : 0;
  }

  /** A TokenomicInfo whose `v` and `vDeductible` live in the table (keys in TokenomicInfo's order). */
  private record(slot: number): TokenomicInfo {
    // Every record gets the same property sequence and the same accessor functions, so all share one
    // object shape (the per-block pass reads p, p_bench and the level of each).
    const r = {} as Record<string | symbol, unknown>;
    Object.defineProperty(r, TABLE, { value: this });
    Object.defineProperty(r, SLOT, { value: slot });
    Object.defineProperty(r, P_INPUTS, {
      value: { pBench: 0n, pInstant: 0n, confidenceLevel: 0n, contractRunning: false },
    });
    Object.defineProperty(r, 'v', V);
    r.vInit = 0n;
    Object.defineProperty(r, 'vDeductible', V_DEDUCTIBLE);
    r.vUpdateAt = 0n;
    r.vUpdateBlock = 0n;
    r.iterationLast = 0n;
    r.challengeTimeLast = 0n;
    Object.defineProperty(r, 'pBench', P_BENCH);
    Object.defineProperty(r, 'pInstant', P_INSTANT);
    Object.defineProperty(r, 'confidenceLevel', CONFIDENCE_LEVEL);
    Object.defineProperty(r, 'contractRunning', CONTRACT_RUNNING);
    return r as unknown as TokenomicInfo;
  }

  /** The bits of a limb field of a slot. */
  read(field: 'v' | 'vDeductible', slot: number): bigint {
    return fromLimbs(this[field], slot * LIMBS);
  }

  /** Sets a limb field of a slot to `x` (U64F64 bits). */
  write(field: 'v' | 'vDeductible', slot: number, x: bigint): void {
    if (!fits(x)) throw new RangeError(`TokenomicInfo.${field} ${x} is not U64F64 bits`);
    toLimbs(x, this[field], slot * LIMBS);
  }

  /** (2·p·conf)² of the worker, recomputed (with `bigint`, as `share` does) when p or the level changed. */
  private refreshShareTerm(slot: number): void {
    const t = this.records[slot] as TokenomicInfo;
    const pc = fmul(fmul(TWO, effectiveP(t)), gkConfScore(t.confidenceLevel));
    toLimbs(fmul(pc, pc), this.shareTerm, slot * LIMBS);
    this.stale[slot] = (this.stale[slot] as number) & ~STALE_SHARE;
  }

  /**
   * Adds the worker's `share` (√(v² + (2·p·conf)²)) to the limbs at `sum[so..)`; false when that
   * leaves the limbs' range (the caller then sums with `bigint`, which throws or answers).
   */
  addShare(slot: number, sum: Uint16Array, so: number): boolean {
    if ((this.stale[slot] as number) & STALE_SHARE) this.refreshShareTerm(slot);
    const o = slot * LIMBS;
    const s = this.s;
    return (
      mulLimbs(this.v, o, this.v, o, s, 0) &&
      addLimbs(s, 0, this.shareTerm, o, s, 0) &&
      fsqrtLimbs(s, 0, s, 0) &&
      addLimbs(sum, so, s, 0, sum, so)
    );
  }

  /**
   * Σshare of the counted slots, in slot order, into the limbs at `sum[0..)`; false as `addShare` (the
   * caller then sums the counted records with `sumShareBigint`).
   */
  sumShare(sum: Uint16Array): boolean {
    sum.fill(0);
    const counted = this.counted;
    for (let slot = 0; slot < this.size; slot++)
      if (counted[slot] === 1 && !this.addShare(slot, sum, 0)) return false;
    return true;
  }

  /** The records of the counted slots, in slot order. */
  countedRecords(): TokenomicInfo[] {
    return this.records.filter((_, slot) => this.counted[slot] === 1);
  }

  /** Σshare with `bigint` (the fallback of `addShare`, and its reference). */
  static sumShareBigint(records: Iterable<TokenomicInfo>): bigint {
    let sum = 0n;
    for (const t of records) sum = fadd(sum, shareBigint(t));
    return sum;
  }

  /** Whether the parameters' limbs (ρ − 1, V max) are ready; false for parameters outside U64F64. */
  private paramLimbs(params: GkParams): boolean {
    if (this.paramsRho !== params.rho) {
      if (!fits(params.rho) || params.rho < ONE) return false;
      toLimbs(fsub(params.rho, ONE), this.params, 0);
      this.paramsRho = params.rho;
    }
    if (this.paramsVMax !== params.vMax) {
      if (!fits(params.vMax)) return false;
      toLimbs(params.vMax, this.params, LIMBS);
      this.paramsVMax = params.vMax;
    }
    return true;
  }

  /** The idle terms of the worker, recomputed (with `bigint`, as `updateVIdle` does) when an input changed. */
  private refreshIdleTerms(slot: number, params: GkParams): void {
    if (this.idleCostK !== params.costK || this.idleCostB !== params.costB) {
      for (let i = 0; i < this.size; i++) this.stale[i] = (this.stale[i] as number) | STALE_IDLE;
      this.idleCostK = params.costK;
      this.idleCostB = params.costB;
    }
    if (((this.stale[slot] as number) & STALE_IDLE) === 0) return;
    const t = this.records[slot] as TokenomicInfo;
    const o = slot * LIMBS;
    toLimbs(fadd(fmul(params.costK, t.pBench), params.costB), this.costIdle, o);
    toLimbs(t.pBench === 0n ? ONE : fdiv(effectiveP(t), t.pBench), this.multiplier, o);
    this.stale[slot] = (this.stale[slot] as number) & ~STALE_IDLE;
  }

  /**
   * `update_v_idle`: Δv = (p/p_bench)·((ρ − 1)·v + cost_idle); v = min(v + Δv, Vmax);
   * v_deductible += Δv — on limbs, or with `bigint` where the limbs cannot answer.
   */
  updateVIdle(slot: number, params: GkParams): void {
    if (!this.paramLimbs(params)) {
      updateVIdleBigint(this.records[slot] as TokenomicInfo, params);
      return;
    }
    this.refreshIdleTerms(slot, params);
    const o = slot * LIMBS;
    const s = this.s;
    const P = this.params;
    // s[0] = (ρ−1)·v + cost_idle; s[8] = Δv; s[16] = v + Δv; s[24] = v_deductible + Δv
    const ok =
      mulLimbs(P, 0, this.v, o, s, 0) &&
      addLimbs(s, 0, this.costIdle, o, s, 0) &&
      mulLimbs(this.multiplier, o, s, 0, s, LIMBS) &&
      addLimbs(this.v, o, s, LIMBS, s, 2 * LIMBS) &&
      addLimbs(this.vDeductible, o, s, LIMBS, s, 3 * LIMBS);
    if (!ok) {
      updateVIdleBigint(this.records[slot] as TokenomicInfo, params);
      return;
    }
    const capped = cmpLimbs(s, 2 * LIMBS, P, LIMBS) < 0 ? s : P;
    copyLimbs(capped, capped === s ? 2 * LIMBS : LIMBS, this.v, o);
    copyLimbs(s, 3 * LIMBS, this.vDeductible, o);
  }
}
