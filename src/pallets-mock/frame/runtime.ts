/**
 * The runtime kernel: composes pallet declarations into one runtime (RuntimeCall, RuntimeEvent, constants
 * with profile values and overrides), dispatches calls in transactional storage layers, and runs the
 * block lifecycle of frame_executive (initialize → inherents → extrinsics → finalize) with events and
 * phases. Fees, nonces and signatures belong to the executive module; this file owns dispatch.
 */
import { toHex } from '../primitives/bytes.js';
import type { ConfigBinding } from './config.js';
import { type DepositedEvent, type Externalities, type Phase, withExt } from './context.js';
import { DispatchError, moduleError } from './errors.js';
import type { ExecutiveConfig } from './executive.js';
import type { Origin } from './origin.js';
import {
  type CallDecl,
  callEnum,
  type GenesisConfig,
  type PalletDecl,
  type PostDispatchInfo,
  type Weight,
} from './pallet.js';
import type { Profile } from './profile.js';
import { type AnyCodec, CodecError, enumOf, type VariantFields } from './scale.js';
import { State } from './state.js';

export type { Profile } from './profile.js';
export type CallValue = { type: string; value: { type: string; value: Record<string, unknown> } };

export interface RuntimeDefinition {
  /** Path of the runtime crate for RuntimeCall / RuntimeEvent ('pha_stake_runtime'). */
  crate: string;
  pallets: PalletDecl[];
  /**
   * `impl pallet_x::Config for Runtime`: the implementations bound to the pallets' Config slots. Absent in
   * a test's mock runtime, which takes the bindings its pallets offer (`PalletDecl.mockConfig`).
   */
  config?: readonly ConfigBinding[];
  /** What frame_executive needs from the runtime (System, fee charging); required to build blocks. */
  executive?: ExecutiveConfig;
}

export interface KernelOptions {
  profile: Profile;
  config?: Record<string, unknown>;
  state?: State;
  /** Bindings this kernel adds to its definition's (a slot bound in both is an error). */
  bindings?: readonly ConfigBinding[];
}

export type DispatchOutcome =
  | { ok: true; events: DepositedEvent[] }
  | { ok: false; error: DispatchError; events: [] };

/** Converts anything a call body throws into a DispatchError (nothing escapes the dispatcher). */
export function toDispatchError(err: unknown): DispatchError {
  if (err instanceof DispatchError) return err;
  if (err instanceof Error && err.name === 'ArithmeticError') {
    const kind = (err as Error & { kind?: string }).kind;
    if (kind === 'Overflow' || kind === 'Underflow' || kind === 'DivisionByZero')
      return new DispatchError({ type: 'Arithmetic', kind });
  }
  const detail = err instanceof Error ? err.message : String(err);
  return new DispatchError({ type: 'Other' }, detail);
}

export class Kernel implements Externalities {
  state: State;
  readonly profile: Profile;
  readonly pallets: PalletDecl[];
  readonly callCodec: AnyCodec;
  readonly eventCodec: AnyCodec;
  private readonly byName = new Map<string, PalletDecl>();
  /** Each pallet's Call enum, built once (RuntimeCall and the metadata share them). */
  readonly palletCalls = new Map<string, AnyCodec>();
  private readonly constants = new Map<string, unknown>();
  /** Config slot key → the implementation bound to it. */
  private readonly bindings = new Map<string, unknown>();
  /** Events of the block being built (flushed into System.Events at finalize). */
  blockEvents: DepositedEvent[] = [];
  /** Every committed event, for the harness's `events()`. */
  journal: DepositedEvent[] = [];
  phase: Phase = { type: 'Initialization', value: null };

  constructor(
    readonly definition: RuntimeDefinition,
    opts: KernelOptions,
  ) {
    this.profile = opts.profile;
    this.state = opts.state ?? new State();
    this.pallets = definition.pallets
      .filter((p) => !p.profiles || p.profiles.includes(opts.profile))
      .sort((a, b) => a.index - b.index);
    for (const p of this.pallets) {
      this.byName.set(p.name, p);
      const calls = callEnum(p);
      if (calls) this.palletCalls.set(p.name, calls);
    }
    this.callCodec = this.outerEnum('RuntimeCall', (p) => this.palletCalls.get(p.name));
    this.eventCodec = this.outerEnum('RuntimeEvent', (p) => p.events?.codec);
    this.loadConstants(opts.config ?? {});
    this.loadBindings(definition.config ?? this.pallets.flatMap((p) => p.mockConfig ?? []));
    this.loadBindings(opts.bindings ?? []);
  }

  private loadBindings(bindings: readonly ConfigBinding[]): void {
    for (const b of bindings) {
      if (this.bindings.has(b.key)) throw new Error(`config ${b.key} bound twice`);
      this.bindings.set(b.key, b.value);
    }
  }

  /** The implementation the runtime binds to a Config slot (undefined: the slot's unbound value). */
  configured(key: string): unknown {
    return this.bindings.get(key);
  }

  private outerEnum(name: string, inner: (p: PalletDecl) => AnyCodec | undefined): AnyCodec {
    const variants: Record<string, VariantFields> = {};
    const indices: Record<string, number> = {};
    for (const p of this.pallets) {
      const codec = inner(p);
      if (!codec) continue;
      variants[p.name] = codec;
      indices[p.name] = p.index;
    }
    return enumOf(`${this.definition.crate}::${name}`, variants, indices);
  }

