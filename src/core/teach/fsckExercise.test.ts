import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepCopy } from '../deepCopy';
import { createFileSystem } from '../fs/fileSystem';
import { fsckFindings } from '../fs/invariants';
import { repairFs } from '../fs/repair';
import { vsfsGeometry, vsfsRun } from '../ostep/vsfs/vsfsPlan';
import { FSCK_RULES } from '../ostep/fsck/fsckScript';
import { answerKey, makeExercise } from './exercise';
import { explanations } from './fsckDiagnosis';
import { FSCK_CHOICES, footprint, fsckProblem } from './fsckExercise';
import { gradeExercise, normalizeAnswer } from './grade';
import { parseExerciseLink } from './link';
import type { Difficulty, ExerciseSpec } from './types';

const spec = (seed: number, difficulty: Difficulty = 1): ExerciseSpec => ({ kind: 'fsck', seed, difficulty });

/** The first seed from 0 whose problem is of `kind`. */
function seedOf(kind: string, difficulty: Difficulty): number {
  let seed = 0;
  while (fsckProblem(spec(seed, difficulty)).answer.kind !== kind) seed++;
  return seed;
}

/** The kinds the first 40 seeds of a difficulty ask about. */
const kindsOf = (d: Difficulty) => new Set(Array.from({ length: 40 }, (_, s) => fsckProblem(spec(s, d)).answer.kind));

describe('the fsck exercise', () => {
  it('is the same for the same seed, and asks for the kind (a choice) and the place (a number)', () => {
    const ex = makeExercise(spec(42, 2));
    expect(makeExercise(spec(42, 2))).toEqual(ex);
    expect(ex.questions.map((q) => [q.id, q.answerType])).toEqual([
      ['kind', 'choice'],
      ['where', 'integer'],
    ]);
    expect(ex.questions[0]?.choices).toBe(FSCK_CHOICES);
    expect(ex.tables[0]?.rows.map((r) => r[0])).toEqual(['Inode bitmap', 'Inodes', 'Data bitmap', 'Data']);
  });

  it("names a link count's evidence with the paths of the entries naming the inode, and our fsck's repair", () => {
    const ex = makeExercise(spec(seedOf('refcount', 1)));
    const [evidence, verdict, repair] = ex.questions[0]?.steps ?? [];
    expect(evidence).toMatch(
      /^Inode \d+'s link count is \d+, but (one|two|three) director(y entry names|y entries name) it: \/.+\.$/,
    );
    expect(verdict).toMatch(
      /^So: INODE refcnt increased or decreased, at inode \d+ \(fsck.py -c says: INODE \d+ refcnt (in|de)creased\)\.$/,
    );
    expect(repair).toMatch(
      /^Our fsck would repair it: inode \d+'s link count was \d+; \d+ entr(y names|ies name) it: set to \d+\.$/,
    );
  });

  it('grades a choice by its value or its words, and says a wrong one in words', () => {
    expect(normalizeAnswer('choice', 'INODE orphan', FSCK_CHOICES)).toBe('orphan');
    expect(normalizeAnswer('choice', 'dead-block', FSCK_CHOICES)).toBe('deadBlock');
    expect(normalizeAnswer('choice', 'a bad disk', FSCK_CHOICES)).toBeNull();
    const ex = makeExercise(spec(seedOf('orphan', 1)));
    const [kind, where] = gradeExercise(ex, ['refcount', answerKey(ex)[1] as string]);
    expect(kind?.verdict).toBe('Wrong: INODE refcnt increased or decreased is not right. Try again.');
    expect(where?.right).toBe(true);
    expect(gradeExercise(ex, answerKey(ex)).every((r) => r.right)).toBe(true);
  });

  it('names the place in its first piece of evidence, whatever the kind', () => {
    for (let seed = 0; seed < 40; seed++) {
      const ex = makeExercise(spec(seed, 3));
      const where = answerKey(ex)[1] as string;
      expect(ex.questions[0]?.steps[0]).toMatch(new RegExp(`\\b(inode|block|directory) ${where}\\b`, 'i'));
    }
  });

  it('travels in a link with its answers', () => {
    const parsed = parseExerciseLink('?exercise=fsck-42-3&answers=deadBlock,5');
    expect(parsed).toEqual({ ok: true, spec: spec(42, 3), answers: ['deadBlock', '5'] });
  });

  it('offers every kind of corruption over a few seeds, the first difficulty only the simple ones', () => {
    expect([...kindsOf(1)].sort()).toEqual(['dataBitmap', 'inodeBitmap', 'orphan', 'refcount']);
    expect(kindsOf(3).size).toBeGreaterThanOrEqual(7);
  });
});

describe('properties', () => {
  const anySpec = fc.record({
    seed: fc.integer({ min: 0, max: 0xffff_ffff }),
    difficulty: fc.constantFrom<Difficulty>(1, 2, 3),
  });

  it('every problem has exactly one answer, and our fsck finds that inconsistency, repairs it and nothing else', () => {
    fc.assert(
      fc.property(anySpec, ({ seed, difficulty }) => {
        const p = fsckProblem(spec(seed, difficulty));
        expect(explanations(p.after)).toEqual([p.answer]);
        const repaired = deepCopy(p.after);
        const actions = repairFs(repaired);
        expect(fsckFindings(repaired)).toEqual([]);
        const near = footprint(p.corruption, p.before);
        // The place a repair names: the flipped data bit or the dead block, else the inode (a directory's, for an entry).
        const c = p.corruption;
        const block = c.kind === 'dataBitmap' ? c.bit : c.kind === 'deadBlock' ? c.block : null;
        const names = (a: (typeof actions)[number]) =>
          block !== null
            ? a.blocks.includes(block) || a.inodes.includes(p.answer.where)
            : a.inodes.includes(p.answer.where);
        expect(actions.some(names)).toBe(true);
        for (const a of actions) {
          for (const i of a.inodes) expect(near.inodes.has(i)).toBe(true);
          for (const b of a.blocks) expect(near.blocks.has(b)).toBe(true);
        }
      }),
      { seed: 20261206, numRuns: 60 },
    );
  });

  it('a consistent file system after any workload is explained by nothing but a renamed entry, which no fsck sees', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        const fs = createFileSystem(vsfsGeometry(8, 8));
        const run = vsfsRun(fs, seed, 8, FSCK_RULES);
        while (!run.next().done);
        expect(fsckFindings(fs)).toEqual([]);
        expect(explanations(fs).filter((a) => a.kind !== 'entryName')).toEqual([]);
      }),
      { seed: 7, numRuns: 30 },
    );
  });
});
