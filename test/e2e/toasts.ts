/**
 * e2e: what the transaction toasts said. `recordToasts(page)` (before the page loads) keeps, in the page,
 * every status each toast showed — a MutationObserver on the document, so a step that lasts a few
 * milliseconds is not missed; `toastSteps(page, text)` returns the statuses, in order, of the toasts whose
 * title contains `text`.
 */
import type { Page } from 'playwright-core';

interface ToastStep {
  title: string;
  status: string;
}

export async function recordToasts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: ToastStep[] = [];
    (window as unknown as { __toastSteps: ToastStep[] }).__toastSteps = log;
    const last = new Map<Element, string>();
    const record = () => {
      for (const el of document.querySelectorAll<HTMLElement>('[data-testid="tx-toast"]')) {
        const status = el.dataset.status ?? '';
        if (last.get(el) === status) continue;
        last.set(el, status);
        log.push({ title: el.querySelector('.toast-title')?.textContent ?? '', status });
      }
    };
    new MutationObserver(record).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-status'],
    });
  });
}

export async function toastSteps(page: Page, text: string): Promise<string[]> {
  const log = await page.evaluate(() => (window as unknown as { __toastSteps: ToastStep[] }).__toastSteps);
  return log.filter((s) => s.title.includes(text)).map((s) => s.status);
}
