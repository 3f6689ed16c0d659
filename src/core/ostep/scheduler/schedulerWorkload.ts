import { DEFAULT_NEEDS, DEFAULT_NODE, DEFAULT_OPTIONS, DEFAULT_SEED } from '../../scenario/defaults';
import type { Scenario, SchedulerConfig } from '../../scenario/types';
import { pyRandom, pySeed } from '../pyRandom';
import { translatedFrom } from '../workloadScript';
import type { SchedulerOptions } from './schedulerFlags';

/** The three policies of OSTEP's cpu-sched/scheduler.py (its -p choices). */
export type OstepSchedulerPolicy = SchedulerOptions['policy'];

/**
 * scheduler.py's random workload: after `random.seed(seed)`, job i (in id order) gets
 * `int(maxlen * random.random()) + 1` ticks. The seed is an int as Python takes it (negative = its absolute value).
 */
export function ostepRandomJobLengths(seed: number | bigint, jobs: number, maxlen: number): number[] {
  const rng = pySeed(seed);
  const lengths: number[] = [];
  for (let i = 0; i < jobs; i++) lengths.push(Math.trunc(maxlen * pyRandom(rng)) + 1);
  return lengths;
}

/**
 * scheduler.py's problem as one of our scenarios: job i is process pid i (OSTEP numbers jobs from 0), every
 * job arrives at tick 0 with one CPU burst of its length, one CPU, no context-switch cost. FIFO runs in pid
 * order; our SJF breaks equal lengths by the order processes became READY, which for simultaneous arrivals is
 * list order = OSTEP's stable sort; our RR finishes a job whose remaining time equals the quantum in that slice.
 * Lengths must already be whole ticks ≥ 0 (a job of 0 ends at the tick it is dispatched); validation checks the rest.
 */
export function ostepSchedulerScenario(
  lengths: readonly number[],
  policy: OstepSchedulerPolicy,
  quantum: number,
  source: string,
): Scenario {
  const scheduler: SchedulerConfig = policy === 'RR' ? { policy: 'RR', quantum } : { policy };
  return {
    format: 'bcos-scenario',
    version: 3,
    title: `OSTEP scheduler.py ${policy}`,
    description: translatedFrom('cpu-sched/scheduler.py', source),
    seed: DEFAULT_SEED,
    node: { ...DEFAULT_NODE, cpus: 1, gpus: 0, connections: [] },
    scheduler,
    options: { ...DEFAULT_OPTIONS },
    processes: lengths.map((length, i) => ({
      pid: i,
      name: `P${i}`,
      type: 'USER',
      priority: 0,
      arrival: 0,
      bursts: [length],
      needs: { ...DEFAULT_NEEDS },
    })),
    operations: [],
  };
}
