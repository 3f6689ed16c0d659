import { describe, expect, it } from 'vitest';
import { scenarioOf } from '../core/testing/scenarioOf';
import { createAppStore } from './appStore';
import { inProcessClient } from './inProcessClient';

const rr = scenarioOf({ policy: 'RR', quantum: 2 }, [
  { bursts: [5, 3, 2] },
  { arrival: 1, bursts: [4] },
  { arrival: 2, bursts: [3] },
]);

async function loaded() {
  const store = createAppStore({
    makeClient: () => inProcessClient(),
    frames: { request: () => 0, cancel: () => {} },
    clockMs: () => 0,
  });
  await store.getState().start();
  const first = await store.getState().load(rr, 'test');
  if (!first.ok) throw new Error('the test scenario was refused');
  return { store, s: () => store.getState() };
}

describe('typed results of the store actions', () => {
  it('a load says what was accepted: the frame and the scenario with defaults filled in', async () => {
    const { s } = await loaded();
    const again = await s().load(rr, 'test', 4);
    expect(again.ok && [again.frame.tick, again.scenario.options.contextSwitchCost]).toEqual([4, 0]);
    expect(again.ok && again.frame).toBe(s().frame);
  });

  it('a refused edit returns the field errors and leaves the scenario and the tick as they were', async () => {
    const { s } = await loaded();
    await s().seek(5);
    const { scenario, frame } = s();
    const edited = await s().edit((x) => ({ ...x, scheduler: { policy: 'RR', quantum: 0 } }), 'scheduler');
    expect(edited.ok).toBe(false);
    if (!edited.ok) expect(edited.errors.map((e) => e.path)).toContain('scheduler.quantum');
    expect(s().scenario).toBe(scenario);
    expect(s().frame).toBe(frame);
    // The banner still shows it, named after where it came from.
    expect([s().errorSource, s().errors.length > 0]).toEqual(['scheduler', true]);
  });

  it("an operation's narration arrives in its result: what it made happen at the current tick", async () => {
    const { s } = await loaded();
    await s().seek(3);
    const killed = await s().operate({ op: 'kill', pid: 2 });
    expect(killed.ok).toBe(true);
    if (!killed.ok) return;
    expect(killed.scenario.operations).toEqual([{ tick: 3, op: 'kill', pid: 2 }]);
    expect(killed.frame.processes.find((p) => p.pid === 2)?.state).toBe('TERMINATED');
    expect(killed.narration.length).toBeGreaterThan(0);
    expect(killed.narration.every((l) => l.tick === 3)).toBe(true);
    expect(killed.narration[0]?.text).toMatch(/P2.*killed/);
  });

  it('a refused operation says why; quiet keeps it out of the banner for a caller that says it itself', async () => {
    const { s } = await loaded();
    const bad = { op: 'create', process: { pid: 1, name: '', type: 'USER', bursts: [-1] } } as const;
    const quiet = await s().operate(bad, { quiet: true });
    expect(quiet.ok).toBe(false);
    if (!quiet.ok) expect(quiet.errors.length).toBeGreaterThan(0);
    expect(s().errors).toEqual([]);
    const loud = await s().operate(bad);
    expect(loud.ok).toBe(false);
    expect(s().errorSource).toBe('create');
    expect(s().scenario?.operations).toEqual([]);
  });

  it('moves return the frame they reached', async () => {
    const { s } = await loaded();
    const moved = await s().seek(6);
    expect(moved.ok && moved.frame.tick).toBe(6);
    const stepped = await s().step('forward');
    expect(stepped.ok && stepped.frame.tick).toBe(7);
    const end = await s().runToEnd();
    expect(end.ok && end.frame.tick).toBe(17);
    const reset = await s().reset();
    expect(reset.ok && reset.frame.tick).toBe(0);
  });

  it('memory requests return their answer, or the refusal in words', async () => {
    const { s } = await loaded();
    const off = await s().translate(1, 0, 'read');
    expect(off).toEqual({
      ok: false,
      errors: [{ path: '', limit: '', message: 'Memory management is off in this scenario.' }],
    });
    const badRefs = await s().compareReplacement([-1], 3);
    expect(badRefs.ok).toBe(false);
    if (!badRefs.ok) expect(badRefs.errors[0]?.path).toBe('refs');
    const belady = await s().compareReplacement([1, 2, 3, 4, 1, 2, 5, 1, 2, 3, 4, 5], 3);
    expect(belady.ok && belady.results.find((r) => r.policy === 'FIFO')?.misses).toBe(9);
  });
});
