/**
 * The Gatekeeper's per-worker V and share state as struct-of-arrays in one WebAssembly memory: every
 * worker's V, V deductible and cached P terms are 16-byte U64F64 values at `slot · 16` of one region per
 * field, its flags a byte per slot, and the per-block work — Σshare over the counted slots and the idle V
 * growth of the quiet ones — runs in the U64F64 kernel (../primitives/u64f64-kernel.ts), without a
 * `bigint` per worker per block.
 *
 * The results are the bits of gk-tokenomic.ts (`share`, `updateVIdle`), operation for operation; where
 * those would throw (a u128 overflow, a radicand beyond the kernel's square root, parameters that are not
 * U64F64), the `bigint` function runs instead and throws, or answers, the same.
 *
 * A worker's `TokenomicInfo` (what the Gatekeeper's code and tests read) is a record whose `v` and
 * `vDeductible` read and write the table; its P inputs (`pBench`, `pInstant`, `confidenceLevel`,
 * `contractRunning`) are values behind setters that mark the slot's P terms stale; its other fields are
 * plain values. The P terms are computed with the `bigint` functions when marked stale (a write to an
 * input, new cost parameters) and kept in the table; the kernel's loops stop at a stale slot, the table
 * refreshes it and resumes there. `setCounted` marks the slots Σshare counts, `setBusy` the slots the
 * quiet pass leaves to the caller.
 */
import { fadd, fdiv, fmul, fsub, ONE } from '../../primitives/fixed.js';
import { instantiateKernel, type U64F64Kernel } from '../primitives/u64f64-kernel.js';
import {
  effectiveP,
  type GkParams,
  gkConfScore,
  share as shareBigint,
  type TokenomicInfo,
  updateVIdle as updateVIdleBigint,
} from './gk-tokenomic.js';

const U128_LIMIT = 1n << 128n;
const U64_MASK = (1n << 64n) - 1n;
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
const valueField = (field: 'v' | 'vDeductible'): PropertyDescriptor => ({
  enumerable: true,
  get(this: RecordLink): bigint {
    return this[TABLE].read(field, this[SLOT]);
  },
  set(this: RecordLink, x: bigint): void {
    this[TABLE].write(field, this[SLOT], x);
  },
});
const V = valueField('v');
const V_DEDUCTIBLE = valueField('vDeductible');
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
/** `stale` bits (kernel/u64f64.ts reads them): the share term, the idle terms. */
const STALE_SHARE = 1;
const STALE_IDLE = 2;
const fits = (x: bigint): boolean => x >= 0n && x < U128_LIMIT;
const TWO = 2n * ONE;

/** The memory's header: ρ − 1 at 0 and V max at 16 (the kernel's `params`), Σshare at 32. */
const PARAMS = 0;
const V_MAX = 16;
const SUM = 32;
const HEADER = 48;
/** The 16-byte fields, one region of `capacity` values each, in this order after the header. */
const VALUE_FIELDS = ['v', 'vDeductible', 'shareTerm', 'costIdle', 'multiplier'] as const;
/** The byte flags, one region of `capacity` bytes each, after the values. */
const FLAG_FIELDS = ['stale', 'counted', 'busy'] as const;
type ValueField = (typeof VALUE_FIELDS)[number];
type FlagField = (typeof FLAG_FIELDS)[number];
const PAGE = 65536;

/** Byte offsets of every region for a capacity. */
function layout(capacity: number): Record<ValueField | FlagField, number> & { bytes: number } {
  const at = {} as Record<ValueField | FlagField, number>;
  let o = HEADER;
  for (const f of VALUE_FIELDS) {
    at[f] = o;
    o += 16 * capacity;
  }
  for (const f of FLAG_FIELDS) {
    at[f] = o;
    o += capacity;
  }
  return { ...at, bytes: o };
}

export class TokenomicTable {
  private size = 0;
  private capacity = 0;
  private at = layout(0);
  private memory = new WebAssembly.Memory({ initial: 1 });
  private kernel: U64F64Kernel = instantiateKernel(this.memory);
  /** The memory as 64-bit words (a value is two: low, high) and as bytes (the flags). */
  private words = new BigUint64Array(this.memory.buffer);
  private bytes = new Uint8Array(this.memory.buffer);
  /** The cost parameters every slot's idle terms came from (others mark them all stale). */
  private idleCostK: bigint | undefined;
  private idleCostB: bigint | undefined;
  private readonly records: TokenomicInfo[] = [];
  /** The parameters whose ρ − 1 and V max the header holds. */
  private paramsRho: bigint | undefined;
  private paramsVMax: bigint | undefined;

