import type { MlfqAnswers } from './mlfqAnswers';
import type { MlfqProblem } from './mlfqCommand';
import type { OstepMlfqJob } from './mlfqWorkload';
import { pyBool, pyFixed2 } from '../pyFormat';

const pad = (n: number, width: number) => String(n).padStart(width);
const COMPUTE_HINT = `Compute the execution trace for the given workloads.
If you would like, also compute the response and turnaround
times for each of the jobs.

Use the -c flag to get the exact results when you are finished.
`;

/** What mlfq.py prints for these flags (its whole stdout): the problem, then the solution (-c) or the hint. */
export function mlfqText(p: MlfqProblem, a: MlfqAnswers): string {
  return `${problemText(p)}${p.v.solve ? solutionText(a, p) : COMPUTE_HINT}\n`;
}

function problemText({ jobs, setup, v }: MlfqProblem): string {
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
  lines.push('', '');
  return lines.join('\n');
}

/**
 * mlfq.py's -c text. Who ran, at which level, and every arrival, I/O, boost and finish come from the run;
 * the TICKS and ALLOT columns are the counters mlfq.py prints, kept here per job from those events.
 */
function solutionText(a: MlfqAnswers, { jobs, setup }: MlfqProblem): string {
  const lines = ['', 'Execution Trace:', ''];
  const top = setup.quanta.length - 1;
  const state = jobs.map((j) => ({
    level: 0,
    ticks: setup.quanta[0] as number,
    allot: setup.allotments[0] as number,
    left: j.run,
    done: false,
  }));
  const fresh = (s: (typeof state)[number], level: number) => {
    s.level = level;
    s.ticks = setup.quanta[level] as number;
    s.allot = setup.allotments[level] as number;
  };
  const byTime = new Map<number, MlfqAnswers['events']>();
  for (const e of a.events) byTime.set(e.t, [...(byTime.get(e.t) ?? []), e]);
  let ran: { job: number; expired: boolean } | null = null;
  for (let t = 0; t <= a.makespan; t++) {
    const evs = byTime.get(t) ?? [];
    if (ran) {
      const s = state[ran.job] as (typeof state)[number];
      const io = evs.some((e) => e.type === 'IO_START' && e.job === ran?.job);
      if (io && setup.stay) fresh(s, s.level);
      if (!s.done && ran.expired) {
        s.allot -= 1;
        if (s.allot === 0) fresh(s, Math.min(s.level + 1, top));
        else s.ticks = setup.quanta[s.level] as number;
      }
      ran = null;
    }
    for (const e of evs) {
      if (e.type === 'FINISH') lines.push(`[ time ${t} ] FINISHED JOB ${e.job as number}`);
      else if (e.type === 'IO_START') lines.push(`[ time ${t} ] IO_START by JOB ${e.job as number}`, 'IO DONE');
      else if (e.type === 'BOOST') {
        lines.push(`[ time ${t} ] BOOST ( every ${setup.boost} )`);
        for (const s of state) if (!s.done) fresh(s, 0);
      } else if (e.type === 'ARRIVE') lines.push(`[ time ${t} ] JOB BEGINS by JOB ${e.job as number}`);
      else lines.push(`[ time ${t} ] IO_DONE by JOB ${e.job as number}`);
    }
    if (t === a.makespan) break;
    const tick = a.timeline[t] as MlfqAnswers['timeline'][number];
    if (tick.job === null) {
      lines.push(`[ time ${t} ] IDLE`);
      continue;
    }
    const s = state[tick.job] as (typeof state)[number];
    s.ticks -= 1;
    s.left -= 1;
    if (s.left === 0) s.done = true;
    const job = jobs[tick.job] as OstepMlfqJob;
    lines.push(
      `[ time ${t} ] Run JOB ${tick.job} at PRIORITY ${tick.ostepPriority as number} [ TICKS ${s.ticks} ALLOT ${s.allot} TIME ${s.left} (of ${job.run}) ]`,
    );
    ran = { job: tick.job, expired: s.ticks === 0 };
  }
  lines.push('', 'Final statistics:');
  for (const j of a.jobs)
    lines.push(
      `  Job ${pad(j.id, 2)}: startTime ${pad(j.firstRun - j.response, 3)} - response ${pad(j.response, 3)} - turnaround ${pad(j.turnaround, 3)}`,
    );
  const sum = (f: (j: MlfqAnswers['jobs'][number]) => number) => a.jobs.reduce((x, j) => x + f(j), 0) / a.jobs.length;
  lines.push(
    '',
    `  Avg ${pad(a.jobs.length - 1, 2)}: startTime n/a - response ${pyFixed2(sum((j) => j.response))} - turnaround ${pyFixed2(sum((j) => j.turnaround))}`,
    '',
    '',
  );
  return lines.join('\n');
}
