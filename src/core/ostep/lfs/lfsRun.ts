import { applyLfsOp } from '../../fs/lfs/lfsOperations';
import { LFS_BLOCK_NAMES, type Addr, type LfsBlock, type LfsOutcome, type LfsState } from '../../fs/lfs/lfsTypes';
import type { LfsCommand } from './lfsCommands';
import type { LfsOptions } from './lfsFlags';
import { commandText, failureText, logLines } from './lfsText';

/** One command and what it did. */
export interface LfsStep {
  /** lfs.py's words for it (-o), or the word it did not understand */
  command: string;
  /** lfs.py's return code: 0, -1, or the blocks a write wrote; null for a command it skips */
  rc: number | null;
  /** lfs.py's error messages for it (-e) */
  errors: string[];
  /** the log addresses it appended, [from, to) */
  appended: [number, number];
  /** the checkpoint region on disk after it */
  checkpoint: Addr[];
  /** what it did, in words */
  explanation: string;
}

/** The commands run: each one's step (when kept), and the paths lfs.py counts as made and not deleted (-v). */
export interface LfsRun {
  steps: LfsStep[];
  files: string[];
  dirs: string[];
}

/** What -e shows of a command lfs.py ran: its return code and messages. */
interface Returned {
  rc: number;
  errors: string[];
}

function runCommand(fs: LfsState, c: LfsCommand): LfsOutcome | null {
  return c.op === 'unknown' ? null : applyLfsOp(fs, c);
}

/**
 * Runs lfs.py's commands on the file system, yielding what lfs.py prints for each (-o, -i, -e) as it goes.
 * Returns the run, or where lfs.py breaks (a refusal naming the command). The steps, with their words, are kept
 * only when `keepSteps`: a command line printing a long run keeps nothing of it but the file system.
 */
export function* lfsRun(
  v: LfsOptions,
  fs: LfsState,
  commands: Iterable<LfsCommand>,
  keepSteps: boolean,
): Generator<string, LfsRun | string> {
  const run: LfsRun = { steps: [], files: [], dirs: [] };
  let dumped = fs.log.length;
  // A command lfs.py skips leaves the last return code and messages standing, and -e shows them again.
  let last: Returned | null = null;
  let i = 0;
  for (const c of commands) {
    i++;
    const from = fs.log.length;
    if (v.showOperations) yield commandText(c);
    const outcome = runCommand(fs, c);
    if (outcome?.kind === 'stuck') return `command ${i} (${commandText(c).trim()}): lfs.py breaks: ${outcome.why}`;
    if (c.op === 'unknown') yield `command not understood so skipping [${c.word}]\n`;
    if (outcome?.kind === 'done') yield* track(run, c);
    const result: Returned | null =
      outcome === null
        ? null
        : {
            rc: outcome.kind === 'done' ? outcome.value : -1,
            errors: outcome.kind === 'failed' ? outcome.failures.map(failureText) : [],
          };
    if (result !== null) last = result;
    if (keepSteps) run.steps.push(stepOf(fs, c, outcome, result, from));
    if (!v.showOperations) yield 'command? ';
    if (v.showIntermediate) {
      yield '\n\n';
      if (c.op === 'sync' || !v.noForceCheckpoints) yield* logLines(fs, 0, 1, v.solve);
      if (!v.noForceCheckpoints) yield '...\n';
      yield* logLines(fs, dumped, fs.log.length, v.solve);
      dumped = fs.log.length;
      yield '\n';
    }
    if (v.showReturnCodes) yield `-> ${last?.rc ?? ''}\n${(last?.errors ?? []).map((e) => `  ${e}\n`).join('')}`;
    else yield '\n';
  }
  return run;
}

/** One command's step: what it returned and appended, and the checkpoint region on disk after it. */
function stepOf(
  fs: LfsState,
  c: LfsCommand,
  outcome: LfsOutcome | null,
  result: Returned | null,
  from: number,
): LfsStep {
  const step: LfsStep = {
    command: c.op === 'unknown' ? c.word : commandText(c).trim(),
    rc: result?.rc ?? null,
    errors: result?.errors ?? [],
    appended: [from, fs.log.length],
    checkpoint: [...(fs.log[0] as Extract<LfsBlock, { kind: 'checkpoint' }>).pieces],
    explanation: '',
  };
  step.explanation = explain(fs, c, outcome, step);
  return step;
}

/** lfs.py's lists of the paths made: a done create, mkdir or link adds one, a delete takes its path out. */
function* track(run: LfsRun, c: LfsCommand): Generator<string> {
  if (c.op === 'create') run.files.push(c.path);
  else if (c.op === 'mkdir') run.dirs.push(c.path);
  else if (c.op === 'link') run.files.push(c.dst);
  else if (c.op === 'delete') {
    const at = run.files.indexOf(c.path);
    if (at >= 0) run.files.splice(at, 1);
    else yield `warning: cannot find file ${c.path}\n`;
  }
}

/** A step in words: the blocks it appended and whether the checkpoint region was written, or why it failed. */
function explain(fs: LfsState, c: LfsCommand, outcome: LfsOutcome | null, step: LfsStep): string {
  if (outcome === null) return `lfs.py does not know the command "${step.command}" and skips it.`;
  if (outcome.kind === 'failed') {
    const codes = [...new Set(outcome.failures.map((f) => f.code))].join(', ');
    return `Failed (${codes}): ${step.errors.join('; ')}. Nothing was appended.`;
  }
  const [from, to] = step.appended;
  const blocks = fs.log.slice(from, to).map((b, i) => `${from + i} (${LFS_BLOCK_NAMES[b.kind]})`);
  const wrote = blocks.length > 0 ? `Appended ${blocks.join(', ')}.` : 'Appended nothing.';
  const pieces = step.checkpoint.flatMap((a, piece) => (a === null ? [] : [`piece ${piece} at ${a}`]));
  const checkpoint =
    c.op === 'sync' || fs.config.forceCheckpoints
      ? ` Wrote the checkpoint region at 0: the inode map's ${pieces.join(', ')}.`
      : ' The checkpoint region on disk is not written until a sync (-N).';
  return `${wrote}${checkpoint}`;
}
