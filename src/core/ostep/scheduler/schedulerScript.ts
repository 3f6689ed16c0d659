import { ostepMismatch, jobsInOrder } from '../fits';
import type { SchedulerAnswers } from '../answers';
import type { Scenario } from '../../scenario/types';
import type { OptValues } from '../optparse';
import type { OstepScript } from '../script';
import { jobWithIo, lateJob, workloadScript } from '../workloadScript';
import { schedulerAnswers } from './schedulerAnswers';
import { SCHEDULER_DEFAULTS, SCHEDULER_SPECS, schedulerProblem, type SchedulerProblem } from './schedulerCommand';
import { schedulerText } from './schedulerText';
import { ostepSchedulerScenario } from './schedulerWorkload';

const USAGE = `Usage: sim ostep scheduler [options]      (OSTEP cpu-sched/scheduler.py, run on our simulator)
  -s SEED, --seed=SEED        the random seed (default 0)
  -j JOBS, --jobs=JOBS        number of random jobs (default 3)
  -l JLIST, --jlist=JLIST     instead of random jobs, a comma-separated list of run times (whole ticks ≥ 1 here)
  -m MAXLEN, --maxlen=MAXLEN  max length of a random job (default 10)
  -p POLICY, --policy=POLICY  FIFO, SJF or RR (default FIFO)
  -q QUANTUM, --quantum=QUANTUM  RR time slice (default 1)
  -c                          compute the answers`;

function scenarioOf(p: SchedulerProblem, v: OptValues): Scenario {
  const source = p.fromList
    ? `-l ${v.jlist as string}`
    : `-s ${v.seed as number} -j ${v.jobs as number} -m ${v.maxlen as number}`;
  return ostepSchedulerScenario(p.lengths, p.policy, p.quantum, `-p ${p.policy} -q ${p.quantum} ${source}`);
}

/** OSTEP's scheduler.py: every job arrives at 0 with one CPU burst; FIFO, SJF or RR on our core. */
export const schedulerScript: OstepScript<SchedulerAnswers> = workloadScript({
  name: 'scheduler',
  path: 'cpu-sched/scheduler.py',
  usage: USAGE,
  specs: SCHEDULER_SPECS,
  defaults: SCHEDULER_DEFAULTS,
  problem: schedulerProblem,
  scenarioOf,
  read(r, p, v) {
    const answer = schedulerAnswers(r);
    return answer && { answer, text: schedulerText(p, v, answer) };
  },
  flagsOf(s) {
    const mismatch = ostepMismatch(s, 'scheduler.py');
    if (mismatch) return mismatch;
    const policy = s.scheduler.policy;
    if (policy !== 'FIFO' && policy !== 'SJF' && policy !== 'RR')
      return `scheduler.py runs FIFO, SJF or RR; the scenario uses ${policy}`;
    const jobs = jobsInOrder(s);
    const unfit = lateJob(jobs, 'scheduler.py') ?? jobWithIo(jobs, 'scheduler.py');
    if (unfit) return unfit;
    const flags = ['-p', policy, '-l', jobs.map((p) => p.bursts[0]).join(',')];
    return s.scheduler.policy === 'RR' ? [...flags, '-q', String(s.scheduler.quantum)] : flags;
  },
});
