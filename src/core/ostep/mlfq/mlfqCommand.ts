import { LIMITS } from '../../scenario/types';
import { TEXT_INSTEAD } from '../workloadScript';
import { ostepRandomMlfqJobs, type OstepMlfqJob, type OstepMlfqSetup } from './mlfqWorkload';
import type { MlfqOptions } from './mlfqFlags';
import { pyInt } from '../pyNumber';

/**
 * Ticks in an answer held whole (--json, --batch, the browser): it holds a timeline entry and a line of text per
 * tick, about 250 bytes each, so at most about 250 MB. The streamed text holds none.
 */
export const MAX_HELD_TICKS = 1_000_000;

/** An mlfq.py problem: the jobs, the queue setup, and the option values (for the problem text). */
export type MlfqProblem = { jobs: OstepMlfqJob[]; setup: OstepMlfqSetup; v: MlfqOptions };

function intList(raw: string, flag: string, what: string): number[] | string {
  const out: number[] = [];
  for (const [i, item] of raw.split(',').entries()) {
    const n = pyInt(item);
    if (n === undefined)
      return `${flag}: item ${i} is ${JSON.stringify(item)}, which is not a whole number (expected e.g. ${flag.slice(0, 2)} 10,20,40)`;
    if (n < 1 || n > LIMITS.maxTick)
      return `${flag}: item ${i} is ${n}; each ${what} must be between 1 and ${LIMITS.maxTick}${n === 0 ? ZERO_NEVER_ENDS : ''}`;
    out.push(n);
  }
  return out;
}

/**
 * A difference kept on purpose: mlfq.py takes a quantum or an allotment of 0 and counts it down below 0, so it never
 * runs out (the job keeps the CPU, or its level, printing negative TICKS or ALLOT); here each one is at least 1.
 */
const ZERO_NEVER_ENDS = ' (mlfq.py counts a 0 down below 0, so it never runs out; here a quantum or allotment ends)';

