import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processMetrics, Simulation, summaryMetrics, validateScenario } from '../core/index';
import { scenarioOf } from '../core/testing/scenarioOf';
import { applyProcessPatch, noHeldRows, PROTOCOL_VERSION, type FromSim, type WireFrame } from '../protocol';
import { sameRow } from './frame';
import { createHandler } from './handler';
import { seekOrStep } from './testing/moves';

/**
 * 100 processes arriving over the run, memory on: over 1,024 events, so later checkpoints hold ended (frozen)
 * processes, whose rows the worker keeps by their PCB.
 */
const scenario = (() => {
  const jobs = Array.from({ length: 100 }, (_, i) => ({
    arrival: i * 7,
    bursts: [3 + (i % 5), 2 + (i % 3), 1 + (i % 4)],
  }));
  const v = validateScenario({
    ...scenarioOf({ policy: 'RR', quantum: 2 }, jobs),
    processes: scenarioOf({ policy: 'RR', quantum: 2 }, jobs).processes.map((p) => ({
      ...p,
      needs: { ...p.needs, memoryBytes: 8192 },
    })),
    memory: { physicalBytes: 16 * 4096, swapBytes: 64 * 4096 },
  });
  if (!v.ok) throw new Error(v.errors[0]?.message);
  return v.scenario;
})();

/** The worker's handler, and the table a receiver rebuilds from its patches. */
function receiver(loaded = scenario) {
  const handle = createHandler({ nowMs: () => 0 });
  let id = 0;
  const held = noHeldRows();
  let rows: ReturnType<typeof applyProcessPatch> = [];
  let operated = loaded;
  const take = (reply: FromSim): WireFrame => {
    if (reply.type === 'operated') operated = reply.scenario;
    else if (reply.type !== 'frame' && reply.type !== 'loaded') throw new Error(`expected a frame, got ${reply.type}`);
    rows = applyProcessPatch(rows, reply.frame.processPatch, held);
    return reply.frame;
  };
  const ask = (msg: object) => handle({ ...msg, id: ++id })[0] as FromSim;
  ask({ type: 'hello', protocol: PROTOCOL_VERSION });
  take(ask({ type: 'load', scenario: loaded }));
  return { ask: (msg: object) => take(ask(msg)), rows: () => rows, scenario: () => operated, idle: handle.idle };
}

const end = new Simulation(scenario).runToEnd();
const reference = new Simulation(scenario);
/** Every process's row at `tick`, built whole on a run of its own. */
function wholeTable(tick: number, run = reference) {
  run.seek(tick);
  return run.state.procs.map((p) => processMetrics(run.state, p));
}

