import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lastPerTick } from './lastPerTick';
import { useSettledValue } from './useSettledValue';

describe('useSettledValue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('follows a value once it rests, and at least every maxWait while it keeps changing', () => {
    const { result, rerender } = renderHook(({ v }) => useSettledValue(v, 150, 1000), { initialProps: { v: 0 } });
    expect(result.current).toBe(0);
    // a drag: a new value every 50 ms
    for (let v = 1; v <= 10; v++) {
      rerender({ v });
      act(() => void vi.advanceTimersByTime(50));
    }
    expect(result.current).toBe(0);
    act(() => void vi.advanceTimersByTime(150));
    expect(result.current).toBe(10);
    for (let v = 11; v <= 40; v++) {
      rerender({ v });
      act(() => void vi.advanceTimersByTime(50));
    }
    // 1.5 s of changes: caught up at least once on the way
    expect(result.current).toBeGreaterThan(10);
  });
});

describe('lastPerTick', () => {
  it('keeps the last sample of each tick', () => {
    const s = [
      { tick: 0, n: 1 },
      { tick: 5, n: 2 },
      { tick: 5, n: 3 },
      { tick: 9, n: 4 },
    ];
    expect(lastPerTick(s).map((x) => x.n)).toEqual([1, 3, 4]);
  });
});
