/**
 * dApp entry: mounts the shell. The shell connects to the node the page was opened for
 * (`?rpc=ws://…`, default ws://127.0.0.1:9944) through @polkadot/api and shows the chain it reached.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
