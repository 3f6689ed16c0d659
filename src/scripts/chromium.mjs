// Which Chromium the e2e tests drive, decided before Playwright starts, so that a machine without one gets one
// line saying what to install instead of Playwright's own stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const DEBIAN = '/usr/bin/chromium';

/** Flags for a headless Chromium in a container: no sandbox or GPU, and none of its own network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
const HOW =
  "install Debian's Chromium (apt-get install -y chromium), or Playwright's (npx playwright install chromium), or name one with CHROMIUM_PATH=/path/to/chromium";

/**
 * `{ ok: true, path }` for the browser the e2e tests and the bench's browser probe launch (CHROMIUM_PATH, Debian's,
 * or Playwright's own, which it installs when the network allows unless `install` is false), else
 * `{ ok: false, message }` with what to install.
 */
export function findChromium(env = process.env, { install = true } = {}) {
  if (env.CHROMIUM_PATH) {
    return existsSync(env.CHROMIUM_PATH)
      ? { ok: true, path: env.CHROMIUM_PATH }
      : { ok: false, message: `CHROMIUM_PATH names ${env.CHROMIUM_PATH}, which does not exist: ${HOW}.` };
  }
  if (existsSync(DEBIAN)) return { ok: true, path: DEBIAN };
  const own = chromium.executablePath();
  if (existsSync(own)) return { ok: true, path: own };
  if (!install) return { ok: false, message: `No Chromium found: ${HOW}.` };
  console.log('No Chromium found; trying npx playwright install chromium ...');
  // Its own output is a download trace; what matters is whether the browser is there afterwards.
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'ignore', timeout: 300_000 });
  if (existsSync(own)) return { ok: true, path: own };
  return { ok: false, message: `No Chromium for the e2e tests, and Playwright could not download its own: ${HOW}.` };
}
