import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../core/testing/scenarioOf';
import { SEGMENT_FIELDS, type FromSim, type TimelinePatch } from '../protocol';
import type { Scenario } from '../core/index';
import { createAppStore } from './appStore';
import { inProcessClient } from './inProcessClient';
import type { TimelineBuffer } from './timelineBuffer';

// Quanta of one tick: a segment or two a tick, so a jump back and forward again crosses hundreds.
const scenario = scenarioOf({ policy: 'RR', quantum: 1 }, [
  { bursts: [200] },
  { arrival: 1, bursts: [150] },
  { arrival: 2, bursts: [120] },
]);

/** A store on the handler in this thread, and the timeline patches of the replies it applied. */
async function started(loaded: Scenario) {
  const patches: TimelinePatch[] = [];
  const store = createAppStore({
    makeClient: () => {
      const c = inProcessClient();
      return {
        ...c,
        async request(msg) {
          const reply: FromSim = await c.request(msg);
          if ('frame' in reply) patches.push(reply.frame.timeline);
          return reply;
        },
      };
    },
    frames: { request: () => 0, cancel: () => {} },
    clockMs: () => 0,
  });
  await store.getState().start();
  expect((await store.getState().load(loaded, 'test')).ok).toBe(true);
  return { store, patches };
}

const shown = (t: TimelineBuffer) => Array.from(t.data.subarray(0, t.rows * SEGMENT_FIELDS));

describe('the Gantt segments a jump back cuts', () => {
  it('stay on the page: a jump forward again names them instead of sending them, to the same rows', async () => {
    const { store, patches } = await started(scenario);
    const s = store.getState;
    const end = s().frame?.endTick as number;
    await s().seek(end);
    const all = shown(s().timeline);
    expect(all.length / SEGMENT_FIELDS).toBeGreaterThan(400);
    await s().seek(Math.floor(end / 4));
    const cut = s().timeline.rows;
    await s().seek(end);
    expect(patches.at(-1)).toMatchObject({ kind: 'held', from: cut, held: all.length / SEGMENT_FIELDS - cut });
    expect(patches.at(-1)?.data).toHaveLength(0);
    expect(shown(s().timeline)).toEqual(all);
  });

  it('are sent again from where an operation changed the run, to the rows of a run of the changed scenario', async () => {
    const { store, patches } = await started(scenario);
    const s = store.getState;
    const end = s().frame?.endTick as number;
    await s().seek(end);
    await s().seek(100);
    const operated = await s().operate({ op: 'kill', pid: 2 });
    expect(operated.ok).toBe(true);
    const cut = s().timeline.rows;
    await s().seek(end);
    const forward = patches.at(-1) as TimelinePatch;
    // Rows after the kill differ: at most the rows up to it come back held, the others are sent.
    expect(forward.from + (forward.kind === 'held' ? forward.held : 0)).toBeLessThanOrEqual(cut + 2);
    expect(forward.data.length).toBeGreaterThan(0);

    const fresh = await started(s().scenario as Scenario);
    await fresh.store.getState().seek(end);
    expect(shown(s().timeline)).toEqual(shown(fresh.store.getState().timeline));
  });
});
