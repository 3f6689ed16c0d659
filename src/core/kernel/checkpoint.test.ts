import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario, ScheduledOperation } from '../scenario/types';
import { validateScenario } from '../scenario/validate';
import { checkpointOf, logsOf, restoreCheckpoint } from './checkpoint';
import { advanceTo } from './engine';
import { runResult } from './result';
import { Simulation } from './simulation';
import { createState, type SimState } from './state';
import { subsystemInvariants } from './subsystems';

function preset(file: string): Scenario {
  const json: unknown = JSON.parse(readFileSync(new URL(`../../../public/scenarios/${file}`, import.meta.url), 'utf8'));
  const v = validateScenario(json);
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
}

/** Every operation kind on a memory scenario: the kernel's own and memory's. */
function withOperations(s: Scenario): Scenario {
  // P1 runs from 0 to 20; P5 and P6 wait READY meanwhile (memory-fragmentation.json, 4 CPUs).
  const [a, b, c] = [1, 5, 6];
  const ops: ScheduledOperation[] = [
    { tick: 3, op: 'allocate', pid: a, bytes: 8192, memoryType: 'USER', readOnly: false },
    { tick: 4, op: 'access', pid: a, address: 4096, access: 'write' },
    { tick: 5, op: 'suspend', pid: b },
    { tick: 9, op: 'resume', pid: b },
    { tick: 10, op: 'setPriority', pid: c, priority: 3 },
    { tick: 12, op: 'deallocate', pid: a, address: 4096 },
    { tick: 14, op: 'compact', movePinned: false },
    { tick: 15, op: 'kill', pid: c },
    { tick: 16, op: 'create', process: { ...(s.processes[0] as Scenario['processes'][number]), pid: 99 } },
    { tick: 17, op: 'malloc', pid: a, bytes: 10 },
  ];
  return { ...s, operations: [...s.operations, ...ops] };
}

const SCENARIOS: [string, () => Scenario][] = [
  ['memory with page faults', () => preset('memory-swapping.json')],
  ['memory with operations', () => withOperations(preset('memory-fragmentation.json'))],
  ['heap', () => preset('heap-allocator.json')],
  [
    'lottery with Python draws',
    () => ({
      ...preset('lottery-demo.json'),
      scheduler: { policy: 'LOTTERY', quantum: 10, draw: 'python', fullQuantum: true },
    }),
  ],
  ['file system with file I/O', () => preset('file-system.json')],
  ["the file system's caches in memory", () => preset('caches-in-memory.json')],
  ['open files, links and permissions', () => preset('open-files.json')],
];

/** The kinds of event (an operation's name for an applied operation) in the first 20 ticks. */
function kinds(s: Scenario): Set<string> {
  const st = createState(s);
  advanceTo(st, 20);
  return new Set(st.events.map((e) => (e.kind === 'op' ? e.op : e.kind)));
}

/**
 * Objects reachable from both states that are not frozen, with the path to each in `b`. The append-only logs
 * are shared on purpose (a restore cuts them back by length), so they are not walked; code is not state.
 */
function sharedMutable(a: SimState, b: SimState): string[] {
  const logs = new Set<unknown>(logsOf(a));
  const seen = new Set<unknown>();
  const collect = (x: unknown): void => {
    if (typeof x !== 'object' || x === null || seen.has(x) || logs.has(x)) return;
    seen.add(x);
    for (const v of children(x)) collect(v);
  };
  collect(a);
  const out: string[] = [];
  const visited = new Set<unknown>();
  const check = (x: unknown, path: string): void => {
    if (typeof x !== 'object' || x === null || visited.has(x) || logs.has(x)) return;
    visited.add(x);
    if (seen.has(x) && !Object.isFrozen(x)) out.push(path);
    const keys = x instanceof Map ? [...x.keys()] : Object.keys(x);
    children(x).forEach((v, i) => check(v, `${path}.${String(keys[i] ?? i)}`));
  };
  check(b, 'state');
  return out;
}

function children(x: object): unknown[] {
  if (x instanceof Map) return [...x.values()];
  if (x instanceof Set) return [...x];
  if (ArrayBuffer.isView(x)) return [];
  return Object.values(x).filter((v) => typeof v !== 'function');
}

describe('checkpoints copy the state generically', () => {
  it.each(SCENARIOS)('%s: a restored state shares nothing mutable with its checkpoint', (_, scenario) => {
    const st = createState(scenario());
    advanceTo(st, 20);
    expect(st.events.length).toBeGreaterThan(0);
    // The walk finds sharing where there is some.
    expect(sharedMutable(st, { ...st })).toContain('state.procs');
    const cp = checkpointOf(st);
    expect(sharedMutable(st, cp.state)).toEqual([]);
    const restored = restoreCheckpoint(cp);
    expect(sharedMutable(cp.state, restored)).toEqual([]);
    expect(sharedMutable(st, restored)).toEqual([]);
    expect(subsystemInvariants(restored)).toEqual([]);
    // What is shared is immutable: the scenario and the subsystem list.
    expect(restored.scenario).toBe(st.scenario);
    expect(Object.isFrozen(restored.scenario.processes[0]?.bursts)).toBe(true);
  });

  it('share the index of pids, which a created process replaces instead of changing', () => {
    const st = createState(withOperations(preset('memory-fragmentation.json')));
    advanceTo(st, 15);
    const before = checkpointOf(st);
    expect(before.state.index).toBe(st.index);
    advanceTo(st, 16);
    expect(st.index.get(99)).toBe(st.procs.length - 1);
    expect(before.state.index.has(99)).toBe(false);
    expect(restoreCheckpoint(before).index).toBe(before.state.index);
  });

  it.each(SCENARIOS)('%s: a restored state runs on exactly like the original', (_, scenario) => {
    const s = scenario();
    const straight = new Simulation(s);
    straight.runToEnd();
    const st = createState(s);
    advanceTo(st, 20);
    const cp = checkpointOf(st);
    advanceTo(st, Infinity);
    const again = restoreCheckpoint(cp);
    advanceTo(again, Infinity);
    expect(runResult(again)).toEqual(runResult(straight.state));
  });

  it('the scenarios exercise what they are named for', () => {
    const [memory, operations, heap, lottery, files] = SCENARIOS.map(([, s]) => kinds(s()));
    expect(memory).toContain('pageFault');
    for (const k of ['access', 'compact', 'kill', 'create', 'suspend', 'memFree', 'refused'])
      expect(operations).toContain(k);
    expect(heap).toContain('malloc');
    expect(heap).toContain('free');
    expect(lottery).toContain('dispatch');
    for (const k of ['fsOp', 'fileIo']) expect(files).toContain(k);
    expect(createState(SCENARIOS[3]![1]()).sched.global).not.toBeNull();
  });

  it('the state holds no class instances nor Maps keyed by objects (the copy would throw)', () => {
    const st = createState(withOperations(preset('memory-fragmentation.json')));
    expect(() => checkpointOf(st)).not.toThrow();
    (st as unknown as { bad: Map<object, number> }).bad = new Map([[{}, 1]]);
    expect(() => checkpointOf(st)).toThrow(/identity/);
  });
});
