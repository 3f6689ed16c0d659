import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWorkload } from '../scenario/generate';
import { validateScenario } from '../scenario/validate';
import type { Scenario, SchedulerConfig } from '../scenario/types';
import { EVERY_SCHEDULER } from '../testing/schedulers';
import { runResult } from './result';
import { Simulation } from './simulation';

function workload(scheduler: SchedulerConfig, seed: number, count: number): Scenario {
  const processes = generateWorkload({
    seed,
    count,
    mix: {},
    arrival: { kind: 'uniform', span: 40 * count },
    cpuBurst: { kind: 'uniform', min: 1, max: 60 },
    ioBurst: { kind: 'uniform', min: 1, max: 30 },
    burstsPerProcess: { min: 1, max: 3 },
    priorities: { min: 0, max: 9 },
    validatorSlot: 200,
    gpus: 1,
  });
  const v = validateScenario({
    format: 'bcos-scenario',
    version: 1,
    node: { id: 'n', cpus: 2, gpus: 1, connections: [] },
    scheduler,
    processes,
    options: { contextSwitchCost: 1 },
  });
  if (!v.ok) throw new Error(v.errors[0]?.message);
  return v.scenario;
}

/**
 * A decision point where nothing is due must change nothing, so how a run is cut into steps (play speed,
 * seeks, checkpoints) can never change its trace.
 */
describe('the trace does not depend on how the run is stepped', () => {
  it.each(EVERY_SCHEDULER.map((s) => [JSON.stringify(s), s] as const))('%s', (_name, scheduler) => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 1, max: 97 }),
        fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 6 }),
        (seed, stride, jumps) => {
          const scenario = workload(scheduler, seed, 60);
          const straight = new Simulation(scenario);
          straight.runToEnd();
          const stepped = new Simulation(scenario);
          for (const t of jumps) stepped.seek(t);
          for (let t = 0; !stepped.state.finished; t += stride) stepped.seek(t);
          expect(runResult(stepped.state).traceHash).toBe(runResult(straight.state).traceHash);
        },
      ),
      { seed: 20261127, numRuns: 15 },
    );
  });
});
