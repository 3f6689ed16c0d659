import type { RunResult } from '../kernel/result';
import type { Scenario } from '../scenario/types';
import type { HeapPicture } from './answers';
import { defaultsOf, type FlagTable, type OptionsOf } from './flags';
import type { TextPart } from './textParts';
import { usageText, type UsageHeader, type UsageLayout } from './usage';

/** The OSTEP homework scripts we answer, by OSTEP's file name without `.py`. */
export const OSTEP_SCRIPTS = [
  'scheduler',
  'mlfq',
  'lottery',
  'process-run',
  'paging-linear-translate',
  'paging-policy',
  'malloc',
  'vsfs',
  'fsck',
  'ffs',
  'lfs',
  'disk',
  'checksum',
  'raid',
  'ssd',
  'multi',
  'paging-multilevel-translate',
  'relocation',
  'segmentation',
  'fork',
  'afs',
] as const;
export type OstepScriptName = (typeof OSTEP_SCRIPTS)[number];

/**
 * Runs a translated scenario on our core to its end: the RunResult, or the refusal (validation errors) as one
 * message. The CLI passes one that goes through the worker's handler, so CLI and browser share the trace.
 */
export type ScenarioRunner = (scenario: Scenario) => RunResult | string;

/**
 * A script's answer: the data of OUTPUT.md (`answer`) and the text OSTEP prints for the same flags; malloc also
 * gives the heap before the first step and after each step (`heap`, one more entry than steps) for its view.
 */
export type OstepSolved<A = unknown> =
  | {
      ok: true;
      answer: A;
      text: string;
      heap?: HeapPicture[];
      /** the scenario it ran, for a workload script */ scenario?: Scenario;
      /** the status the script exits with after its text when it is not 0 (vsfs.py's exit(1) when the disk runs out) */
      exitStatus?: number;
    }
  | { ok: false; error: string };

/** What every script says about its flags, all from its one table. */
export interface ScriptFlags<F extends FlagTable> {
  name: OstepScriptName;
  /** the OSTEP script's path in ostep-homework, for messages and the usage text */
  path: string;
  /** `sim ostep NAME -h` */
  usage: string;
  /** the flag table */
  specs: F;
  defaults: OptionsOf<F>;
}

export function scriptFlags<const F extends FlagTable>(
  header: UsageHeader & { name: OstepScriptName },
  specs: F,
  layout: UsageLayout,
): ScriptFlags<F> {
  const { name, path } = header;
  let usage: string | undefined;
  return {
    name,
    path,
    // Written when first asked for (-h), not for every script as the core loads.
    get usage() {
      return (usage ??= usageText(header, specs, layout));
    },
    specs,
    defaults: defaultsOf(specs),
  };
}

/** A script's text as it is printed, and (once all of it is) the status the script exits with. */
export interface OstepStream {
  ok: true;
  lines: Iterable<TextPart>;
  /** read after the lines are all printed; absent: 0 */
  exitStatus?: () => number;
  /**
   * Read after the lines are all printed: where OSTEP's script breaks partway through (a traceback), which the
   * whole answer refuses; the lines printed stop there. Absent or null: it ran to the end.
   */
  brokeOff?: () => string | null;
}

/**
 * One OSTEP script: its flags with OSTEP's names and defaults, and how a set of flag values becomes the
 * problem and its answers on our core. Never throws on bad input: every refusal is a message that names the
 * flag and its limit (where OSTEP would crash or print a traceback). The registry holds them as
 * `OstepScript<unknown, FlagTable>`: the methods take the options of their own table.
 */
export interface OstepScript<A = unknown, F extends FlagTable = FlagTable> extends ScriptFlags<F> {
  /**
   * The dest of a flag naming a file the script reads (paging-policy's -f). The core reads no files: the caller
   * reads it and passes its text to `solve`.
   */
  readsFile?: keyof OptionsOf<F> & string;
  /**
   * Flag values -> the answer as data and the text OSTEP prints (the problem; the solution too when
   * `values.solve`, OSTEP's -c). A script whose problem is a scheduling workload builds one of our scenarios and
   * runs it with `run`; the answer is read from the RunResult.
   */
  solve(values: OptionsOf<F>, run: ScenarioRunner, fileText?: string): OstepSolved<A>;
  /**
   * The same text made as it is printed (lines, a string may hold several, or chunks of lines as bytes: TextPart)
   * and holding no answer, for a script whose text can be far larger than what its answer may hold (paging-policy's
   * trace; the scheduling scripts', made as their run goes, workloadScript.ts): a command line prints it in bounded
   * memory. null: these flags' text is answered whole by `solve` (a script that streams only its large problems).
   */
  stream?(values: OptionsOf<F>, fileText?: string): OstepStream | { ok: false; error: string } | null;
  /** the scenario the command loads into the UI, for scripts whose problem is a process workload */
  scenario?(values: OptionsOf<F>): Scenario | string;
  /** the flags that give this scenario back (export as an OSTEP command), or why it does not fit the script */
  flagsOf?(scenario: Scenario): string[] | string;
}
