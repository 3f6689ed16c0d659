/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The service worker plugin lives here rather than in its own module: Vite's config loader wants no
// extension-less relative imports, and tsconfig does not allow '.ts' ones.

/** The service worker's source (src/ui/offline/sw.js), hand-written plain JS. */
const SW_TEMPLATE = fileURLToPath(new URL('./src/ui/offline/sw.js', import.meta.url));
/** Public files larger than this (screenshots) are not worth a first visit's bandwidth. */
const MAX_PRECACHE_BYTES = 512 * 1024;

/** sw.js with its version and file list filled in (the template's `/*VERSION*\/ 'dev'` and `/*FILES*\/ []`). */
export function serviceWorkerSource(template: string, files: readonly string[], version: string): string {
  return template
    .replace(/\/\*VERSION\*\/ 'dev'/, JSON.stringify(version))
    .replace(/\/\*FILES\*\/ \[\]/, JSON.stringify([...files]));
}

/** Files under `dir` (at most MAX_PRECACHE_BYTES each), relative, with forward slashes; dotfiles skipped. */
function listFiles(dir: string, at = dir): string[] {
  let names: string[];
  try {
    names = readdirSync(at);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    if (name.startsWith('.')) return [];
    const path = join(at, name);
    const st = statSync(path);
    if (st.isDirectory()) return listFiles(dir, path);
    return st.size <= MAX_PRECACHE_BYTES ? [relative(dir, path).split(sep).join('/')] : [];
  });
}

/**
 * Emits sw.js at build time with the list of every emitted file, index.html and the public files
 * (scenarios/*.json, lessons, ...), under a cache version that changes whenever any of them does.
 * Build only: the dev server and the tests never have a service worker.
 */
export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'bcos-service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      const files = new Set<string>(['./', 'index.html']);
      for (const [fileName, item] of Object.entries(bundle)) {
        if (fileName.endsWith('.map')) continue;
        files.add(fileName);
        hash.update(fileName);
        // Hashed names change with their content already; other assets are hashed by content.
        if (item.type === 'asset') hash.update(item.source);
      }
      for (const file of config.publicDir ? listFiles(config.publicDir) : []) {
        if (file === 'sw.js') continue;
        files.add(file);
        hash.update(file);
        hash.update(readFileSync(join(config.publicDir, file)));
      }
      const template = readFileSync(SW_TEMPLATE, 'utf8');
      hash.update(template);
      const source = serviceWorkerSource(template, [...files].sort(), hash.digest('hex').slice(0, 12));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  // Relative base so the static build works from any sub-path.
  base: './',
  plugins: [react(), serviceWorkerPlugin()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          setupFiles: ['src/scripts/fastCheckSeed.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          setupFiles: ['src/scripts/fastCheckSeed.ts', 'src/ui/testSetup.ts'],
        },
      },
    ],
  },
});
