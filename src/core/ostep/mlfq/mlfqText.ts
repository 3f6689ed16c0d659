import type { SimEvent } from '../../kernel/events';
import { pyBool, pyFixed2 } from '../pyFormat';
import { PendingEvents, TickRunner, type RunReader } from '../runReader';
import { EVENT_ORDER, mlfqJobs, type MlfqEventType } from './mlfqAnswers';
import type { MlfqProblem } from './mlfqCommand';

const pad = (n: number, width: number) => String(n).padStart(width);
const COMPUTE_HINT = [
  'Compute the execution trace for the given workloads.',
  'If you would like, also compute the response and turnaround',
  'times for each of the jobs.',
  '',
  'Use the -c flag to get the exact results when you are finished.',
  '',
];

/**
 * What mlfq.py prints for these flags (its whole stdout), as lines: the problem, then the hint, or (-c) the
 * execution trace and statistics, which come from the run through the reader.
 */
export function mlfqLines(p: MlfqProblem): { head: string[]; reader: RunReader | null } {
  const { jobs, setup, v } = p;
  const n = setup.quanta.length;
  const lines = ['Here is the list of inputs:', `OPTIONS jobs ${jobs.length}`, `OPTIONS queues ${n}`];
  for (let level = 0; level < n; level++) {
    lines.push(`OPTIONS allotments for queue ${pad(n - 1 - level, 2)} is ${pad(setup.allotments[level] as number, 3)}`);
    lines.push(`OPTIONS quantum length for queue ${pad(n - 1 - level, 2)} is ${pad(setup.quanta[level] as number, 3)}`);
  }
  lines.push(
    `OPTIONS boost ${v.boost}`,
    `OPTIONS ioTime ${v.ioTime}`,
    `OPTIONS stayAfterIO ${pyBool(v.stay)}`,
    `OPTIONS iobump ${pyBool(v.iobump)}`,
  );
  lines.push('', '', 'For each job, three defining characteristics are given:');
  lines.push('  startTime : at what time does the job enter the system');
  lines.push('  runTime   : the total CPU time needed by the job to finish');
  lines.push('  ioFreq    : every ioFreq time units, the job issues an I/O');
  lines.push('              (the I/O takes ioTime units to complete)', '');
  lines.push('Job List:');
  for (const [i, j] of jobs.entries())
    lines.push(
      `  Job ${pad(i, 2)}: startTime ${pad(j.start, 3)} - runTime ${pad(j.run, 3)} - ioFreq ${pad(j.ioFreq, 3)}`,
    );
  lines.push('');
  if (!v.solve) return { head: [...lines, ...COMPUTE_HINT], reader: null };
  return { head: [...lines, '', 'Execution Trace:', ''], reader: mlfqReader(p) };
}

type TickEvent = { type: MlfqEventType; job: number };

/**
 * mlfq.py's trace, tick by tick as the run reaches it. Who ran and every arrival, I/O, boost and finish come
 * from the run; the level printed is the running job's as the run's events set it (arrival at the top, `demote`,
 * `boost`); the TICKS and ALLOT columns are the counters mlfq.py prints, kept here per job from those events.
 * A tick is printed once the run is past it (its events all logged, its runner known).
 */