describe('process patches', () => {
  it('rebuild, on the receiver, the whole table at every tick moved to, forward and back', () => {
    const move = seekOrStep(end);
    // One receiver throughout: each run's moves start wherever the last run left it.
    const r = receiver();
    r.ask({ type: 'end' });
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 6 }), (moves) => {
        for (const m of moves) {
          const f = r.ask(m);
          const table = wholeTable(f.tick);
          expect(r.rows()).toEqual(table);
          expect(f.summary).toEqual(summaryMetrics(reference.state, table));
        }
      }),
      { numRuns: 12 },
    );
  });

  it('name by index, without their rows, the processes back to a row the receiver holds', () => {
    const r = receiver();
    r.ask({ type: 'end' });
    const late = r.ask({ type: 'seek', tick: end });
    expect(r.rows().every((p) => p.state === 'TERMINATED')).toBe(true);
    // Back before most arrivals: their rows are those of tick 0 again, which the receiver was sent at loading.
    const early = r.ask({ type: 'seek', tick: 20 });
    expect(early.processPatch.again.unarrived.length).toBeGreaterThan(80);
    expect(early.processPatch.changed.length).toBeLessThan(10);
    // And forward to the end: the ended rows it was sent before.
    const again = r.ask({ type: 'seek', tick: end });
    expect(again.processPatch.again.ended.length).toBeGreaterThan(80);
    expect(again.processPatch.changed).toEqual([]);
    expect(late.tick).toBe(again.tick);
    expect(r.rows()).toEqual(wholeTable(end));
  });

  it('are the same whether or not the idle work, the ended rows made once the end is known, has run', () => {
    const idled = receiver();
    const busy = receiver();
    for (const r of [idled, busy]) r.ask({ type: 'seek', tick: 300 });
    expect(idled.idle()).toBe(false);
    for (const r of [idled, busy]) r.ask({ type: 'end' });
    expect(idled.idle()).toBe(true);
    expect(idled.idle()).toBe(false);
    for (const tick of [end, 20, Math.floor(end / 2), end - 1, 0, end]) {
      // The patches may differ (a row made at idle is cheaper to send again), not what they rebuild.
      const { processPatch: _, ...frame } = idled.ask({ type: 'seek', tick });
      const { processPatch: __, ...expected } = busy.ask({ type: 'seek', tick });
      expect(frame).toEqual(expected);
      expect(idled.rows()).toEqual(busy.rows());
    }
  });

  it('keep the summary as the whole table gives it, across a kill and a process created mid-run', () => {
    const r = receiver();
    r.ask({ type: 'seek', tick: 300 });
    r.ask({ type: 'operation', request: { op: 'kill', pid: 50 } });
    r.ask({
      type: 'operation',
      request: { op: 'create', process: { ...scenario.processes[0], pid: 101, name: 'late' } },
    });
    const given = new Simulation(r.scenario());
    expect(given.scenario.operations.map((o) => o.op)).toEqual(['kill', 'create']);
    for (const tick of [end, 200, 301, 0, 450]) {
      const f = r.ask({ type: 'seek', tick });
      const table = wholeTable(f.tick, given);
      expect(r.rows()).toEqual(table);
      expect(f.summary).toEqual(summaryMetrics(given.state, table));
    }
  });

  it('show memory given to a process before it arrives, though its PCB, shared from the start, has not changed', () => {
    // P100 arrives at tick 693; its PCB is frozen from the first checkpoint on, and its first row kept by it.
    const op = { tick: 30, op: 'allocate', pid: 100, bytes: 8192, memoryType: 'USER', readOnly: false } as const;
    const given = { ...scenario, operations: [op] };
    const r = receiver(given);
    r.ask({ type: 'seek', tick: 40 });
    expect(r.rows()[99]).toMatchObject({ state: 'NEW', memory: { bytes: 8192 } });
    expect(r.rows()).toEqual(wholeTable(40, new Simulation(given)));
    r.ask({ type: 'seek', tick: 10 });
    expect(r.rows()[99]).toMatchObject({ state: 'NEW', memory: { bytes: 0 } });
  });
});

/** A value of the same kind that differs from `v`. */
const other = (v: unknown) => (typeof v === 'number' ? v + 1 : typeof v === 'string' ? `${v}!` : v === null ? 0 : !v);

describe('sameRow', () => {
  const row = {
    ...wholeTable(end)[3]!,
    parent: 1,
    gpus: [0],
    memory: { types: ['USER' as const], bytes: 8192, residentPages: 2, swappedPages: 0, pageFaults: 1 },
  };

  it('tells a change in any field of a row, and in any field of its memory', () => {
    expect(sameRow(row, { ...row, gpus: [0], memory: { ...row.memory, types: ['USER'] } })).toBe(true);
    for (const key of Object.keys(row) as (keyof typeof row)[]) {
      if (key === 'gpus' || key === 'memory') continue;
      expect(sameRow(row, { ...row, [key]: other(row[key]) }), key).toBe(false);
    }
    expect(sameRow(row, { ...row, gpus: [1] })).toBe(false);
    for (const key of Object.keys(row.memory) as (keyof typeof row.memory)[]) {
      const memory = { ...row.memory, [key]: key === 'types' ? ['SYSTEM'] : (row.memory[key] as number) + 1 };
      expect(sameRow(row, { ...row, memory }), `memory.${key}`).toBe(false);
    }
    const { parent: _, ...root } = row;
    expect(sameRow(row, root)).toBe(false);
    expect(sameRow(root, row)).toBe(false);
  });
});
