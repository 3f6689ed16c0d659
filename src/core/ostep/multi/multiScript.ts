import { explainCacheRun } from '../../kernel/cacheWarmth';
import { runMultiCpu, startMultiCpu, type MultiCpuEnd } from '../../sched/multiCpu/multiCpuRun';
import { explainMultiCpuDecision } from '../../sched/multiCpu/multiCpuExplain';
import type { MultiCpuDecision, MultiCpuJob, MultiCpuRun, MultiCpuTick } from '../../sched/multiCpu/multiCpuTypes';
import { pyRound2 } from '../pyFormat';
import { pySeed, type PyRandomState } from '../pyRandom';
import { scriptFlags, type OstepScript } from '../script';
import { asciiWriter, partsText, wholeLines, type TextPart } from '../textParts';
import { utf8Text } from '../utf8';
import { MULTI_FLAGS, type MultiOptions } from './multiFlags';
import { multiProblem, multiRunConfig } from './multiJobs';
import { multiFlagsOf, multiScenario, ranScenario } from './multiScenario';
import { argsText, queuesText, statsText, tickWriter, traces } from './multiText';

/** A stretch of one job on one CPU at one cache state: [start, end) in ticks. */
export interface MultiRunStretch {
  cpu: number;
  job: string;
  start: number;
  end: number;
  warm: boolean;
  /** why it ran at its rate, as of the stretch's first tick */
  why: string;
}

/** The answer of multi.py -c as data (OUTPUT.md's shape for multi). */
export interface MultiAnswers {
  jobs: MultiCpuJob[];
  perCpuQueues: boolean;
  cpus: number;
  /** what multi.py printed instead of running, when a list was bad (it exits with status 1) */
  refused?: string;
  /** each CPU's runs, a stretch per job and cache state, in time order */
  runs: MultiRunStretch[];
  /** the queues (one per CPU, or the shared one) before the first tick and after each tick they changed */
  queues: { t: number; queues: string[][] }[];
  /** when each job finished, in the job list's order */
  finish: { job: string; t: number }[];
  time: number;
  /** per CPU, in percent of the time as multi.py prints them */
  utilization: { cpu: number; busy: number; warm: number }[];
  decisions: (MultiCpuDecision & { why: string })[];
}

export const MAX_CPUS = 1024;
export const MAX_JOBS = 1000;
/** The most characters of trace the text may hold (-C prints a column per job on every CPU, every tick). */
export const MAX_TRACE = 50_000_000;
const EXIT_STATUS = 1;

function stretches(run: MultiCpuRun): MultiRunStretch[] {
  const out: MultiRunStretch[] = [];
  const open: (MultiRunStretch | undefined)[] = [];
  for (const tick of run.ticks)
    tick.cpus.forEach((c, cpu) => {
      const last = open[cpu];
      if (c && last && last.job === c.job && last.warm === c.warm && last.end === tick.t) last.end = tick.t + 1;
      else if (c) {
        const why = explainCacheRun({ cpu, job: c.job, rate: c.rate, reason: c.reason });
        const next = { cpu, job: c.job, start: tick.t, end: tick.t + 1, warm: c.warm, why };
        open[cpu] = next;
        out.push(next);
      }
    });
  return out;
}

function queueChanges(run: MultiCpuRun): MultiAnswers['queues'] {
  const out = [{ t: 0, queues: run.queues }];
  let last = JSON.stringify(run.queues);
  for (const tick of run.ticks) {
    const now = JSON.stringify(tick.queues);
    if (now !== last) out.push({ t: tick.t + 1, queues: tick.queues });
    last = now;
  }
  return out;
}

function answerOf(v: MultiOptions, jobs: MultiCpuJob[], run: MultiCpuRun): MultiAnswers {
  return {
    jobs,
    perCpuQueues: v.per_cpu_queues,
    cpus: v.num_cpus,
    runs: stretches(run),
    queues: queueChanges(run),
    finish: jobs.map((j, i) => ({ job: j.name, t: run.finish[i] as number })),
    time: run.time,
    utilization: run.stats.map((s, cpu) => ({
      cpu,
      busy: pyRound2((100 * s.ran) / run.time),
      warm: pyRound2((100 * s.warm) / run.time),
    })),
    decisions: run.decisions.map((d) => ({ ...d, why: explainMultiCpuDecision(d) })),
  };
}

const fail = (error: string) => ({ ok: false as const, error });

type MultiProblem = { kind: 'problem'; jobs: MultiCpuJob[]; problemText: string; random: PyRandomState };

const runError = (error: string) => ({ kind: 'error' as const, error });

