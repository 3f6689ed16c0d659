import { createFileSystem } from '../fs/fileSystem';
import { blockText, inodeText, vsfsState, type VsfsState } from '../ostep/vsfs/vsfsAnswers';
import { vsfsExplain } from '../ostep/vsfs/vsfsExplain';
import { vsfsGeometry, vsfsRun, type VsfsOp } from '../ostep/vsfs/vsfsPlan';
import { vsfsOpLine } from '../ostep/vsfs/vsfsText';
import { exerciseId } from './draw';
import type { Difficulty, Exercise, ExerciseSpec, ProblemTable, Question } from './types';

/** Inodes and blocks, and how many operations: few enough that the file system never fills up. */
const SIZE: Readonly<Record<Difficulty, { entries: number; ops: number }>> = {
  1: { entries: 8, ops: 4 },
  2: { entries: 8, ops: 6 },
  3: { entries: 16, ops: 8 },
};

/** An operation in the canonical form answers are compared in: the call's name and its paths. */
export function fsOpAnswer(op: VsfsOp): string {
  return op.op === 'link' ? `link ${op.target} ${op.path}` : `${op.op} ${op.path}`;
}

/** A state as a table: a column per inode or block number, a row per part of the picture. */
export function stateTable(caption: string, s: VsfsState): ProblemTable {
  const n = Math.max(s.inodes.length, s.data.length);
  return {
    caption,
    columns: ['', ...Array.from({ length: n }, (_, i) => String(i))],
    rows: [
      ['Inode bitmap', ...Array.from({ length: n }, (_, i) => s.inodeBitmap[i] ?? '')],
      ['Inodes', ...Array.from({ length: n }, (_, i) => inodeText(s.inodes[i] ?? null) ?? '')],
      ['Data bitmap', ...Array.from({ length: n }, (_, i) => s.dataBitmap[i] ?? '')],
      ['Data', ...Array.from({ length: n }, (_, i) => blockText(s.data[i] ?? null) ?? '')],
    ],
  };
}

/**
 * vsfs's "which operation took place?": a very simple file system shown before and after each of a few
 * operations (made by vsfs.py's generator on our file system), and the student names each operation.
 */
export function makeFileSystemExercise(spec: ExerciseSpec): Exercise {
  const { entries, ops } = SIZE[spec.difficulty];
  const fs = createFileSystem(vsfsGeometry(entries, entries));
  const states: VsfsState[] = [vsfsState(fs)];
  const calls: VsfsOp[] = [];
  for (const e of vsfsRun(fs, spec.seed, ops))
    if (e.kind === 'op') {
      calls.push(e.op);
      states.push(vsfsState(e.fs));
    }
  const questions: Question[] = calls.map((op, i) => ({
    id: `operation-${i + 1}`,
    label: `Operation ${i + 1}`,
    answerType: 'fsop',
    hint: 'such as mkdir /a, creat /a/b, write /a/b, link /a/b /c, unlink /c',
    expected: fsOpAnswer(op),
    steps: [vsfsExplain(op, states[i] as VsfsState, states[i + 1] as VsfsState), `So it was ${vsfsOpLine(op)}`],
  }));
  return {
    ...spec,
    id: exerciseId(spec),
    title: `File system: which operation took place? (${entries} inodes, ${entries} blocks)`,
    intro: [
      'A very simple file system (as in OSTEP’s vsfs.py): an inode bitmap, inodes (type d or f, the address of its one data block, a:-1 for none, and its link count r), a data bitmap, and data blocks (a directory’s (name, inode) entries, or a file’s one character). New inodes and blocks are always the lowest free ones.',
      `Each table shows the file system after one more operation. Name each operation: mkdir, creat, write (one block appended), link or unlink, with its path${calls.some((c) => c.op === 'link') ? 's (link: the existing file, then the new name)' : ''}.`,
    ],
    tables: states.map((s, i) => stateTable(i === 0 ? 'Before the first operation' : `After operation ${i}`, s)),
    questions,
    scenario: null,
    grid: null,
  };
}
