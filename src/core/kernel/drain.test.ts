import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate';
import type { Scenario } from '../scenario/types';
import { fuzzScenarioArb } from '../testing/fuzzScenario';
import { scenarioOf } from '../testing/scenarioOf';
import { drainRun, type DrainedChunk } from './drain';
import type { SimEvent } from './events';
import { runResult } from './result';
import { Simulation } from './simulation';

/** Every chunk of a drained run, and its final state. */
function drained(
  scenario: Scenario,
  limits: { events: number; ticks: number },
  reads: readonly SimEvent['kind'][] | null = null,
) {
  const chunks: DrainedChunk[] = [];
  const run = drainRun(scenario, limits, reads);
  for (let r = run.next(); ; r = run.next()) {
    if (r.done) return { chunks, state: r.value };
    chunks.push({ ...r.value, open: r.value.open.slice() });
  }
}

function straight(scenario: Scenario) {
  const sim = new Simulation(scenario, { rewind: false });
  sim.runToEnd();
  return sim.state;
}

describe('a drained run', () => {
  it('hands over exactly the events and segments of a straight run, whatever the chunk limits', () => {
    fc.assert(
      fc.property(
        fuzzScenarioArb,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 50 }),
        (input, events, ticks) => {
          const v = validateScenario(input);
          fc.pre(v.ok);
          if (!v.ok) return;
          const whole = straight(v.scenario);
          const { chunks, state } = drained(v.scenario, { events, ticks });
          expect(chunks.flatMap((c) => c.events)).toEqual(whole.events);
          expect(chunks.flatMap((c) => c.segments)).toEqual(whole.segments);
          expect(chunks.flatMap((c) => c.gpuSegments)).toEqual(whole.gpuSegments);
          const { events: _e, timeline: _t, gpuTimeline: _g, ...figures } = runResult(state, false);
          const { events: _f, timeline: _u, gpuTimeline: _h, ...expected } = runResult(whole, false);
          expect(figures).toEqual(expected);
        },
      ),
      { seed: 20261205, numRuns: 150 },
    );
  });

  it('leaves out only the optional kinds its reader does not read: the same run, the same other events', () => {
    const optional = ['dispatch', 'quantumExpired'] as const;
    fc.assert(
      fc.property(
        fuzzScenarioArb,
        fc.subarray([...optional]),
        fc.integer({ min: 1, max: 20 }),
        (input, kept, events) => {
          const v = validateScenario(input);
          fc.pre(v.ok);
          if (!v.ok) return;
          const whole = straight(v.scenario);
          const reads: SimEvent['kind'][] = ['arrive', 'exit', ...kept];
          const { chunks, state } = drained(v.scenario, { events, ticks: 50 }, reads);
          const left = (e: SimEvent) => optional.some((k) => k === e.kind) && !reads.includes(e.kind);
          expect(chunks.flatMap((c) => c.events)).toEqual(whole.events.filter((e) => !left(e)));
          expect(chunks.flatMap((c) => c.segments)).toEqual(whole.segments);
          expect(chunks.flatMap((c) => c.gpuSegments)).toEqual(whole.gpuSegments);
          const { events: _e, timeline: _t, gpuTimeline: _g, ...figures } = runResult(state, false);
          const { events: _f, timeline: _u, gpuTimeline: _h, ...expected } = runResult(whole, false);
          expect(figures).toEqual(expected);
        },
      ),
      { seed: 20261207, numRuns: 150 },
    );
  });

  it('holds one chunk: the state keeps no logged entry, and a chunk stays within its limits', () => {
    const rr = scenarioOf({ policy: 'RR', quantum: 1 }, [{ bursts: [20_000] }, { bursts: [10_000, 50, 10_000] }]);
    const run = drainRun(rr, { events: 100, ticks: 1_000 });
    let through = 0;
    let chunks = 0;
    for (let r = run.next(); !r.done; r = run.next()) {
      const c = r.value;
      chunks++;
      expect(c.state.events).toHaveLength(0);
      expect(c.state.segments).toHaveLength(0);
      // One decision point logs a few events at most beyond the limit.
      expect(c.events.length).toBeLessThan(110);
      expect(c.through - through).toBeLessThanOrEqual(1_000);
      through = c.through;
    }
    expect(chunks).toBeGreaterThan(500);
  });

  it('tells where each CPU’s open stretch began, so a reader knows who runs up to the chunk’s tick', () => {
    const fifo = scenarioOf({ policy: 'FIFO' }, [{ bursts: [5_000] }]);
    const first = drainRun(fifo, { events: 1_000, ticks: 100 }).next().value as DrainedChunk;
    expect(first.through).toBe(100);
    expect(first.segments).toEqual([]);
    expect(first.open).toEqual([{ cpu: 0, pid: 1, kind: 'run', since: 0 }]);
  });
});
