import { MAX_QUANTUM } from '../../sched/configFields';
import { MAX_DRAW_OFFSET } from '../../sched/lottery';
import { PROCESS_LIMITS } from '../../scenario/processSchema';
import { LIMITS } from '../../scenario/types';
import { TEXT_INSTEAD } from '../workloadScript';
import type { LotteryOptions } from './lotteryFlags';
import { pyInt } from '../pyNumber';
import { ostepRandomLotteryJobs, type LotteryJob } from './lotteryWorkload';

/**
 * An answer held whole (--json, --batch, the browser) holds its text too: a random number per tick of work without
 * -c, and with -c a line per draw that lists every job (about 30 bytes each). These keep it within about 300 MB;
 * the streamed text holds none of it.
 */
export const MAX_HELD_TICKS = 1_000_000;
export const MAX_HELD_DRAW_ENTRIES = 10_000_000;
/** Our scenario seed is an unsigned 32-bit integer; Python seeds with |seed|. */
const MAX_SEED = 0xffff_ffff;

/** A lottery.py problem: the jobs, the quantum, and the Python stream the draws come from (seed, values skipped). */
export interface LotteryProblem {
  jobs: LotteryJob[];
  quantum: number;
  /** |-s|, as Python seeds */
  seed: number;
  /** random() values the random job list used before the first draw (0 with -l) */
  drawOffset: number;
}

/** lottery.py's options -> the problem, or one message naming the flag and its limit. */
export function lotteryProblem(v: LotteryOptions): LotteryProblem | string {
  const seed = Math.abs(v.seed);
  if (seed > MAX_SEED)
    return `-s/--seed must be between -${MAX_SEED} and ${MAX_SEED} (got ${v.seed}): our scenario seed is an unsigned 32-bit integer`;
  const quantum = v.quantum;
  if (quantum < 1 || quantum > MAX_QUANTUM)
    return `-q/--quantum must be between 1 and ${MAX_QUANTUM} ticks (got ${quantum})`;
  const jlist = v.jlist;
  let jobs: LotteryJob[];
  let drawOffset = 0;
  if (jlist === '') {
    const count = v.jobs;
    const maxlen = v.maxlen;
    const maxticket = v.maxticket;
    if (count < 1 || count > LIMITS.maxProcesses)
      return `-j/--jobs must be between 1 and ${LIMITS.maxProcesses} (got ${count})`;
    // Below 2, OSTEP's loop `while x == 0: x = int(max * random())` never ends (or yields negative values).
    if (maxlen < 2 || maxlen > LIMITS.maxTick)
      return `-m/--maxlen must be between 2 and ${LIMITS.maxTick} (got ${maxlen}); OSTEP loops forever below 2`;
    if (maxticket < 2 || maxticket > PROCESS_LIMITS.maxTickets + 1)
      return `-T/--maxticket must be between 2 and ${PROCESS_LIMITS.maxTickets + 1} (got ${maxticket}); OSTEP loops forever below 2`;
    const random = ostepRandomLotteryJobs(seed, count, maxlen, maxticket);
    if (random.used > MAX_DRAW_OFFSET)
      return `-j/--jobs: the random job list uses ${random.used} random numbers; at most ${MAX_DRAW_OFFSET}`;
    jobs = random.jobs;
    drawOffset = random.used;
  } else {
    const listed = listedJobs(jlist);
    if (typeof listed === 'string') return listed;
    jobs = listed;
  }
  const total = jobs.reduce((s, j) => s + j.length, 0);
  if (total > LIMITS.maxTick) return `${sourceFlag(v)}: the jobs add up to ${total} ticks; at most ${LIMITS.maxTick}`;
  return { jobs, quantum, seed, drawOffset };
}

const sourceFlag = (v: LotteryOptions) => (v.jlist === '' ? '-j/--jobs and -m/--maxlen' : '-l/--jlist');

/** Why the answer to this problem, with its text, is too large to hold whole, or null. */
export function lotteryHeld(p: LotteryProblem, v: LotteryOptions): string | null {
  const total = p.jobs.reduce((s, j) => s + j.length, 0);
  if (total > MAX_HELD_TICKS)
    return `${sourceFlag(v)}: the jobs add up to ${total} ticks; the answer as data holds a random number per tick, at most ${MAX_HELD_TICKS} (about 30 MB): ${TEXT_INSTEAD}`;
  const draws = p.jobs.reduce((s, j) => s + Math.ceil(j.length / p.quantum), 0);
  if (draws * p.jobs.length > MAX_HELD_DRAW_ENTRIES)
    return `${sourceFlag(v)}: ${p.jobs.length} jobs over ${draws} draws; the answer as data lists every job at every draw, at most ${MAX_HELD_DRAW_ENTRIES} entries (about 300 MB): ${TEXT_INSTEAD}`;
  return null;
}

/** `-l 10:100,20:50`: Python's int() of each length and ticket count. */
function listedJobs(jlist: string): LotteryJob[] | string {
  const items = jlist.split(',');
  if (items.length > LIMITS.maxProcesses)
    return `-l/--jlist lists ${items.length} jobs; at most ${LIMITS.maxProcesses}`;
  const jobs: LotteryJob[] = [];
  for (const [i, item] of items.entries()) {
    const parts = item.split(':');
    if (parts.length !== 2)
      return `-l/--jlist: job ${i} is ${JSON.stringify(item)}; each job is length:tickets (e.g. -l 10:100,20:50)`;
    const length = pyInt(parts[0] as string);
    const tickets = pyInt(parts[1] as string);
    if (length === undefined || tickets === undefined)
      return `-l/--jlist: job ${i} is ${JSON.stringify(item)}; length and tickets must be whole numbers`;
    // lottery.py draws only as many times as the lengths add up to, and a zero-length job's win spends one of those
    // draws (and a quantum): its trace stops before every job is done. A difference kept on purpose.
    if (length < 1 || length > LIMITS.maxTick)
      return `-l/--jlist: job ${i} has length ${length}; each job needs between 1 and ${LIMITS.maxTick} ticks here (lottery.py draws only as many times as the lengths add up to, so with a zero-length job its trace stops before every job is done)`;
    // With 0 tickets a job never wins and OSTEP ends in a ZeroDivisionError once the others are done.
    if (tickets < 1 || tickets > PROCESS_LIMITS.maxTickets)
      return `-l/--jlist: job ${i} has ${tickets} tickets; each job needs between 1 and ${PROCESS_LIMITS.maxTickets} tickets`;
    jobs.push({ length, tickets });
  }
  return jobs;
}
