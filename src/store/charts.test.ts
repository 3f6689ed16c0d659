import { readFileSync } from 'node:fs';
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
    await s().showCharts('memory', true);
    const at30 = s().memorySamples.length;
    expect(at30).toBeGreaterThan(1);
    // A second chart shown, then hidden, changes nothing: one is still shown.
    await s().showCharts('memory', true);
    await s().showCharts('memory', false);
    await s().seek(40);
    expect(s().memorySamples.length).toBeGreaterThan(at30);
    await s().showCharts('memory', false);
    expect(s().charts.memory).toBe(0);
    await s().seek(20);
    expect(s().memorySamples).toEqual([]);
  });
});

describe('the file system’s cache samples in the store', () => {
  it('come only while a cache chart is shown, and follow seeks', async () => {
    const store = createAppStore({
      makeClient: inProcessClient,
      frames: { request: () => 0, cancel: () => {} },
      clockMs: () => 0,
    });
    const s = () => store.getState();
    await s().start();
    const text = readFileSync('public/scenarios/model-store.json', 'utf8');
    expect((await s().load(JSON.parse(text), 'test')).ok).toBe(true);
    await s().seek(150);
    expect(s().fsSamples).toEqual([]);
    await s().showCharts('fs', true);
    const at150 = s().fsSamples.length;
    expect(at150).toBeGreaterThan(1);
    expect(s().fsSamples.at(-1)!.tick).toBeLessThanOrEqual(150);
    await s().seek(20);
    expect(s().fsSamples.length).toBeLessThan(at150);
    expect(s().fsSamples.every((x) => x.tick <= 20)).toBe(true);
    await s().showCharts('fs', false);
    await s().seek(40);
    expect(s().fsSamples).toEqual([]);
    expect(s().charts).toEqual({ memory: 0, fs: 0 });
  });
});
