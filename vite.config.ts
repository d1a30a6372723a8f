import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dApp: served on 127.0.0.1:5173 by `npm start`, built to dist/ by `npm run build`.
export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173 },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
});
