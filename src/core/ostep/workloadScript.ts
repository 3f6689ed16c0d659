import type { RunResult } from '../kernel/result';
import { TEXT_LIMITS } from '../scenario/scenarioSchema';
import type { ProcessSpec, Scenario } from '../scenario/types';
import { validateScenario } from '../scenario/validate';
import type { HeapPicture } from './answers';
import type { FlagTable, OptionsOf } from './flags';
import { chain, readWholeRun, streamRun, type RunReader } from './runReader';
import type { OstepScript, ScriptFlags } from './script';

/** What differs between the scripts whose problem is a scenario (scheduler, mlfq, lottery, process-run, malloc). */
export interface WorkloadScriptParts<P, A, F extends FlagTable> extends ScriptFlags<F> {
  /** flag values -> the problem, or one message naming the flag and its limit */
  problem(v: OptionsOf<F>): P | string;
  /** the problem as one of our scenarios */
  scenarioOf(p: P, v: OptionsOf<F>): Scenario;
  /** the answer and OSTEP's text (malloc: and its heap pictures) read from the finished run; null when the run
   *  did not do what the problem asks, e.g. a job did not finish (a bug of ours) */
  read(r: RunResult, p: P, v: OptionsOf<F>): { answer: A; text: string; heap?: HeapPicture[] } | null;
  flagsOf(s: Scenario): string[] | string;
}

/**
 * A workload script: the flags become the problem, the problem becomes a scenario, the scenario runs on our core
 * and the answer is read from its result. One shape for the four scheduling scripts and malloc.
 */
export function workloadScript<P, A, F extends FlagTable>(parts: WorkloadScriptParts<P, A, F>): OstepScript<A, F> {
  const { problem, scenarioOf, read, ...rest } = parts;
  return {
    ...rest,
    scenario(v) {
      const p = problem(v);
      return typeof p === 'string' ? p : scenarioOf(p, v);
    },
    solve(v, run) {
      const p = problem(v);
      if (typeof p === 'string') return { ok: false, error: p };
      const scenario = scenarioOf(p, v);
      const result = run(scenario);
      if (typeof result === 'string') return { ok: false, error: result };
      const answered = read(result, p, v);
      if (!answered) return { ok: false, error: 'the run did not do what the problem asks (a bug of ours)' };
      return { ok: true, ...answered, scenario };
    },
  };
}

/** The end of a refusal of an answer held whole: where the problem is answered all the same. */
export const TEXT_INSTEAD = 'the text alone, as the command line prints it without --json, has no such bound';

/** What differs between the scheduling scripts, whose text is made as their run goes (streamed or held whole). */
export interface StreamedScriptParts<P, A, F extends FlagTable> extends Omit<WorkloadScriptParts<P, A, F>, 'read'> {
  /**
   * OSTEP's text as lines: those made before any run (the problem; lottery's random numbers), lazily, and the
   * reader that makes the rest from the run, or null when the text needs no run (without -c)
   */
  text(p: P, v: OptionsOf<F>): { head: Iterable<string>; reader: RunReader | null };
  /** the answer as data, read from the finished run; null when the run did not do what the problem asks */
  answer(r: RunResult, p: P, v: OptionsOf<F>): A | null;
  /**
   * why the answer and text cannot be held whole in memory (--json, --batch, the browser), or null: the streamed
   * text holds one chunk of the run and has no such bound
   */
  held(p: P, v: OptionsOf<F>): string | null;
}

/**
 * A scheduling script: its text is made by one reader of the run, fed chunk by chunk as a drained run goes (the
 * CLI's text, in bounded memory, with no run at all when the text needs none) or the whole run at once (solve: the
 * same lines joined, beside the answer as data).
 */
export function streamedWorkloadScript<P, A, F extends FlagTable>(
  parts: StreamedScriptParts<P, A, F>,
): OstepScript<A, F> {
  const { text, answer, held, problem, ...rest } = parts;
  const script = workloadScript({
    ...rest,
    problem(v) {
      const p = problem(v);
      return typeof p === 'string' ? p : (held(p, v) ?? p);
    },
    read(r, p, v) {
      const a = answer(r, p, v);
      if (a === null) return null;
      const { head, reader } = text(p, v);
      const lines = [...head];
      if (reader) readWholeRun(r, reader, lines);
      return { answer: a, text: `${lines.join('\n')}\n` };
    },
  });
  return {
    ...script,
    stream(v) {
      const p = problem(v);
      if (typeof p === 'string') return { ok: false, error: p };
      const { head, reader } = text(p, v);
      if (!reader) return { ok: true, lines: head };
      // The run keeps no log, so the cost envelope (what a rewindable run would keep) does not apply.
      const valid = validateScenario(parts.scenarioOf(p, v), { envelope: false });
      if (!valid.ok) return { ok: false, error: valid.errors.map((e) => e.message).join('; ') };
      return { ok: true, lines: chain(head, streamRun(valid.scenario, reader)) };
    },
  };
}

/**
 * A translated scenario's description: the OSTEP script and the flags it came from, the flags shortened to fit the
 * scenario's description (a long job list is no reason to refuse a problem).
 */
export function translatedFrom(path: string, source: string): string {
  const room = TEXT_LIMITS.maxDescription - `Translated from OSTEP ${path} ().`.length;
  const shown = source.length <= room ? source : `${source.slice(0, room - 1)}…`;
  return `Translated from OSTEP ${path} (${shown}).`;
}

/** Why these jobs do not all arrive at 0, as `script` requires, or null. */
export function lateJob(jobs: readonly ProcessSpec[], script: string): string | null {
  const late = jobs.find((p) => p.arrival !== 0);
  return late ? `in ${script} every job arrives at 0; P${late.pid} arrives at ${late.arrival}` : null;
}

/** Why these jobs are not single CPU bursts, as `script` requires, or null. */
export function jobWithIo(jobs: readonly ProcessSpec[], script: string): string | null {
  const io = jobs.find((p) => p.bursts.length !== 1);
  return io ? `${script} jobs do no I/O; P${io.pid} has ${io.bursts.length} bursts` : null;
}

/** The one I/O length every I/O burst has (`fallback` when there is none), or why there is no single one. */
export function commonIoLength(
  jobs: readonly ProcessSpec[],
  script: string,
  flag: string,
  fallback: number,
): number | string {
  const lengths = new Set(jobs.flatMap((p) => p.bursts.filter((_, i) => i % 2 === 1)));
  if (lengths.size > 1)
    return `${script} gives every I/O the same length (${flag}); the scenario's I/O bursts last ${[...lengths].join(', ')} ticks`;
  return lengths.size === 1 ? ([...lengths][0] as number) : fallback;
}
