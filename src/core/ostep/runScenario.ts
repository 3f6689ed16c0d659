import { runResult } from '../kernel/result';
import { Simulation } from '../kernel/simulation';
import { validateScenario } from '../scenario/validate';
import type { ScenarioRunner } from './script';

/** Validates and runs a scenario to its end on the core directly (the worker and tests; the CLI goes through the handler). */
export const runScenario: ScenarioRunner = (scenario) => {
  const v = validateScenario(scenario);
  if (!v.ok) return v.errors.map((e) => `${e.path || '(scenario)'}: ${e.message}`).join('; ');
  const sim = new Simulation(v.scenario);
  sim.runToEnd();
  // The answers never print the trace hash, which would cost a fifth of a long run.
  return runResult(sim.state, false);
};
