import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../src/scripts/chromium.mjs';

// CHROMIUM_PATH, else Debian's Chromium when present (this machine and CI), else Playwright's own if the user has
// one (npm test has said what to install when there is none).
const chromium = findChromium(process.env, { install: false });
const executablePath = chromium.ok ? chromium.path : undefined;
// E2E_PORT lets several checkouts run their e2e tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  workers: 1,
  retries: 0,
  timeout: 30_000,
  // Paths are relative to this file; reports/ sits at the repo root beside the unit-test report.
  outputDir: '../test-results',
  reporter: [['list'], ['json', { outputFile: '../reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions: {
      executablePath,
      args: [...CHROMIUM_ARGS],
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    // The repo root, where the build is.
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
