import { explain } from '../kernel/explain';
import { runResult, type RunResult } from '../kernel/result';
import { nextInt, seedRng, type RngState } from '../kernel/rng';
import { Simulation } from '../kernel/simulation';
import { DEFAULT_NEEDS, DEFAULT_NODE, DEFAULT_OPTIONS } from '../scenario/defaults';
import { DEFAULT_WORKLOAD, generateWorkload } from '../scenario/generate';
import type { Scenario, SchedulerConfig } from '../scenario/types';
import { distinctPicks, exerciseId, pickOne } from './draw';
import type { Difficulty, Exercise, ExerciseSpec, ProblemTable, Question } from './types';

/** A process of a schedule exercise: bursts alternate CPU and I/O, starting and ending with CPU. */
export interface ScheduleJob {
  arrival: number;
  bursts: number[];
  priority: number;
}

export interface ScheduleParams {
  scheduler: SchedulerConfig;
  jobs: ScheduleJob[];
  /** ticks at which to ask who is on the CPU */
  probes: number[];
}

const PROCESSES: Readonly<Record<Difficulty, number>> = { 1: 3, 2: 4, 3: 5 };
const ARRIVAL_SPAN: Readonly<Record<Difficulty, number>> = { 1: 4, 2: 8, 3: 12 };
const PROBES: Readonly<Record<Difficulty, number>> = { 1: 1, 2: 2, 3: 2 };

function policiesFor(rng: RngState, d: Difficulty): SchedulerConfig[] {
  const rr: SchedulerConfig = { policy: 'RR', quantum: 2 + nextInt(rng, d === 1 ? 2 : 3) };
  if (d === 1) return [{ policy: 'FIFO' }, { policy: 'SJF' }, rr];
  if (d === 2)
    return [
      { policy: 'FIFO' },
      { policy: 'SJF' },
      { policy: 'SRTF' },
      rr,
      { policy: 'PRIORITY', preemptive: false, agingInterval: 0 },
    ];
  return [{ policy: 'SRTF' }, rr, { policy: 'PRIORITY', preemptive: true, agingInterval: 0 }];
}

/**
 * The givens from the seed: the workload comes from the seeded workload generator (USER processes only;
 * their CPU bursts are halved by the USER profile, to 1..7 ticks), the policy and the probe ticks from a
 * second stream of the same seed. Probe ticks are drawn once the run's length is known (scheduleExercise).
 */
export function scheduleParams(
  seed: number,
  difficulty: Difficulty,
): Omit<ScheduleParams, 'probes'> & { probeCount: number; probeRng: RngState } {
  const rng = seedRng((seed ^ 0x5c4ed) >>> 0);
  const scheduler = pickOne(rng, policiesFor(rng, difficulty));
  const made = generateWorkload({
    ...DEFAULT_WORKLOAD,
    seed,
    count: PROCESSES[difficulty],
    mix: { USER: 1, SYSTEM: 0, AI_INFERENCE: 0, DATA_PROCESSING: 0, BLOCKCHAIN_VALIDATOR: 0, NETWORK_NODE: 0 },
    arrival: { kind: 'uniform', span: ARRIVAL_SPAN[difficulty] },
    cpuBurst: { kind: 'uniform', min: 2, max: 14 },
    ioBurst: { kind: 'uniform', min: 2, max: 5 },
    burstsPerProcess: difficulty === 3 ? { min: 1, max: 2 } : { min: 1, max: 1 },
    priorities: { min: 1, max: 5 },
    validatorSlot: 0,
    gpus: 0,
  });
  const jobs = made.map((p) => ({ arrival: p.arrival, bursts: p.bursts, priority: p.priority }));
  return { scheduler, jobs, probeCount: PROBES[difficulty], probeRng: rng };
}

/** The scenario of the exercise: one CPU, no switch cost, processes P1..Pn in the order given. */
export function scheduleScenario(title: string, scheduler: SchedulerConfig, jobs: readonly ScheduleJob[]): Scenario {
  return {
    format: 'bcos-scenario',
    version: 3,
    title,
    description: 'A generated scheduling exercise: predict each completion time, then step through the run.',
    seed: 1,
    node: { ...DEFAULT_NODE, connections: [] },
    scheduler,
    options: { ...DEFAULT_OPTIONS },
    processes: jobs.map((j, i) => ({
      pid: i + 1,
      name: `P${i + 1}`,
      type: 'USER',
      priority: j.priority,
      arrival: j.arrival,
      bursts: j.bursts.slice(),
      needs: { ...DEFAULT_NEEDS },
    })),
    operations: [],
  };
}

