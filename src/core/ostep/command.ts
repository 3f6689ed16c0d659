import type { Scenario } from '../scenario/types';
import { optparse } from './optparse';
import { ostepScriptNamed, OSTEP_REGISTRY } from './registry';
import type { OstepScriptName } from './script';
import { shellWord, splitCommand } from './solve';

export type OstepCommand = { ok: true; script: OstepScriptName; scenario: Scenario } | { ok: false; error: string };

/** The scripts whose problem is a process workload, so their command becomes a scenario. */
export function scenarioScripts(): string {
  return Object.values(OSTEP_REGISTRY)
    .filter((s) => s.scenario)
    .map((s) => `${s.name}.py`)
    .join(', ');
}

/**
 * A pasted OSTEP command ("./mlfq.py -n 3 -q 10 -l 0,200,0:100,20,0", "python3 scheduler.py -p RR …")
 * as one of our scenarios: the same translation `sim ostep` runs, so it plays like any scenario. Never
 * throws; a refusal names the flag and its limit.
 */
export function ostepCommand(line: string): OstepCommand {
  const { script: name, argv } = splitCommand(line);
  const script = ostepScriptNamed(name);
  if (script && !script.scenario)
    return {
      ok: false,
      error: `${script.name}.py poses no process workload, so it has no scenario to play (its answers are in the OSTEP view); the scenario scripts are ${scenarioScripts()}`,
    };
  if (!script?.scenario)
    return {
      ok: false,
      error: `the command must start with one of ${scenarioScripts()} (the OSTEP scripts whose problem is a process workload), got ${JSON.stringify(name)}`,
    };
  const parsed = optparse(argv, script.specs, script.defaults);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const scenario = script.scenario(parsed.values);
  if (typeof scenario === 'string') return { ok: false, error: scenario };
  return { ok: true, script: script.name, scenario };
}

/**
 * A scenario as the OSTEP command that poses the same problem ("export as OSTEP command"), for the first
 * script it fits, or why it fits none (each script's reason).
 */
export function ostepCommandOf(scenario: Scenario): { ok: true; command: string } | { ok: false; reasons: string[] } {
  const reasons: string[] = [];
  for (const script of Object.values(OSTEP_REGISTRY)) {
    if (!script.flagsOf) continue;
    const flags = script.flagsOf(scenario);
    if (typeof flags === 'string') reasons.push(flags);
    else return { ok: true, command: [`./${script.name}.py`, ...flags.map(shellWord)].join(' ') };
  }
  return { ok: false, reasons };
}

/**
 * A script's options as the command that poses the same problem: its name and the flags whose values differ from
 * the defaults, in the order of its table. Parsed again, it gives the same options.
 */
export function commandOfOptions(name: OstepScriptName, values: Readonly<Record<string, unknown>>): string {
  const words = [`./${name}.py`];
  for (const f of OSTEP_REGISTRY[name].specs) {
    const v = values[f.dest];
    if (f.type === 'bool') {
      if (v === true) words.push(f.short);
    } else if (v !== f.default) words.push(f.short, shellWord(String(v)));
  }
  return words.join(' ');
}
