/**
 * Runs the demo build's transaction batches on a scenario-harness runtime: each batch is one block, every
 * call must succeed (a Sudo call's inner result and an executed motion's call too), then the block is
 * closed and try-state runs.
 */
import { expect } from 'vitest';
import type { CallValue } from '../../src/pallets-mock/frame/runtime.js';
import type { Runtime } from '../../src/pallets-mock/index.js';

export function runDemoBlocks(rt: Runtime, blocks: Array<Array<[suri: string, call: CallValue]>>): void {
  for (const txs of blocks) {
    for (const [suri, c] of txs) {
      const v = c.value as { type: string; value: Record<string, unknown> };
      const out = rt.dispatch(suri, `${c.type}.${v.type}`, v.value);
      if (!out.ok) throw new Error(`${suri} ${c.type}.${v.type}: ${out.error}`);
      const sudid = out.events.find((e) => e.name === 'Sudid')?.fields.sudo_result as
        | { type: string }
        | undefined;
      expect(sudid?.type ?? 'Ok').toBe('Ok');
      for (const e of out.events.filter((x) => x.name === 'Executed' || x.name === 'MemberExecuted'))
        expect(
          (e.fields.result as { type: string }).type,
          `${e.pallet}.${e.name} of ${c.type}.${v.type}`,
        ).toBe('Ok');
    }
    rt.advanceBlocks(1);
    rt.tryState();
  }
}
