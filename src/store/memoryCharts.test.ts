import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../core/testing/scenarioOf';
import { createAppStore } from './appStore';
import { inProcessClient } from './client';

/** One process taking 64 KiB of a 256 KiB memory and touching it every tick: memory changes all along. */
function withMemory() {
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
    memory: { physicalBytes: 256 * 1024, swapBytes: 0 },
  };
}

describe('the memory samples in the store', () => {
  it('come only while a panel charts them, all at once when the first one is shown', async () => {
    const store = createAppStore({
      makeClient: inProcessClient,
      frames: { request: () => 0, cancel: () => {} },
      clockMs: () => 0,
    });
    const s = () => store.getState();
    await s().start();
    expect((await s().load(withMemory(), 'test')).ok).toBe(true);
    await s().seek(30);
    expect(s().memorySamples).toEqual([]);
    await s().showMemoryCharts(true);
    const at30 = s().memorySamples.length;
    expect(at30).toBeGreaterThan(1);
    // A second chart shown, then hidden, changes nothing: one is still shown.
    await s().showMemoryCharts(true);
    await s().showMemoryCharts(false);
    await s().seek(40);
    expect(s().memorySamples.length).toBeGreaterThan(at30);
    await s().showMemoryCharts(false);
    expect(s().memoryCharts).toBe(0);
    await s().seek(20);
    expect(s().memorySamples).toEqual([]);
  });
});
