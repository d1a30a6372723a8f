/**
 * The indexer behind a chain that builds blocks back to back (issue 19, "a node that runs for months").
 * Before this fix every finalized head queued a round of indexing behind the running one, and each queued
 * round — a pending promise, its reaction and its closure — stayed in memory until the indexer caught up:
 * for ever on a node whose indexer never quite catches up (the long-run bench: ~0.2 kB a block, heap
 * 151 → 181 MB over 200,000 blocks). Now a head that arrives during a round is left to that round, which
 * re-reads the finalized head before every block.
 *
 * The indexer's store is held at its first commit (a gate around a real MemoryKv) while the chain builds
 * 400 blocks, so every one of their heads arrives while a round runs; live Promise objects are counted
 * with v8.queryObjects (after a full GC) before and after. Then the gate opens and the indexer indexes
 * every block exactly once, in order, up to the head.
 */
import { queryObjects } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { startChainHistory } from '../../src/indexer/chain-history.js';
import { MemoryKv } from '../../src/indexer/store.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';

/** A MemoryKv whose writes wait while the gate is closed (reads answer at once). */
class GatedKv extends MemoryKv {
  private gate: Promise<void> = Promise.resolve();
  private release: () => void = () => {};
  /** Resolves when a write reaches the closed gate. */
  blocked: Promise<void> = Promise.resolve();
  private onBlocked: () => void = () => {};

  close(): void {
    this.gate = new Promise((resolve) => {
      this.release = resolve;
    });
    this.blocked = new Promise((resolve) => {
      this.onBlocked = resolve;
    });
  }

  reopen(): void {
    this.release();
  }

  override async putAll(pairs: ReadonlyArray<readonly [string, string]>): Promise<void> {
    this.onBlocked();
    await this.gate;
    await super.putAll(pairs);
  }
}

const livePromises = () => queryObjects(Promise, { format: 'count' }) as number;

describe('indexer rounds (issue 19: memory flat as the chain grows)', () => {
  it('heads that arrive while a round runs queue nothing per head; the round then indexes them all once', async () => {
    const chain = new DevChain({ mode: 'Manual' });
    const kv = new GatedKv();
    const history = await startChainHistory(chain, kv);
    const indexed: number[] = [];
    history.indexer.onIndexed((n) => indexed.push(n));
    // A second finalized-head subscription on the indexer's own connection, subscribed after the
    // indexer's: a head it has seen has reached the indexer too.
    let seen = 0;
    let wake = () => {};
    const unsub = await history.indexer.api.rpc.chain.subscribeFinalizedHeads((h) => {
      seen = h.number.toNumber();
      wake();
    });
    const headSeen = (n: number) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (seen >= n) resolve();
          else wake = check;
        };
        check();
      });
    try {
      await chain.newBlocks(1);
      await history.indexer.syncTo(1);
      kv.close();
      await chain.newBlocks(1);
      await kv.blocked; // the round for block 2 now waits on its commit
      const before = livePromises();
      for (let i = 0; i < 400; i++) await headSeen(Number((await chain.newBlocks(1)).header.number));
      const after = livePromises();
      // one queued round per head was ~400 more (measured on the code before the fix: +392)
      expect(after - before).toBeLessThan(100);
      expect(history.indexer.indexedBlock).toBe(1);
      kv.reopen();
      await history.indexer.syncTo(Number(chain.best));
      expect(indexed).toEqual(Array.from({ length: Number(chain.best) }, (_, i) => i + 1));
    } finally {
      unsub();
      kv.reopen();
      await history.stop();
      chain.stop();
    }
  });
});
