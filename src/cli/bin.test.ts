import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module (the build script), without declarations
import { BUNDLES, buildBundle, bundleIsStale, codeCache } from './bundle.mjs';
import { runCli } from './runCli';

const BIN = fileURLToPath(new URL('./bin.mjs', import.meta.url));

function inProcess(argv: string[]): string {
  let out = '';
  runCli(argv, { readText: (file) => readFileSync(file, 'utf8'), out: (t) => (out += `${t}\n`), err: () => {} });
  return out;
}

describe('bcos-sim, the bundled entry', () => {
  it('prints what the CLI prints in-process, byte for byte', () => {
    const argv = ['ostep', 'mlfq', '-s', '3', '-n', '3', '-j', '4', '-c'];
    expect(execFileSync('node', [BIN, ...argv], { encoding: 'utf8' })).toBe(inProcess(argv));
  });

  it('keeps the code V8 compiled for each bundle after a run, and gives the same output from it', () => {
    const scenario = fileURLToPath(new URL('../../public/scenarios/default.json', import.meta.url));
    // `ostep` runs the bundle of that command alone; the others the whole CLI's.
    for (const [argv, bundle] of [
      [['ostep', 'scheduler', '-l', '1,2', '-c'], BUNDLES.ostep],
      [['validate', scenario], BUNDLES.main],
    ] as const) {
      const first = execFileSync('node', [BIN, ...argv], { encoding: 'utf8' });
      expect(existsSync(codeCache(bundle))).toBe(true);
      expect(execFileSync('node', [BIN, ...argv], { encoding: 'utf8' })).toBe(first);
      expect(first).toBe(inProcess([...argv]));
    }
  });

  it("leaves each bundle's code cache, after a build, from a run of the core, not from whichever command comes first", async () => {
    const ostepCache = codeCache(BUNDLES.ostep);
    rmSync(ostepCache, { force: true });
    execFileSync('node', [BIN, 'ostep', '-h']);
    const afterHelp = statSync(ostepCache).size;
    await buildBundle();
    expect(existsSync(codeCache(BUNDLES.main))).toBe(true);
    // The help text alone compiles little; the warm-up's scheduler problem compiles the validation, engine and writers.
    expect(statSync(ostepCache).size).toBeGreaterThan(afterHelp * 1.1);
  }, 60_000);

  it('counts the bundles stale once a source file they were built from is newer', () => {
    execFileSync('node', [BIN, 'help']);
    expect(bundleIsStale()).toBe(false);
    const source = fileURLToPath(new URL('./ostepMain.ts', import.meta.url));
    const { atime, mtime } = statSync(source);
    try {
      utimesSync(source, atime, new Date(Date.now() + 60_000));
      expect(bundleIsStale()).toBe(true);
    } finally {
      utimesSync(source, atime, mtime);
    }
    expect(bundleIsStale()).toBe(false);
  });

  it('exits 2 with a message on bad input', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync('node', [BIN, 'run', '/nonexistent.json'], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      ({ status, stderr } = e as { status: number; stderr: string });
    }
    expect(status).toBe(2);
    expect(stderr).toContain('sim: cannot read /nonexistent.json');
  });

  it('writes a long text through a pipe whole, and stops quietly when the reader goes away', () => {
    const argv = ['ostep', 'paging-policy', '-s', '1', '-p', 'LRU', '-C', '64', '-n', '20000', '-c'];
    // Through a pipe the whole text arrives; a reader that stops after two lines ends the writer without a trace.
    expect(execFileSync('node', [BIN, ...argv], { encoding: 'utf8', maxBuffer: 1 << 28 })).toBe(inProcess(argv));
    const cut = spawnSync('bash', ['-o', 'pipefail', '-c', `node ${BIN} ${argv.join(' ')} | head -2`], {
      encoding: 'utf8',
    });
    expect(cut).toMatchObject({ status: 0, stderr: '', stdout: 'ARG addresses -1\nARG addressfile \n' });
  });
});
