/**
 * dApp entry, kept small so it runs as soon as it arrives: the endpoint comes from `?rpc=` (ws://…, or
 * `embedded`), else the remembered choice, else the local node ws://127.0.0.1:9944. Before the shell's
 * code (React and the app, root.tsx) has loaded, the pool list preview's requests go out (early-rpc.ts)
 * and the first route's page chunk starts loading, side by side with it. The shell renders once both are
 * in, so the first page renders without a Suspense fallback (React reveals a page that suspended no
 * sooner than 300 ms after its fallback showed). @polkadot/api loads after first paint.
 */
import './styles.css';
import { sendEarly } from '../api/early-rpc.js';
import { initialEndpoint } from '../api/endpoints.js';
import { preloadPage } from './page-chunks.js';
import { parseRoute } from './router.js';

const root = document.getElementById('root');
if (root) {
  sendEarly(initialEndpoint());
  // a failed page chunk shows in its section (pages.tsx), not as a blank page
  const page = preloadPage(parseRoute(window.location.hash)).catch(() => {});
  void Promise.all([import('./root.js'), page]).then(([m]) => m.renderApp(root));
}
