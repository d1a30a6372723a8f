/**
 * Finds Debian Chromium for the e2e tier (spec/contracts.md §7): CHROMIUM_PATH or /usr/bin/chromium.
 * Without one the tier is skipped with a message saying how to enable it, unless E2E=required, which
 * makes the missing browser a failure (CI).
 *
 * The page-error fixture: every page of a browser from `launchChromium` is watched, and any uncaught page
 * error, React error (React reports them through console.error, logged once by the shell) or console
 * error fails the test it happened in — for every e2e file, not per test.
 */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterEach } from 'vitest';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found && process.env.E2E === 'required') {
    throw new Error(
      'E2E=required but no Chromium was found (set CHROMIUM_PATH or apt-get install -y chromium)',
    );
  }
  if (!found) {
    console.warn(
      'e2e skipped: no Chromium found. Install Debian chromium (apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
  }
  return found;
}

const pageErrors: string[] = [];
const watched = new WeakSet<Page>();

function watch(page: Page): void {
  if (watched.has(page)) return;
  watched.add(page);
  page.on('pageerror', (e) => pageErrors.push(`page error: ${e.stack ?? e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`console error: ${m.text()} (${m.location().url})`);
  });
}

function watchContext(context: BrowserContext): BrowserContext {
  for (const p of context.pages()) watch(p);
  context.on('page', watch);
  return context;
}

/** Takes the errors collected so far (a test that provokes one on purpose asserts on it). */
export function takePageErrors(): string[] {
  return pageErrors.splice(0);
}

// only under the test runner (the bench launches Chromium through this module too)
if (process.env.VITEST)
  afterEach(() => {
    const errors = takePageErrors();
    if (errors.length > 0)
      throw new Error(`${errors.length} page error(s) during the test:\n${errors.join('\n---\n')}`);
  });

export async function launchChromium(executablePath: string): Promise<Browser> {
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => watchContext(await newContext(...args));
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...args) => {
    const page = await newPage(...args);
    watchContext(page.context());
    watch(page);
    return page;
  };
  return browser;
}
