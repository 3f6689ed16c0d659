#!/usr/bin/env node
// bcos-sim: the command line. Runs the bundled CLI, rebuilding it first when the sources changed since.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { BUNDLES, buildBundle, bundleIsStale, codeCache } from './bundle.mjs';

if (bundleIsStale()) {
  try {
    await buildBundle();
  } catch (e) {
    process.stderr.write(
      `bcos-sim: cannot build the command line (${e instanceof Error ? e.message : e}); run npm install\n`,
    );
    process.exit(1);
  }
}

// `sim ostep …` runs the bundle of that command alone, which has less to set up as it starts.
const BUNDLE = process.argv[2] === 'ostep' ? BUNDLES.ostep : BUNDLES.main;
const CODE_CACHE = codeCache(BUNDLE);

/** V8's code for the bundle from an earlier run, if any (V8 checks that it fits this source and this node). */
function cachedCode() {
  try {
    return readFileSync(CODE_CACHE);
  } catch {
    return undefined;
  }
}

// The bundle as CommonJS runs it, compiled from the cache when there is one; otherwise the code compiled during
// this run (the functions this command ran included) is kept for the next, written aside and renamed. It is ASCII
// (bundle.mjs checks), so read as Latin-1: no decoding.
const cachedData = cachedCode();
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${readFileSync(BUNDLE, 'latin1')}\n})`,
  { filename: BUNDLE, cachedData },
);
if (cachedData === undefined || script.cachedDataRejected) {
  process.once('exit', () => {
    try {
      const aside = `${CODE_CACHE}.${process.pid}`;
      writeFileSync(aside, script.createCachedData());
      renameSync(aside, CODE_CACHE);
    } catch {
      // Only a slower start next time.
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
