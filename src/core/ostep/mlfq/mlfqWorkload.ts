import { DEFAULT_NEEDS, DEFAULT_NODE, DEFAULT_OPTIONS, DEFAULT_SEED } from '../../scenario/defaults';
import type { Scenario } from '../../scenario/types';
import { pyRandom, pySeed } from '../pyRandom';
import { translatedFrom } from '../workloadScript';

/** One job of OSTEP's cpu-sched-mlfq/mlfq.py: start time, CPU time, and how often it issues I/O (≤ 0 = never). */
export interface OstepMlfqJob {
  start: number;
  run: number;
  ioFreq: number;
}

/** mlfq.py's queue setup, listed from the highest-priority queue down, and its I/O and boost rules. */
export interface OstepMlfqSetup {
  /** quantum per queue in ticks, top first */
  quanta: number[];
  /** allotment per queue in quanta, top first */
  allotments: number[];
  /** -B: boost every this many ticks; 0 = never */
  boost: number;
  /** -i: ticks each I/O takes (≥ 1 here) */
  ioTime: number;
  /** -S */
  stay: boolean;
  /** -I */
  iobump: boolean;
}

/**
 * mlfq.py's random workload: after `random.seed(seed)`, job i (in id order) starts at 0 and draws
 * `int(random() * (maxlen - 1) + 1)` ticks of CPU, then `int(random() * (maxio - 1) + 1)` as its I/O frequency.
 */
export function ostepRandomMlfqJobs(
  seed: number | bigint,
  numJobs: number,
  maxlen: number,
  maxio: number,
): OstepMlfqJob[] {
  const rng = pySeed(seed);
  const jobs: OstepMlfqJob[] = [];
  for (let i = 0; i < numJobs; i++) {
    const run = Math.trunc(pyRandom(rng) * (maxlen - 1) + 1);
    const ioFreq = Math.trunc(pyRandom(rng) * (maxio - 1) + 1);
    jobs.push({ start: 0, run, ioFreq });
  }
  return jobs;
}

/**
 * A job's I/O frequency as alternating bursts: CPU chunks of `ioFreq` ticks with an I/O of `ioTime` between
 * them. No I/O follows the last chunk (mlfq.py checks for the finish before the I/O). `patterns` (for one ioTime)
 * keeps the alternation made for each frequency, which the next job of that frequency copies as a whole (a
 * builtin's copy, where a loop of the cold code that builds a scenario took 15 ms for mlfq -j 1200 -M 10's
 * 360,000 bursts).
 */
export function ostepMlfqBursts(job: OstepMlfqJob, ioTime: number, patterns = new Map<number, number[]>()): number[] {
  const { run, ioFreq } = job;
  if (ioFreq <= 0 || ioFreq >= run) return [run];
  const chunks = Math.ceil(run / ioFreq);
  const length = 2 * chunks - 1;
  let pattern = patterns.get(ioFreq);
  if (pattern === undefined) patterns.set(ioFreq, (pattern = []));
  while (pattern.length < length) pattern.push(ioFreq, ioTime);
  const bursts = pattern.slice(0, length);
  bursts[length - 1] = run - (chunks - 1) * ioFreq;
  return bursts;
}

/**
 * mlfq.py's problem as one of our scenarios: job i is pid i arriving at its start time, one CPU, no switch
 * cost; MLFQ with allotments counted in quanta, -S as ioResetsAllotment, -I as ioToFront, and a process whose
 * quantum just expired queued ahead of a same-tick arrival (requeueOrder 'preemptedFirst'), as mlfq.py does.
 */
export function ostepMlfqScenario(jobs: readonly OstepMlfqJob[], setup: OstepMlfqSetup, source: string): Scenario {
  const patterns = new Map<number, number[]>();
  return {
    format: 'bcos-scenario',
    version: 3,
    title: 'OSTEP mlfq.py',
    description: translatedFrom('cpu-sched-mlfq/mlfq.py', source),
    seed: DEFAULT_SEED,
    node: { ...DEFAULT_NODE, cpus: 1, gpus: 0, connections: [] },
    scheduler: {
      policy: 'MLFQ',
      levels: setup.quanta.map((quantum, i) => ({ quantum, allotment: setup.allotments[i] as number })),
      allotmentUnit: 'quanta',
      boostInterval: setup.boost,
      agingThreshold: 0,
      ioResetsAllotment: setup.stay,
      ioToFront: setup.iobump,
    },
    options: { ...DEFAULT_OPTIONS, requeueOrder: 'preemptedFirst' },
    processes: jobs.map((job, i) => ({
      pid: i,
      name: `J${i}`,
      type: 'USER',
      priority: 0,
      arrival: job.start,
      bursts: ostepMlfqBursts(job, setup.ioTime, patterns),
      needs: { ...DEFAULT_NEEDS },
    })),
    operations: [],
  };
}
