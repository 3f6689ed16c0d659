import { describe, expect, it } from 'vitest';
import { DEFAULT_NEEDS } from '../scenario/defaults';
import type { ProcessSpec, Scenario } from '../scenario/types';
import { validateScenario } from '../scenario/validate';
import { eventsOf, run } from '../testing/run';
import { scenarioOf } from '../testing/scenarioOf';
import { explain } from './explain';

/** P1 SYSTEM (init, waiting on a long I/O from tick 1 to 201) forks P2; P2 forks P3 and P4. FIFO: P2 runs 1-21. */
function family(types: Partial<Record<number, ProcessSpec['type']>> = {}, ops: Scenario['operations'] = []): Scenario {
  const s = scenarioOf(
    { policy: 'FIFO' },
    [{ bursts: [1, 200, 1] }, { bursts: [20] }, { bursts: [5] }, { bursts: [5] }],
    {
      operations: ops,
    },
  );
  const parents: Record<number, number> = { 2: 1, 3: 2, 4: 2 };
  return {
    ...s,
    processes: s.processes.map((p) => ({
      ...p,
      type: types[p.pid] ?? (p.pid === 1 ? 'SYSTEM' : 'USER'),
      ...(parents[p.pid] !== undefined && { parent: parents[p.pid] }),
    })),
  };
}

describe('the process tree in the kernel', () => {
  it('a killed parent: its children go to init, the parentless SYSTEM process, and the narration says so', () => {
    const r = run(family({}, [{ tick: 2, op: 'kill', pid: 2 }]));
    const ev = eventsOf(r, 'reparent');
    expect(ev).toEqual([{ tick: 2, kind: 'reparent', pid: 2, orphans: [3, 4], to: 1 }]);
    expect(r.processes.map((p) => p.parent)).toEqual([undefined, 1, 1, 1]);
    expect(explain(ev[0] as (typeof ev)[number], () => undefined)).toBe(
      'P2 has ended: P3 and P4, its children, are adopted by init, P1 (the parentless SYSTEM process of lowest pid), as Unix re-parents orphans.',
    );
  });

  it('without init the orphans become roots; a parent that exits on its own orphans them too', () => {
    const r = run(family({ 1: 'USER' }, [{ tick: 2, op: 'kill', pid: 2 }]));
    expect(eventsOf(r, 'reparent')).toEqual([{ tick: 2, kind: 'reparent', pid: 2, orphans: [3, 4], to: null }]);
    expect(r.processes.map((p) => p.parent)).toEqual([undefined, 1, undefined, undefined]);
    const exits = run(family());
    expect(eventsOf(exits, 'reparent')).toEqual([{ tick: 21, kind: 'reparent', pid: 2, orphans: [3, 4], to: 1 }]);
  });

  it('a child created after its parent ended goes to init at once; a leaf (P4) ends without a word', () => {
    const child: ProcessSpec = {
      pid: 9,
      name: 'late',
      type: 'USER',
      priority: 0,
      arrival: 0,
      bursts: [1],
      needs: DEFAULT_NEEDS,
      parent: 3,
    };
    const r = run(family({}, [{ tick: 40, op: 'create', process: child }]));
    expect(eventsOf(r, 'reparent')).toEqual([
      { tick: 21, kind: 'reparent', pid: 2, orphans: [3, 4], to: 1 },
      { tick: 40, kind: 'reparent', pid: 3, orphans: [9], to: 1 },
    ]);
    expect(r.processes.find((p) => p.pid === 9)?.parent).toBe(1);
  });
});

const withParents = (parents: Record<number, number>, arrivals: Record<number, number> = {}) => {
  const s = family();
  return validateScenario({
    ...s,
    processes: s.processes.map((p) => {
      const { parent: _drop, ...rest } = p;
      return {
        ...rest,
        arrival: arrivals[p.pid] ?? 0,
        ...(parents[p.pid] !== undefined && { parent: parents[p.pid] }),
      };
    }),
  });
};
const messages = (v: ReturnType<typeof validateScenario>) => (v.ok ? [] : v.errors.map((e) => e.message));

describe('parents in a scenario', () => {
  it('are taken when they name a process arriving no later', () => {
    expect(withParents({ 2: 1, 3: 2 }, { 2: 3, 3: 3 }).ok).toBe(true);
  });

  it('are refused naming the field: no such process, itself, arriving later, a cycle', () => {
    expect(messages(withParents({ 2: 7 }))).toEqual([
      'processes[1].parent 7 names no process that can have forked it: it must be the pid of a listed process or an earlier create',
    ]);
    expect(messages(withParents({ 2: 2 }))).toEqual([
      'processes[1].parent 2 is the process itself: a process cannot fork itself',
    ]);
    expect(messages(withParents({ 2: 1 }, { 1: 5 }))).toEqual([
      'processes[1].parent 1 arrives at tick 5, after its child (0): a parent must be there first',
    ]);
    expect(messages(withParents({ 2: 3, 3: 4, 4: 2 }))).toEqual([
      'processes[1].parent: the parents go round in a cycle (2 → 3 → 4 → 2): a process tree has a root',
    ]);
  });
});
