// The CLI as one bundled file, so that `bcos-sim` starts in a tenth of a second instead of compiling ~240
// TypeScript modules through a loader at every start. Built by `npm install` (the prepare script) and rebuilt
// by bin.mjs whenever a source file is newer than the bundle.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Under node_modules/.cache: never committed, and kept by `vite build`, which empties dist/. Named after the
 * checkout, so that checkouts sharing one node_modules (git worktrees) never run each other's command line.
 */
export const BUNDLE = join(
  root,
  'node_modules',
  '.cache',
  'bcos-sim',
  `bcos-sim-${createHash('sha256').update(root).digest('hex').slice(0, 12)}.mjs`,
);
/** What the CLI is made of: the CLI, the shell's commands, the worker's handler it runs, the protocol and the core. */
const SOURCES = ['src/cli', 'src/shell', 'src/worker', 'src/protocol', 'src/core'].map((d) => join(root, d));

/** The newest modification time (ms) of a source file, tests included (cheap: a few hundred stats). */
export function newestSource() {
  let newest = 0;
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  SOURCES.forEach(walk);
  return newest;
}

/** True when the bundle is missing or older than a source file. */
export function bundleIsStale() {
  try {
    return statSync(BUNDLE).mtimeMs < newestSource();
  } catch {
    return true;
  }
}

export async function buildBundle() {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    outfile: BUNDLE,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  mkdirSync(dirname(BUNDLE), { recursive: true });
  // Written aside and renamed: a second bcos-sim started meanwhile reads the old bundle or the new, never half.
  const aside = `${BUNDLE}.${process.pid}`;
  writeFileSync(aside, out.outputFiles[0].contents);
  renameSync(aside, BUNDLE);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildBundle();
