/**
 * Finds Debian Chromium for the e2e tier (spec/contracts.md §7): CHROMIUM_PATH or /usr/bin/chromium.
 * Without one the tier is skipped with a message saying how to enable it, unless E2E=required, which
 * makes the missing browser a failure (CI).
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

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

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
}
