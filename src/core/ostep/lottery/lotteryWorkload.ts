import { DEFAULT_NEEDS, DEFAULT_NODE, DEFAULT_OPTIONS } from '../../scenario/defaults';
import type { Scenario } from '../../scenario/types';
import { pyRandom, pySeed } from '../pyRandom';
import { translatedFrom } from '../workloadScript';

/** One lottery.py job: its run time and its tickets. */
export interface LotteryJob {
  length: number;
  tickets: number;
}

/**
 * lottery.py's random job list: after `random.seed(seed)`, job i (in id order) draws its length as
 * `int(maxlen * random())` until it is not 0, then its tickets as `int(maxticket * random())` until not 0.
 * `used` counts the random() values taken, which the draws then skip. maxlen and maxticket must be ≥ 2.
 */
export function ostepRandomLotteryJobs(
  seed: number,
  count: number,
  maxlen: number,
  maxticket: number,
): { jobs: LotteryJob[]; used: number } {
  const rng = pySeed(seed);
  let used = 0;
  const positive = (max: number): number => {
    for (;;) {
      used++;
      const x = Math.trunc(max * pyRandom(rng));
      if (x !== 0) return x;
    }
  };
  const jobs: LotteryJob[] = [];
  for (let i = 0; i < count; i++) {
    const length = positive(maxlen);
    jobs.push({ length, tickets: positive(maxticket) });
  }
  return { jobs, used };
}

/**
 * lottery.py's problem as one of our scenarios: job i is process pid i holding its tickets, every job arrives at
 * tick 0 with one CPU burst, one CPU, free context switches; the lottery draws as Python does from the seed
 * (past `drawOffset` values) and every quantum runs to its end, as OSTEP's clock does.
 */
export function ostepLotteryScenario(
  jobs: readonly LotteryJob[],
  quantum: number,
  seed: number,
  drawOffset: number,
  source: string,
): Scenario {
  return {
    format: 'bcos-scenario',
    version: 3,
    title: 'OSTEP lottery.py',
    description: translatedFrom('cpu-sched-lottery/lottery.py', source),
    seed,
    node: { ...DEFAULT_NODE, cpus: 1, gpus: 0, connections: [] },
    scheduler: { policy: 'LOTTERY', quantum, draw: 'python', ...(drawOffset > 0 && { drawOffset }), fullQuantum: true },
    options: { ...DEFAULT_OPTIONS },
    processes: jobs.map((job, i) => ({
      pid: i,
      name: `P${i}`,
      type: 'USER',
      priority: 0,
      arrival: 0,
      bursts: [job.length],
      tickets: job.tickets,
      needs: { ...DEFAULT_NEEDS },
    })),
    operations: [],
  };
}
