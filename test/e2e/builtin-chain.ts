/**
 * The built-in chain (`?rpc=embedded`) as e2e tests drive it: `openBuiltinChain(page, url)` loads the dApp
 * on it and waits until the chain's bar is shown and its test hook (`window.__phaStakeEmbeddedChain`,
 * src/embedded/client.ts) is installed; `runInBuiltinChain(page, steps, step, args)` runs an exported
 * function of a steps module (for example `/test/e2e/verify-steps.ts`) inside the chain's Web Worker and
 * returns its result. Waits are on the page's state, never on the wall clock.
 */
import type { Page } from 'playwright-core';

/** Waits until the page's built-in chain exposes its test hook. */
export async function waitForBuiltinChainHook(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => (globalThis as { __phaStakeEmbeddedChain?: unknown }).__phaStakeEmbeddedChain !== undefined,
    null,
    { timeout },
  );
}

/** Goes to `url` (a `?rpc=embedded` address) and waits for the built-in chain's bar and test hook. */
export async function openBuiltinChain(page: Page, url: string): Promise<void> {
  await page.goto(url, { timeout: 300_000 });
  await page.getByTestId('builtin-bar').waitFor({ timeout: 300_000 });
  await waitForBuiltinChainHook(page);
}

/** Runs `steps`' export `step` with `args` inside the built-in chain's Web Worker. */
export function runInBuiltinChain<T>(
  page: Page,
  steps: string,
  step: string,
  args: unknown[] = [],
): Promise<T> {
  return page.evaluate(
    `globalThis.__phaStakeEmbeddedChain.run(${JSON.stringify(steps)}, ${JSON.stringify(step)}, ${JSON.stringify(args)})`,
  ) as Promise<T>;
}
