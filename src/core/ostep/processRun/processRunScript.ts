import type { ProcessRunAnswers } from '../answers';
import { jobsInOrder, ostepMismatch } from '../fits';
import type { OptValues } from '../optparse';
import type { OstepScript } from '../script';
import { commonIoLength, lateJob, workloadScript } from '../workloadScript';
import type { Scenario } from '../../scenario/types';
import { processRunAnswers } from './processRunAnswers';
import {
  PROCESS_RUN_DEFAULTS,
  PROCESS_RUN_SPECS,
  processRunProblem,
  type ProcessRunProblem,
} from './processRunCommand';
import { processRunText } from './processRunText';
import { burstsProgramText, ostepProcessRunScenario } from './processRunWorkload';

const USAGE = `Usage: sim ostep process-run [options]      (OSTEP cpu-intro/process-run.py, run on our simulator)
  -s SEED, --seed=SEED              the random seed (default 0)
  -P PROGRAM, --program=PROGRAM     programs, one per process, separated by ':', e.g. c7,i,c1:c3 (cN = N CPU
                                    instructions, i = an I/O); overrides -l
  -l PROCESS_LIST, --processlist=PROCESS_LIST
                                    random processes X1:Y1,X2:Y2,... : X instructions, each CPU with chance Y%
  -L IO_LENGTH, --iolength=IO_LENGTH  how long an I/O takes (default 5; at least 1 here when there is I/O)
  -S SWITCH, --switch=SWITCH        when to switch: SWITCH_ON_IO (default) or SWITCH_ON_END
  -I IODONE, --iodone=IODONE        when a process whose I/O ends runs: IO_RUN_LATER (default) or IO_RUN_IMMEDIATE
  -c                                compute the answers
  -p, --printstats                  print statistics at the end (with -c)`;

function scenarioOf(p: ProcessRunProblem, v: OptValues): Scenario {
  const source =
    v.program !== '' ? `-P ${v.program as string}` : `-l ${v.process_list as string} -s ${v.seed as number}`;
  const rules = `-L ${p.ioLength} -S ${v.process_switch_behavior as string} -I ${v.io_done_behavior as string}`;
  return ostepProcessRunScenario(p.programs, p.ioLength, p.switchOnIo, p.immediate, `${source} ${rules}`);
}

/** OSTEP's process-run.py: programs of CPU and I/O instructions on our PID scan policy with OSTEP's -S and -I rules. */
export const processRunScript: OstepScript<ProcessRunAnswers> = workloadScript({
  name: 'process-run',
  path: 'cpu-intro/process-run.py',
  usage: USAGE,
  specs: PROCESS_RUN_SPECS,
  defaults: PROCESS_RUN_DEFAULTS,
  problem: processRunProblem,
  scenarioOf,
  read(r, p, v) {
    const answer = processRunAnswers(r, p.programs);
    return answer && { answer, text: processRunText(p, v, answer) };
  },
  flagsOf(s) {
    const mismatch = ostepMismatch(s, 'process-run.py');
    if (mismatch) return mismatch;
    const cfg = s.scheduler;
    if (cfg.policy !== 'PID_SCAN')
      return `process-run.py switches processes in pid order (PID_SCAN); the scenario uses ${cfg.policy}`;
    if (s.options.ioDevices !== 0) return 'process-run.py runs every I/O at once; the scenario limits I/O devices';
    const procs = jobsInOrder(s);
    const late = lateJob(procs, 'process-run.py');
    if (late) return late;
    const ioLength = commonIoLength(procs, 'process-run.py', '-L', PROCESS_RUN_DEFAULTS.io_length as number);
    if (typeof ioLength === 'string') return ioLength;
    const programs: string[] = [];
    for (const p of procs) {
      const text = burstsProgramText(p.bursts);
      if (typeof text !== 'string') return `P${p.pid}: ${text.error}`;
      programs.push(text);
    }
    const flags = ['-P', programs.join(':'), '-L', String(ioLength)];
    if (!cfg.switchOnIo) flags.push('-S', 'SWITCH_ON_END');
    if (cfg.ioCompletion === 'immediate') flags.push('-I', 'IO_RUN_IMMEDIATE');
    return flags;
  },
});
