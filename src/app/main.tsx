/**
 * dApp entry: mounts the shell. The endpoint comes from `?rpc=` (ws://…, or `embedded`), else the
 * remembered choice, else the local node ws://127.0.0.1:9944; @polkadot/api loads after first paint.
 */
import './styles.css';
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
