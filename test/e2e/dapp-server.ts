/**
 * The dApp for the e2e tier: `startVite()` serves it from source with Vite on 127.0.0.1 (a free port), as
 * `npm run dev` does; close it with `vite.close()`. Its URL is `vite.resolvedUrls?.local[0]`.
 */
import { createServer, type ViteDevServer } from 'vite';

export async function startVite(): Promise<ViteDevServer> {
  const vite = await createServer({
    server: { host: '127.0.0.1', port: 0 },
    logLevel: 'silent',
    clearScreen: false,
  });
  await vite.listen();
  return vite;
}
