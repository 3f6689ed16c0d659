// The CLI as bundled files, so that `bcos-sim` starts in a tenth of a second instead of compiling ~240
// TypeScript modules through a loader at every start. Built by `npm install` (the prepare script) and rebuilt
// by bin.mjs whenever a source file is newer than the bundles. Each is a CommonJS script, not a module: bin.mjs
// runs it through node:vm with the code V8 compiled for it the first time (codeCache), which Node 20 offers
// for scripts only; compiling the 1.2 MB afresh was a third of a short command's time.
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Under node_modules/.cache: never committed, and kept by `vite build`, which empties dist/. Named after the
 * checkout, so that checkouts sharing one node_modules (git worktrees) never run each other's command line.
 */
const DIR = join(root, 'node_modules', '.cache', 'bcos-sim');
const NAME = `bcos-sim-${nameHash(root)}`;
/**
 * The whole CLI (main.ts), and `sim ostep` alone (ostepMain.ts): without the worker's handler, the shell and the
 * cluster, whose set-up was a third of a small OSTEP problem's time.
 */
export const BUNDLES = { main: join(DIR, `${NAME}.cjs`), ostep: join(DIR, `${NAME}-ostep.cjs`) };
const ENTRIES = { main: 'src/cli/main.ts', ostep: 'src/cli/ostepMain.ts' };

/** V8's compiled code for a bundle, written by bin.mjs after the first run of a new bundle. */
export function codeCache(bundle) {
  return `${bundle}.v8cache`;
}

/** 12 hex digits of FNV-1a over the path: a name per checkout, without loading node:crypto at every start. */
function nameHash(text) {
  let h = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text)) h = BigInt.asUintN(64, (h ^ BigInt(byte)) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0').slice(0, 12);
}
/** The source files the bundles were built from, one path (from the checkout's root) a line: what bin.mjs checks. */
const INPUTS = join(DIR, `${NAME}.inputs`);

/**
 * True when a bundle is missing or older than one of the source files. Only the files they were built from are
 * looked at (a new file matters once an old one imports it, and that one is then newer): stats, not a walk.
 */
export function bundleIsStale() {
  try {
    const built = Math.min(statSync(BUNDLES.main).mtimeMs, statSync(BUNDLES.ostep).mtimeMs);
    const inputs = readFileSync(INPUTS, 'utf8').split('\n');
    return inputs.some((file) => statSync(root + file).mtimeMs > built);
  } catch {
    return true;
  }
}

export async function buildBundle() {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: Object.entries(ENTRIES).map(([name, entry]) => ({
      in: join(root, entry),
      out: basename(BUNDLES[name], '.cjs'),
    })),
    absWorkingDir: root,
    metafile: true,
    outdir: DIR,
    outExtension: { '.js': '.cjs' },
    write: false,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // A script has no import.meta: presets.ts finds public/ from the bundle's own path.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    // fflate's build for Node loads worker_threads as it starts, for asynchronous calls we never make (a tenth of
    // a short command's start); its browser build, the one the app runs, has the same synchronous functions.
    alias: { fflate: './node_modules/fflate/esm/browser.js' },
    // No comments and no spaces: a third less for every start to read and V8 to take in. Names are kept, for
    // stack traces and messages that print a class's name.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  mkdirSync(DIR, { recursive: true });
  // bin.mjs reads a bundle as Latin-1, a byte a character: esbuild escapes what is not ASCII, and here is checked.
  for (const file of out.outputFiles)
    if (file.contents.some((byte) => byte > 0x7f)) throw new Error(`${file.path} has a byte that is not ASCII`);
  // The packages (zod) change only through npm install, which rebuilds the bundles (the prepare script); this
  // file, which says how they are built, counts as a source.
  const inputs = Object.keys(out.metafile.inputs).filter((file) => !file.includes('node_modules/'));
  inputs.push('src/cli/bundle.mjs');
  writeFileSync(INPUTS, inputs.join('\n'));
  // Written aside and renamed: a second bcos-sim started meanwhile reads an old bundle or a new one, never half.
  for (const file of out.outputFiles) {
    const aside = `${file.path}.${process.pid}`;
    writeFileSync(aside, file.contents);
    renameSync(aside, file.path);
    rmSync(codeCache(file.path), { force: true });
  }
  await warmCodeCaches();
}

/**
 * A command for each bundle, run once after a build, whose run leaves the code cache holding what most commands
 * compile (bin.mjs writes it after a bundle's first run): otherwise the first command decided it, and a `-h` first
 * left every later start compiling the validation, the engine and the writers again (0.147 s against 0.132 s).
 */
const WARM_UP = {
  ostep: ['ostep', 'scheduler', '-l', '1,2', '-c'],
  main: ['run', 'public/scenarios/default.json', '--quiet'],
};

/**
 * Set for the warm-up's runs: one that finds the bundles stale again (a source dated in the future) builds them
 * without starting runs of its own, which would do the same.
 */
const WARMING = 'BCOS_SIM_WARMING_UP';

async function warmCodeCaches() {
  if (process.env[WARMING]) return;
  const { spawnSync } = await import('node:child_process');
  const bin = join(root, 'src', 'cli', 'bin.mjs');
  const env = { ...process.env, [WARMING]: '1' };
  // Its output is not wanted, and a failure only leaves the cache to the next command, as before.
  for (const args of Object.values(WARM_UP))
    spawnSync(process.execPath, [bin, ...args], { cwd: root, env, stdio: 'ignore' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildBundle();
