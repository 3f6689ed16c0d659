import { pyFixed2 } from '../../core/ostep/pyFormat';
import { schedulerAnswers, type SchedulerAnswers } from '../../core/ostep/schedulerAnswers';
import { ostepSchedulerScenario, type OstepSchedulerPolicy } from '../../core/ostep/schedulerWorkload';
import type { CliIo, HandlerRun } from '../runCli';
import { optparse } from '../../core/ostep/optparse';
import { SCHEDULER_DEFAULTS, SCHEDULER_SPECS, schedulerProblem, type SchedulerProblem } from '../../core/ostep/schedulerCommand';


export const SCHEDULER_USAGE = `Usage: sim ostep scheduler [options]      (OSTEP cpu-sched/scheduler.py, run on our simulator)
  -s SEED, --seed=SEED        the random seed (default 0)
  -j JOBS, --jobs=JOBS        number of random jobs (default 3)
  -l JLIST, --jlist=JLIST     instead of random jobs, a comma-separated list of run times (whole ticks ≥ 1 here)
  -m MAXLEN, --maxlen=MAXLEN  max length of a random job (default 10)
  -p POLICY, --policy=POLICY  FIFO, SJF or RR (default FIFO)
  -q QUANTUM, --quantum=QUANTUM  RR time slice (default 1)
  -c                          compute the answers
  --json                      print the answers as one JSON object (docs: OSTEP OUTPUT.md, "scheduler")`;


/** `sim ostep scheduler ...`: exit 0, or 2 with one message naming the flag, or 1 for a failure of ours. */
export function runOstepScheduler(argv: readonly string[], io: CliIo, run: (input: unknown) => HandlerRun): number {
  const fail = (message: string) => {
    io.err(`sim ostep scheduler: ${message}`);
    return 2;
  };
  const parsed = optparse(argv, SCHEDULER_SPECS, SCHEDULER_DEFAULTS);
  if (!parsed.ok) return fail(`${parsed.error}\n${SCHEDULER_USAGE}`);
  const v = parsed.values;
  if (v.help) {
    io.out(SCHEDULER_USAGE);
    return 0;
  }
  const problem = schedulerProblem(v);
  if (typeof problem === 'string') return fail(problem);
  const source = problem.fromList ? `-l ${v.jlist as string}` : `-s ${v.seed as number} -j ${v.jobs as number} -m ${v.maxlen as number}`;
  const outcome = run(ostepSchedulerScenario(problem.lengths, problem.policy, problem.quantum, `-p ${problem.policy} -q ${problem.quantum} ${source}`));
  if (!outcome.ok) {
    for (const line of outcome.lines) io.err(line);
    return outcome.code;
  }
  const answers = outcome.result && schedulerAnswers(outcome.result);
  if (!answers) {
    io.err('sim ostep scheduler: the run did not finish every job (a bug of ours)');
    return 1;
  }
  if (v.json) io.out(JSON.stringify(answers));
  else io.out(problemText(problem, v) + (v.solve ? solutionText(answers, problem.policy) : COMPUTE_HINT));
  return 0;
}



const COMPUTE_HINT = `Compute the turnaround time, response time, and wait time for each job.
When you are done, run this program again, with the same arguments,
but with -c, which will thus provide you with the answers. You can use
-s <somenumber> or your own job list (-l 10,15,20 for example)
to generate different problems for yourself.
`;

function problemText(p: SchedulerProblem, v: Record<string, number | string | boolean>): string {
  const args = p.fromList
    ? [`ARG policy ${p.policy}`, `ARG jlist ${v.jlist as string}`]
    : [`ARG policy ${p.policy}`, `ARG jobs ${v.jobs as number}`, `ARG maxlen ${v.maxlen as number}`, `ARG seed ${v.seed as number}`];
  // OSTEP prints a listed length as a Python float (100.0) and a generated one as an int.
  const jobs = p.lengths.map((len, i) => `  Job ${i} ( length = ${p.fromList ? `${len}.0` : len} )`);
  return `${args.join('\n')}\n\nHere is the job list, with the run time of each job: \n${jobs.join('\n')}\n\n\n`;
}

const pad = (n: number, width: number) => String(n).padStart(width);

function solutionText(a: SchedulerAnswers, policy: OstepSchedulerPolicy): string {
  const trace = a.trace.map((s) => {
    const done = s.done ? ` ( DONE at ${pyFixed2(s.start + s.duration)} )` : '';
    return `  [ time ${pad(s.start, 3)} ] Run job ${policy === 'RR' ? pad(s.job, 3) : s.job} for ${pyFixed2(s.duration)} secs${done}`;
  });
  // OSTEP lists FIFO and SJF statistics in the order the jobs ran, RR's by job id.
  const rows = policy === 'RR' ? a.jobs : [...a.jobs].sort((x, y) => x.turnaround - y.turnaround || x.id - y.id);
  const stats = rows.map((j) => `  Job ${pad(j.id, 3)} -- Response: ${pyFixed2(j.response)}  Turnaround ${pyFixed2(j.turnaround)}  Wait ${pyFixed2(j.wait)}`);
  const avg = a.average;
  return `** Solutions **\n\nExecution trace:\n${trace.join('\n')}\n\nFinal statistics:\n${stats.join('\n')}\n\n  Average -- Response: ${pyFixed2(avg.response)}  Turnaround ${pyFixed2(avg.turnaround)}  Wait ${pyFixed2(avg.wait)}\n`;
}
