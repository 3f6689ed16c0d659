import { deepCopy } from '../deepCopy';
import { createFileSystem } from '../fs/fileSystem';
import { fsckFindings } from '../fs/invariants';
import { repairFs, type RepairAction } from '../fs/repair';
import { resolve } from '../fs/paths';
import { ROOT_INUM, type FsState } from '../fs/types';
import { nextInt, seedRng } from '../kernel/rng';
import { corrupt, type FsckCorruption } from '../ostep/fsck/fsckCorrupt';
import { FSCK_RULES } from '../ostep/fsck/fsckScript';
import { corruptionText } from '../ostep/fsck/fsckText';
import { vsfsState } from '../ostep/vsfs/vsfsAnswers';
import { vsfsGeometry, vsfsWorkload } from '../ostep/vsfs/vsfsPlan';
import { exerciseId } from './draw';
import { stateTable } from './fileSystemExercise';
import { answerOf, explanations, namesOf, type FsckAnswer } from './fsckDiagnosis';
import { evidenceOf } from './fsckEvidence';
import type { Choice, Difficulty, Exercise, ExerciseSpec } from './types';

/** fsck.py's kinds of corruption, in its words (fsck.py -c's CORRUPTION lines), as the choices of the question. */
export const FSCK_CHOICES: readonly (Choice & { value: FsckCorruption['kind'] })[] = [
  { value: 'dataBitmap', label: 'DATA BITMAP: a corrupt bit' },
  { value: 'inodeBitmap', label: 'INODE BITMAP: a corrupt bit' },
  { value: 'refcount', label: 'INODE refcnt increased or decreased' },
  { value: 'orphan', label: 'INODE orphan' },
  { value: 'deadBlock', label: 'INODE points to dead block' },
  { value: 'typeSwitch', label: 'INODE type switched (file and directory)' },
  { value: 'entryInode', label: 'Directory entry altered to refer to unallocated inode' },
  { value: 'entryName', label: 'Directory entry altered to refer to different name' },
];

/**
 * Size, workload and which of fsck.py's corruptions (its -w numbers) each difficulty draws from: the first
 * level keeps to bitmaps, link counts and orphans; the others take all twelve.
 */
const LEVEL: Readonly<Record<Difficulty, { entries: number; requests: number; which: readonly number[] }>> = {
  1: { entries: 8, requests: 6, which: [0, 1, 2, 3, 8, 9] },
  2: { entries: 8, requests: 10, which: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] },
  3: { entries: 16, requests: 15, which: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] },
};

/** Tries of (workload, corruption) before giving up; a try is kept about four times in five. */
const TRIES = 200;

/** The inodes and blocks a corruption is about, with the directories whose counts it upsets (from `before`). */
export function footprint(c: FsckCorruption, before: FsState): { inodes: Set<number>; blocks: Set<number> } {
  const inodes = new Set<number>();
  const blocks = new Set<number>();
  const inode = (i: number) => {
    inodes.add(i);
    for (const b of before.inodes[i]?.blocks ?? []) blocks.add(b);
  };
  switch (c.kind) {
    case 'dataBitmap':
      blocks.add(c.bit);
      before.inodes.forEach((i, n) => i?.blocks.includes(c.bit) && inodes.add(n));
      break;
    case 'inodeBitmap':
      inodes.add(c.bit);
      break;
    case 'deadBlock':
      inode(c.inode);
      blocks.add(c.block);
      break;
    case 'typeSwitch':
      inode(c.inode);
      // A directory's ".." counts as one of its parent's links; switching it changes the parent's count.
      for (const p of namesOf(before, c.inode)) if (!/\/\.\.?$/.test(p)) inode(parentOf(before, p));
      break;
    case 'entryInode':
    case 'entryName':
      inode(c.dir);
      inodes.add(c.entry[1]);
      if (c.kind === 'entryInode') inodes.add(c.to);
      break;
    default:
      inodes.add(c.inode);
  }
  return { inodes, blocks };
}

/** The inode of a path's parent directory, in a consistent file system. */
function parentOf(fs: FsState, path: string): number {
  const found = resolve(fs, path.slice(0, path.lastIndexOf('/')) || '/');
  return found.ok ? found.inum : ROOT_INUM;
}

interface Problem {
  before: FsState;
  after: FsState;
  corruption: FsckCorruption;
  answer: FsckAnswer;
  repairs: RepairAction[];
}

