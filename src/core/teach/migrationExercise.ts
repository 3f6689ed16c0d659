import { nextInt, seedRng } from '../kernel/rng';
import { explainRound, explainStop, explainStopReason } from '../network/migration/explain';
import { BYTES_PER_TICK_PER_MBPS } from '../network/migration/link';
import { migrate } from '../network/migration/migrate';
import type { MigrationInput, MigrationMethod, MigrationResult } from '../network/migration/types';
import { exerciseId, pickOne } from './draw';
import type { Difficulty, Exercise, ExerciseSpec, Question } from './types';

const PAGE_SIZE = 4096;

/**
 * What each difficulty migrates: stop-and-copy alone, then pre-copy's rounds, then all three side by side. From 2
 * on the link is fast and near and the cycle of written pages long, so pre-copy's rounds can shrink below the
 * cycle and end by the dirty-page limit, or not, as the numbers fall.
 */
const LEVEL: Readonly<
  Record<Difficulty, { pages: [number, number]; cycle: [number, number]; mbps: number[]; latency: [number, number] }>
> = {
  1: { pages: [8, 32], cycle: [1, 1], mbps: [100, 200, 500, 1000], latency: [1, 20] },
  2: { pages: [24, 64], cycle: [6, 12], mbps: [500, 1000], latency: [1, 4] },
  3: { pages: [32, 96], cycle: [6, 16], mbps: [500, 1000], latency: [1, 6] },
};

export interface MigrationProblem {
  /** the process, the link and its writes: everything but the method */
  input: Omit<MigrationInput, 'method'>;
  /** the process writes pages 0, 1, …, cycle-1 in turn, one a tick of its work */
  cycle: number;
  preCopy: Extract<MigrationMethod, { kind: 'preCopy' }>;
}

const between = (rng: ReturnType<typeof seedRng>, [lo, hi]: [number, number]): number => lo + nextInt(rng, hi - lo + 1);

/**
 * A process of a few dozen 4 KiB pages on a link of whole Mbit/s, writing one page a tick in a short cycle, so a
 * round's dirty set is the smaller of the round's length and the cycle: numbers a student can follow by hand.
 */
export function migrationProblem(spec: ExerciseSpec): MigrationProblem {
  const rng = seedRng((spec.seed ^ 0x6d16) >>> 0);
  const level = LEVEL[spec.difficulty];
  const pages = between(rng, level.pages);
  const cycle = between(rng, level.cycle);
  const input = {
    pages,
    pageSize: PAGE_SIZE,
    dirty: { kind: 'perTick' as const, ticks: Array.from({ length: cycle }, (_, p) => [p]) },
    bandwidthMbps: pickOne(rng, level.mbps),
    latencyTicks: between(rng, level.latency),
    seed: spec.seed,
  };
  const preCopy = {
    kind: 'preCopy' as const,
    maxRounds: between(rng, [3, 5]),
    dirtyPagesLimit: between(rng, [2, Math.max(2, cycle - 2)]),
    downtimeLimitTicks: 0,
  };
  return { input, cycle, preCopy };
}

function run(p: MigrationProblem, method: MigrationMethod): MigrationResult {
  const outcome = migrate({ ...p.input, method });
  // The problem is drawn inside the model's limits; a refusal is a bug in migrationProblem.
  if (!outcome.ok) throw new Error(`migration exercise: ${outcome.errors.map((e) => e.message).join('; ')}`);
  return outcome.result;
}

/** How long `pages` pages take on the link, worked out: the wire time rounded up to a tick, plus the latency. */
function sendSteps(p: MigrationProblem, pages: number, ticks: number): string {
  const { pageSize, bandwidthMbps, latencyTicks } = p.input;
  const rate = bandwidthMbps * BYTES_PER_TICK_PER_MBPS;
  if (pages === 0)
    return `Only the CPU state crosses: the latency alone, ${latencyTicks} ticks (at least 1), so ${ticks} ticks.`;
  return `${pages} pages × ${pageSize} bytes = ${pages * pageSize} bytes; at ${rate} bytes a tick that is ⌈${pages * pageSize} / ${rate}⌉ = ${ticks - latencyTicks} ticks on the wire, plus ${latencyTicks} ticks of latency: ${ticks} ticks.`;
}

const integer = (id: string, label: string, expected: number, steps: string[]): Question => ({
  id,
  label,
  answerType: 'integer',
  hint: 'a whole number',
  expected: String(expected),
  steps,
});

function stopAndCopyQuestions(p: MigrationProblem, r: MigrationResult): Question[] {
  return [
    integer('stop-and-copy-downtime', 'Stop-and-copy: how many ticks is the process down?', r.totals.downtimeTicks, [
      sendSteps(p, r.stop.sent, r.stop.downtimeTicks),
      explainStop(r.stop),
    ]),
  ];
}

