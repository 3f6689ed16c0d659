import { advanceTo } from '../kernel/engine';
import { nextEventTime } from '../kernel/nextEvent';
import { Simulation } from '../kernel/simulation';
import { createState, type SimState } from '../kernel/state';
import { cutIntoQuanta } from '../kernel/cutIntoQuanta';
import { runResult, type RunResult } from '../kernel/result';
import type { Scenario } from '../scenario/types';
import type { SimEvent } from '../kernel/events';
import { processMetrics, type ProcessMetrics } from '../metrics/metrics';

/** Runs a scenario to the end and returns what the CLI would print. */
export function run(scenario: Scenario): RunResult {
  const sim = new Simulation(scenario);
  sim.runToEnd();
  return runResult(sim.state);
}

/**
 * "pid:start-end" for each run segment on one CPU, the compact form textbook Gantt charts are checked in; with
 * `quantum`, a lone process's merged quanta are cut back into one block each, as the textbooks draw them.
 */
export function gantt(r: RunResult, cpu = 0, quantum = Infinity): string {
  return cutIntoQuanta(r.timeline, quantum)
    .filter((s) => s.cpu === cpu && s.pid !== null && s.kind !== 'switch')
    .map((s) => `${s.pid}:${s.start}-${s.end}`)
    .join(' ');
}

/** Runs a scenario to the end and returns the simulation itself, for tests that look at the state. */
export function simulate(scenario: Scenario): Simulation {
  const sim = new Simulation(scenario);
  sim.runToEnd();
  return sim;
}

/**
 * Runs event by event, at most `maxSteps` decision points, checking that time moves forward after each one.
 * An engine that never finishes, or that keeps naming the current tick as the next event (a livelock that
 * would hang `runToEnd`), fails a test instead of hanging it: `livelockAt` is then that tick.
 */
export function runSafely(scenario: Scenario, maxSteps = 100_000): { state: SimState; livelockAt: number | null } {
  const state = createState(scenario);
  advanceTo(state, 0);
  for (let i = 0; i < maxSteps && !state.finished; i++) {
    const next = nextEventTime(state);
    if (next <= state.now) return { state, livelockAt: state.now };
    advanceTo(state, next === Infinity ? state.now + 1 : next);
  }
  return { state, livelockAt: null };
}

/** The full metrics row of one process (suspended and ready time included), as of the simulation's tick. */
export function metricsOf(sim: { state: SimState }, pid: number): ProcessMetrics {
  const p = sim.state.procs.find((x) => x.pid === pid);
  if (!p) throw new Error(`test: no process ${pid}`);
  return processMetrics(sim.state, p);
}

/** The events of one kind, typed. */
export function eventsOf<K extends SimEvent['kind']>(
  r: { events: readonly SimEvent[] },
  kind: K,
): Extract<SimEvent, { kind: K }>[] {
  return r.events.filter((e): e is Extract<SimEvent, { kind: K }> => e.kind === kind);
}