function policyText(s: SchedulerConfig): string {
  switch (s.policy) {
    case 'RR':
      return `round robin with a ${s.quantum}-tick quantum`;
    case 'PRIORITY':
      return `${s.preemptive ? 'preemptive' : 'non-preemptive'} priority scheduling (a lower number is a higher priority)`;
    case 'SJF':
      return 'shortest job first (non-preemptive)';
    case 'SRTF':
      return 'shortest remaining time first (preemptive)';
    default:
      return s.policy;
  }
}

/** A finished run of an exercise's scenario: its result and its trace, one sentence per event. */
export interface ScheduleRun {
  result: RunResult;
  lines: string[];
}

export function runSchedule(scenario: Scenario): ScheduleRun {
  // Run once to its end, never rewound: no checkpoints.
  const sim = new Simulation(scenario, { rewind: false });
  sim.runToEnd();
  const result = runResult(sim.state);
  return { result, lines: result.events.map((ev) => `t=${ev.tick}: ${explain(ev)}`) };
}

/** "Who is on the CPU from t to t + 1?", answered and worked from the run's own timeline and trace. */
export function onCpuQuestion(run: ScheduleRun, t: number, id: string, label: string): Question {
  const on = run.result.timeline.find((s) => s.cpu === 0 && s.pid !== null && !s.kind && s.start <= t && t < s.end);
  const who = on ? `P${on.pid}` : 'idle';
  const upTo = run.result.events.filter((ev) => ev.tick <= t).length;
  const last = on
    ? `So from tick ${t} to ${t + 1} ${who} is on the CPU (it runs from tick ${on.start} to ${on.end}).`
    : `So from tick ${t} to ${t + 1} the CPU is idle.`;
  return {
    id,
    label,
    answerType: 'process',
    hint: 'P1, P2, … or idle',
    expected: who,
    steps: [...run.lines.slice(0, upTo), last],
  };
}

/** The table of givens: each process's arrival, bursts and (under PRIORITY) priority. */
export function jobsTable(scheduler: SchedulerConfig, jobs: readonly ScheduleJob[]): ProblemTable {
  const io = jobs.some((j) => j.bursts.length > 1);
  const priority = scheduler.policy === 'PRIORITY';
  return {
    caption: 'Processes',
    columns: ['Process', 'Arrival', io ? 'Bursts (CPU, I/O, CPU …)' : 'CPU burst', ...(priority ? ['Priority'] : [])],
    rows: jobs.map((j, i) => [
      `P${i + 1}`,
      String(j.arrival),
      j.bursts.join(', '),
      ...(priority ? [String(j.priority)] : []),
    ]),
  };
}

/** The rules every schedule exercise states: the policy, free switches, how ties go, and parallel I/O. */
export function scheduleRules(scheduler: SchedulerConfig, jobs: readonly ScheduleJob[]): string {
  const io = jobs.some((j) => j.bursts.length > 1);
  return `One CPU runs these processes under ${policyText(scheduler)}. Switching costs nothing. Ties go to the process that became ready first (at the same tick the lower pid, and a new arrival goes ahead of a process whose quantum just ended); only a strictly better process preempts.${io ? ' I/O bursts run in parallel (no device queue).' : ''}`;
}

/** The exercise for explicit givens; every answer is read off a run of the real Simulation. */
export function scheduleExercise(
  spec: ExerciseSpec,
  scheduler: SchedulerConfig,
  jobs: readonly ScheduleJob[],
  probe: (end: number) => number[],
): Exercise {
  const id = exerciseId(spec);
  const scenario = scheduleScenario(`Exercise ${id}`, scheduler, jobs);
  const run = runSchedule(scenario);
  const { result, lines } = run;
  const questions: Question[] = result.processes.map((p) => {
    const exitAt = result.events.findIndex((ev) => ev.kind === 'exit' && ev.pid === p.pid);
    return {
      id: `completion-${p.pid}`,
      label: `Completion time of P${p.pid}`,
      answerType: 'integer',
      hint: 'a tick',
      expected: String(p.completion),
      steps: [...lines.slice(0, exitAt + 1), `So P${p.pid} completes at tick ${p.completion}.`],
    };
  });
  for (const t of probe(result.ticks))
    questions.push(onCpuQuestion(run, t, `running-${t}`, `Process on the CPU at tick ${t}`));
  return {
    ...spec,
    id,
    title: `Scheduling: ${scheduler.policy}`,
    intro: [
      scheduleRules(scheduler, jobs),
      'Predict when each process completes, and which process is on the CPU at the given ticks (a process dispatched at tick t runs from t to t + 1).',
    ],
    tables: [jobsTable(scheduler, jobs)],
    questions,
    scenario,
    grid: null,
  };
}

export function makeScheduleExercise(spec: ExerciseSpec): Exercise {
  const { scheduler, jobs, probeCount, probeRng } = scheduleParams(spec.seed, spec.difficulty);
  return scheduleExercise(spec, scheduler, jobs, (end) =>
    distinctPicks(probeRng, end, probeCount).sort((a, b) => a - b),
  );
}
