/**
 * Resolves when the page is next idle (requestIdleCallback; at the latest after a second), or after a
 * macrotask where there is no idle callback (Node, jsdom). For work that may wait behind the page's own
 * renders and the user's input.
 */
export const idle = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof globalThis.requestIdleCallback === 'function')
      globalThis.requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 0);
  });
