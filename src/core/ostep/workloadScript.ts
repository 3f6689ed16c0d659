import type { RunResult } from '../kernel/result';
import type { ProcessSpec, Scenario } from '../scenario/types';
import type { HeapPicture } from './answers';
import type { FlagTable, OptionsOf } from './flags';
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
