/**
 * The dev chain: blocks built from the transaction pool by the executive, every block final, state kept
 * per block as diffs so any past block can be read, and the submit path of a Substrate node (decode,
 * signature over the exact signing payload, era, nonce, fee). Build modes: Instant (a block per RPC
 * submission), Interval (a timer) and Manual (dev_newBlock only). Platform-neutral: persistence is a hook
 * the Node server fills in.
 */
import { Executive, type InvalidKind, InvalidTransaction } from '../frame/executive.js';
import type { Kernel, Profile } from '../frame/runtime.js';
import { type StateDiff, StateView } from '../frame/state.js';
import { checkMqSequence } from '../pallets/phala-mq/index.js';
import {
  BlockHash,
  SPEC_VERSION,
  Account as SystemAccount,
  TRANSACTION_VERSION,
} from '../pallets/system/index.js';
import type { AccountId } from '../primitives/account.js';
import { fromHex, toHex } from '../primitives/bytes.js';
import { blake2_256 } from '../primitives/hashing.js';
import { verifySignature } from '../primitives/signature.js';
import {
  type DecodedExtrinsic,
  decodeExtrinsic,
  encodeUnsigned,
  eraBirth,
  signingPayload,
} from './extrinsic.js';
import { BLOCK_TIME_MS, buildGenesis, GENESIS_TIMESTAMP_MS, type GenesisOptions } from './genesis.js';
import { extrinsicsRoot, type Header, headerHash, nextStateRoot, ZERO_HASH } from './header.js';
import { type PooledTx, TxPool, type TxStatus } from './tx-pool.js';

export type BuildMode = 'Instant' | 'Manual' | 'Interval';

export interface BlockRecord {
  hash: string;
  header: Header;
  extrinsics: Uint8Array[];
  timestampMs: bigint;
  diff: StateDiff;
}

/** A JSON-RPC error the server passes through as is (1010 invalid transaction, 1001 bad format …). */
export class ChainError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: string,
    /** For 1010 errors: which InvalidTransaction it was. */
    readonly invalid?: InvalidKind,
  ) {
    super(data ? `${message}: ${data}` : message);
    this.name = 'ChainError';
  }
}

const INVALID_TEXT: Record<InvalidKind, string> = {
  Call: 'Transaction call is not expected',
  Payment: 'Inability to pay some fees (e.g. account balance too low)',
  Future: 'Transaction will be valid in the future',
  Stale: 'Transaction is outdated',
  BadProof: 'Transaction has a bad signature',
  AncientBirthBlock: 'Transaction has an ancient birth block',
  ExhaustsResources: 'Transaction would exhaust the block limits',
  Custom: 'InvalidTransaction custom error',
  BadMandatory: 'A call was labelled as mandatory, but resulted in an Error.',
  MandatoryValidation: 'Transaction dispatch is mandatory; transactions must not be validated.',
  BadSigner: 'Invalid signing address',
};

export const invalidTransaction = (kind: InvalidKind): ChainError =>
  new ChainError(1010, 'Invalid Transaction', INVALID_TEXT[kind], kind);

export interface DevChainOptions extends GenesisOptions {
  mode?: BuildMode;
  /** Interval mode period (default 12 s). */
  intervalMs?: number;
  /** Called with each new block before it is announced (the Node server makes it durable here). */
  persist?: (block: BlockRecord) => Promise<void>;
  /**
   * Blocks to resume from (oldest first, genesis excluded), replayed onto the genesis state. The first
   * one may be a checkpoint: a block numbered above 1 whose diff is the whole change since genesis (a
   * demo snapshot); blocks between genesis and it are then unknown (pruned).
   */
  resume?: BlockRecord[];
}

export interface SubmitOptions {
  /** From an in-process actor: never triggers an instant block by itself. */
  local?: boolean;
  watch?: (status: TxStatus) => void;
}

export class DevChain {
  readonly kernel: Kernel;
  readonly executive: Executive;
  readonly genesisHash: string;
  readonly profile: Profile;
  readonly pool = new TxPool();
  private readonly blocks: BlockRecord[] = [];
  /** Blocks 1…offset are pruned (a checkpoint resumed at offset+1); blocks[i] is block i+offset (i ≥ 1). */
  private offset = 0n;
  private readonly byHash = new Map<string, BlockRecord>();
  private readonly diffIndex: Array<Map<string, Uint8Array | undefined>> = [];
  private readonly headListeners = new Set<(b: BlockRecord) => void>();
  private mode: BuildMode;
  private intervalMs: number;
  private timer: ReturnType<typeof setInterval> | undefined;
  private nextTimestamp: bigint | undefined;
  private building: Promise<unknown> = Promise.resolve();
  private readonly persist?: (block: BlockRecord) => Promise<void>;

