import { describe, expect, it } from 'vitest';
import type { ProcessMetrics } from '../core/index';
import { EMPTY_PROCESS_INDEX, updateProcessIndex } from './processIndex';
import { processIdentities, processNames } from './processNames';

const rows = (...pids: number[]) => pids.map((pid) => ({ pid, name: `p${pid}`, type: 'USER' }) as ProcessMetrics);

describe('processNames', () => {
  it('names each pid, and is the same map while the rows are the same processes', () => {
    const index = updateProcessIndex(EMPTY_PROCESS_INDEX, rows(4, 1), true);
    const names = processNames(index, rows(4, 1));
    expect([...names]).toEqual([
      [4, 'p4'],
      [1, 'p1'],
    ]);
    // Another frame's rows of the same processes: the same map.
    expect(processNames(index, rows(4, 1))).toBe(names);
  });

  it('is made again for a created process and for another session', () => {
    const index = updateProcessIndex(EMPTY_PROCESS_INDEX, rows(1, 2), true);
    const names = processNames(index, rows(1, 2));
    expect(processNames(index, rows(1, 2, 7)).get(7)).toBe('p7');
    const other = updateProcessIndex(index, rows(5, 6), true);
    expect(processNames(other, rows(5, 6)).get(1)).toBeUndefined();
    expect(names.get(7)).toBeUndefined();
  });
});

describe('processIdentities', () => {
  it('lists pid, name and type in row order, the same list while the rows are the same processes', () => {
    const index = updateProcessIndex(EMPTY_PROCESS_INDEX, rows(4, 1), true);
    const ids = processIdentities(index, rows(4, 1));
    expect(ids).toEqual([
      { pid: 4, name: 'p4', type: 'USER' },
      { pid: 1, name: 'p1', type: 'USER' },
    ]);
    expect(processIdentities(index, rows(4, 1))).toBe(ids);
    // A created process, and another session: made again.
    expect(processIdentities(index, rows(4, 1, 9)).map((p) => p.pid)).toEqual([4, 1, 9]);
    const other = updateProcessIndex(index, rows(5), true);
    expect(processIdentities(other, rows(5))).toEqual([{ pid: 5, name: 'p5', type: 'USER' }]);
  });
});
