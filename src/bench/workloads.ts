import { generateWorkload } from '../core/scenario/generate';
import { validateScenario } from '../core/scenario/validate';
import { DEFAULT_MEMORY } from '../core/memory/defaults';
import type { MemoryConfig, Scenario, SchedulerConfig } from '../core/index';
import { EVERY_SCHEDULER } from '../core/testing/schedulers';

export const BENCH_SCHEDULERS = EVERY_SCHEDULER;

/**
 * A generated workload of all six process types, CPU and I/O bursts (uniform, ticks), on 2 CPUs and 2 GPUs; with
 * `memory`, its memory needs scaled to fit it, as the Workload view's generator does with memory on.
 */
function generated(
  scheduler: SchedulerConfig,
  w: { seed: number; count: number; gap: number; cpu: [number, number]; io: [number, number]; bursts: number },
  memory?: MemoryConfig,
): Scenario {
  const processes = generateWorkload(
    {
      seed: w.seed,
      count: w.count,
      mix: {},
      arrival: { kind: 'uniform', span: w.gap * w.count },
      cpuBurst: { kind: 'uniform', min: w.cpu[0], max: w.cpu[1] },
      ioBurst: { kind: 'uniform', min: w.io[0], max: w.io[1] },
      burstsPerProcess: { min: 1, max: w.bursts },
      priorities: { min: 0, max: 20 },
      validatorSlot: 400,
      gpus: 2,
    },
    memory,
  );
  return valid(scheduler, processes, memory);
}

/** 10,000 processes arriving over 900,000 ticks: the run lasts about a million simulated ticks. */
export function bigScenario(scheduler: SchedulerConfig, count = 10_000, memory?: MemoryConfig): Scenario {
  return generated(scheduler, { seed: 7, count, gap: 90, cpu: [10, 150], io: [5, 60], bursts: 3 }, memory);
}

/**
 * 10,000 processes arriving over 900,000 ticks (bigScenario) under RR, with memory on (256 frames, sizes scaled to
 * fit, as the Workload view generates them), so both the Gantt chart and the memory grid have work: the browser
 * probe's large run, and the seek benchmark's run with memory.
 */
export function bigMemoryRun(): Scenario {
  return bigScenario(BENCH_SCHEDULERS[3]!, 10_000, {
    ...DEFAULT_MEMORY,
    physicalBytes: 256 * 4096,
    swapBytes: 512 * 4096,
  });
}

/**
 * 100,000 processes with short bursts (CPU 1-30 ticks, I/O 1-12, one or two CPU bursts), arriving over 1.8
 * million ticks: about as loaded as bigScenario (queues build up and drain), so the cost of each pick shows,
 * while one run per policy stays within seconds and inside the cost envelope under every policy.
 */
export function hugeScenario(scheduler: SchedulerConfig, count = 100_000): Scenario {
  return generated(scheduler, { seed: 11, count, gap: 18, cpu: [1, 30], io: [1, 12], bursts: 2 });
}

/**
 * 50,000 processes arriving over 10 million ticks under RR with a quantum of 200: a run of 10 million ticks that
 * stays inside the cost envelope (100,000 such processes under a quantum of 20 would not), for the browser
 * probe's long run.
 */
export function tenMillionTicks(): Scenario {
  return generated(
    { policy: 'RR', quantum: 200 },
    { seed: 13, count: 50_000, gap: 200, cpu: [20, 300], io: [5, 60], bursts: 2 },
  );
}

/** The scenario on 2 CPUs and 2 GPUs, validated as any loaded scenario is. */
function valid(scheduler: SchedulerConfig, processes: Scenario['processes'], memory?: MemoryConfig): Scenario {
  const v = validateScenario({
    format: 'bcos-scenario',
    version: 1,
    node: { id: 'bench', cpus: 2, gpus: 2, connections: [] },
    scheduler,
    processes,
    ...(memory && { memory }),
  });
  if (!v.ok) throw new Error(`benchmark scenario invalid: ${v.errors[0]?.message}`);
  return v.scenario;
}
