import { DEFAULT_NEEDS, DEFAULT_NODE, DEFAULT_OPTIONS } from '../scenario/defaults';
import type {
  ProcessSpec,
  Scenario,
  SchedulerConfig,
  SimOptions,
  NodeSpec,
  ScheduledOperation,
} from '../scenario/types';
import type { ProcessType } from '../process/types';

/** Test shorthand for a process: [arrival, bursts] with optional extras. */
export interface Job {
  arrival?: number;
  bursts: number[];
  priority?: number;
  deadline?: number;
  tickets?: number;
  gpus?: number;
  type?: ProcessType;
}

/** A complete scenario from a few jobs, for tests; pids are 1, 2, 3, ... in list order. */
export function scenarioOf(
  scheduler: SchedulerConfig,
  jobs: Job[],
  extra: {
    options?: Partial<SimOptions>;
    node?: Partial<NodeSpec>;
    operations?: ScheduledOperation[];
    seed?: number;
  } = {},
): Scenario {
  return {
    format: 'bcos-scenario',
    version: 3,
    title: 'test',
    description: '',
    seed: extra.seed ?? 1,
    node: { ...DEFAULT_NODE, connections: [], ...extra.node },
    scheduler,
    options: { ...DEFAULT_OPTIONS, ...extra.options },
    processes: jobs.map((j, i): ProcessSpec => ({
      pid: i + 1,
      name: `P${i + 1}`,
      type: j.type ?? 'USER',
      priority: j.priority ?? 0,
      arrival: j.arrival ?? 0,
      bursts: j.bursts,
      ...(j.deadline !== undefined && { deadline: j.deadline }),
      ...(j.tickets !== undefined && { tickets: j.tickets }),
      needs: { ...DEFAULT_NEEDS, gpus: j.gpus ?? 0 },
    })),
    operations: extra.operations ?? [],
  };
}
