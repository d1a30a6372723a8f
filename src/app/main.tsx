/**
 * dApp entry: mounts the shell. The endpoint comes from `?rpc=` (ws://…, or `embedded`), else the
 * remembered choice, else the local node ws://127.0.0.1:9944; @polkadot/api loads after first paint.
 * Render errors — caught by a section's boundary or not — are logged once. Once the shell's first frame
 * is painted, the first route's page chunk loads while the connection opens.
 */
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { logErrorOnce } from '../ui/error-log.js';
import { App } from './app.js';
import { preloadPage } from './pages.js';
import { parseRoute } from './router.js';

const root = document.getElementById('root');
if (root) {
  // the page's code loads while React renders the shell and the pool list comes over its own socket
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
