// Types for chromium.mjs, which Node runs as it is (npm test) and TypeScript files import (the e2e config, the bench).
export declare const CHROMIUM_ARGS: readonly string[];
export declare function findChromium(
  env?: NodeJS.ProcessEnv,
  options?: { install?: boolean },
): { ok: true; path: string } | { ok: false; message: string };
