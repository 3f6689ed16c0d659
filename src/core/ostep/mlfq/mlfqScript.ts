import type { MlfqAnswers } from '../answers';
import { jobsInOrder, ostepMismatch } from '../fits';
import { scriptFlags, type OstepScript } from '../script';
import { commonIoLength, streamedWorkloadScript } from '../workloadScript';
import { mlfqAnswers } from './mlfqAnswers';
import { mlfqHeld, mlfqProblem, type MlfqProblem } from './mlfqCommand';
import { MLFQ_FLAGS } from './mlfqFlags';
import { mlfqLines } from './mlfqText';
import { ostepMlfqBursts, ostepMlfqScenario, type OstepMlfqJob } from './mlfqWorkload';
import type { Scenario } from '../../scenario/types';

const FLAGS = scriptFlags(
  { name: 'mlfq', path: 'cpu-sched-mlfq/mlfq.py', runsOn: 'run on our simulator' },
  MLFQ_FLAGS,
  { width: 37 },
);

function scenarioOf({ jobs, setup, v }: MlfqProblem): Scenario {
  const source = v.jlist !== '' ? `-l ${v.jlist}` : `-s ${v.seed} -j ${v.numJobs} -m ${v.maxlen} -M ${v.maxio}`;
  return ostepMlfqScenario(jobs, setup, source);
}

/** OSTEP's mlfq.py: jobs with start times and periodic I/O on our MLFQ with OSTEP's rules as options. */
export const mlfqScript: OstepScript<MlfqAnswers, typeof MLFQ_FLAGS> = streamedWorkloadScript({
  ...FLAGS,
  problem: mlfqProblem,
  scenarioOf,
  held: mlfqHeld,
  text: mlfqLines,
  answer: (r, p) => mlfqAnswers(r, p.setup.quanta.length),
  flagsOf(s) {
    const mismatch = ostepMismatch(s, 'mlfq.py');
    if (mismatch) return mismatch;
    const cfg = s.scheduler;
    if (cfg.policy !== 'MLFQ') return `mlfq.py runs MLFQ; the scenario uses ${cfg.policy}`;
    if (cfg.allotmentUnit !== 'quanta') return 'mlfq.py counts allotments in quanta; the scenario counts them in ticks';
    if (cfg.agingThreshold !== 0) return 'mlfq.py has no aging; the scenario ages waiting processes';
    if (s.options.requeueOrder !== 'preemptedFirst')
      return "mlfq.py queues a job whose quantum expired ahead of a same-tick arrival; set the requeue order to 'preempted first'";
    if (s.options.ioDevices !== 0) return 'mlfq.py runs every I/O at once; the scenario limits I/O devices';
    const procs = jobsInOrder(s);
    const ioTime = commonIoLength(procs, 'mlfq.py', '-i', FLAGS.defaults.ioTime);
    if (typeof ioTime === 'string') return ioTime;
    const jobs: OstepMlfqJob[] = [];
    for (const p of procs) {
      const cpu = p.bursts.filter((_, i) => i % 2 === 0);
      const run = cpu.reduce((a, b) => a + b, 0);
      const job = { start: p.arrival, run, ioFreq: cpu.length > 1 ? (cpu[0] as number) : 0 };
      if (ostepMlfqBursts(job, ioTime).join() !== p.bursts.join())
        return `mlfq.py issues I/O every ioFreq ticks of CPU; P${p.pid}'s bursts ${p.bursts.join(', ')} are not that pattern`;
      jobs.push(job);
    }
    const quanta = cfg.levels.map((l) => l.quantum);
    const allots = cfg.levels.map((l) => l.allotment);
    const flags = [
      '-Q',
      quanta.join(','),
      '-A',
      allots.join(','),
      '-l',
      jobs.map((j) => `${j.start},${j.run},${j.ioFreq}`).join(':'),
      '-i',
      String(ioTime),
    ];
    if (cfg.boostInterval > 0) flags.push('-B', String(cfg.boostInterval));
    if (cfg.ioResetsAllotment) flags.push('-S');
    if (cfg.ioToFront) flags.push('-I');
    return flags;
  },
});
