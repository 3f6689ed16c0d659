import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partsText } from '../textParts';
import { listedAddresses, traceParts, type TracedAddress } from './registerTrace';

const hex = (n: number) => n.toString(16).padStart(8, '0');

/** '  VA %2d: 0x%08x (decimal: %4d) --> ' and the outcome, as relocation.py and segmentation.py format them. */
function pythonLine(i: number, t: TracedAddress, solve: boolean): string {
  const head = `  VA ${String(i).padStart(2)}: 0x${hex(t.va)} (decimal: ${String(t.va).padStart(4)}) --> `;
  if (!solve) return `${head}PA or segmentation violation?\n`;
  const seg = t.segment === undefined ? '' : ` in SEG${t.segment}`;
  if (t.pa === null) return `${head}SEGMENTATION VIOLATION${t.segment === undefined ? '' : ` (SEG${t.segment})`}\n`;
  return `${head}VALID${seg}: 0x${hex(t.pa)} (decimal: ${String(t.pa).padStart(4)})\n`;
}

describe('traceParts', () => {
  it("writes Python's lines, whether an address's text is kept (small spaces) or written afresh", () => {
    const space = 4096;
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.integer({ min: 0, max: space - 1 }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 1, max: space }),
        (solve, segmented, vas, base, limit) => {
          // Within one trace an address always translates alike, as the scripts' registers make it.
          const list: TracedAddress[] = vas.map((va) => ({
            va,
            pa: va < limit ? base + va : null,
            ...(segmented ? { segment: va >= space / 2 ? 1 : 0 } : {}),
          }));
          const expected = list.map((t, i) => pythonLine(i, t, solve)).join('');
          expect(partsText(traceParts(listedAddresses(list), solve, space))).toBe(expected);
          expect(partsText(traceParts(listedAddresses(list), solve, 2 ** 40))).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
