import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../core/testing/scenarioOf';
import { EAGER_END_STEPS } from '../protocol';
import { createAppStore } from './appStore';
import { inProcessClient } from './inProcessClient';
import { SLICE_EVENTS } from './playbackSlice';

// 300,000 quantum expiries: more than is worth finding the end of at load, so it is found by running to it.
const long = scenarioOf({ policy: 'RR', quantum: 1 }, [{ bursts: [150_000] }, { bursts: [150_000] }]);

async function loaded() {
  const store = createAppStore({
    makeClient: inProcessClient,
    frames: { request: () => 0, cancel: () => {} },
    clockMs: () => 0,
  });
  await store.getState().start();
  expect((await store.getState().load(long, 'test')).ok).toBe(true);
  return store;
}

describe('a long run in the browser', () => {
  it('loads paused with its estimate shown and its end not run for', async () => {
    const s = (await loaded()).getState();
    expect(s.facts?.cost.steps).toBeGreaterThan(EAGER_END_STEPS);
    expect(s.frame).toMatchObject({ tick: 0, endKnown: false });
  });

  it('runs to the end in slices, with progress, and a cancel stops it where it got to', async () => {
    const store = await loaded();
    const seen: number[] = [];
    const unsubscribe = store.subscribe((s) => {
      if (s.progress && s.progress.done !== seen[seen.length - 1]) seen.push(s.progress.done);
      // Cancelled after a few slices, as a person would press Cancel.
      if (seen.length === 3 && s.progress) s.cancel();
    });
    const cancelled = await store.getState().runToEnd();
    unsubscribe();
    expect(cancelled.ok).toBe(true);
    const at = store.getState().frame;
    expect(at?.finished).toBe(false);
    expect(seen).toHaveLength(3);
    expect(store.getState().progress).toBeNull();
    // Each slice went SLICE_EVENTS events further (two per tick here: an expiry and a dispatch).
    expect(at?.tick).toBeLessThanOrEqual((3 * SLICE_EVENTS) / 2 + 2);
    const done = await store.getState().runToEnd();
    expect(done.ok && done.frame).toMatchObject({ tick: 300_000, finished: true, endKnown: true, endTick: 300_000 });
  });
});

describe('a run to the end asked for while a load is finding its end', () => {
  // 100,000 quantum expiries: several slices of a move, yet found at load (under EAGER_END_STEPS).
  const quick = scenarioOf({ policy: 'RR', quantum: 1 }, [{ bursts: [50_000] }, { bursts: [50_000] }]);

  it("belongs to the new run: the load's late reply does not cancel it", async () => {
    // The load's end comes only once the move's first slice is asked for, as on a page slow to read the load.
    const gate: { shut?: Promise<void>; open?: () => void } = {};
    const inner = inProcessClient();
    const store = createAppStore({
      makeClient: () => ({
        ...inner,
        request: async (msg) => {
          const reply = inner.request(msg);
          if (msg.type === 'seek') gate.open?.();
          if (msg.type === 'end') await gate.shut;
          return reply;
        },
      }),
      frames: { request: () => 0, cancel: () => {} },
      clockMs: () => 0,
    });
    await store.getState().start();
    await store.getState().load(long, 'test');
    gate.shut = new Promise<void>((resolve) => (gate.open = resolve));
    const loading = store.getState().load(quick, 'test');
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().scenario?.processes[0]?.bursts).toEqual([150_000]);
    const ran = store.getState().runToEnd();
    expect((await loading).ok).toBe(true);
    const done = await ran;
    expect(done.ok && done.frame).toMatchObject({ tick: 100_000, finished: true });
  });
});

describe('a long comparison in the browser', () => {
  const schedulers = [{ policy: 'RR' as const, quantum: 1 }, { policy: 'FIFO' as const }];

  it('runs in slices with progress and ends with the same figures as one unsliced run', async () => {
    const store = await loaded();
    const seen: { done: number; tick: number }[] = [];
    const unsubscribe = store.subscribe((s) => {
      const p = s.compareProgress;
      if (p && seen[seen.length - 1]?.tick !== p.tick) seen.push({ done: p.done, tick: p.tick });
    });
    const r = await store.getState().compare(schedulers);
    unsubscribe();
    if (!r.ok) throw new Error(r.errors[0]?.message);
    // RR's 600,000 events take a slice of 20,000 each; FIFO's few fit in one.
    expect(seen.length).toBeGreaterThanOrEqual((2 * 300_000) / SLICE_EVENTS - 1);
    expect(seen.every((p, i) => i === 0 || p.done > seen[i - 1]!.done || p.tick > seen[i - 1]!.tick)).toBe(true);
    expect(store.getState()).toMatchObject({ compareStatus: 'done', compareProgress: null });
    expect(r.entries.map((e) => [e.result.policy, e.result.ticks])).toEqual([
      ['RR', 300_000],
      ['FIFO', 300_000],
    ]);
  });

  it('a cancel stops it and keeps what was compared before', async () => {
    const store = await loaded();
    const first = await store.getState().compare([{ policy: 'FIFO' }]);
    expect(first.ok).toBe(true);
    let slices = 0;
    const unsubscribe = store.subscribe((s) => {
      if (s.compareProgress && ++slices === 2) s.cancelCompare();
    });
    const cancelled = await store.getState().compare(schedulers);
    unsubscribe();
    expect(cancelled.ok).toBe(false);
    expect(store.getState()).toMatchObject({ compareStatus: 'done', compareProgress: null });
    expect(store.getState().compareEntries.map((e) => e.result.policy)).toEqual(['FIFO']);
  });
});
