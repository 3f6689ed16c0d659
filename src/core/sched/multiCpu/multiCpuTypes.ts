import type { CacheEvent, CacheModel, CacheRunReason } from '../../kernel/cacheWarmth';

/**
 * Multiprocessor scheduling as OSTEP's multi.py poses it: jobs of some length and working-set size on several
 * CPUs, each with a cache that warms (kernel/cacheWarmth.ts), scheduled round robin from one shared queue or from
 * a queue per CPU whose idle CPUs steal from the others.
 */
export interface MultiCpuJob {
  name: string;
  /** units of work */
  runTime: number;
  workingSet: number;
  /** the CPUs it may run on; empty: any */
  affinity: number[];
}

/**
 * How a CPU with an empty queue checks a job it would steal. `affinity`: the job's CPUs (empty: any).
 * `multi.py`: multi.py's own test, `cpu in job`, which looks through the whole job record rather than its
 * affinity: a job with an affinity is stolen only by a CPU whose number equals its run time or working-set size,
 * whatever its affinity says (kept so OSTEP's problems come out as OSTEP's).
 */
export type StealCheck = 'affinity' | 'multi.py';

export interface MultiCpuConfig {
  cpus: number;
  /** every `quantum` ticks, all CPUs put their job back at the end of its queue */
  quantum: number;
  /** a queue per CPU (jobs dealt out round robin, as affinity allows) rather than one shared queue */
  perCpuQueues: boolean;
  /** with a queue per CPU, every `peekInterval` ticks an idle queue steals one job; 0 or less: never */
  peekInterval: number;
  /** idle CPUs take their jobs in a shuffled order each tick rather than by number */
  randomOrder: boolean;
  stealCheck: StealCheck;
  cache: CacheModel;
  /** the most CPU-ticks (ticks × CPUs) the run may take before it is refused as endless */
  maxCpuTicks: number;
}

/** A CPU during one tick: the job it ran, its time left after the tick, and the rate it ran at and why. */
export interface CpuTick {
  job: string;
  left: number;
  warm: boolean;
  rate: number;
  reason: CacheRunReason;
}

/** One tick of the run, as multi.py's trace shows it. */
export interface MultiCpuTick {
  t: number;
  /** the quantum ended at the start of this tick: every running job went back to its queue */
  interrupt: boolean;
  /** per CPU: what it ran, or null when idle */
  cpus: (CpuTick | null)[];
  /** per CPU, after the tick: the jobs whose working sets are warm in its cache, most recently warmed first */
  warm: string[][];
  /** after the tick: one queue per CPU, or the one shared queue */
  queues: string[][];
}

export type StealReason = 'any-cpu' | 'affinity' | 'multi.py-record';

/** The scheduler's decisions, in order, each a reason the narration words (multiCpuExplain.ts). */
export type MultiCpuDecision =
  | { kind: 'preempt'; t: number; cpu: number; job: string; queue: number | null }
  | { kind: 'steal'; t: number; cpu: number; from: number; job: string; reason: StealReason }
  | { kind: 'peek'; t: number; cpu: number; from: number; found: false }
  | { kind: 'dispatch'; t: number; cpu: number; job: string; passedOver: number; queue: number | null }
  | { kind: 'finish'; t: number; cpu: number; job: string }
  | { kind: 'cache'; t: number; event: CacheEvent<string> };

export interface MultiCpuStats {
  /** ticks it ran a job */
  ran: number;
  /** ticks it ran a job faster than cold */
  warm: number;
}

export interface MultiCpuRun {
  /** the queues before the first tick */
  queues: string[][];
  ticks: MultiCpuTick[];
  decisions: MultiCpuDecision[];
  /** when each job finished (the tick after its last), in the job list's order */
  finish: number[];
  stats: MultiCpuStats[];
  /** ticks until the last job finished */
  time: number;
}
