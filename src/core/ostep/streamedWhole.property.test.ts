import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afsScript } from './afs/afsScript';
import { diskScript } from './disk/diskScript';
import { fsckScript } from './fsck/fsckScript';
import { lfsScript } from './lfs/lfsScript';
import { multiScript } from './multi/multiScript';
import type { FlagTable } from './flags';
import { optparse } from './optparse';
import { relocationScript } from './relocation/relocationScript';
import { runScenario } from './runScenario';
import type { OstepScript } from './script';
import { segmentationScript } from './segmentation/segmentationScript';
import { partsText } from './textParts';

const int = (min: number, max: number) => fc.integer({ min, max }).map(String);
const flag = (name: string) => fc.boolean().map((on) => (on ? [name] : []));
const option = (name: string, value: fc.Arbitrary<string>) =>
  fc.option(value, { nil: undefined }).map((x) => (x === undefined ? [] : [name, x]));
const argv = (...pieces: fc.Arbitrary<string[]>[]) => fc.tuple(...pieces).map((xs) => xs.flat());
const size = fc.constantFrom('16', '100', '1k', '4k', '16k', '32k', '1m', '64m');
const register = fc.constantFrom('-1', '0', '5', '100', '472', '3000', '12000');

/** Scripts whose command line streams a text the browser's answer holds whole, and flags for small problems. */
const CASES: [string, OstepScript<unknown, FlagTable>, fc.Arbitrary<string[]>][] = [
  [
    'relocation',
    relocationScript as unknown as OstepScript<unknown, FlagTable>,
    argv(
      option('-s', int(0, 999)),
      option('-a', size),
      option('-p', size),
      option('-n', int(0, 40)),
      option('-b', register),
      option('-l', register),
      flag('-c'),
    ),
  ],
  [
    'segmentation',
    segmentationScript as unknown as OstepScript<unknown, FlagTable>,
    argv(
      option('-s', int(0, 999)),
      option('-a', size),
      option('-p', size),
      option('-n', int(0, 40)),
      option('-b', register),
      option('-l', register),
      option('-B', register),
      option('-L', register),
      flag('-c'),
    ),
  ],
  [
    'afs',
    afsScript as unknown as OstepScript<unknown, FlagTable>,
    argv(
      option('-s', int(0, 999)),
      option('-C', int(0, 5)),
      option('-n', int(0, 12)),
      option('-f', int(0, 4)),
      option('-r', fc.constantFrom('0', '0.3', '1')),
      option('-d', int(0, 15)),
      flag('-p'),
      flag('-c'),
    ),
  ],
  [
    'disk',
    diskScript as unknown as OstepScript<unknown, FlagTable>,
    argv(
      option('-s', int(0, 999)),
      fc.tuple(int(0, 12), int(-1, 40)).map(([n, max]) => ['-A', `${n},${max},0`]),
      option('-p', fc.constantFrom('FIFO', 'SSTF', 'SATF', 'SCAN', 'C-SCAN', 'BSATF')),
      option('-w', fc.constantFrom('-1', '1', '3')),
      option('-L', fc.constantFrom('0,-1,0', '2,-1,0')),
      option('-S', fc.constantFrom('1', '2', '0.5')),
      option('-o', int(0, 2)),
      flag('-c'),
    ),
  ],
  [
    'multi',
    multiScript as unknown as OstepScript<unknown, FlagTable>,
    argv(
      option('-s', int(0, 999)),
      option('-j', int(0, 6)),
      option('-R', int(1, 60)),
      option('-n', int(1, 4)),
      option('-q', int(1, 12)),
      // a negative cache size breaks multi.py partway (an IndexError on the first warm-up)
      option('-M', fc.constantFrom('-1', '0', '50', '100')),
      option('-w', int(0, 6)),
      flag('-p'),
      flag('-o'),
      ...['-t', '-T', '-C', '-S', '-c'].map(flag),
    ),
  ],
  [
    'fsck',
    fsckScript as unknown as OstepScript<unknown, FlagTable>,
    argv(
      option('-s', int(0, 999)),
      option('-S', int(0, 999)),
      // small file systems run out (fsck.py then prints no picture) or leave no inode of a kind to corrupt
      option('-i', int(1, 24)),
      option('-d', int(1, 24)),
      option('-n', int(0, 40)),
      option('-w', int(-1, 12)),
      ...['-p', '-c', '-D'].map(flag),
    ),
  ],
  [
    'lfs',
    lfsScript as unknown as OstepScript<unknown, FlagTable>,
    argv(
      option('-s', int(0, 999)),
      option('-n', int(0, 60)),
      ...['-N', '-F', '-D', '-c', '-o', '-i', '-e', '-v'].map(flag),
      option('-p', fc.constantFrom('c30,w40,d5,r20,s5', 'c30,w30,d10,r20,l10,s0', 'c10,w10,d10,r10,l50,s10')),
      option('-a', fc.constantFrom('r', 's')),
      // lists that break lfs.py partway (a path through a file, a link into a missing directory) or hold a word it
      // does not know
      option(
        '-L',
        fc
          .array(
            fc.constantFrom('c,/a', 'd,/d', 'c,/d/f', 'w,/a,0,3', 'r,/a', 'l,/a,/d/g', 'l,/a,/x/g', 'c,/a/b', 's', 'q'),
            {
              maxLength: 8,
            },
          )
          .map((cs) => cs.join(':')),
      ),
    ),
  ],
];

describe.each(CASES)('%s: the streamed text', (_name, script, args) => {
  it('is the solved text byte for byte, its exit status and its refusals the same', () => {
    fc.assert(
      fc.property(args, (a) => {
        const parsed = optparse(a, script.specs, script.defaults);
        if (!parsed.ok) throw new Error(parsed.error);
        const streamed = script.stream?.(parsed.values);
        if (!streamed) return; // answered whole by solve
        const solved = script.solve(parsed.values, runScenario);
        if (!streamed.ok) {
          expect(streamed).toEqual(solved);
          return;
        }
        const text = partsText(streamed.lines);
        // A script that breaks partway has printed its text up to there; the whole answer refuses with the same words.
        const broke = streamed.brokeOff?.() ?? null;
        if (!solved.ok) {
          expect(broke).toBe(solved.error);
          return;
        }
        expect(broke).toBeNull();
        expect(text).toBe(solved.text);
        expect(streamed.exitStatus?.() ?? 0).toBe(solved.exitStatus ?? 0);
      }),
      { seed: 20261206, numRuns: 150 },
    );
  });
});
