import type { ProcessRunAnswers } from '../answers';
import { jobsInOrder, ostepMismatch } from '../fits';
import type { OptValues } from '../optparse';
import type { OstepScript } from '../script';
import type { Scenario } from '../../scenario/types';
import { processRunAnswers } from './processRunAnswers';
import { PROCESS_RUN_DEFAULTS, PROCESS_RUN_SPECS, processRunProblem, type ProcessRunProblem } from './processRunCommand';
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
  const source = v.program !== '' ? `-P ${v.program as string}` : `-l ${v.process_list as string} -s ${v.seed as number}`;
  const rules = `-L ${p.ioLength} -S ${v.process_switch_behavior as string} -I ${v.io_done_behavior as string}`;
  return ostepProcessRunScenario(p.programs, p.ioLength, p.switchOnIo, p.immediate, `${source} ${rules}`);
}

/** OSTEP's process-run.py: programs of CPU and I/O instructions on our PID scan policy with OSTEP's -S and -I rules. */
export const processRunScript: OstepScript<ProcessRunAnswers> = {
  name: 'process-run',
  path: 'cpu-intro/process-run.py',
  usage: USAGE,
  specs: PROCESS_RUN_SPECS,
  defaults: PROCESS_RUN_DEFAULTS,
  scenario(v) {
    const p = processRunProblem(v);
    return typeof p === 'string' ? p : scenarioOf(p, v);
  },
  solve(v, run) {
    const p = processRunProblem(v);
    if (typeof p === 'string') return { ok: false, error: p };
    const result = run(scenarioOf(p, v));
    if (typeof result === 'string') return { ok: false, error: result };
    const answer = processRunAnswers(result, p.programs);
    if (!answer) return { ok: false, error: 'the run did not finish every process (a bug of ours)' };
    return { ok: true, answer, text: processRunText(p, v, answer) };
  },
  flagsOf(s) {
    const mismatch = ostepMismatch(s, 'process-run.py');
    if (mismatch) return mismatch;
    const cfg = s.scheduler;
    if (cfg.policy !== 'PID_SCAN') return `process-run.py switches processes in pid order (PID_SCAN); the scenario uses ${cfg.policy}`;
    if (s.options.ioDevices !== 0) return 'process-run.py runs every I/O at once; the scenario limits I/O devices';
    const procs = jobsInOrder(s);
    const late = procs.find((p) => p.arrival !== 0);
    if (late) return `in process-run.py every process starts at 0; P${late.pid} arrives at ${late.arrival}`;
    const ioLengths = new Set(procs.flatMap((p) => p.bursts.filter((_, i) => i % 2 === 1)));
    if (ioLengths.size > 1) return `process-run.py gives every I/O the same length (-L); the scenario's I/O bursts last ${[...ioLengths].join(', ')} ticks`;
    const programs: string[] = [];
    for (const p of procs) {
      const text = burstsProgramText(p.bursts);
      if (typeof text !== 'string') return `P${p.pid}: ${text.error}`;
      programs.push(text);
    }
    const flags = ['-P', programs.join(':'), '-L', String(ioLengths.size === 1 ? ([...ioLengths][0] as number) : PROCESS_RUN_DEFAULTS.io_length)];
    if (!cfg.switchOnIo) flags.push('-S', 'SWITCH_ON_END');
    if (cfg.ioCompletion === 'immediate') flags.push('-I', 'IO_RUN_IMMEDIATE');
    return flags;
  },
};
