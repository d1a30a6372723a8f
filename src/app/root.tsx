/**
 * Renders the shell into the page's root element (main.tsx loads this module after the boot's requests
 * are out). Render errors — caught by a section's boundary or not — are logged once.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { logErrorOnce } from '../ui/error-log.js';
import { App } from './app.js';

export function renderApp(root: HTMLElement): void {
  createRoot(root, {
    onCaughtError: (error) => logErrorOnce(error, 'a section failed'),
    onUncaughtError: (error) => logErrorOnce(error, 'the app failed'),
  }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
