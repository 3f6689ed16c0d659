import { describe, expect, it } from 'vitest';
import { emptyLog } from './emptyLog';

describe('emptyLog', () => {
  it('is empty, a fresh array each time, and keeps what is pushed in order', () => {
    const a = emptyLog<{ n: number }>();
    const b = emptyLog<{ n: number }>();
    expect(a).toEqual([]);
    expect(a).not.toBe(b);
    a.push({ n: 1 }, { n: 2 });
    expect(a).toEqual([{ n: 1 }, { n: 2 }]);
    expect(b).toEqual([]);
  });
});
