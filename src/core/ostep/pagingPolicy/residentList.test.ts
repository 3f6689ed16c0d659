import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiWriter, partsText } from '../textParts';
import { residentList } from './residentList';

/** What the list prints, as paging-policy.py's `%12s` of the list. */
function printed(list: ReturnType<typeof residentList>): string {
  const w = asciiWriter();
  list.writeTo(w);
  return partsText([w.rest() ?? new Uint8Array()]);
}

describe('the resident list, edited in place', () => {
  it("prints as Python's repr of the list, padded to 12", () => {
    const list = residentList();
    expect(printed(list)).toBe('          []');
    list.append(7);
    expect(printed(list)).toBe('         [7]');
    list.append(10);
    list.append(3);
    list.remove(10);
    expect(printed(list)).toBe('      [7, 3]');
    for (const p of [123456, 9, 0]) list.append(p);
    expect(printed(list)).toBe('[7, 3, 123456, 9, 0]');
  });

  it('matches a list of numbers through any removals and appends, at any size (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(1e12)), { maxLength: 300 }), (ops) => {
        const list = residentList();
        const model: number[] = [];
        for (const [take, page] of ops) {
          const present = model.length > 0 && take ? model[page % model.length]! : null;
          if (present !== null) {
            list.remove(present);
            model.splice(model.indexOf(present), 1);
          } else if (!model.includes(page)) {
            list.append(page);
            model.push(page);
          }
          expect(printed(list)).toBe(`[${model.join(', ')}]`.padStart(12));
        }
      }),
      { seed: 13, numRuns: 150 },
    );
  });
});
