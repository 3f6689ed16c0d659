import { describe, expect, it } from 'vitest';
import { SEGMENT_FIELDS, type RowsPatch } from '../protocol';
import { applyPatch, EMPTY_TIMELINE, type TimelineBuffer } from './timelineBuffer';

/** Rows of one number each (the cpu field) are enough to follow where they go. */
const patch = (from: number, ...cpus: number[]): RowsPatch => ({
  kind: 'rows',
  from,
  data: Int32Array.from(cpus.flatMap((c) => [c, 0, 1, 1, 0])),
});
const cpus = (b: TimelineBuffer) => Array.from({ length: b.rows }, (_, i) => b.data[i * SEGMENT_FIELDS] as number);

describe('applyPatch', () => {
  it('reads rows of the width it is given', () => {
    const b = applyPatch(EMPTY_TIMELINE, { kind: 'rows', from: 0, data: Int32Array.from([1, 2, 3, 4, 5, 6]) }, 3);
    const c = applyPatch(b, { kind: 'rows', from: 1, data: Int32Array.from([7, 8, 9]) }, 3);
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

  it('keeps the rows a cut took off, as sent, and takes back those a patch names held before its own', () => {
    const a = applyPatch(EMPTY_TIMELINE, patch(0, 1, 2, 3, 4));
    const back = applyPatch(a, patch(1));
    expect([cpus(back), back.held]).toEqual([[1], 4]);
    // Rows 1 and 2 as they were, then a row of its own, which replaces row 3 held.
    const forward = applyPatch(back, { ...patch(1, 9), kind: 'held', held: 2 });
    expect([cpus(forward), forward.epoch, forward.held]).toEqual([[1, 2, 3, 9], back.epoch, 4]);
    const past = applyPatch(applyPatch(forward, patch(0)), { ...patch(0), kind: 'held', held: 4 });
    expect(cpus(past)).toEqual([1, 2, 3, 9]);
  });

  it('keeps the rows held when it grows', () => {
    const a = applyPatch(EMPTY_TIMELINE, patch(0, ...Array.from({ length: 204 }, (_, i) => i)));
    const back = applyPatch(a, patch(2));
    const grown = applyPatch(back, { ...patch(2, ...Array.from({ length: 300 }, () => 7)), kind: 'held', held: 202 });
    expect(grown.data.length).toBeGreaterThan(a.data.length);
    expect(cpus(grown).slice(200, 206)).toEqual([200, 201, 202, 203, 7, 7]);
  });

  it('refuses a patch naming rows it does not hold: the page and the worker out of step', () => {
    const a = applyPatch(EMPTY_TIMELINE, patch(0, 1, 2));
    expect(() => applyPatch(a, { ...patch(2), kind: 'held', held: 1 })).toThrow(/held/);
    expect(() => applyPatch(applyPatch(a, patch(1)), { ...patch(1), kind: 'held', held: 2 })).toThrow(/held/);
  });
});
