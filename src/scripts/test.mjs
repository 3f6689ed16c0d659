// `npm test`: cheapest checks first, then one closing line of counts read from the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
const counts = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function step(name, cmd, args) {
  console.log(`\n== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env, shell: false });
  const ok = r.status === 0;
  console.log(
    `== ${name}: ${ok ? 'ok' : `FAILED (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  if (!ok) broken = true;
  return ok;
}

function readJson(path) {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function addVitest(report) {
  if (!report) return;
  counts.passed += report.numPassedTests ?? 0;
  counts.failed += report.numFailedTests ?? 0;
  counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function addPlaywright(report) {
  if (!report?.stats) return;
  counts.passed += report.stats.expected ?? 0;
  counts.failed += (report.stats.unexpected ?? 0) + (report.stats.flaky ?? 0);
  counts.skipped += report.stats.skipped ?? 0;
}

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });
const npx = 'npx';
// One compiler configuration per runtime: each rejects the globals its runtime does not have.
const RUNTIMES = [
  ['(all, with tests)', 'tsconfig.json'],
  ['core (no DOM, no Node)', 'src/core/tsconfig.json'],
  ['worker (WebWorker, no DOM)', 'src/worker/tsconfig.json'],
  ['ui and store (DOM, no Node)', 'src/ui/tsconfig.json'],
  ['cli (Node, no DOM)', 'src/cli/tsconfig.json'],
  ['shell commands (no DOM, no Node)', 'src/shell/tsconfig.json'],
];

const checks =
  RUNTIMES.every(([name, config]) => step(`typecheck ${name}`, npx, ['tsc', '--noEmit', '-p', config])) &&
  step('lint', npx, ['oxlint', '-c', '.oxlintrc.json', '--deny-warnings', 'src', 'e2e']) &&
  step('format', 'npm', ['run', '--silent', 'format:check']);

if (checks) {
  step('unit, property and component tests', npx, [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=reports/vitest.json',
  ]);
  addVitest(readJson('reports/vitest.json'));
  const browser = findChromium();
  if (!browser.ok) {
    console.log(`\n== e2e: not run. ${browser.message}`);
    broken = true;
  } else if (step('build', npx, ['vite', 'build'])) {
    step('initial JavaScript budget', 'node', ['src/scripts/bundleBudget.mjs']);
    step('e2e', npx, ['playwright', 'test', '-c', 'e2e/playwright.config.ts']);
    addPlaywright(readJson('reports/e2e.json'));
  }
}

// A failed step that produced no test report (typecheck, lint, build) still counts as one failure.
if (broken && counts.failed === 0) counts.failed = 1;
console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(broken ? 1 : 0);
