import type { Scenario } from '../scenario/types';
import { MLFQ_DEFAULTS, MLFQ_SPECS, mlfqProblem } from './mlfqCommand';
import { ostepMlfqScenario } from './mlfqWorkload';
import { optparse } from './optparse';
import { SCHEDULER_DEFAULTS, SCHEDULER_SPECS, schedulerProblem } from './schedulerCommand';
import { ostepSchedulerScenario } from './schedulerWorkload';

export type OstepCommand = { ok: true; script: 'scheduler' | 'mlfq'; scenario: Scenario } | { ok: false; error: string };

/** The OSTEP scripts a pasted command may name, by file name. */
const SCRIPTS: Record<string, 'scheduler' | 'mlfq'> = { 'scheduler.py': 'scheduler', 'mlfq.py': 'mlfq' };

/** Splits a command line on spaces, keeping quoted parts whole (what a shell would hand the script). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/**
 * A pasted OSTEP command ("./mlfq.py -n 3 -q 10 -l 0,200,0:100,20,0", "python3 scheduler.py -p RR …")
 * as one of our scenarios: the same translation `sim ostep` runs, so it plays like any scenario. Never
 * throws; a refusal names the flag and its limit.
 */
export function ostepCommand(line: string): OstepCommand {
  const argv = words(line.trim());
  if (argv[0] === 'python3' || argv[0] === 'python') argv.shift();
  const file = (argv.shift() ?? '').split('/').pop() ?? '';
  const script = SCRIPTS[file] ?? SCRIPTS[`${file}.py`];
  if (!script) return { ok: false, error: `the command must start with scheduler.py or mlfq.py (the OSTEP scripts supported so far), got ${JSON.stringify(file)}` };
  if (script === 'scheduler') {
    const parsed = optparse(argv, SCHEDULER_SPECS, SCHEDULER_DEFAULTS);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const p = schedulerProblem(parsed.values);
    if (typeof p === 'string') return { ok: false, error: p };
    return { ok: true, script, scenario: ostepSchedulerScenario(p.lengths, p.policy, p.quantum, `scheduler.py ${argv.join(' ')}`) };
  }
  const parsed = optparse(argv, MLFQ_SPECS, MLFQ_DEFAULTS);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const p = mlfqProblem(parsed.values);
  if (typeof p === 'string') return { ok: false, error: p };
  return { ok: true, script, scenario: ostepMlfqScenario(p.jobs, p.setup, `mlfq.py ${argv.join(' ')}`) };
}
