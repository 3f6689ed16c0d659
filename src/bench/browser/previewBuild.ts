import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

/** The production build, served by `vite preview` on a free local port, until `close`. */
export interface ServedBuild {
  url: string;
  close(): Promise<void>;
}

/** A port nothing listens on now: the one the system hands out for port 0. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Builds the app as `vite build` does, into a folder of its own (dist/ stays as the last `npm test` left it), and
 * serves it as `vite preview` does.
 */
export async function serveProductionBuild(): Promise<ServedBuild> {
  const outDir = mkdtempSync(join(tmpdir(), 'bcos-bench-'));
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const port = await freePort();
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
