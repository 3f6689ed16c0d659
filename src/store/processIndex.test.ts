import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcessMetrics } from '../core/index';
import { EMPTY_PROCESS_INDEX, updateProcessIndex } from './processIndex';

const rows = (...pids: number[]) => pids.map((pid) => ({ pid }) as ProcessMetrics);

describe('updateProcessIndex', () => {
  it('maps each pid to its row', () => {
    const index = updateProcessIndex(EMPTY_PROCESS_INDEX, rows(4, 1, 9), true);
    expect([4, 1, 9, 2].map((pid) => index.get(pid))).toEqual([0, 1, 2, undefined]);
    expect(index.size).toBe(3);
  });

  it('finds every pid at its row and no other, whether the rows are numbered in order or not', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 40 }),
        fc.boolean(),
        fc.integer({ min: -2, max: 70 }),
        (shuffled, inOrder, probe) => {
          const pids = inOrder ? shuffled.map((_, i) => i + 1) : shuffled;
          const index = updateProcessIndex(EMPTY_PROCESS_INDEX, rows(...pids), true);
          pids.forEach((pid, i) => expect(index.get(pid)).toBe(i));
          const at = pids.indexOf(probe);
          expect(index.get(probe)).toBe(at < 0 ? undefined : at);
        },
      ),
    );
  });

  it('keeps the same index while the rows are the same processes, and grows with a created one', () => {
    const index = updateProcessIndex(EMPTY_PROCESS_INDEX, rows(1, 2), true);
    expect(updateProcessIndex(index, rows(1, 2), false)).toBe(index);
    const grown = updateProcessIndex(index, rows(1, 2, 7), false);
    expect(grown.get(7)).toBe(2);
  });

  it('builds anew for a new session even when the count is the same', () => {
    const index = updateProcessIndex(EMPTY_PROCESS_INDEX, rows(1, 2), true);
    const next = updateProcessIndex(index, rows(5, 6), true);
    expect([next.get(5), next.get(1)]).toEqual([0, undefined]);
  });
});
