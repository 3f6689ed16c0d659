import { describe, expect, it } from 'vitest';
import { nameLookup } from './nameLookup';
import type { GanttProcess } from './toGanttRows';

describe('nameLookup', () => {
  it('names each pid, and none that is not there', () => {
    const processes = [
      { pid: 3, name: 'shell' },
      { pid: 1, name: 'init' },
    ] as GanttProcess[];
    const nameOf = nameLookup(processes);
    expect([1, 3, 2].map(nameOf)).toEqual(['init', 'shell', undefined]);
  });

  it('reads the processes only when a name is first asked for', () => {
    let reads = 0;
    const processes = new Proxy([{ pid: 1, name: 'init' }] as GanttProcess[], {
      get(target, key, receiver) {
        if (key === 'map') reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const nameOf = nameLookup(processes);
    expect(reads).toBe(0);
    expect([nameOf(1), nameOf(1)]).toEqual(['init', 'init']);
    expect(reads).toBe(1);
  });
});
