import { describe, expect, it } from 'vitest';
import { optparse } from '../ostep/optparse';
import { runScenario } from '../ostep/runScenario';
import { vsfsScript } from '../ostep/vsfs/vsfsScript';
import { makeExercise } from './exercise';
import { fsOpAnswer } from './fileSystemExercise';
import { gradeExercise, normalizeAnswer } from './grade';
import { DIFFICULTIES } from './types';

describe('file-system exercise', () => {
  it("asks for vsfs.py's own operations, from the same seed", () => {
    const ex = makeExercise({ kind: 'filesystem', seed: 2, difficulty: 3 });
    const parsed = optparse(
      ['-s', '2', '-i', '16', '-d', '16', '-n', '8', '-c'],
      vsfsScript.specs,
      vsfsScript.defaults,
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const r = vsfsScript.solve(parsed.values, runScenario);
    if (!r.ok) throw new Error(r.error);
    expect(ex.questions.map((q) => q.expected)).toEqual(r.answer.ops.map(fsOpAnswer));
    expect(ex.tables).toHaveLength(r.answer.ops.length + 1);
    expect(ex.tables[1]?.rows[0]).toEqual(['Inode bitmap', ...r.answer.states[0]!.inodeBitmap]);
  });

  it('has every answer right when the key is given back in any accepted form, at every difficulty', () => {
    for (const difficulty of DIFFICULTIES)
      for (let seed = 0; seed < 20; seed++) {
        const ex = makeExercise({ kind: 'filesystem', seed, difficulty });
        expect(ex.questions.length).toBeGreaterThan(0);
        const asCalls = ex.questions.map((q) => {
          const [name, ...paths] = q.expected.split(' ');
          return `${name}(${paths.map((p) => `"${p}"`).join(', ')});`;
        });
        expect(gradeExercise(ex, asCalls).every((g) => g.right)).toBe(true);
        expect(
          gradeExercise(
            ex,
            ex.questions.map(() => 'mkdir /nowhere'),
          ).some((g) => g.right),
        ).toBe(false);
      }
  });

  it('reads a call however it is written', () => {
    expect(normalizeAnswer('fsop', 'fd=open("/c/f", O_WRONLY|O_APPEND); write(fd, buf, BLOCKSIZE); close(fd);')).toBe(
      'write /c/f',
    );
    expect(normalizeAnswer('fsop', 'ln /a /b')).toBe('link /a /b');
    expect(normalizeAnswer('fsop', 'rm /a')).toBe('unlink /a');
    expect(normalizeAnswer('fsop', 'touch /a/b')).toBe('creat /a/b');
    expect(normalizeAnswer('fsop', 'link /a')).toBeNull();
    expect(normalizeAnswer('fsop', 'make a dir')).toBeNull();
  });
});