  private loadConstants(overrides: Record<string, unknown>): void {
    for (const p of this.pallets) {
      for (const [name, decl] of Object.entries(p.constants?.decls ?? {})) {
        const value =
          this.profile === 'production' && 'production' in decl
            ? decl.production
            : this.profile === 'demo' && 'demo' in decl
              ? decl.demo
              : decl.value;
        this.constants.set(`${p.name}.${name}`, value);
      }
    }
    for (const [key, value] of Object.entries(overrides)) {
      if (!this.constants.has(key)) throw new Error(`unknown constant override ${key}`);
      const current = this.constants.get(key);
      this.constants.set(
        key,
        typeof current === 'bigint' && typeof value === 'number' ? BigInt(value) : value,
      );
    }
  }

  pallet(name: string): PalletDecl | undefined {
    return this.byName.get(name);
  }

  constant(key: string): unknown {
    const v = this.constants.get(key);
    if (v === undefined && !this.constants.has(key)) throw new Error(`unknown constant ${key}`);
    return v;
  }

  /** All constants as 'Pallet.Name' → value (for the metadata). */
  constantValue(pallet: string, name: string): unknown {
    return this.constants.get(`${pallet}.${name}`);
  }

  /** Runs fn against another state (a historical view); its writes are discarded. */
  withState<T>(view: State, fn: () => T): T {
    const own = this.state;
    const ownBlockEvents = this.blockEvents;
    const ownJournal = this.journal;
    this.state = view;
    this.blockEvents = [];
    this.journal = [];
    view.begin();
    try {
      return this.enter(fn);
    } finally {
      view.rollback();
      this.state = own;
      this.blockEvents = ownBlockEvents;
      this.journal = ownJournal;
    }
  }

  /** Runs fn with this runtime as the active externalities. */
  enter<T>(fn: () => T): T {
    return withExt(this, fn);
  }

  depositEvent(pallet: string, name: string, fields: Record<string, unknown>): void {
    const e: DepositedEvent = { phase: this.phase, pallet, name, fields };
    this.blockEvents.push(e);
    this.journal.push(e);
  }

  transactional<T>(fn: () => T): T {
    const blockMark = this.blockEvents.length;
    const journalMark = this.journal.length;
    this.state.begin();
    try {
      const out = fn();
      this.state.commit();
      return out;
    } catch (err) {
      this.state.rollback();
      this.blockEvents.length = blockMark;
      this.journal.length = journalMark;
      throw err;
    }
  }

  /** Finds the declaration of a call value; throws a CodecError for unknown pallets or calls. */
  callDecl(call: CallValue): CallDecl {
    const pallet = this.byName.get(call?.type);
    const decl = pallet?.calls?.[call?.value?.type];
    if (!decl) throw new CodecError(`unknown call ${String(call?.type)}.${String(call?.value?.type)}`);
    return decl;
  }

  /**
   * Runs a call's body; returns its PostDispatchInfo when it returned one (`{ paysFee: false }`). A signed
   * origin's call filter refuses the call first with frame_system's `CallFiltered`, as `dispatch` does.
   */
  dispatchNested(origin: Origin, call: unknown): PostDispatchInfo | undefined {
    const value = call as CallValue;
    if (origin.kind === 'signed' && origin.filter && !origin.filter(value))
      throw moduleError('System', 'CallFiltered');
    const post: unknown = this.callDecl(value).fn(origin, value.value.value);
    return typeof post === 'object' && post !== null && 'paysFee' in post
      ? { paysFee: (post as PostDispatchInfo).paysFee }
      : undefined;
  }

  /** Dispatches a decoded call in its own storage layer; errors roll back and are returned, never thrown. */
  dispatch(origin: Origin, call: CallValue): DispatchOutcome {
    return this.enter(() => {
      const mark = this.journal.length;
      try {
        this.transactional(() => this.dispatchNested(origin, call));
        return { ok: true, events: this.journal.slice(mark) };
      } catch (err) {
        return { ok: false, error: toDispatchError(err), events: [] };
      }
    });
  }

  /** Declared weight of a call, including nested calls for batches. */
  callWeight(call: unknown): Weight {
    const decl = this.callDecl(call as CallValue);
    const nested = ((call as CallValue).value.value as { calls?: unknown }).calls;
    if (Array.isArray(nested)) {
      let refTime = decl.weight.refTime;
      let proofSize = decl.weight.proofSize;
      for (const c of nested) {
        const inner = this.callWeight(c as CallValue);
        refTime += inner.refTime;
        proofSize += inner.proofSize;
      }
      return { refTime, proofSize };
    }
    return decl.weight;
  }

  /** ModuleError index and 4 error bytes for a module error, as the metadata numbers them. */
  moduleErrorIndex(pallet: string, error: string): { index: number; error: string } {
    const p = this.byName.get(pallet);
    const idx = p?.errors?.names.indexOf(error) ?? -1;
    if (!p || idx < 0) throw new Error(`undeclared module error ${pallet}.${error}`);
    const bytes = new Uint8Array(4);
    bytes[0] = idx;
    return { index: p.index, error: toHex(bytes) };
  }

  /** Writes every pallet's genesis state. */
  buildGenesis(config: GenesisConfig): void {
    this.enter(() => {
      for (const p of this.pallets) p.genesis?.(config);
    });
  }

  /** Runs every pallet's invariants; throws naming the first broken one. */
  tryState(): void {
    this.enter(() => {
      for (const p of this.pallets) {
        for (const [name, check] of Object.entries(p.invariants ?? {})) {
          try {
            check();
          } catch (err) {
            const detail = err instanceof Error ? err.message : String(err);
            throw new Error(`invariant ${p.name}.${name} broken: ${detail}`);
          }
        }
      }
    });
  }
}
