import type { MlfqAnswers } from '../answers';
import { jobsInOrder, ostepMismatch } from '../fits';
import type { OstepScript } from '../script';
import { commonIoLength, workloadScript } from '../workloadScript';
import { mlfqAnswers } from './mlfqAnswers';
import { MLFQ_DEFAULTS, MLFQ_SPECS, mlfqProblem, type MlfqProblem } from './mlfqCommand';
import { mlfqText } from './mlfqText';
import { ostepMlfqBursts, ostepMlfqScenario, type OstepMlfqJob } from './mlfqWorkload';
import type { Scenario } from '../../scenario/types';

const USAGE = `Usage: sim ostep mlfq [options]      (OSTEP cpu-sched-mlfq/mlfq.py, run on our simulator)
  -s SEED, --seed=SEED                 the random seed (default 0)
  -n NUMQUEUES, --numQueues=NUMQUEUES  number of queues (default 3; ignored with -Q)
  -q QUANTUM, --quantum=QUANTUM        time slice of every queue in ticks (default 10; ignored with -Q)
  -a ALLOTMENT, --allotment=ALLOTMENT  allotment of every queue in quanta (default 1; ignored with -A)
  -Q QUANTUMLIST, --quantumList=...    time slice per queue, highest queue first, e.g. 10,20,40
  -A ALLOTMENTLIST, --allotmentList=.. allotment per queue in quanta, highest queue first
  -j NUMJOBS, --numJobs=NUMJOBS        number of random jobs (default 3)
  -m MAXLEN, --maxlen=MAXLEN           max run time of a random job (default 100)
  -M MAXIO, --maxio=MAXIO              max I/O frequency of a random job (default 10)
  -B BOOST, --boost=BOOST              boost every job to the top queue every BOOST ticks (default 0 = never)
  -i IOTIME, --iotime=IOTIME           ticks each I/O takes (default 5; at least 1 here)
  -S, --stay                           issuing I/O resets the quantum and allotment at the job's level
  -I, --iobump                         a job whose I/O completes goes to the front of its queue
  -l JLIST, --jlist=JLIST              jobs as start,run,ioFreq:start,run,ioFreq:... (ioFreq 0 = no I/O)
  -c                                   compute the answers`;

function scenarioOf({ jobs, setup, v }: MlfqProblem): Scenario {
  const source =
    v.jlist !== ''
      ? `-l ${v.jlist as string}`
      : `-s ${v.seed as number} -j ${v.numJobs as number} -m ${v.maxlen as number} -M ${v.maxio as number}`;
  return ostepMlfqScenario(jobs, setup, source);
}

/** OSTEP's mlfq.py: jobs with start times and periodic I/O on our MLFQ with OSTEP's rules as options. */
export const mlfqScript: OstepScript<MlfqAnswers> = workloadScript({
  name: 'mlfq',
  path: 'cpu-sched-mlfq/mlfq.py',
  usage: USAGE,
  specs: MLFQ_SPECS,
  defaults: MLFQ_DEFAULTS,
  problem: mlfqProblem,
  scenarioOf,
  read(r, p) {
    const answer = mlfqAnswers(r, p.setup.quanta.length);
    return answer && { answer, text: mlfqText(p, answer) };
  },
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
    const ioTime = commonIoLength(procs, 'mlfq.py', '-i', MLFQ_DEFAULTS.ioTime as number);
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
