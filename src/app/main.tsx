/**
 * dApp entry: mounts the shell. The endpoint comes from `?rpc=` (ws://…, or `embedded`), else the
 * remembered choice, else the local node ws://127.0.0.1:9944; @polkadot/api loads after first paint.
 * Render errors — caught by a section's boundary or not — are logged once. Before React renders the
 * shell, the pool list preview's requests go out (early-rpc.ts) and the first route's page chunk starts
 * loading.
 */
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { sendEarly } from '../api/early-rpc.js';
import { initialEndpoint } from '../api/endpoints.js';
import { logErrorOnce } from '../ui/error-log.js';
import { App } from './app.js';
import { preloadPage } from './pages.js';
import { parseRoute } from './router.js';

const root = document.getElementById('root');
if (root) {
  // the pool list is asked for and the page's code loads while React renders the shell
  sendEarly(initialEndpoint());
  preloadPage(parseRoute(window.location.hash));
  createRoot(root, {
    onCaughtError: (error) => logErrorOnce(error, 'a section failed'),
    onUncaughtError: (error) => logErrorOnce(error, 'the app failed'),
  }).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