  constructor(opts: DevChainOptions = {}) {
    const genesis = buildGenesis(opts);
    this.kernel = genesis.kernel;
    this.profile = opts.profile ?? 'dev';
    this.executive = new Executive(this.kernel);
    this.genesisHash = genesis.hash;
    this.persist = opts.persist;
    this.remember({
      hash: genesis.hash,
      header: genesis.header,
      extrinsics: [],
      timestampMs: GENESIS_TIMESTAMP_MS - BLOCK_TIME_MS,
      diff: [],
    });
    for (const block of opts.resume ?? []) this.replay(block);
    this.mode = opts.mode ?? 'Instant';
    this.intervalMs = opts.intervalMs ?? Number(BLOCK_TIME_MS);
    this.setMode(this.mode);
  }

  // ------------------------------------------------------------------------------------------------
  // Blocks

  get head(): BlockRecord {
    return this.blocks[this.blocks.length - 1] as BlockRecord;
  }

  get best(): bigint {
    return this.head.header.number;
  }

  block(hashOrNumber: string | bigint): BlockRecord | undefined {
    if (typeof hashOrNumber === 'bigint') {
      if (hashOrNumber === 0n) return this.blocks[0];
      if (hashOrNumber <= this.offset) return undefined;
      return this.blocks[Number(hashOrNumber - this.offset)];
    }
    return this.byHash.get(hashOrNumber.toLowerCase());
  }

  /** The lowest block number above genesis whose state is known (1 unless resumed from a checkpoint). */
  get firstKnown(): bigint {
    return this.offset + 1n;
  }

  private indexOf(block: BlockRecord): number {
    const n = block.header.number;
    return n === 0n ? 0 : Number(n - this.offset);
  }

  private remember(block: BlockRecord): void {
    this.blocks.push(block);
    this.byHash.set(block.hash, block);
    this.diffIndex.push(new Map(block.diff.map((d) => [d.key, d.old])));
  }

  private replay(block: BlockRecord): void {
    const n = block.header.number;
    if (this.blocks.length === 1 && n > 1n) this.offset = n - 1n;
    else if (n !== BigInt(this.blocks.length) + this.offset)
      throw new Error(`resume: block #${n} does not follow #${this.best}`);
    for (const d of block.diff) {
      if (d.value === null) this.kernel.state.delete(d.key);
      else this.kernel.state.set(d.key, d.value);
    }
    this.remember(block);
  }

  onNewHead(listener: (b: BlockRecord) => void): () => void {
    this.headListeners.add(listener);
    return () => this.headListeners.delete(listener);
  }

  setMode(mode: BuildMode, intervalMs = this.intervalMs): void {
    this.mode = mode;
    this.intervalMs = intervalMs;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (mode === 'Interval')
      this.timer = setInterval(() => void this.newBlocks(1).catch(() => {}), intervalMs);
  }

  get buildMode(): BuildMode {
    return this.mode;
  }

  /** The next block's timestamp is `ms`; later blocks continue from it (dev_timeTravel). */
  timeTravel(ms: bigint): void {
    this.nextTimestamp = ms;
  }

  stop(): void {
    this.setMode('Manual');
  }

  /** Builds `count` blocks, one after another, each persisted before it is announced. */
  newBlocks(count = 1): Promise<BlockRecord> {
    const run = this.building.then(async () => {
      let last = this.head;
      for (let i = 0; i < count; i++) {
        const { block, included } = this.buildBlock();
        if (this.persist) await this.persist(block);
        this.remember(block);
        // The kernel's event journal serves the harness only; a long-running chain must not keep it.
        this.kernel.journal.length = 0;
        last = block;
        for (const l of this.headListeners) l(block);
        for (const tx of included) for (const w of tx.watchers) w({ type: 'inBlock', blockHash: block.hash });
        for (const tx of included)
          for (const w of tx.watchers) w({ type: 'finalized', blockHash: block.hash });
      }
      return last;
    });
    this.building = run.catch(() => {});
    return run;
  }

