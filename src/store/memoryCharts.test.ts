import { describe, expect, it } from 'vitest';
import { touchingMemory } from '../core/testing/touchingMemory';
import { createAppStore } from './appStore';
import { inProcessClient } from './inProcessClient';

describe('the memory samples in the store', () => {
  it('come only while a panel charts them, all at once when the first one is shown', async () => {
    const store = createAppStore({
      makeClient: inProcessClient,
      frames: { request: () => 0, cancel: () => {} },
      clockMs: () => 0,
    });
    const s = () => store.getState();
    await s().start();
    expect((await s().load(touchingMemory(256 * 1024), 'test')).ok).toBe(true);
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
