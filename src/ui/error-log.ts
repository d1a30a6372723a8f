/**
 * Logs an error once: React reports a caught render error to the root (onCaughtError) and a failed query
 * may be shown by several components; each error object (or, for non-objects, each message) is written
 * to the console a single time.
 */
const seen = new WeakSet<object>();
const seenText = new Set<string>();

export function logErrorOnce(error: unknown, where?: string): void {
  if (typeof error === 'object' && error !== null) {
    if (seen.has(error)) return;
    seen.add(error);
  } else {
    const text = String(error);
    if (seenText.has(text)) return;
    seenText.add(text);
  }
  console.error(where ? `pha-stake: ${where}:` : 'pha-stake:', error);
}