/** The problem, or multi.py's own exit (its text), or the refusal. */
function multiProblemOf(
  v: MultiOptions,
): MultiProblem | { kind: 'exit'; text: string } | { kind: 'error'; error: string } {
  if (v.num_cpus > MAX_CPUS) return runError(`-n/--num_cpus: at most ${MAX_CPUS} CPUs (got ${v.num_cpus})`);
  if (v.job_list === '' && v.job_num > MAX_JOBS)
    return runError(`-j/--job_num: at most ${MAX_JOBS} jobs (got ${v.job_num})`);
  if (v.job_list.split(',').length > MAX_JOBS) return runError(`-L/--job_list: at most ${MAX_JOBS} jobs`);
  const random = pySeed(v.seed);
  const problem = multiProblem(v, random);
  if (problem.kind === 'error') return runError(problem.error);
  if (problem.kind === 'exit') return { kind: 'exit', text: problem.text };
  if (v.num_cpus < 1)
    return runError(`-n/--num_cpus: there must be at least one CPU (got ${v.num_cpus}; multi.py never ends)`);
  if (v.time_slice === 0) return runError('-q/--quantum: the time slice must not be 0 (multi.py divides by it)');
  return { kind: 'problem', jobs: problem.jobs, problemText: problem.text, random };
}

/**
 * multi.py's text of a run as its ticks come: the trace written as bytes a tick at a time, so a long one is never
 * held. Returns where multi.py fails partway, or null.
 */
function* textParts(
  v: MultiOptions,
  { jobs, problemText }: MultiProblem,
  queues: readonly string[][],
  ticks: Iterator<MultiCpuTick, MultiCpuEnd | string>,
): Generator<TextPart, string | null> {
  yield* wholeLines([argsText(v) + problemText + queuesText(v, queues)]);
  const trace = traces(v) ? tickWriter(v, jobs, v.num_cpus) : null;
  // A name that is not ASCII makes the chunk UTF-8, which only a string part carries.
  const part = (chunk: Uint8Array): TextPart => (trace?.ascii ? chunk : utf8Text(chunk.subarray(0, -1)));
  const w = asciiWriter();
  let next = ticks.next();
  for (; !next.done; next = ticks.next()) {
    if (trace === null) continue;
    trace.write(w, next.value);
    const chunk = w.full();
    if (chunk) yield part(chunk);
  }
  const last = w.rest();
  if (last) yield part(last);
  if (typeof next.value === 'string') return next.value;
  if (v.solve) yield* wholeLines([statsText(next.value)]);
  return null;
}

/** A whole run's ticks again, as the run gave them. */
function* replayed(run: MultiCpuRun): Generator<MultiCpuTick, MultiCpuEnd> {
  yield* run.ticks;
  return run;
}

/**
 * OSTEP's multi.py: jobs (-L, or drawn from the seed) on -n CPUs whose caches warm (kernel/cacheWarmth.ts),
 * scheduled from one queue or a queue per CPU with stealing (sched/multiCpu), traced and answered as multi.py
 * prints them.
 */
export const multiScript: OstepScript<MultiAnswers, typeof MULTI_FLAGS> = {
  ...scriptFlags(
    { name: 'multi', path: 'cpu-sched-multi/multi.py', runsOn: 'on our multiprocessor scheduler and CPU caches' },
    MULTI_FLAGS,
    { width: 22, nextLineFrom: 21 },
  ),
  scenario: multiScenario,
  flagsOf: multiFlagsOf,
  solve(v: MultiOptions) {
    const made = multiProblemOf(v);
    if (made.kind === 'error') return fail(made.error);
    if (made.kind === 'exit') {
      const empty = { jobs: [], perCpuQueues: v.per_cpu_queues, cpus: v.num_cpus, runs: [], queues: [], finish: [] };
      const answer = {
        ...empty,
        refused: made.text.split('\n').at(-2) as string,
        time: 0,
        utilization: [],
        decisions: [],
      };
      return { ok: true, answer, text: argsText(v) + made.text, exitStatus: EXIT_STATUS };
    }
    const { jobs } = made;
    const run = runMultiCpu(jobs, multiRunConfig(v), made.random);
    if (typeof run === 'string') return fail(run);
    if (traces(v) && run.ticks[0]) {
      const w = asciiWriter();
      tickWriter(v, jobs, v.num_cpus).write(w, run.ticks[0]);
      const line = w.written();
      if (line * run.ticks.length > MAX_TRACE)
        return fail(
          `the trace would run to about ${line * run.ticks.length} characters, over ${MAX_TRACE}: trace fewer ticks, CPUs or jobs (-C prints a column per job on every CPU)`,
        );
    }
    // The same problem as a scenario on the kernel (MULTI_CPU), for "Play as scenario", where it fits one.
    const scenario = ranScenario(v, jobs);
    return {
      ok: true,
      answer: answerOf(v, jobs, run),
      text: partsText(textParts(v, made, run.queues, replayed(run))),
      ...(typeof scenario !== 'string' && { scenario }),
    };
  },
  stream(v: MultiOptions) {
    const made = multiProblemOf(v);
    if (made.kind === 'error') return fail(made.error);
    if (made.kind === 'exit') return null;
    const started = startMultiCpu(made.jobs, multiRunConfig(v), made.random);
    if (typeof started === 'string') return fail(started);
    const problem = made;
    const { queues, ticks } = started;
    // the trace printed a tick as it is run, never held: no bound on its length here
    let broke: string | null = null;
    function* parts(): Generator<TextPart> {
      broke = yield* textParts(v, problem, queues, ticks);
    }
    return { ok: true, lines: parts(), brokeOff: () => broke };
  },
};
