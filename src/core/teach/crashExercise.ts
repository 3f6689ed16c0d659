import { CRASH_DEMO_DISK } from '../fs/crash/crashDemo';
import { crashPoint } from '../fs/crash/crashPoint';
import { JOURNAL_MODE_LABELS, type JournalMode } from '../fs/crash/journalMode';
import { planWrites, type CrashPlan } from '../fs/crash/planWrites';
import { fsOpText, parseFsOp, type FsOp } from '../fs/fsOp';
import { nextInt, seedRng, type RngState } from '../kernel/rng';
import { exerciseId } from './draw';
import type { Difficulty, Exercise, ExerciseSpec, Question } from './types';

/**
 * Workloads whose operations all succeed on an empty disk; `{k}` is a size drawn from the seed. Each mixes
 * making names with removing or moving them, so a crash can strand a block, an inode or a name.
 */
const WORKLOADS: readonly (readonly string[])[] = [
  ['mkdir /a', 'write /a/f {k}', 'ln /a/f /g', 'rm /a/f'],
  ['write /f {k}', 'mkdir /d', 'mv /f /d/f', 'write /d/f {k}'],
  ['mkdir /d', 'write /d/x {k}', 'write /d/y {k}', 'rm /d/x'],
  ['write /log {k}', 'write /log {k}', 'truncate /log 4096', 'mkdir /old'],
  ['mkdir /m', 'mkdir /m/v1', 'write /m/v1/w {k}', 'mv /m/v1 /live'],
];

/** The journal mode, how many operations, and how many crash points to predict, by difficulty. */
const LEVEL: Readonly<Record<Difficulty, { modes: readonly JournalMode[]; ops: number; points: number }>> = {
  1: { modes: ['none'], ops: 3, points: 2 },
  2: { modes: ['data', 'ordered'], ops: 4, points: 3 },
  3: { modes: ['writeback', 'none', 'ordered'], ops: 4, points: 3 },
};

function workloadOf(rng: RngState, ops: number): FsOp[] {
  const lines = (WORKLOADS[nextInt(rng, WORKLOADS.length)] as readonly string[]).slice(0, ops);
  return lines.map((line) => {
    const parsed = parseFsOp(line.replace('{k}', String(4096 * (1 + nextInt(rng, 2)))));
    if (!parsed.ok) throw new Error(`internal: the exercise workload "${line}" does not parse`);
    return parsed.op;
  });
}

/** Crash points spread over the writes (never the same one twice), in order. */
function pointsOf(rng: RngState, writes: number, count: number): number[] {
  const picked = new Set<number>();
  while (picked.size < Math.min(count, writes)) picked.add(1 + nextInt(rng, writes));
  return [...picked].sort((a, b) => a - b);
}

/**
 * Crash-point prediction: a short workload's block writes in one journal mode, and for a few crash points the
 * student predicts how many operations the file system holds after mount (replay, then fsck's repair) and how
 * many inconsistencies fsck finds first. Every answer is the crash explorer's own (src/core/fs/crash).
 */
export function makeCrashExercise(spec: ExerciseSpec): Exercise {
  const rng = seedRng(spec.seed);
  const level = LEVEL[spec.difficulty];
  const mode = level.modes[nextInt(rng, level.modes.length)] as JournalMode;
  const workload = workloadOf(rng, level.ops);
  const planned = planWrites(workload, CRASH_DEMO_DISK, mode);
  if (!planned.ok) throw new Error(`internal: the exercise workload cannot be planned: ${planned.error.message}`);
  const plan: CrashPlan = planned.plan;
  const questions: Question[] = pointsOf(rng, plan.writes.length, level.points).flatMap((after) => {
    const p = crashPoint(plan, after);
    const held = p.fates.filter((f) => f.status === 'survived').length;
    return [
      {
        id: `fsck-${after}`,
        label: `Crash after write ${after}: how many inconsistencies does fsck find after mount?`,
        answerType: 'integer',
        hint: 'a count, 0 or more',
        expected: String(p.findings.length),
        steps: [p.crash, p.replay.sentence, ...p.findings.map((f) => `fsck: ${f.message}.`)],
      },
      {
        id: `held-${after}`,
        label: `Crash after write ${after}: how many of the ${workload.length} operations had all their writes on the disk and survive intact (after replay and repair)?`,
        answerType: 'integer',
        hint: 'a count of operations',
        expected: String(held),
        steps: [p.summary, ...p.fates.map((f) => f.sentence)],
      },
    ];
  });
  return {
    ...spec,
    id: exerciseId(spec),
    title: `Crash consistency: ${JOURNAL_MODE_LABELS[mode]}, ${workload.length} operations`,
    intro: [
      `A file system ${mode === 'none' ? 'with no journal' : `with a write-ahead journal in ${JOURNAL_MODE_LABELS[mode].toLowerCase()} mode`} runs the operations below on an empty disk (${CRASH_DEMO_DISK.fs.inodes} inodes, ${CRASH_DEMO_DISK.fs.dataBlocks} data blocks of 4 KiB). The table lists every block write it issues, in order.`,
      'The machine crashes after the write a question names: what reached the disk stays, the rest is lost. At mount, a committed transaction (its TxE on disk) is replayed and an uncommitted one discarded; then fsck checks the file system and repairs what it finds. An operation cut short by the crash does not count as surviving, whatever it left behind; one whose writes all reached the disk may still be damaged (writeback mode can leave a file pointing at stale data).',
    ],
    tables: [
      {
        caption: 'The workload',
        columns: ['#', 'Operation'],
        rows: workload.map((op, i) => [String(i + 1), fsOpText(op)]),
      },
      {
        caption: 'The block writes, in order',
        columns: ['Write', 'Operation', 'Block', 'What'],
        rows: plan.writes.map((w) => [String(w.n), String(w.op + 1), String(w.address), w.what]),
      },
    ],
    questions,
    scenario: null,
    grid: null,
  };
}
