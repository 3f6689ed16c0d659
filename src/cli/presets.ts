import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the preset scenarios (public/scenarios), found from this module upwards: it is src/cli in a
 * checkout run through tsx, and node_modules/.cache/bcos-sim once bundled.
 */
export function presetsDir(from: string = fileURLToPath(import.meta.url)): string | null {
  let dir = dirname(from);
  for (let up = 0; up < 8; up++) {
    const candidate = join(dir, 'public', 'scenarios');
    if (existsSync(join(candidate, 'index.json'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}
