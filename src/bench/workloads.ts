import { generateWorkload } from '../core/scenario/generate';
import { validateScenario } from '../core/scenario/validate';
import type { Scenario, SchedulerConfig } from '../core/index';
import { EVERY_SCHEDULER } from '../core/testing/schedulers';

export const BENCH_SCHEDULERS = EVERY_SCHEDULER;

/**
 * 10,000 processes of all six types with CPU and I/O bursts, on 2 CPUs and 2 GPUs, arriving over
 * 900,000 ticks: the run lasts about a million simulated ticks.
 */
export function bigScenario(scheduler: SchedulerConfig, count = 10_000): Scenario {
  const processes = generateWorkload({
    seed: 7,
    count,
    mix: {},
    arrival: { kind: 'uniform', span: 90 * count },
    cpuBurst: { kind: 'uniform', min: 10, max: 150 },
    ioBurst: { kind: 'uniform', min: 5, max: 60 },
    burstsPerProcess: { min: 1, max: 3 },
    priorities: { min: 0, max: 20 },
    validatorSlot: 400,
    gpus: 2,
  });
  return valid(scheduler, processes);
}

/**
 * 100,000 processes with short bursts (CPU 1-30 ticks, I/O 1-12), arriving over 1.8 million ticks on 2 CPUs and
 * 2 GPUs: about as loaded as bigScenario (queues build up and drain), so the cost of each pick shows, while one
 * run per policy stays within seconds.
 */
export function hugeScenario(scheduler: SchedulerConfig, count = 100_000): Scenario {
  const processes = generateWorkload({
    seed: 11,
    count,
    mix: {},
    arrival: { kind: 'uniform', span: 18 * count },
    cpuBurst: { kind: 'uniform', min: 1, max: 30 },
    ioBurst: { kind: 'uniform', min: 1, max: 12 },
    burstsPerProcess: { min: 1, max: 3 },
    priorities: { min: 0, max: 20 },
    validatorSlot: 400,
    gpus: 2,
  });
  return valid(scheduler, processes);
}

/** The scenario on 2 CPUs and 2 GPUs, validated as any loaded scenario is. */
function valid(scheduler: SchedulerConfig, processes: Scenario['processes']): Scenario {
  const v = validateScenario({
    format: 'bcos-scenario',
    version: 1,
    node: { id: 'bench', cpus: 2, gpus: 2, connections: [] },
    scheduler,
    processes,
  });
  if (!v.ok) throw new Error(`benchmark scenario invalid: ${v.errors[0]?.message}`);
  return v.scenario;
}
