import { exerciseId } from './draw';
import {
  jobsTable,
  onCpuQuestion,
  runSchedule,
  scheduleParams,
  scheduleRules,
  scheduleScenario,
  type ScheduleJob,
} from './scheduleExercise';
import type { Exercise, ExerciseSpec } from './types';
import type { SchedulerConfig } from '../scenario/types';

/** The most ticks a grid to draw has: a row that still fits a screen, and within a link's 32 answers. */
export const MAX_DRAW_TICKS = 30;

/**
 * The jobs cut down until their run ends by MAX_DRAW_TICKS: the longest burst (the first of equals) loses
 * a tick at a time. Deterministic, and it always ends: five one-tick processes arriving by tick 12 fit.
 */
function fitted(scheduler: SchedulerConfig, jobs: readonly ScheduleJob[]): ScheduleJob[] {
  const out = jobs.map((j) => ({ ...j, bursts: j.bursts.slice() }));
  for (;;) {
    const run = runSchedule(scheduleScenario('fit', scheduler, out));
    if (run.result.ticks <= MAX_DRAW_TICKS) return out;
    let at: [number, number] = [0, 0];
    for (const [i, j] of out.entries())
      for (const [b, n] of j.bursts.entries()) if (n > out[at[0]]!.bursts[at[1]]!) at = [i, b];
    const bursts = out[at[0]]!.bursts;
    if (bursts[at[1]]! <= 1) return out;
    bursts[at[1]]! -= 1;
  }
}

/**
 * "Draw the schedule": the schedule exercise's workload and policy (the same seed gives the same givens),
 * and one question per tick of CPU 0 from tick 0 to the run's end, each answered by the real run.
 */
export function drawExercise(spec: ExerciseSpec, scheduler: SchedulerConfig, given: readonly ScheduleJob[]): Exercise {
  const id = exerciseId(spec);
  const jobs = fitted(scheduler, given);
  const scenario = scheduleScenario(`Exercise ${id}`, scheduler, jobs);
  const run = runSchedule(scenario);
  const ticks = run.result.ticks;
  return {
    ...spec,
    id,
    title: `Draw the schedule: ${scheduler.policy}`,
    intro: [
      scheduleRules(scheduler, jobs),
      `Draw who is on the CPU at each tick from 0 to ${ticks - 1} (a process dispatched at tick t runs from t to t + 1): pick a process, or idle, then click the ticks it runs.`,
    ],
    tables: [jobsTable(scheduler, jobs)],
    questions: Array.from({ length: ticks }, (_, t) => onCpuQuestion(run, t, `cell-0-${t}`, `CPU 0 at tick ${t}`)),
    scenario,
    grid: { rows: ['CPU 0'], ticks, choices: [...jobs.map((_, i) => `P${i + 1}`), 'idle'] },
  };
}

export function makeDrawExercise(spec: ExerciseSpec): Exercise {
  const { scheduler, jobs } = scheduleParams(spec.seed, spec.difficulty);
  return drawExercise(spec, scheduler, jobs);
}
