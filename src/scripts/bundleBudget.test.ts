import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./bundleBudget.mjs', import.meta.url));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A build with an entry, one preloaded chunk, one lazy chunk and a worker; `size` bytes of incompressible text each. */
function build(size: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bcos-budget-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'assets'));
  // A hash chain in base64: a deterministic stream gzip cannot shrink much, so the size checked is about `size`.
  const text = (): string => {
    let block = createHash('sha256').update(String(size)).digest();
    const parts: string[] = [];
    for (let n = 0; n < size; n += 44)
      parts.push((block = createHash('sha256').update(block).digest()).toString('base64'));
    return parts.join('').slice(0, size);
  };
  for (const f of ['index-a.js', 'core-b.js', 'lazy-c.js', 'sim.worker-d.js'])
    writeFileSync(join(dir, 'assets', f), text());
  writeFileSync(
    join(dir, 'index.html'),
    '<script type="module" crossorigin src="./assets/index-a.js"></script>' +
      '<link rel="modulepreload" crossorigin href="./assets/core-b.js">',
  );
  return dir;
}

const budget = (dir: string) => spawnSync('node', [SCRIPT, dir], { encoding: 'utf8' });

describe('the initial JavaScript budget', () => {
  it('counts the entry and its preloads, not lazy chunks, and reports the worker beside them', () => {
    const r = budget(build(50_000));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Initial JavaScript: [\d.]+ kB gzipped in 2 files \(budget 200\.0 kB\)$/m);
    expect(r.stdout).toContain('assets/core-b.js');
    expect(r.stdout).not.toContain('lazy-c.js');
    expect(r.stdout).toMatch(/^Worker \(loaded beside the page\): [\d.]+ kB gzipped {2}sim\.worker-d\.js$/m);
  });

  it('fails the build over budget', () => {
    const r = budget(build(250_000));
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^Over budget: [\d.]+ kB > 200\.0 kB$/m);
  });
});