  /** A new worker's slot; its record (`recordAt`) is all zero, not contract-running, not busy. */
  add(): number {
    const slot = this.size++;
    if (slot >= this.capacity) this.grow(Math.max(64, 2 * this.size));
    this.setFlag('stale', slot, STALE_SHARE | STALE_IDLE);
    this.records[slot] = this.record(slot);
    return slot;
  }

  /** The worker's TokenomicInfo. */
  recordAt(slot: number): TokenomicInfo {
    return this.records[slot] as TokenomicInfo;
  }

  /** Moves the table into a new memory with room for `capacity` slots (memory cannot move regions). */
  private grow(capacity: number): void {
    const next = layout(capacity);
    const memory = new WebAssembly.Memory({ initial: Math.ceil(next.bytes / PAGE) });
    const bytes = new Uint8Array(memory.buffer);
    bytes.set(this.bytes.subarray(0, HEADER), 0);
    for (const f of VALUE_FIELDS)
      bytes.set(this.bytes.subarray(this.at[f], this.at[f] + 16 * this.capacity), next[f]);
    for (const f of FLAG_FIELDS)
      bytes.set(this.bytes.subarray(this.at[f], this.at[f] + this.capacity), next[f]);
    this.memory = memory;
    this.kernel = instantiateKernel(memory);
    this.words = new BigUint64Array(memory.buffer);
    this.bytes = bytes;
    this.at = next;
    this.capacity = capacity;
  }

  private flag(field: FlagField, slot: number): number {
    return this.bytes[this.at[field] + slot] as number;
  }

  private setFlag(field: FlagField, slot: number, x: number): void {
    this.bytes[this.at[field] + slot] = x;
  }

  /** Marks the slot's P terms for recomputation (its P inputs were written). */
  markStale(slot: number): void {
    this.setFlag('stale', slot, STALE_SHARE | STALE_IDLE);
  }

  /** Whether Σshare (`sumShare`) counts the slot (`setCounted`). */
  isCounted(slot: number): boolean {
    return this.flag('counted', slot) === 1;
  }

  /** Sets whether Σshare (`sumShare`) counts the slot. */
  setCounted(slot: number, counted: boolean): void {
    this.setFlag('counted', slot, counted ? 1 : 0);
  }

  /** Whether the slot is quiet: counted and not busy, so `updateQuietIdle` updates it. */
  isQuiet(slot: number): boolean {
    return this.flag('counted', slot) === 1 && this.flag('busy', slot) === 0;
  }

  /** The first slot from `from` on that is not quiet (`isQuiet`), or the table's size if none is. */
  nextNotQuiet(from: number): number {
    const { bytes, size } = this;
    const { counted, busy } = this.at;
    let slot = from;
    while (slot < size && bytes[counted + slot] === 1 && bytes[busy + slot] === 0) slot++;
    return slot;
  }

