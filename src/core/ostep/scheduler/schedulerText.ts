import { pyFixed2 } from '../pyFormat';
import type { SchedulerAnswers } from './schedulerAnswers';
import type { SchedulerProblem } from './schedulerCommand';
import type { SchedulerOptions } from './schedulerFlags';
import type { OstepSchedulerPolicy } from './schedulerWorkload';

const COMPUTE_HINT = `Compute the turnaround time, response time, and wait time for each job.
When you are done, run this program again, with the same arguments,
but with -c, which will thus provide you with the answers. You can use
-s <somenumber> or your own job list (-l 10,15,20 for example)
to generate different problems for yourself.
`;

const pad = (n: number, width: number) => String(n).padStart(width);

/** What scheduler.py prints for these flags (its whole stdout): the problem, then the solution (-c) or the hint. */
export function schedulerText(p: SchedulerProblem, v: SchedulerOptions, a: SchedulerAnswers): string {
  return `${problemText(p, v)}${v.solve ? solutionText(a, p.policy) : COMPUTE_HINT}\n`;
}

function problemText(p: SchedulerProblem, v: SchedulerOptions): string {
  const args = p.fromList
    ? [`ARG policy ${p.policy}`, `ARG jlist ${v.jlist}`]
    : [`ARG policy ${p.policy}`, `ARG jobs ${v.jobs}`, `ARG maxlen ${v.maxlen}`, `ARG seed ${v.seed}`];
  // OSTEP prints a listed length as a Python float (100.0) and a generated one as an int.
  const jobs = p.lengths.map((len, i) => `  Job ${i} ( length = ${p.fromList ? `${len}.0` : len} )`);
  return `${args.join('\n')}\n\nHere is the job list, with the run time of each job: \n${jobs.join('\n')}\n\n\n`;
}

function solutionText(a: SchedulerAnswers, policy: OstepSchedulerPolicy): string {
  const trace = a.trace.map((s) => {
    const done = s.done ? ` ( DONE at ${pyFixed2(s.start + s.duration)} )` : '';
    return `  [ time ${pad(s.start, 3)} ] Run job ${policy === 'RR' ? pad(s.job, 3) : s.job} for ${pyFixed2(s.duration)} secs${done}`;
  });
  // OSTEP lists FIFO and SJF statistics in the order the jobs ran, RR's by job id.
  const rows = policy === 'RR' ? a.jobs : [...a.jobs].sort((x, y) => x.turnaround - y.turnaround || x.id - y.id);
  const stats = rows.map(
    (j) =>
      `  Job ${pad(j.id, 3)} -- Response: ${pyFixed2(j.response)}  Turnaround ${pyFixed2(j.turnaround)}  Wait ${pyFixed2(j.wait)}`,
  );
  const avg = a.average;
  return `** Solutions **\n\nExecution trace:\n${trace.join('\n')}\n\nFinal statistics:\n${stats.join('\n')}\n\n  Average -- Response: ${pyFixed2(avg.response)}  Turnaround ${pyFixed2(avg.turnaround)}  Wait ${pyFixed2(avg.wait)}\n`;
}