function preCopyQuestions(p: MigrationProblem, r: MigrationResult): Question[] {
  const roundSteps = r.rounds.map(
    (round) =>
      `${explainRound(round)} ${sendSteps(p, round.sent, round.durationTicks)} Writing one page a tick over ${p.cycle} pages, ${round.durationTicks} ticks dirty min(${round.durationTicks}, ${p.cycle}) = ${round.dirtied} pages.`,
  );
  const why = r.stop.why.kind === 'dirtyAfterRounds' ? explainStopReason(r.stop.why.stop) : '';
  return [
    integer('pre-copy-rounds', 'Pre-copy: how many rounds run before the process is stopped?', r.totals.rounds, [
      ...roundSteps,
      `After round ${r.totals.rounds} it stops: ${why}.`,
    ]),
    integer('pre-copy-downtime', 'Pre-copy: how many ticks is the process down?', r.totals.downtimeTicks, [
      `After the rounds ${r.stop.sent} pages are dirty; they cross while the process is stopped.`,
      sendSteps(p, r.stop.sent, r.stop.downtimeTicks),
    ]),
    integer('pre-copy-pages', 'Pre-copy: how many pages cross the link in all?', r.totals.pagesTransferred, [
      `${r.rounds.map((round) => round.sent).join(' + ')} pages in the rounds, ${r.stop.sent} while stopped.`,
      `${r.totals.pagesTransferred} pages, ${r.totals.pagesTransferred - p.input.pages} more than the ${p.input.pages} the process has: pages sent again after they were dirtied.`,
    ]),
  ];
}

function postCopyQuestions(p: MigrationProblem, r: MigrationResult): Question[] {
  return [
    integer('post-copy-downtime', 'Post-copy: how many ticks is the process down?', r.totals.downtimeTicks, [
      sendSteps(p, 0, r.stop.downtimeTicks),
      explainStop(r.stop),
    ]),
  ];
}

const METHOD_WORDS = { stopAndCopy: 'stop-and-copy', preCopy: 'pre-copy', postCopy: 'post-copy' } as const;

/**
 * Live migration, "how long is the downtime?": one process moved between two nodes over one link, by
 * stop-and-copy (difficulty 1), by pre-copy with its rounds (2), and by all three methods, with which stops it
 * least (3). Every answer is the migration model's own run (src/core/network/migration).
 */
export function makeMigrationExercise(spec: ExerciseSpec): Exercise {
  const p = migrationProblem(spec);
  const { pages, bandwidthMbps, latencyTicks } = p.input;
  const stop = run(p, { kind: 'stopAndCopy' });
  const questions = stopAndCopyQuestions(p, stop);
  if (spec.difficulty >= 2) questions.push(...preCopyQuestions(p, run(p, p.preCopy)));
  if (spec.difficulty === 3) {
    const post = run(p, { kind: 'postCopy', pushShare: 1 });
    questions.push(...postCopyQuestions(p, post));
    const all = [
      ['stopAndCopy', stop],
      ['preCopy', run(p, p.preCopy)],
      ['postCopy', post],
    ] as const;
    const least = all.reduce((a, b) => (b[1].totals.downtimeTicks < a[1].totals.downtimeTicks ? b : a));
    questions.push({
      id: 'least-downtime',
      label: 'Which method stops the process for the shortest time?',
      answerType: 'choice',
      hint: 'a method',
      expected: least[0],
      choices: all.map(([kind]) => ({ value: kind, label: METHOD_WORDS[kind] })),
      steps: [
        ...all.map(([kind, r]) => `${METHOD_WORDS[kind]}: ${r.totals.downtimeTicks} ticks down.`),
        `${METHOD_WORDS[least[0]]} stops it least; post-copy pays instead with faults while the pages follow.`,
      ],
    });
  }
  const methods =
    spec.difficulty === 1 ? 'stop-and-copy' : spec.difficulty === 2 ? 'stop-and-copy and pre-copy' : 'three methods';
  return {
    ...spec,
    id: exerciseId(spec),
    title: `Live migration: ${pages} pages over ${bandwidthMbps} Mbit/s, ${methods}`,
    intro: [
      `A process of ${pages} pages of ${PAGE_SIZE} bytes moves to another node over one link of ${bandwidthMbps} Mbit/s (a tick is 0.1 ms, so ${bandwidthMbps * BYTES_PER_TICK_PER_MBPS} bytes a tick) with ${latencyTicks} ticks of latency. A batch of pages takes its bytes' time on the wire, rounded up to a whole tick, plus the latency; a batch of no pages (the CPU state alone) takes the latency.`,
      `While it runs the process writes one page a tick of its work: page 0, 1, …, ${p.cycle - 1}, then 0 again, so a stretch of t ticks dirties min(t, ${p.cycle}) pages.`,
      ...(spec.difficulty === 1
        ? ['Stop-and-copy stops the process, sends every page, and resumes it on the target.']
        : [
            `Pre-copy sends every page while the process runs, then in rounds the pages dirtied during the round before, until at most ${p.preCopy.dirtyPagesLimit} pages are dirty or ${p.preCopy.maxRounds} rounds are done; then it stops the process and sends what is dirty.`,
          ]),
      ...(spec.difficulty === 3
        ? [
            'Post-copy stops the process only while its CPU state crosses, resumes it on the target, and sends the pages after it.',
          ]
        : []),
    ],
    tables: [
      {
        caption: 'The migration',
        columns: [
          'Pages',
          'Page size (bytes)',
          'Link (Mbit/s)',
          'Bytes a tick',
          'Latency (ticks)',
          'Pages written in turn',
        ],
        rows: [
          [
            String(pages),
            String(PAGE_SIZE),
            String(bandwidthMbps),
            String(bandwidthMbps * BYTES_PER_TICK_PER_MBPS),
            String(latencyTicks),
            `0–${p.cycle - 1}`,
          ],
        ],
      },
    ],
    questions,
    scenario: null,
    grid: null,
  };
}
