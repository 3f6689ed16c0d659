import type { Scenario } from '../scenario/types';
import type { HeapPicture } from './answers';
import { optparse } from './optparse';
import { ostepScriptNamed, supportedScripts } from './registry';
import type { OstepScriptName, ScenarioRunner } from './script';

/** An OSTEP command answered: the script, its flags, the answer (OUTPUT.md), OSTEP's text, and the scenario to play. */
export type OstepCommandResult =
  | {
      ok: true;
      script: OstepScriptName;
      argv: string[];
      answer: unknown;
      text: string;
      heap?: HeapPicture[];
      /** the translated scenario for scripts whose problem is a process workload, else null */
      scenario: Scenario | null;
    }
  | { ok: false; error: string };

/** Splits a command line on spaces, keeping quoted parts whole (what a shell would hand the script). */
export function commandWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** `./mlfq.py -l 0,10,0 -c`, `python3 malloc.py …` or `malloc -n 5` -> script name and flags. */
export function splitCommand(line: string): { script: string; argv: string[] } {
  const argv = commandWords(line.trim());
  if (argv[0] === 'python3' || argv[0] === 'python') argv.shift();
  return { script: argv.shift() ?? '', argv };
}

/** One OSTEP script with its flags, answered on our core. Never throws; a refusal names the flag and its limit. */
export function solveOstep(scriptName: string, argv: readonly string[], run: ScenarioRunner): OstepCommandResult {
  const script = ostepScriptNamed(scriptName);
  if (!script) return { ok: false, error: `unknown OSTEP script ${JSON.stringify(scriptName)}; supported: ${supportedScripts()}` };
  const parsed = optparse(argv, script.specs, script.defaults);
  if (!parsed.ok) return { ok: false, error: `${script.name}: ${parsed.error}` };
  if (parsed.values.help) return { ok: true, script: script.name, argv: [...argv], answer: null, text: `${script.usage}\n`, scenario: null };
  const solved = script.solve(parsed.values, run);
  if (!solved.ok) return { ok: false, error: `${script.name}: ${solved.error}` };
  const scenario = script.scenario?.(parsed.values);
  return {
    ok: true,
    script: script.name,
    argv: [...argv],
    answer: solved.answer,
    text: solved.text,
    ...(solved.heap ? { heap: solved.heap } : {}),
    scenario: typeof scenario === 'object' ? scenario : null,
  };
}

/** A pasted command line (the UI's "Import OSTEP command", the worker's `ostep` message). */
export function solveOstepCommand(line: string, run: ScenarioRunner): OstepCommandResult {
  const { script, argv } = splitCommand(line);
  if (script === '') return { ok: false, error: `an OSTEP command starts with the script's name, e.g. ./mlfq.py -l 0,10,0 -c (supported: ${supportedScripts()})` };
  return solveOstep(script, argv, run);
}
