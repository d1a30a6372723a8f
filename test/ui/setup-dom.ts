/**
 * Imported first by every UI test (jsdom).
 *
 * 1. jsdom swaps in its own typed-array realm, and its TextEncoder's output is not `instanceof Uint8Array`
 *    there, which breaks byte checks in @polkadot/util and the runtime's hashing (storage keys come out
 *    wrong). This installs an encoder whose output is the page realm's Uint8Array, before any module
 *    captures it, and tells React this is not an act() environment (the chain pushes updates
 *    asynchronously, as in a browser).
 * 2. The page-error fixture: any console.error (React reports render errors, caught or not, there), any
 *    uncaught error event and any unhandled rejection in the page fails the test it happened in.
 * 3. Waits are for state, not for time: `waitFor`/`findBy*` poll until the page shows what the chain did,
 *    and their bound is only where a wait is given up as a failure — 60 s, not Testing Library's 1 s, which
 *    a loaded 2-core machine overran ("the batch clears the selection" in operator.test.tsx once did).
 */
import { format, TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { configure } from '@testing-library/dom';
import { afterEach } from 'vitest';

class RealmTextEncoder extends NodeTextEncoder {
  override encode(input?: string): Uint8Array<ArrayBuffer> {
    return new Uint8Array(super.encode(input));
  }
}

Object.assign(globalThis, {
  TextEncoder: RealmTextEncoder,
  TextDecoder: NodeTextDecoder,
  IS_REACT_ACT_ENVIRONMENT: false,
});

configure({ asyncUtilTimeout: 60_000 });

const pageErrors: string[] = [];
const consoleError = console.error.bind(console);
// React's act() warning is about the test harness (Testing Library flips IS_REACT_ACT_ENVIRONMENT), not
// about the page: it is the one console.error that does not fail a test
const HARNESS_ONLY = /not wrapped in act\(/;
console.error = (...args: unknown[]) => {
  const text = format(...args);
  if (!HARNESS_ONLY.test(text)) pageErrors.push(`console.error: ${text}`);
  consoleError(...args);
};
globalThis.addEventListener?.('error', (e: ErrorEvent) => {
  pageErrors.push(`uncaught error: ${e.error instanceof Error ? e.error.stack : e.message}`);
});
globalThis.addEventListener?.('unhandledrejection', (e: PromiseRejectionEvent) => {
  pageErrors.push(`unhandled rejection: ${format(e.reason)}`);
});

/** Takes the errors collected so far (tests that provoke an error on purpose assert on them). */
export function takePageErrors(): string[] {
  return pageErrors.splice(0);
}

afterEach(() => {
  const errors = takePageErrors();
  if (errors.length > 0)
    throw new Error(`${errors.length} page error(s) during the test:\n${errors.join('\n---\n')}`);
});