function mlfqReader({ jobs, setup }: MlfqProblem): RunReader {
  const queues = setup.quanta.length;
  const top = queues - 1;
  const count = jobs.length;
  /** the level our run's events give each job; -1 before it arrives */
  const runLevel = new Int32Array(count).fill(-1);
  const arrived: number[] = [];
  // mlfq.py's counters, per job
  const level = new Int32Array(count);
  const ticks = Float64Array.from(jobs, () => setup.quanta[0] as number);
  const allot = Float64Array.from(jobs, () => setup.allotments[0] as number);
  const left = Float64Array.from(jobs, (j) => j.run);
  const done = new Uint8Array(count);
  const fresh = (job: number, to: number) => {
    level[job] = to;
    ticks[job] = setup.quanta[to] as number;
    allot[job] = setup.allotments[to] as number;
  };
  const runner = new TickRunner();
  const pending = new PendingEvents();
  let ran = -1;
  let expired = false;
  let t = 0;
  const at: TickEvent[] = [];
  // The parts of a tick's line that stay the same for a job at a level, made once: a line is then a few pieces.
  const heads: (string | undefined)[] = [];
  const tails = jobs.map((j) => ` (of ${j.run}) ]`);
  const head = (job: number, priority: number) =>
    (heads[job * queues + priority] ??= ` ] Run JOB ${job} at PRIORITY ${priority} [ TICKS `);

  /** The events logged at tick t, in OSTEP's order: the end of the last tick's run, then the boost, arrivals, I/O. */
  function eventsAt(out: string[]): void {
    at.length = 0;
    for (let e = pending.upTo(t); e !== undefined; e = pending.upTo(t)) collect(e);
    if (at.length > 1)
      at.sort((a, b) => EVENT_ORDER[a.type] - EVENT_ORDER[b.type] || (a.type === 'ARRIVE' ? a.job - b.job : 0));
    if (ran >= 0) {
      const job = ran;
      if (setup.stay && at.some((e) => e.type === 'IO_START' && e.job === job)) fresh(job, level[job] as number);
      if (!done[job] && expired) {
        allot[job] = (allot[job] as number) - 1;
        if (allot[job] === 0) fresh(job, Math.min((level[job] as number) + 1, top));
        else ticks[job] = setup.quanta[level[job] as number] as number;
      }
      ran = -1;
    }
    for (const e of at) {
      if (e.type === 'FINISH') out.push(`[ time ${t} ] FINISHED JOB ${e.job}`);
      else if (e.type === 'IO_START') out.push(`[ time ${t} ] IO_START by JOB ${e.job}`, 'IO DONE');
      else if (e.type === 'BOOST') {
        out.push(`[ time ${t} ] BOOST ( every ${setup.boost} )`);
        for (let job = 0; job < count; job++) if (!done[job]) fresh(job, 0);
      } else if (e.type === 'ARRIVE') out.push(`[ time ${t} ] JOB BEGINS by JOB ${e.job}`);
      else out.push(`[ time ${t} ] IO_DONE by JOB ${e.job}`);
    }
  }

  function collect(e: SimEvent): void {
    if (e.kind === 'arrive') {
      runLevel[e.pid] = 0;
      arrived.push(e.pid);
      at.push({ type: 'ARRIVE', job: e.pid });
    } else if (e.kind === 'demote') runLevel[e.pid] = e.to;
    else if (e.kind === 'boost') {
      for (const job of arrived) runLevel[job] = 0;
      at.push({ type: 'BOOST', job: -1 });
    } else if (e.kind === 'ioStart') at.push({ type: 'IO_START', job: e.pid });
    else if (e.kind === 'ioDone') at.push({ type: 'IO_DONE', job: e.pid });
    else if (e.kind === 'exit') at.push({ type: 'FINISH', job: e.pid });
  }

  /** Who ran in tick t, at which priority, and mlfq.py's counters after it. */
  function tickLine(out: string[]): void {
    const job = runner.at(t);
    if (job === null) {
      out.push(`[ time ${t} ] IDLE`);
      return;
    }
    ticks[job] = (ticks[job] as number) - 1;
    const rest = (left[job] as number) - 1;
    left[job] = rest;
    if (rest === 0) done[job] = 1;
    const priority = top - (runLevel[job] as number);
    out.push(`[ time ${t}${head(job, priority)}${ticks[job]} ALLOT ${allot[job]} TIME ${rest}${tails[job] as string}`);
    ran = job;
    expired = ticks[job] === 0;
  }

  return {
    limits: { events: 1_024, ticks: 1_024 },
    read(c, out) {
      runner.take(c);
      pending.take(c);
      for (; t < c.through; t++) {
        eventsAt(out);
        tickLine(out);
      }
    },
    end(r, out) {
      // The events at the last tick (the last finish) close the trace.
      for (; t <= r.ticks; t++) {
        eventsAt(out);
        if (t === r.ticks) break;
        tickLine(out);
      }
      const figures = mlfqJobs(r);
      out.push('', 'Final statistics:');
      for (const j of figures)
        out.push(
          `  Job ${pad(j.id, 2)}: startTime ${pad(j.firstRun - j.response, 3)} - response ${pad(j.response, 3)} - turnaround ${pad(j.turnaround, 3)}`,
        );
      const mean = (f: (j: (typeof figures)[number]) => number) => figures.reduce((x, j) => x + f(j), 0) / count;
      out.push(
        '',
        `  Avg ${pad(count - 1, 2)}: startTime n/a - response ${pyFixed2(mean((j) => j.response))} - turnaround ${pyFixed2(mean((j) => j.turnaround))}`,
        '',
        '',
      );
    },
  };
}
