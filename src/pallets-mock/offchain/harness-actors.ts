/**
 * The scenario harness's in-process actors (`runtime.offchain.startActors()`, spec/contracts.md §3): a
 * Gatekeeper and the relayer, plus any simulated pRuntime workers passed in, driven by `advanceBlocks`.
 * After each block is finalized the relayer reads it (number, timestamp, PhalaMq.OutboundMessages) and
 * feeds it to the Gatekeeper and the workers; once the next block opens it dispatches their signed
 * messages as `PhalaMq.sync_offchain_message` from the relayer account (the harness dispatches without
 * fee or nonce, like every harness call). A message the chain refuses throws, naming the error.
 */
import { Gatekeeper } from './gatekeeper.js';
import type { PRuntimeWorker } from './pruntime.js';
import { Relayer, readBlock, type StorageQuery } from './relayer.js';
import type { BlockInfo } from './worker-state.js';

export interface HarnessActorsOptions {
  /** Simulated pRuntime workers to serve (register them with register_worker_v2 yourself). */
  workers?: PRuntimeWorker[];
  /** Relayer account (default //Ferdie). */
  relayer?: string;
}

type Dispatch = (
  origin: string,
  call: string,
  args: Record<string, unknown>,
) => { ok: true } | { ok: false; error: string };

export class HarnessActors {
  readonly gatekeeper = new Gatekeeper();
  readonly relayer: Relayer;
  private readonly pending: BlockInfo[] = [];
  private readonly relayerAccount: string;

  constructor(
    private readonly query: StorageQuery,
    private readonly dispatch: Dispatch,
    opts: HarnessActorsOptions = {},
  ) {
    this.relayer = new Relayer(this.gatekeeper);
    for (const w of opts.workers ?? []) this.relayer.addWorker(w);
    this.relayerAccount = opts.relayer ?? '//Ferdie';
  }

  /** After a block is finalized: read it. */
  blockFinalized(): void {
    this.pending.push(readBlock(this.query));
  }

  /** After the next block opened: process what was read and dispatch the messages. */
  blockOpened(): void {
    for (const block of this.pending.splice(0))
      for (const signed_message of this.relayer.processBlock(block)) {
        const out = this.dispatch(this.relayerAccount, 'PhalaMq.sync_offchain_message', { signed_message });
        if (!out.ok) throw new Error(`actors: relayed message refused: ${out.error}`);
      }
  }
}
