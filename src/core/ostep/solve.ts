import type { Scenario } from '../scenario/types';
import type { HeapPicture } from './answers';
import { flagName } from './flags';
import { optparse } from './optparse';
import { ostepScriptNamed, supportedScripts } from './registry';
import type { FlagTable, OptionsOf } from './flags';
import type { OstepScript, OstepScriptName, OstepStream, ScenarioRunner } from './script';

export { shellWord } from './shellWord';

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
      /** the status the script exits with after its text when it is not 0 (vsfs.py's exit(1) when the disk runs out) */
      exitStatus?: number;
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

/** Reads a file a flag names (the CLI); absent where there are no files (the browser). Throws when it cannot. */
export type ReadText = (file: string) => string;

type Prepared<F = unknown> =
  | { kind: 'ready'; script: OstepScript<unknown, FlagTable>; values: F; fileText?: string }
  | { kind: 'done'; result: OstepCommandResult };

const done = (result: OstepCommandResult): Prepared<never> => ({ kind: 'done', result });

/** The script, its flags parsed (or -h answered) and the file a flag names read: what solving and streaming share. */
function prepare(scriptName: string, argv: readonly string[], readText?: ReadText): Prepared<OptionsOf<FlagTable>> {
  const script = ostepScriptNamed(scriptName);
  if (!script)
    return done({
      ok: false,
      error: `unknown OSTEP script ${JSON.stringify(scriptName)}; supported: ${supportedScripts()}`,
    });
  const parsed = optparse(argv, script.specs, script.defaults);
  if (parsed.help)
    return done({
      ok: true,
      script: script.name,
      argv: [...argv],
      answer: null,
      text: `${script.usage}\n`,
      scenario: null,
    });
  if (!parsed.ok) return done({ ok: false, error: `${script.name}: ${parsed.error}` });
  const fileFlag = script.specs.find((f) => f.dest === script.readsFile);
  const name = fileFlag ? parsed.values[fileFlag.dest] : '';
  if (!fileFlag || typeof name !== 'string' || name === '') return { kind: 'ready', script, values: parsed.values };
  const flag = flagName(fileFlag);
  if (!readText)
    return done({
      ok: false,
      error: `${script.name}: ${flag} names a file, which cannot be read here: give the values in flags where the script has them (paging-policy's -a), or run it with the command line, bcos-sim ostep ${script.name}, which reads files`,
    });
  try {
    return { kind: 'ready', script, values: parsed.values, fileText: readText(name) };
  } catch (e) {
    return done({
      ok: false,
      error: `${script.name}: ${flag}: cannot read ${name}: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
}

/** One OSTEP script with its flags, answered on our core. Never throws; a refusal names the flag and its limit. */
export function solveOstep(
  scriptName: string,
  argv: readonly string[],
  run: ScenarioRunner,
  readText?: ReadText,
): OstepCommandResult {
  const prepared = prepare(scriptName, argv, readText);
  if (prepared.kind === 'done') return prepared.result;
  const { script, values, fileText } = prepared;
  const solved = script.solve(values, run, fileText);
  if (!solved.ok) return { ok: false, error: `${script.name}: ${solved.error}` };
  return {
    ok: true,
    script: script.name,
    argv: [...argv],
    answer: solved.answer,
    text: solved.text,
    ...(solved.heap ? { heap: solved.heap } : {}),
    scenario: solved.scenario ?? null,
    ...(solved.exitStatus ? { exitStatus: solved.exitStatus } : {}),
  };
}

/**
 * OSTEP's text as it is made (lines, or chunks of lines as bytes), for a script that can stream it (`OstepScript.stream`); null for the
 * others and for -h, which solveOstep answers whole. Never throws.
 */
export function streamOstep(
  scriptName: string,
  argv: readonly string[],
  readText?: ReadText,
): OstepStream | { ok: false; error: string } | null {
  const prepared = prepare(scriptName, argv, readText);
  if (prepared.kind === 'done') return null;
  const { script, values, fileText } = prepared;
  if (!script.stream) return null;
  const streamed = script.stream(values, fileText);
  if (!streamed) return null;
  if (!streamed.ok) return { ok: false, error: `${script.name}: ${streamed.error}` };
  const { brokeOff } = streamed;
  if (!brokeOff) return streamed;
  return {
    ...streamed,
    brokeOff: () => {
      const why = brokeOff();
      return why === null ? null : `${script.name}: ${why}`;
    },
  };
}

/** A pasted command line (the UI's "Import OSTEP command", the worker's `ostep` message). */
export function solveOstepCommand(line: string, run: ScenarioRunner, readText?: ReadText): OstepCommandResult {
  const { script, argv } = splitCommand(line);
  if (script === '')
    return {
      ok: false,
      error: `an OSTEP command starts with the script's name, e.g. ./mlfq.py -l 0,10,0 -c (supported: ${supportedScripts()})`,
    };
  return solveOstep(script, argv, run, readText);
}