  /** Sets whether the slot is busy: `updateQuietIdle` leaves busy slots to the caller. */
  setBusy(slot: number, busy: boolean): void {
    this.setFlag('busy', slot, busy ? 1 : 0);
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

  /** The bits of the value at byte offset `o`. */
  private readAt(o: number): bigint {
    const i = o >>> 3;
    return ((this.words[i + 1] as bigint) << 64n) | (this.words[i] as bigint);
  }

  /** Writes `x` (U64F64 bits, below 2^128) at byte offset `o`. */
  private writeAt(o: number, x: bigint): void {
    const i = o >>> 3;
    this.words[i] = x & U64_MASK;
    this.words[i + 1] = x >> 64n;
  }

  /** The bits of a value field of a slot. */
  read(field: 'v' | 'vDeductible', slot: number): bigint {
    return this.readAt(this.at[field] + 16 * slot);
  }

  /** Sets a value field of a slot to `x` (U64F64 bits). */
  write(field: 'v' | 'vDeductible', slot: number, x: bigint): void {
    if (!fits(x)) throw new RangeError(`TokenomicInfo.${field} ${x} is not U64F64 bits`);
    this.writeAt(this.at[field] + 16 * slot, x);
  }

  /** (2·p·conf)² of the worker, recomputed (with `bigint`, as `share` does) when p or the level changed. */
  private refreshShareTerm(slot: number): void {
    const t = this.records[slot] as TokenomicInfo;
    const pc = fmul(fmul(TWO, effectiveP(t)), gkConfScore(t.confidenceLevel));
    this.writeAt(this.at.shareTerm + 16 * slot, fmul(pc, pc));
    this.setFlag('stale', slot, this.flag('stale', slot) & ~STALE_SHARE);
  }

  /**
   * Σshare (√(v² + (2·p·conf)²) summed) of the counted slots, in slot order; undefined where the kernel
   * declined (the caller then sums the counted records with `sumShareBigint`, which throws or answers).
   */
  sumShare(): bigint | undefined {
    this.writeAt(SUM, 0n);
    const { v, shareTerm, counted, stale } = this.at;
    for (let start = 0; ; ) {
      const stop = this.kernel.sumShare(start, this.size, v, shareTerm, counted, stale, SUM);
      if (stop === -1) return this.readAt(SUM);
      if (stop < -1) return undefined;
      this.refreshShareTerm(stop);
      start = stop;
    }
  }

  /** The records of the counted slots, in slot order. */
  countedRecords(): TokenomicInfo[] {
    return this.records.filter((_, slot) => this.isCounted(slot));
  }

  /** Σshare with `bigint` (the fallback of `sumShare`, and its reference). */
  static sumShareBigint(records: Iterable<TokenomicInfo>): bigint {
    let sum = 0n;
    for (const t of records) sum = fadd(sum, shareBigint(t));
    return sum;
  }

  /** Whether the header holds the parameters' ρ − 1 and V max; false for parameters outside U64F64. */
  private paramsReady(params: GkParams): boolean {
    if (this.paramsRho !== params.rho) {
      if (!fits(params.rho) || params.rho < ONE) return false;
      this.writeAt(PARAMS, fsub(params.rho, ONE));
      this.paramsRho = params.rho;
    }
    if (this.paramsVMax !== params.vMax) {
      if (!fits(params.vMax)) return false;
      this.writeAt(V_MAX, params.vMax);
      this.paramsVMax = params.vMax;
    }
    if (this.idleCostK !== params.costK || this.idleCostB !== params.costB) {
      for (let slot = 0; slot < this.size; slot++)
        this.setFlag('stale', slot, this.flag('stale', slot) | STALE_IDLE);
      this.idleCostK = params.costK;
      this.idleCostB = params.costB;
    }
    return true;
  }

  /** The idle terms of the worker, recomputed (with `bigint`, as `updateVIdle` does) when an input changed. */
  private refreshIdleTerms(slot: number, params: GkParams): void {
    if ((this.flag('stale', slot) & STALE_IDLE) === 0) return;
    const t = this.records[slot] as TokenomicInfo;
    this.writeAt(this.at.costIdle + 16 * slot, fadd(fmul(params.costK, t.pBench), params.costB));
    this.writeAt(this.at.multiplier + 16 * slot, t.pBench === 0n ? ONE : fdiv(effectiveP(t), t.pBench));
    this.setFlag('stale', slot, this.flag('stale', slot) & ~STALE_IDLE);
  }

  /**
   * `update_v_idle` of one slot: Δv = (p/p_bench)·((ρ − 1)·v + cost_idle); v = min(v + Δv, Vmax);
   * v_deductible += Δv — in the kernel, or with `bigint` where the kernel cannot answer.
   */
  updateVIdle(slot: number, params: GkParams): void {
    if (!this.paramsReady(params)) {
      updateVIdleBigint(this.records[slot] as TokenomicInfo, params);
      return;
    }
    this.refreshIdleTerms(slot, params);
    const { v, vDeductible, costIdle, multiplier } = this.at;
    if (!this.kernel.updateVIdle(slot, v, vDeductible, costIdle, multiplier, PARAMS))
      updateVIdleBigint(this.records[slot] as TokenomicInfo, params);
  }

  /** `updateVIdle` of every quiet slot (counted, not busy), as if called on each in slot order. */
  updateQuietIdle(params: GkParams): void {
    if (!this.paramsReady(params)) {
      for (let slot = 0; slot < this.size; slot++)
        if (this.isQuiet(slot)) updateVIdleBigint(this.records[slot] as TokenomicInfo, params);
      return;
    }
    const { v, vDeductible, costIdle, multiplier, counted, busy, stale } = this.at;
    for (let start = 0; ; ) {
      const stop = this.kernel.updateQuietIdle(
        start,
        this.size,
        v,
        vDeductible,
        costIdle,
        multiplier,
        counted,
        busy,
        stale,
        PARAMS,
      );
      if (stop === -1) return;
      // The kernel stopped at a stale slot (refresh it and go on from there) or declined one.
      if (this.flag('stale', stop) & STALE_IDLE) {
        this.refreshIdleTerms(stop, params);
        start = stop;
      } else {
        updateVIdleBigint(this.records[stop] as TokenomicInfo, params);
        start = stop + 1;
      }
    }
  }
}