  private buildBlock(): { block: BlockRecord; included: PooledTx[] } {
    const parent = this.head;
    const number = parent.header.number + 1n;
    const timestampMs = this.nextTimestamp ?? parent.timestampMs + BLOCK_TIME_MS;
    this.nextTimestamp = undefined;
    const state = this.kernel.state;
    state.begin();
    const included: PooledTx[] = [];
    try {
      this.executive.initializeBlock({ number, parentHash: parent.hash, timestampMs });
      const extrinsics = [
        encodeUnsigned(this.kernel, {
          type: 'Timestamp',
          value: { type: 'set', value: { now: timestampMs } },
        }),
      ];
      const nonceOf = (who: AccountId) => this.kernel.enter(() => SystemAccount.get(who).nonce);
      for (const tx of this.pool.ready(nonceOf)) {
        const signed = tx.xt.signed;
        if (!signed) continue;
        // CheckMqSequence: a message whose sequence is not next yet waits; one already passed is dropped.
        const mq = this.kernel.enter(() => checkMqSequence(tx.xt.call));
        if (mq === 'future') continue;
        if (mq === 'stale') {
          this.pool.remove(tx.xt.hash);
          for (const w of tx.watchers) w({ type: 'invalid' });
          continue;
        }
        try {
          this.executive.applySigned({
            signer: tx.signer,
            nonce: signed.nonce,
            tip: signed.tip,
            call: tx.xt.call,
            len: tx.xt.bytes.length,
          });
          included.push(tx);
          extrinsics.push(tx.xt.bytes);
          this.pool.remove(tx.xt.hash);
        } catch (err) {
          if (err instanceof InvalidTransaction && err.kind === 'Future') continue;
          this.pool.remove(tx.xt.hash);
          for (const w of tx.watchers) w({ type: 'invalid' });
        }
      }
      this.executive.finalizeBlock();
      const diff = state.commitBlock();
      const header: Header = {
        parentHash: parent.hash,
        number,
        stateRoot: nextStateRoot(parent.header.stateRoot, diff),
        extrinsicsRoot: extrinsicsRoot(extrinsics),
        digest: { logs: [] },
      };
      return { block: { hash: headerHash(header), header, extrinsics, timestampMs, diff }, included };
    } catch (err) {
      while (state.depth > 0) state.rollback();
      throw err;
    }
  }

  // ------------------------------------------------------------------------------------------------
  // State

  /** The raw value of a key at a block (head by default). */
  storage(key: string, at?: string): Uint8Array | undefined {
    const k = key.toLowerCase();
    const block = at ? this.block(at) : this.head;
    if (!block) throw new ChainError(-32602, 'Unknown block', at);
    const n = this.indexOf(block);
    for (let i = n + 1; i < this.blocks.length; i++) {
      const index = this.diffIndex[i] as Map<string, Uint8Array | undefined>;
      if (index.has(k)) return index.get(k);
    }
    return this.kernel.state.get(k);
  }

  /** Keys with a prefix at a block, sorted, strictly after `startKey`, at most `count`. */
  keysPaged(prefix: string, count: number, startKey?: string, at?: string): string[] {
    const p = prefix.toLowerCase();
    const block = at ? this.block(at) : this.head;
    if (!block) throw new ChainError(-32602, 'Unknown block', at);
    const keys = new Set(this.kernel.state.keysWithPrefix(p));
    for (let i = this.indexOf(block) + 1; i < this.blocks.length; i++)
      for (const k of (this.diffIndex[i] as Map<string, unknown>).keys()) if (k.startsWith(p)) keys.add(k);
    const start = startKey?.toLowerCase() ?? '';
    const out: string[] = [];
    for (const k of [...keys].sort()) {
      if (k <= start) continue;
      if (this.storage(k, block.hash) === undefined) continue;
      out.push(k);
      if (out.length >= count) break;
    }
    return out;
  }

  /** Runs read-only runtime code against the state of a block (head by default). */
  atBlock<T>(at: string | undefined, fn: () => T): T {
    const block = at ? this.block(at) : this.head;
    if (!block) throw new ChainError(-32602, 'Unknown block', at);
    if (block === this.head) {
      this.kernel.state.begin();
      try {
        return this.kernel.enter(fn);
      } finally {
        this.kernel.state.rollback();
      }
    }
    const view = new StateView(
      (k) => this.storage(k, block.hash),
      (prefix) => this.keysPaged(prefix, Number.MAX_SAFE_INTEGER, undefined, block.hash),
    );
    return this.kernel.withState(view, fn);
  }

