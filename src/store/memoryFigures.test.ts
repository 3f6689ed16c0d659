import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../core/testing/scenarioOf';
import { createAppStore } from './appStore';
import { inProcessClient } from './client';

/** 2 GiB of 4 KiB pages (524,288 frames) and one process touching its 64 KiB all along (a reference and its stall every few ticks). */
function bigMemory() {
  const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [40] }]);
  return {
    ...base,
    processes: [
      {
        ...base.processes[0],
        needs: { memoryBytes: 64 * 1024, gpus: 0, networkMbps: 0 },
        accesses: { kind: 'locality', every: 1, workingSetPages: 16, jumpEvery: 5, writeFraction: 0.5 },
      },
    ],
    memory: { physicalBytes: 2 * 2 ** 30, swapBytes: 0 },
  };
}

describe('the memory snapshot in the store, for a memory above 1 GiB', () => {
  it('keeps its per-frame arrays across frames that bring figures only, and takes their new figures', async () => {
    const store = createAppStore({
      makeClient: inProcessClient,
      frames: { request: () => 0, cancel: () => {} },
      clockMs: () => 0,
    });
    await store.getState().start();
    expect((await store.getState().load(bigMemory(), 'test')).ok).toBe(true);
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
