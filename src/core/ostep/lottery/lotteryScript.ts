import type { LotteryAnswers } from '../answers';
import { jobsInOrder, ostepMismatch } from '../fits';
import { scriptFlags, type OstepScript } from '../script';
import { jobWithIo, lateJob, streamedWorkloadScript } from '../workloadScript';
import type { Scenario } from '../../scenario/types';
import { lotteryAnswers } from './lotteryAnswers';
import { lotteryHeld, lotteryProblem, type LotteryProblem } from './lotteryCommand';
import { LOTTERY_FLAGS, type LotteryOptions } from './lotteryFlags';
import { lotteryLines } from './lotteryText';
import { ostepLotteryScenario, ostepRandomLotteryJobs } from './lotteryWorkload';

const FLAGS = scriptFlags(
  { name: 'lottery', path: 'cpu-sched-lottery/lottery.py', runsOn: 'run on our simulator' },
  LOTTERY_FLAGS,
  { width: 36 },
);

function scenarioOf(p: LotteryProblem, v: LotteryOptions): Scenario {
  const source = v.jlist !== '' ? `-l ${v.jlist}` : `-j ${v.jobs} -m ${v.maxlen} -T ${v.maxticket}`;
  return ostepLotteryScenario(p.jobs, p.quantum, p.seed, p.drawOffset, `${source} -q ${p.quantum} -s ${v.seed}`);
}

/** The random job list that -s/-j with lottery.py's default -m and -T would give, if it is these jobs. */
function asRandomJobs(s: Scenario, offset: number): string[] | undefined {
  const { maxlen, maxticket } = FLAGS.defaults;
  const random = ostepRandomLotteryJobs(s.seed, s.processes.length, maxlen, maxticket);
  const same =
    random.used === offset &&
    jobsInOrder(s).every(
      (p, i) => p.bursts[0] === random.jobs[i]?.length && (p.tickets ?? 100) === random.jobs[i]?.tickets,
    );
  return same ? ['-j', String(s.processes.length)] : undefined;
}

/** OSTEP's lottery.py: jobs with tickets, all arriving at 0, on our lottery with Python's draws and whole quanta. */
export const lotteryScript: OstepScript<LotteryAnswers, typeof LOTTERY_FLAGS> = streamedWorkloadScript({
  ...FLAGS,
  problem: lotteryProblem,
  scenarioOf,
  held: lotteryHeld,
  text: lotteryLines,
  answer: lotteryAnswers,
  flagsOf(s) {
    const mismatch = ostepMismatch(s, 'lottery.py');
    if (mismatch) return mismatch;
    const cfg = s.scheduler;
    if (cfg.policy !== 'LOTTERY') return `lottery.py runs a lottery; the scenario uses ${cfg.policy}`;
    if (cfg.draw !== 'python') return "lottery.py draws with Python's random(); set the lottery's draw to 'python'";
    if (!cfg.fullQuantum) return 'lottery.py always runs a whole quantum; turn on the full quantum';
    const jobs = jobsInOrder(s);
    const unfit = lateJob(jobs, 'lottery.py') ?? jobWithIo(jobs, 'lottery.py');
    if (unfit) return unfit;
    const offset = cfg.drawOffset ?? 0;
    const source =
      offset === 0
        ? ['-l', jobs.map((p) => `${p.bursts[0] as number}:${p.tickets ?? 100}`).join(',')]
        : asRandomJobs(s, offset);
    if (!source)
      return `the draws skip ${offset} Python random numbers, which only lottery.py's own random job list (-j with -m 10 -T 100) does, and these jobs are not that list`;
    return [...source, '-q', String(cfg.quantum), '-s', String(s.seed)];
  },
});
