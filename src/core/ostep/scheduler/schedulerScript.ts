import { ostepMismatch, jobsInOrder } from '../fits';
import type { SchedulerAnswers } from '../answers';
import type { Scenario } from '../../scenario/types';
import { scriptFlags, type OstepScript } from '../script';
import { jobWithIo, lateJob, streamedWorkloadScript } from '../workloadScript';
import { schedulerAnswers } from './schedulerAnswers';
import { schedulerHeld, schedulerProblem, type SchedulerProblem } from './schedulerCommand';
import { SCHEDULER_FLAGS, type SchedulerOptions } from './schedulerFlags';
import { schedulerLines } from './schedulerText';
import { ostepSchedulerScenario } from './schedulerWorkload';

function scenarioOf(p: SchedulerProblem, v: SchedulerOptions): Scenario {
  const source = p.fromList ? `-l ${v.jlist}` : `-s ${v.seed} -j ${v.jobs} -m ${v.maxlen}`;
  const unit = p.scale === 1 ? '' : `; a tick is 1/${p.scale} of OSTEP's time unit`;
  return ostepSchedulerScenario(
    p.lengths,
    p.policy,
    p.quantum,
    `-p ${p.policy} -q ${p.quantum / p.scale} ${source}${unit}`,
  );
}

/** OSTEP's scheduler.py: every job arrives at 0 with one CPU burst; FIFO, SJF or RR on our core. */
export const schedulerScript: OstepScript<SchedulerAnswers, typeof SCHEDULER_FLAGS> = streamedWorkloadScript({
  ...scriptFlags(
    { name: 'scheduler', path: 'cpu-sched/scheduler.py', runsOn: 'run on our simulator' },
    SCHEDULER_FLAGS,
    { width: 28 },
  ),
  problem: schedulerProblem,
  scenarioOf,
  held: schedulerHeld,
  text: schedulerLines,
  answer: (r, p) => schedulerAnswers(r, p.policy === 'RR' ? p.quantum : Infinity, p.scale),
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
