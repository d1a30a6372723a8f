/**
 * e2e: the built-in chain (`?rpc=embedded`, in the page's Web Worker) verifies signatures on a pool of
 * nested Web Workers (issue 19, src/embedded/verify-pool.ts), in Debian Chromium. Once the pool has
 * loaded, a batch of three submissions with one tampered signature: the two genuine ones are pooled, the
 * tampered one is refused with 1010 BadProof as before, and the pool's workers verified all three (their
 * count of verified items rises by at least three). Any page error or console error fails the test
 * (browser.ts).
 * Waits are on chain state, never on the wall clock.
 */
import { describe, expect, it } from 'vitest';
import { chromiumPath } from './browser.js';
import { openBuiltinChain, runInBuiltinChain } from './builtin-chain.js';
import { useDappAndBrowser } from './dapp-server.js';
import type { VerifierState } from './verify-steps.js';

const executable = chromiumPath();
const STEPS = '/test/e2e/verify-steps.ts';

describe.skipIf(!executable)('signature verification of the built-in chain in Chromium', () => {
  const stage = useDappAndBrowser();

  it('runs on Web Workers and still refuses a tampered signature in a batch', async () => {
    const page = await stage.browser.newPage();
    await openBuiltinChain(page, `${stage.base()}?rpc=embedded`);
    const verifier = () => runInBuiltinChain<VerifierState>(page, STEPS, 'verifierState');
    await expect.poll(async () => (await verifier()).attached, { timeout: 120_000 }).toBe(true);
    const before = await verifier();
    expect(before.threads).toBeGreaterThanOrEqual(1);

    const { outcomes, after } = await runInBuiltinChain<{
      outcomes: Array<{ hash?: string; code?: number; invalid?: string | null }>;
      after: VerifierState;
    }>(page, STEPS, 'submitWithTamperedSignature');
    expect(outcomes[0]?.hash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(outcomes[1]).toEqual({ code: 1010, invalid: 'BadProof' });
    expect(outcomes[2]?.hash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(after.verified - before.verified).toBeGreaterThanOrEqual(3);
    await page.close();
  }, 600_000);
});
