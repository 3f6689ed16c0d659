import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afsScript } from './afs/afsScript';
import { diskScript } from './disk/diskScript';
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
        if (!solved.ok || !streamed.ok) {
          expect(streamed).toEqual(solved);
          return;
        }
        expect(partsText(streamed.lines)).toBe(solved.text);
        expect(streamed.exitStatus?.() ?? 0).toBe(solved.exitStatus ?? 0);
      }),
      { seed: 20261206, numRuns: 150 },
    );
  });
});
