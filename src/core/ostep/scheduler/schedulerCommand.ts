import { LIMITS } from '../../scenario/types';
import { pyFloat } from '../pyNumber';
import type { SchedulerOptions } from './schedulerFlags';
import { ostepRandomJobLengths, type OstepSchedulerPolicy } from './schedulerWorkload';

/** RR slices we are willing to simulate (each is a dispatch in the trace): bounds the run time of one command. */
export const MAX_RR_SLICES = 1_000_000;

/** A scheduler.py problem: the job lengths, the policy and the quantum, and whether -l gave the jobs. */
export type SchedulerProblem = { lengths: number[]; policy: OstepSchedulerPolicy; quantum: number; fromList: boolean };

/** scheduler.py's options -> the problem, or one message naming the flag and its limit. */
export function schedulerProblem(v: SchedulerOptions): SchedulerProblem | string {
  const { policy, quantum, jlist } = v;
  if (quantum < 1) return `-q/--quantum must be at least 1 tick (got ${quantum})`;
  let lengths: number[];
  if (jlist === '') {
    // OSTEP: an empty -l means "generate jobs from -s, -j, -m".
    const { jobs, maxlen } = v;
    if (jobs < 1 || jobs > LIMITS.maxProcesses)
      return `-j/--jobs must be between 1 and ${LIMITS.maxProcesses} (got ${jobs})`;
    if (maxlen < 1 || maxlen > LIMITS.maxTick)
      return `-m/--maxlen must be between 1 and ${LIMITS.maxTick} ticks (got ${maxlen})`;
    lengths = ostepRandomJobLengths(v.seed, jobs, maxlen);
  } else {
    const items = jlist.split(',');
    if (items.length > LIMITS.maxProcesses)
      return `-l/--jlist lists ${items.length} jobs; at most ${LIMITS.maxProcesses}`;
    lengths = [];
    for (const [i, item] of items.entries()) {
      const x = pyFloat(item);
      if (x === undefined)
        return `-l/--jlist: job ${i} has length ${JSON.stringify(item)}, which is not a number (expected e.g. -l 10,15,20)`;
      if (!Number.isInteger(x))
        return `-l/--jlist: job ${i} has length ${item.trim()}; this simulator counts time in whole ticks, so job lengths must be whole numbers`;
      if (x < 1 || x > LIMITS.maxTick)
        return `-l/--jlist: job ${i} has length ${item.trim()}; each job needs between 1 and ${LIMITS.maxTick} ticks here (zero-length jobs have no CPU burst in our model)`;
      lengths.push(x);
    }
  }
  const flag = jlist === '' ? '-j/--jobs and -m/--maxlen' : '-l/--jlist';
  const total = lengths.reduce((s, x) => s + x, 0);
  if (total > LIMITS.maxTick) return `${flag}: the jobs add up to ${total} ticks; at most ${LIMITS.maxTick}`;
  const slices = policy === 'RR' ? lengths.reduce((s, x) => s + Math.ceil(x / quantum), 0) : 0;
  if (slices > MAX_RR_SLICES)
    return `-q/--quantum: RR would take ${slices} slices; at most ${MAX_RR_SLICES} (use a larger quantum or shorter jobs)`;
  return { lengths, policy, quantum, fromList: jlist !== '' };
}
