import type { ProcessRunAnswers } from '../answers';
import { jobsInOrder, ostepMismatch } from '../fits';
import { scriptFlags, type OstepScript } from '../script';
import { commonIoLength, lateJob, streamedWorkloadScript } from '../workloadScript';
import type { Scenario } from '../../scenario/types';
import { processRunAnswers } from './processRunAnswers';
import { processRunHeld, processRunProblem, type ProcessRunProblem } from './processRunCommand';
import { PROCESS_RUN_FLAGS, type ProcessRunOptions } from './processRunFlags';
import { processRunLines } from './processRunText';
import { burstsProgramText, ostepProcessRunScenario } from './processRunWorkload';

const FLAGS = scriptFlags(
  { name: 'process-run', path: 'cpu-intro/process-run.py', runsOn: 'run on our simulator' },
  PROCESS_RUN_FLAGS,
  { width: 34, nextLineFrom: 40 },
);

function scenarioOf(p: ProcessRunProblem, v: ProcessRunOptions): Scenario {
  const source = v.program !== '' ? `-P ${v.program}` : `-l ${v.process_list} -s ${v.seed}`;
  const rules = `-L ${p.ioLength} -S ${v.process_switch_behavior} -I ${v.io_done_behavior}`;
  return ostepProcessRunScenario(p.programs, p.ioLength, p.switchOnIo, p.immediate, `${source} ${rules}`);
}

/** OSTEP's process-run.py: programs of CPU and I/O instructions on our PID scan policy with OSTEP's -S and -I rules. */
export const processRunScript: OstepScript<ProcessRunAnswers, typeof PROCESS_RUN_FLAGS> = streamedWorkloadScript({
  ...FLAGS,
  problem: processRunProblem,
  scenarioOf,
  held: processRunHeld,
  text: processRunLines,
  answer: (r, p) => processRunAnswers(r, p.programs),
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
    const ioLength = commonIoLength(procs, 'process-run.py', '-L', FLAGS.defaults.io_length);
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
