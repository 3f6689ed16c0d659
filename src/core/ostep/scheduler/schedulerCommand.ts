import { LIMITS } from '../../scenario/types';
import { TEXT_INSTEAD } from '../workloadScript';
import { pyFloat } from '../pyNumber';
import type { SchedulerOptions } from './schedulerFlags';
import { ostepRandomJobLengths, type OstepSchedulerPolicy } from './schedulerWorkload';

/**
 * Slices in an answer held whole (--json, --batch, the browser): it holds an entry and a line of text per slice,
 * about 250 bytes each, so at most about 250 MB. The streamed text holds none.
 */
export const MAX_HELD_SLICES = 1_000_000;

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
  return { lengths, policy, quantum, fromList: jlist !== '' };
}

/** Why the answer to this problem is too large to hold whole, or null. */
export function schedulerHeld(p: SchedulerProblem): string | null {
  const slices = p.policy === 'RR' ? p.lengths.reduce((s, x) => s + Math.ceil(x / p.quantum), 0) : 0;
  if (slices <= MAX_HELD_SLICES) return null;
  return `-q/--quantum: RR takes ${slices} slices; the answer as data holds an entry per slice, at most ${MAX_HELD_SLICES} (about 250 MB): ${TEXT_INSTEAD}`;
}
