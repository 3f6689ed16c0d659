import type { RunResult } from '../../kernel/result';
import { pyRound2 } from '../pyFormat';

export type MlfqEventType = 'FINISH' | 'IO_START' | 'BOOST' | 'ARRIVE' | 'IO_DONE';

/** The answer of mlfq.py -c as data (OUTPUT.md, "mlfq"). */
export interface MlfqAnswers {
  /** by job id */
  jobs: { id: number; firstRun: number; finish: number; response: number; turnaround: number }[];
  average: { response: number; turnaround: number };
  /** one entry per tick: who ran during [t, t+1) and at which level (0 = top; ostepPriority = queues - 1 - level) */
  timeline: { t: number; job: number | null; level: number | null; ostepPriority: number | null }[];
  /** at one t: FINISH / IO_START of the tick that ended at t, then BOOST, then ARRIVE (by id), then IO_DONE */
  events: { t: number; type: MlfqEventType; job: number | null }[];
  makespan: number;
}

/** The order of OSTEP's events at one tick. */
export const EVENT_ORDER: Record<MlfqEventType, number> = { FINISH: 0, IO_START: 0, BOOST: 1, ARRIVE: 2, IO_DONE: 3 };

/**
 * Reads the answers off a finished run of a scenario from ostepMlfqScenario (pid = OSTEP job id, one CPU).
 * Each tick's level is the running process's level as the run's own events set it: arrival at the top,
 * `demote` moves it down, `boost` moves every process to the top. Returns null when a job did not finish.
 */
export function mlfqAnswers(r: RunResult, queues: number): MlfqAnswers | null {
  if (!r.finished || r.processes.some((p) => p.completion === null || p.firstRun === null)) return null;
  const jobs = mlfqJobs(r);
  const mean = (f: (j: MlfqAnswers['jobs'][number]) => number) =>
    pyRound2(jobs.reduce((s, j) => s + f(j), 0) / jobs.length);

  const runner: (number | null)[] = Array.from({ length: r.ticks }, () => null);
  for (const s of r.timeline) {
    if (s.pid === null || s.kind === 'switch') continue;
    for (let t = s.start; t < s.end && t < r.ticks; t++) runner[t] = s.pid;
  }
  const level = new Map<number, number>();
  const events: MlfqAnswers['events'] = [];
  let e = 0;
  const timeline: MlfqAnswers['timeline'] = [];
  for (let t = 0; t <= r.ticks; t++) {
    for (; e < r.events.length && (r.events[e] as { tick: number }).tick <= t; e++) {
      const ev = r.events[e] as RunResult['events'][number];
      if (ev.kind === 'arrive') {
        level.set(ev.pid, 0);
        events.push({ t: ev.tick, type: 'ARRIVE', job: ev.pid });
      } else if (ev.kind === 'demote') level.set(ev.pid, ev.to);
      else if (ev.kind === 'boost') {
        for (const pid of level.keys()) level.set(pid, 0);
        events.push({ t: ev.tick, type: 'BOOST', job: null });
      } else if (ev.kind === 'ioStart') events.push({ t: ev.tick, type: 'IO_START', job: ev.pid });
      else if (ev.kind === 'ioDone') events.push({ t: ev.tick, type: 'IO_DONE', job: ev.pid });
      else if (ev.kind === 'exit') events.push({ t: ev.tick, type: 'FINISH', job: ev.pid });
    }
    if (t === r.ticks) break;
    const job = runner[t] as number | null;
    const lv = job === null ? null : (level.get(job) ?? 0);
    timeline.push({ t, job, level: lv, ostepPriority: lv === null ? null : queues - 1 - lv });
  }
  // Stable sort: same-time events keep the run's order within a kind; ARRIVE by id as OSTEP handles them.
  events.sort(
    (a, b) =>
      a.t - b.t ||
      EVENT_ORDER[a.type] - EVENT_ORDER[b.type] ||
      (a.type === 'ARRIVE' ? (a.job as number) - (b.job as number) : 0),
  );
  return {
    jobs,
    average: { response: mean((j) => j.response), turnaround: mean((j) => j.turnaround) },
    timeline,
    events,
    makespan: r.ticks,
  };
}

/** Each job's first run, finish, response and turnaround, by id: the end-of-run figures of the answer and the text. */
export function mlfqJobs(r: RunResult): MlfqAnswers['jobs'] {
  return [...r.processes]
    .sort((a, b) => a.pid - b.pid)
    .map((p) => {
      const firstRun = p.firstRun as number;
      const finish = p.completion as number;
      return { id: p.pid, firstRun, finish, response: firstRun - p.arrival, turnaround: finish - p.arrival };
    });
}
