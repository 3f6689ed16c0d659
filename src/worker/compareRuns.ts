import { runResult, Simulation, validateScenario, type FieldError, type Scenario } from '../core/index';
import type { CompareEntry, FromSim } from '../protocol';
import { packGpuSegments, packSegments } from './frame';

/** A comparison under way: the scenario under each scheduler, the runs finished so far and the one running now. */
export interface Comparison {
  runs: Scenario[];
  entries: CompareEntry[];
  running: Simulation | null;
}

/**
 * Starts comparing the schedulers on the loaded scenario. Every scheduler is checked before anything runs, so a
 * bad one is refused up front rather than after the others have run.
 */
export function startComparison(
  scenario: Scenario,
  schedulers: readonly Scenario['scheduler'][],
): { ok: true; comparison: Comparison } | { ok: false; errors: FieldError[] } {
  const runs: Scenario[] = [];
  for (const scheduler of schedulers) {
    const v = validateScenario({ ...scenario, scheduler });
    if (!v.ok) return { ok: false, errors: v.errors };
    runs.push(v.scenario);
  }
  return { ok: true, comparison: { runs, entries: [], running: null } };
}

/**
 * Runs the comparison on by about `maxEvents` events (a slice, so the worker answers other requests between
 * slices and a cancel is heard soon): `compared` when every run is done, `compareProgress` otherwise.
 */
export function continueComparison(id: number, c: Comparison, maxEvents: number): FromSim {
  let budget = Math.max(1, maxEvents);
  while (c.entries.length < c.runs.length) {
    const scenario = c.runs[c.entries.length] as Scenario;
    // A compared run only goes forward: no checkpoints for going back.
    const sim = (c.running ??= new Simulation(scenario, { rewind: false }));
    if (budget <= 0)
      return { type: 'compareProgress', id, done: c.entries.length, of: c.runs.length, tick: sim.state.now };
    const before = sim.state.events.length;
    sim.seek(Number.MAX_SAFE_INTEGER, budget);
    budget -= Math.max(1, sim.state.events.length - before);
    if (!sim.state.finished) continue;
    c.entries.push(entryOf(scenario, sim));
    c.running = null;
  }
  return { type: 'compared', id, entries: c.entries };
}

function entryOf(scenario: Scenario, sim: Simulation): CompareEntry {
  const { policy, ticks, finished, stalled, processes, summary, traceHash } = runResult(sim.state);
  return {
    scheduler: scenario.scheduler,
    result: { policy, ticks, finished, stalled, processes, summary, traceHash },
    timeline: packSegments(sim.state.segments, 0),
    gpuTimeline: packGpuSegments(sim.state.gpuSegments, 0),
  };
}
