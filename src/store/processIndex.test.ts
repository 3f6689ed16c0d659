import { describe, expect, it } from 'vitest';
import type { ProcessMetrics } from '../core/index';
import { EMPTY_PROCESS_INDEX, updateProcessIndex } from './processIndex';

const rows = (...pids: number[]) => pids.map((pid) => ({ pid }) as ProcessMetrics);

describe('updateProcessIndex', () => {
  it('maps each pid to its row', () => {
    expect([...updateProcessIndex(EMPTY_PROCESS_INDEX, rows(4, 1, 9), true)]).toEqual([
      [4, 0],
      [1, 1],
      [9, 2],
    ]);
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