/**
 * One try: fsck.py's workload and one corruption of it, kept only when the picture has exactly one answer
 * (one kind and place whose undoing makes it whole) and our fsck finds it and repairs nothing else.
 */
function attempt(level: (typeof LEVEL)[Difficulty], workloadSeed: number, corruptSeed: number, which: number) {
  const fs = createFileSystem(vsfsGeometry(level.entries, level.entries));
  vsfsWorkload(fs, workloadSeed, level.requests, FSCK_RULES);
  const before = deepCopy(fs);
  const corruption = corrupt(fs, corruptSeed, which);
  if (typeof corruption === 'string' || fsckFindings(fs).length === 0) return null;
  const answer = answerOf(corruption);
  const found = explanations(fs);
  if (found.length !== 1 || found[0]?.kind !== answer.kind || found[0].where !== answer.where) return null;
  const repaired = deepCopy(fs);
  const repairs = repairFs(repaired);
  const near = footprint(corruption, before);
  const within = repairs.every(
    (r) => r.inodes.every((i) => near.inodes.has(i)) && r.blocks.every((b) => near.blocks.has(b)),
  );
  if (!within || fsckFindings(repaired).length > 0) return null;
  return { before, after: fs, corruption, answer, repairs } satisfies Problem;
}

/** The problem of a spec: the first try its seed's stream keeps. */
export function fsckProblem(spec: ExerciseSpec): Problem {
  const level = LEVEL[spec.difficulty];
  const rng = seedRng(spec.seed);
  for (let t = 0; t < TRIES; t++) {
    const which = level.which[nextInt(rng, level.which.length)] as number;
    const found = attempt(level, nextInt(rng, 1_000_000), nextInt(rng, 1_000_000), which);
    if (found) return found;
  }
  throw new Error(`internal: no fsck problem with one answer in ${TRIES} tries for ${exerciseId(spec)}`);
}

const WHERE_WORD: Readonly<Record<FsckCorruption['kind'], string>> = {
  dataBitmap: 'data bitmap bit',
  inodeBitmap: 'inode bitmap bit',
  refcount: 'inode',
  orphan: 'inode',
  deadBlock: 'inode',
  typeSwitch: 'inode',
  entryInode: 'the entry in directory inode',
  entryName: 'the entry in directory inode',
};

/**
 * fsck.py's "what is corrupted?": a very simple file system after a random workload and one of fsck.py's
 * corruptions; the student names the kind of corruption and where it is. Each problem has exactly one answer,
 * and our fsck (repair.ts) finds that very inconsistency and repairs nothing else.
 */
export function makeFsckExercise(spec: ExerciseSpec): Exercise {
  const p = fsckProblem(spec);
  const { entries } = LEVEL[spec.difficulty];
  const label = FSCK_CHOICES.find((c) => c.value === p.answer.kind)?.label as string;
  const evidence = evidenceOf(p.corruption, p.before, p.after);
  const verdict = `So: ${label}, at ${WHERE_WORD[p.answer.kind]} ${p.answer.where} (fsck.py -c says: ${corruptionText(p.corruption).replace(/\n\s*/g, ' ')}).`;
  const repair = `Our fsck would repair it: ${p.repairs.map((r) => r.message).join('; ')}.`;
  const steps = [...evidence, verdict, repair];
  return {
    ...spec,
    id: exerciseId(spec),
    title: `File system: what is corrupted? (${entries} inodes, ${entries} blocks)`,
    intro: [
      'A very simple file system (as in OSTEP’s fsck.py): an inode bitmap, inodes (type d or f, the address of its one data block, a:-1 for none, and its link count r), a data bitmap, and data blocks (a directory’s (name, inode) entries, or a file’s one character).',
      'After a random workload, one thing in it was corrupted, as fsck.py corrupts it. Which kind of corruption is it, and where: the bitmap bit, the inode, or for a directory entry the inode of the directory holding it?',
    ],
    tables: [stateTable('The file system, corrupted', vsfsState(p.after))],
    questions: [
      {
        id: 'kind',
        label: 'What is corrupted?',
        answerType: 'choice',
        hint: 'one of the kinds',
        expected: p.answer.kind,
        choices: FSCK_CHOICES,
        steps,
      },
      {
        id: 'where',
        label: 'Where: which bitmap bit, inode, or directory inode?',
        answerType: 'integer',
        hint: 'a bit or an inode number',
        expected: String(p.answer.where),
        steps,
      },
    ],
    scenario: null,
    grid: null,
  };
}
