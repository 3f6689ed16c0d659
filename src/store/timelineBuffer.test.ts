import { describe, expect, it } from 'vitest';
import { SEGMENT_FIELDS } from '../protocol';
import { applyPatch, EMPTY_TIMELINE, type TimelineBuffer } from './timelineBuffer';

/** Rows of one number each (the cpu field) are enough to follow where they go. */
const patch = (from: number, ...cpus: number[]) => ({
  from,
  data: Int32Array.from(cpus.flatMap((c) => [c, 0, 1, 1, 0])),
});
const cpus = (b: TimelineBuffer) => Array.from({ length: b.rows }, (_, i) => b.data[i * SEGMENT_FIELDS] as number);

describe('applyPatch', () => {
  it('reads rows of the width it is given', () => {
    const b = applyPatch(EMPTY_TIMELINE, { from: 0, data: Int32Array.from([1, 2, 3, 4, 5, 6]) }, 3);
    const c = applyPatch(b, { from: 1, data: Int32Array.from([7, 8, 9]) }, 3);
    expect([b.rows, c.rows, Array.from(c.data.subarray(0, 6))]).toEqual([2, 2, [1, 2, 3, 7, 8, 9]]);
  });

  it('appends within an epoch, sharing the data with the buffer before', () => {
    const a = applyPatch(EMPTY_TIMELINE, patch(0, 1, 2));
    const b = applyPatch(a, patch(2, 3));
    expect([cpus(a), cpus(b)]).toEqual([
      [1, 2],
      [1, 2, 3],
    ]);
    expect(b.epoch).toBe(a.epoch);
    expect(b.data).toBe(a.data);
    expect(b).not.toBe(a);
  });

  it('cuts to `from` and starts a new epoch when rows already held are replaced (a step back)', () => {
    const a = applyPatch(EMPTY_TIMELINE, patch(0, 1, 2, 3));
    const back = applyPatch(a, patch(1));
    expect([cpus(back), back.epoch]).toEqual([[1], a.epoch + 1]);
    const again = applyPatch(back, patch(1, 7));
    expect([cpus(again), again.epoch]).toEqual([[1, 7], back.epoch]);
  });

  it('grows by doubling (from 1024 numbers), keeping the rows held', () => {
    const a = applyPatch(EMPTY_TIMELINE, patch(0, 5));
    expect(a.data.length).toBe(1024);
    const many = applyPatch(a, patch(1, ...Array.from({ length: 300 }, (_, i) => i)));
    expect(many.data.length).toBeGreaterThanOrEqual(301 * SEGMENT_FIELDS);
    expect(cpus(many).slice(0, 3)).toEqual([5, 0, 1]);
  });
});
