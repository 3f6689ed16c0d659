import { cutIntoQuanta } from '../../kernel/cutIntoQuanta';
import { zeroLengthExits } from '../../kernel/zeroRuns';
import type { RunResult } from '../../kernel/result';
import { pyRound2 } from '../pyFormat';

/** The answer of scheduler.py -c as data (OUTPUT.md, "scheduler"). */
export interface SchedulerAnswers {
  /** every slice in order; `done` = the job finished at the end of this slice */
  trace: { start: number; job: number; duration: number; done: boolean }[];
  /** by job id */
  jobs: { id: number; response: number; turnaround: number; wait: number }[];
  /** plain means over all jobs, rounded as Python's '%.2f' prints them */
  average: { response: number; turnaround: number; wait: number };
  makespan: number;
}

/** The end-of-run figures in OSTEP's time unit (`scale` ticks each): each job's times and their means. */
function schedulerFigures(r: RunResult, scale = 1): Pick<SchedulerAnswers, 'jobs' | 'average'> {
  const jobs = [...r.processes]
    .sort((a, b) => a.pid - b.pid)
    .map((p) => ({
      id: p.pid,
      response: (p.response as number) / scale,
      turnaround: (p.turnaround as number) / scale,
      wait: p.waiting / scale,
    }));
  const mean = (f: (j: SchedulerAnswers['jobs'][number]) => number) =>
    pyRound2(jobs.reduce((s, j) => s + f(j), 0) / jobs.length);
  return {
    jobs,
    average: { response: mean((j) => j.response), turnaround: mean((j) => j.turnaround), wait: mean((j) => j.wait) },
  };
}

/**
 * Reads the answers off a finished run of a scenario from ostepSchedulerScenario (pid = OSTEP job id, all
 * arrivals 0): slices are the CPU timeline's run segments, each cut into quanta of `quantum` ticks (RR; Infinity
 * for FIFO and SJF): the engine merges a lone job's back-to-back quanta into one segment, and OSTEP prints each
 * one; a zero-length job is a slice of 0 at the tick it was dispatched. Response = first run, turnaround = completion, wait = ticks READY; times in OSTEP's unit, `scale` ticks
 * each. Returns null when the run did not finish every job (which a valid translated scenario always does).
 */
export function schedulerAnswers(r: RunResult, quantum: number, scale = 1): SchedulerAnswers | null {
  if (!r.finished || r.processes.some((p) => p.completion === null || p.response === null || p.turnaround === null))
    return null;
  const completion = new Map(r.processes.map((p) => [p.pid, p.completion as number]));
  const zeroExit = zeroLengthExits();
  const zeros = r.events.filter(zeroExit);
  const trace: SchedulerAnswers['trace'] = [];
  let zero = 0;
  // A zero-length job ran at the tick it was dispatched, before the slice that starts then.
  const zerosUpTo = (tick: number) => {
    for (; zero < zeros.length && zeros[zero]!.tick <= tick; zero++)
      trace.push({ start: zeros[zero]!.tick / scale, job: zeros[zero]!.pid, duration: 0, done: true });
  };
  for (const s of cutIntoQuanta(r.timeline, quantum)) {
    if (s.pid === null || s.kind === 'switch') continue;
    zerosUpTo(s.start);
    const done = completion.get(s.pid) === s.end;
    trace.push({ start: s.start / scale, job: s.pid, duration: (s.end - s.start) / scale, done });
  }
  zerosUpTo(Infinity);
  return { trace, ...schedulerFigures(r, scale), makespan: r.ticks / scale };
}
