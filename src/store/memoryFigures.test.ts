import { describe, expect, it } from 'vitest';
import { touchingMemory } from '../core/testing/touchingMemory';
import { createAppStore } from './appStore';
import { inProcessClient } from './inProcessClient';

describe('the memory snapshot in the store, for a memory above 1 GiB', () => {
  it('keeps its per-frame arrays across frames that bring figures only, and takes their new figures', async () => {
    const store = createAppStore({
      makeClient: inProcessClient,
      frames: { request: () => 0, cancel: () => {} },
      clockMs: () => 0,
    });
    await store.getState().start();
    expect((await store.getState().load(touchingMemory(2 * 2 ** 30), 'test')).ok).toBe(true);
    await store.getState().seek(2);
    const before = store.getState().memory;
    // Within ARRAYS_REFRESH_TICKS, with references made meanwhile: figures only.
    await store.getState().seek(12);
    const after = store.getState().memory;
    expect(after?.owner).toBe(before?.owner);
    expect(after?.stats.translations).toBeGreaterThan(before?.stats.translations ?? Infinity);
    expect(after?.frames).toBe(524_288);
  });
});