/** mlfq.py's options -> the problem, or one message naming the flag and its limit. */
export function mlfqProblem(v: MlfqOptions): MlfqProblem | string {
  let quanta: number[];
  if (v.quantumList !== '') {
    const q = intList(v.quantumList, '-Q/--quantumList', 'quantum (ticks)');
    if (typeof q === 'string') return q;
    if (q.length > LIMITS.maxMlfqLevels)
      return `-Q/--quantumList lists ${q.length} queues; at most ${LIMITS.maxMlfqLevels}`;
    quanta = q;
  } else {
    const n = v.numQueues;
    const quantum = v.quantum;
    if (n < 1 || n > LIMITS.maxMlfqLevels)
      return `-n/--numQueues must be between 1 and ${LIMITS.maxMlfqLevels} (got ${n})`;
    if (quantum < 1 || quantum > LIMITS.maxTick)
      return `-q/--quantum must be between 1 and ${LIMITS.maxTick} ticks (got ${quantum})${quantum === 0 ? ZERO_NEVER_ENDS : ''}`;
    quanta = Array.from({ length: n }, () => quantum);
  }
  let allotments: number[];
  if (v.allotmentList !== '') {
    const a = intList(v.allotmentList, '-A/--allotmentList', 'allotment (quanta)');
    if (typeof a === 'string') return a;
    if (a.length !== quanta.length)
      return `-A/--allotmentList lists ${a.length} allotments; the number of allotments must match the number of queues (${quanta.length})`;
    allotments = a;
  } else {
    const a = v.allotment;
    if (a < 1 || a > LIMITS.maxTick)
      return `-a/--allotment must be between 1 and ${LIMITS.maxTick} quanta (got ${a})${a === 0 ? ZERO_NEVER_ENDS : ''}`;
    allotments = quanta.map(() => a);
  }
  const boost = v.boost;
  if (boost < 0 || boost > LIMITS.maxTick)
    return `-B/--boost must be between 0 (never) and ${LIMITS.maxTick} ticks (got ${boost})`;
  const ioTime = v.ioTime;
  if (ioTime < 0 || ioTime > LIMITS.maxTick)
    return `-i/--iotime must be between 0 and ${LIMITS.maxTick} ticks (got ${ioTime}; mlfq.py never ends when an I/O is done before it starts)`;
  const jlist = v.jlist;
  let jobs: OstepMlfqJob[];
  let flag: string;
  if (jlist === '') {
    flag = '-j/--numJobs, -m/--maxlen and -M/--maxio';
    const n = v.numJobs;
    const maxlen = v.maxlen;
    const maxio = v.maxio;
    if (n < 1 || n > LIMITS.maxProcesses) return `-j/--numJobs must be between 1 and ${LIMITS.maxProcesses} (got ${n})`;
    if (maxlen < 2 || maxlen > LIMITS.maxTick)
      return `-m/--maxlen must be between 2 and ${LIMITS.maxTick} ticks (got ${maxlen}; below 2 mlfq.py draws jobs of no run time)`;
    if (maxio < -LIMITS.maxTick || maxio > LIMITS.maxTick)
      return `-M/--maxio must be at most ${LIMITS.maxTick} ticks (got ${maxio})`;
    jobs = ostepRandomMlfqJobs(v.seed, n, maxlen, maxio);
  } else {
    flag = '-l/--jlist';
    const items = jlist.split(':');
    if (items.length > LIMITS.maxProcesses)
      return `-l/--jlist lists ${items.length} jobs; at most ${LIMITS.maxProcesses}`;
    jobs = [];
    for (const [i, item] of items.entries()) {
      const parts = item.split(',');
      if (parts.length !== 3)
        return `-l/--jlist: job ${i} is ${JSON.stringify(item)}; each job is startTime,runTime,ioFreq (e.g. -l 0,200,0:100,20,0)`;
      const [start, runTime, ioFreq] = parts.map(pyInt);
      if (start === undefined || runTime === undefined || ioFreq === undefined)
        return `-l/--jlist: job ${i} is ${JSON.stringify(item)}; its three values must be whole numbers`;
      if (start < 0 || start > LIMITS.maxTick)
        return `-l/--jlist: job ${i} starts at ${start}; a start time must be between 0 and ${LIMITS.maxTick}`;
      if (runTime < 1 || runTime > LIMITS.maxTick)
        return `-l/--jlist: job ${i} has run time ${runTime}; it must be between 1 and ${LIMITS.maxTick} ticks`;
      jobs.push({ start, run: runTime, ioFreq });
    }
  }
  for (const [i, job] of jobs.entries()) {
    const ios = job.ioFreq > 0 ? Math.ceil(job.run / job.ioFreq) - 1 : 0;
    if (2 * ios + 1 > LIMITS.maxBursts)
      return `${flag}: job ${i} would issue ${ios} I/Os; at most ${(LIMITS.maxBursts - 1) / 2} per job here (use a larger I/O frequency)`;
  }
  return {
    jobs,
    setup: { quanta, allotments, boost, ioTime, stay: v.stay, iobump: v.iobump },
    v,
  };
}

/** Why the answer to this problem may be too large to hold whole, or null. */
export function mlfqHeld({ jobs, setup, v }: MlfqProblem): string | null {
  // An upper bound on the makespan: the CPU is idle only while no job is ready.
  const bound = jobs.reduce(
    (s, j) => s + j.run + (j.ioFreq > 0 ? Math.ceil(j.run / j.ioFreq) - 1 : 0) * setup.ioTime,
    Math.max(...jobs.map((j) => j.start)),
  );
  if (bound <= MAX_HELD_TICKS) return null;
  const flag = v.jlist === '' ? '-j/--numJobs, -m/--maxlen and -M/--maxio' : '-l/--jlist';
  return `${flag}: the run could take up to ${bound} ticks; the answer as data holds an entry per tick, at most ${MAX_HELD_TICKS} (about 250 MB): ${TEXT_INSTEAD}`;
}
