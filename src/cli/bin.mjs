#!/usr/bin/env node
// bcos-sim: the command line. Runs the bundled CLI, rebuilding it first when the sources changed since.
import { pathToFileURL } from 'node:url';
import { BUNDLE, buildBundle, bundleIsStale } from './bundle.mjs';

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
await import(pathToFileURL(BUNDLE).href);
