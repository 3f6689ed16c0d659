import { Simulation } from '../kernel/simulation';
import { runResult, type RunResult } from '../kernel/result';
import type { Scenario } from '../scenario/types';

/** Runs a scenario to the end and returns what the CLI would print. */
export function run(scenario: Scenario): RunResult {
  const sim = new Simulation(scenario);
  sim.runToEnd();
  return runResult(sim.state);
}

/** "pid:start-end" for each run segment on one CPU, the compact form textbook Gantt charts are checked in. */
export function gantt(r: RunResult, cpu = 0): string {
  return r.timeline
    .filter((s) => s.cpu === cpu && s.pid !== null && s.kind !== 'switch')
    .map((s) => `${s.pid}:${s.start}-${s.end}`)
    .join(' ');
}