  /** dev_setStorage: raw writes into the head state, no new block. */
  setStorage(pairs: Array<[string, string | null]>): void {
    for (const [key, value] of pairs) {
      if (value === null) this.kernel.state.delete(key.toLowerCase());
      else this.kernel.state.set(key.toLowerCase(), fromHex(value));
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Transactions

  /** Decodes and fully validates an extrinsic (as TaggedTransactionQueue would); throws ChainError. */
  validate(bytes: Uint8Array): { xt: DecodedExtrinsic; future: boolean; fee: bigint } {
    let xt: DecodedExtrinsic;
    try {
      xt = decodeExtrinsic(this.kernel, bytes);
    } catch (err) {
      throw new ChainError(
        1001,
        'Extrinsic has invalid format',
        err instanceof Error ? err.message : String(err),
      );
    }
    const signed = xt.signed;
    if (!signed) throw invalidTransaction('Call');
    const current = this.best + 1n;
    let birthHash = this.genesisHash;
    if (signed.era) {
      const birth = eraBirth(signed.era, current);
      const known = birth < current ? this.block(birth) : undefined;
      // BlockHash[best] is written only when block best+1 initialises; Substrate validates in that
      // context (validate_transaction initialises best+1 first), so a tx born at the best block is valid.
      const stored =
        birth === this.best
          ? this.head.hash
          : this.kernel.enter(() => (birth < this.best ? BlockHash.get(birth) : ZERO_HASH));
      if (!known || stored === ZERO_HASH) throw invalidTransaction('AncientBirthBlock');
      birthHash = known.hash;
    }
    const payload = signingPayload(xt.callBytes, signed.extra, {
      specVersion: SPEC_VERSION,
      transactionVersion: TRANSACTION_VERSION,
      genesisHash: this.genesisHash,
      birthHash,
    });
    if (!verifySignature(signed.signature.kind, signed.signature.bytes, payload, signed.signerKey))
      throw invalidTransaction('BadProof');
    const tx = {
      signer: signed.signer,
      nonce: signed.nonce,
      tip: signed.tip,
      call: xt.call,
      len: bytes.length,
    };
    let checked: { fee: bigint; mq: ReturnType<typeof checkMqSequence> };
    try {
      checked = this.atBlock(undefined, () => ({
        ...this.executive.validateSigned(tx),
        mq: checkMqSequence(xt.call),
      }));
    } catch (err) {
      if (err instanceof InvalidTransaction) {
        if (err.kind === 'Future') return { xt, future: true, fee: 0n };
        throw invalidTransaction(err.kind);
      }
      throw new ChainError(1002, 'Verification Error', err instanceof Error ? err.message : String(err));
    }
    // CheckMqSequence (after CheckNonce, as in Khala's order): stale → outdated, ahead → Future.
    if (checked.mq === 'stale') throw invalidTransaction('Stale');
    return { xt, future: checked.mq === 'future', fee: checked.fee };
  }

  /** author_submitExtrinsic: validates, pools, and in Instant mode builds a block. Returns the hash. */
  submit(bytes: Uint8Array, opts: SubmitOptions = {}): string {
    if (this.pool.has(toHex(blake2_256(bytes)))) throw new ChainError(1013, 'Transaction Already Imported');
    const { xt, future } = this.validate(bytes);
    const signed = xt.signed as NonNullable<DecodedExtrinsic['signed']>;
    const clash = this.pool.sameNonce(signed.signer, signed.nonce);
    if (clash)
      throw new ChainError(1014, 'Priority is too low', `(${signed.tip} vs ${clash.xt.signed?.tip ?? 0n})`);
    const pooled = this.pool.add({
      xt,
      signer: signed.signer,
      nonce: signed.nonce,
      local: !!opts.local,
      watchers: [],
    });
    if (opts.watch) {
      pooled.watchers.push(opts.watch);
      opts.watch({ type: future ? 'future' : 'ready' });
    }
    if (this.mode === 'Instant' && !opts.local && !future) void this.newBlocks(1).catch(() => {});
    return xt.hash;
  }

  /** system_accountNextIndex: on-chain nonce plus this signer's consecutive pooled transactions. */
  nextIndex(who: AccountId): bigint {
    const onChain = this.kernel.enter(() => SystemAccount.get(who).nonce);
    return onChain + this.pool.countFor(who, onChain);
  }
}
