/**
 * The history indexer on a node that keeps only its last blocks' state (`--state-pruning N`, issue 19).
 * An indexer that needs a block whose state the node has discarded can never index it: it stops at the
 * block before, says so once in plain words (what happened, and to run the node as an archive or with a
 * wider window), and does not retry at every new head — before, a node whose history fell more than N
 * blocks behind (a `dev_newBlock` of thousands of blocks) logged the same failure at every block for ever.
 */
import { describe, expect, it } from 'vitest';
import { startChainHistory } from '../../src/indexer/chain-history.js';
import { MemoryKv } from '../../src/indexer/store.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';

describe('history indexer on a pruned node', () => {
  it('stops before the first block whose state is discarded, reports it once and does not retry', async () => {
    const chain = new DevChain({ mode: 'Manual', statePruning: 8 });
    await chain.newBlocks(30); // block 1's state is now outside the kept window
    const errors: string[] = [];
    const history = await startChainHistory(chain, new MemoryKv(), {
      onError: (err) => errors.push(err instanceof Error ? err.message : String(err)),
    });
    try {
      await expect(history.indexer.syncTo(Number(chain.best))).rejects.toThrow(
        /history stops at block #0: the node has discarded the state of the next block .*--state-pruning archive/,
      );
      expect(history.indexer.indexedBlock).toBe(0);
      for (let i = 0; i < 5; i++) await chain.newBlocks(1);
      await expect(history.indexer.syncTo(Number(chain.best))).rejects.toThrow(/history stops at block #0/);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/State already discarded/);
    } finally {
      await history.stop();
      chain.stop();
    }
  });

  it('within the kept window it indexes every block', async () => {
    const chain = new DevChain({ mode: 'Manual', statePruning: 8 });
    const errors: unknown[] = [];
    const history = await startChainHistory(chain, new MemoryKv(), { onError: (err) => errors.push(err) });
    try {
      for (let i = 0; i < 20; i++) {
        await chain.newBlocks(1);
        await history.indexer.syncTo(Number(chain.best));
      }
      expect(history.indexer.indexedBlock).toBe(20);
      expect(errors).toEqual([]);
    } finally {
      await history.stop();
      chain.stop();
    }
  });
});
