import { runResult } from '../kernel/result';
import { Simulation } from '../kernel/simulation';
import { validateScenario } from '../scenario/validate';
import type { ScenarioRunner } from './script';

/** Validates and runs a scenario to its end on the core, forward only: the OSTEP answers' runner in the worker and the CLI. */
export const runScenario: ScenarioRunner = (scenario) => {
  const v = validateScenario(scenario);
  // Each message is a sentence that names its field already.
  if (!v.ok) return v.errors.map((e) => e.message).join('; ');
  const sim = new Simulation(v.scenario, { rewind: false });
  sim.runToEnd();
  // The answers never print the trace hash, which would cost a fifth of a long run.
  return runResult(sim.state, false);
};
