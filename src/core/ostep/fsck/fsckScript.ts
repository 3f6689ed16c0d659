import { fsckFindings, type FsckFinding } from '../../fs/invariants';
import { randomProbe } from '../../fs/placement';
import { pyRandom } from '../pyRandom';
import { scriptFlags, type OstepScript } from '../script';
import { partsText, type TextPart } from '../textParts';
import { vsfsState, type VsfsState } from '../vsfs/vsfsAnswers';
import { vsfsProblem } from '../vsfs/vsfsCommand';
import { OUT_OF_STATUS } from '../vsfs/vsfsScript';
import { vsfsWorkload, type VsfsLists, type VsfsRules } from '../vsfs/vsfsPlan';
import { CORRUPTIONS, planCorruption, randint, type FsckCorruption } from './fsckCorrupt';
import { FSCK_FLAGS, type FsckOptions } from './fsckFlags';
import { corruptionText, fsckLines } from './fsckText';

/** The answer of fsck.py -c as data, with what our fsck finds in the corrupted file system. */
export interface FsckAnswers {
  /** the file system the workload left, before the corruption */
  initial: VsfsState;
  corruption: (FsckCorruption & { text: string }) | null;
  final: VsfsState;
  /** what our fsck (the file system's consistency checks) reports on the final state; empty when consistent */
  findings: FsckFinding[];
  files: string[];
  dirs: string[];
  outOf: 'inodes' | 'data blocks' | null;
}

/**
 * fsck.py's copy of vsfs.py's generator: 26 names, an unlink always of the first file in its list (it draws
 * int(random()), always 0, times the list's length), and inodes and blocks placed by random probing.
 */
export const FSCK_RULES: VsfsRules = {
  names: [...'abcdefghijklmnopqrstuvwxyz'],
  victim: (files, rng) => Math.floor(pyRandom(rng)) * files,
  placement: (rng) => randomProbe((n) => randint(rng, 0, n - 1)),
};

/**
 * What fsck.py prints for these options, as parts made as they are taken (the corruption is made between its
 * pictures), with the answer as data when `held` (complete once the parts are all taken); or why it cannot run.
 */
function fsckRun(
  v: FsckOptions,
  held: boolean,
):
  | { ok: true; lines: Iterable<TextPart>; answer: () => FsckAnswers | null; exitStatus: number }
  | { ok: false; error: string } {
  if (!Number.isSafeInteger(v.seedCorrupt))
    return {
      ok: false,
      error: `-S/--seedCorrupt must be a whole number of at most 15 digits (got ${v.seedCorrupt})`,
    };
  if (!v.dontCorrupt && (v.whichCorrupt < -1 || v.whichCorrupt >= CORRUPTIONS))
    return {
      ok: false,
      error: `-w/--whichCorrupt must be -1 (a random corruption) or 0 to ${CORRUPTIONS - 1} (got ${v.whichCorrupt})`,
    };
  const p = vsfsProblem(v, false);
  if (typeof p === 'string') return { ok: false, error: p };
  const { fs } = p;
  const ran = vsfsWorkload(fs, p.seed, p.requests, FSCK_RULES);
  const { outOf } = ran;
  // The generator's lists are let go at once when nothing prints or keeps them.
  const lists: VsfsLists = v.printFinal || held ? ran.lists : { files: () => [], dirs: [] };
  const corruption = v.dontCorrupt || outOf ? null : planCorruption(fs, v.seedCorrupt, v.whichCorrupt);
  if (typeof corruption === 'string') return { ok: false, error: corruption };
  const initial = held ? vsfsState(fs) : null;
  const lines = fsckLines({ options: v, fs, corruption, outOf, lists });
  const answer = (): FsckAnswers | null =>
    initial && {
      initial,
      corruption: corruption && { ...corruption, text: corruptionText(corruption) },
      final: vsfsState(fs),
      findings: fsckFindings(fs),
      files: lists.files(),
      dirs: lists.dirs,
      outOf,
    };
  return { ok: true, lines, answer, exitStatus: outOf ? OUT_OF_STATUS : 0 };
}

/**
 * OSTEP's fsck.py: a random workload on a very simple file system, then one corruption of it; the question is
 * what was corrupted. Both run on our file system, and our fsck's findings on the result come with the answer.
 * The command line's text (stream) is made without the answer as data: two more pictures of the file system
 * and fsck's findings, which the text does not need.
 */
export const fsckScript: OstepScript<FsckAnswers, typeof FSCK_FLAGS> = {
  ...scriptFlags({ name: 'fsck', path: 'file-journaling/fsck.py', runsOn: 'on our file system' }, FSCK_FLAGS, {
    width: 22,
    nextLineFrom: 22,
  }),
  solve(v) {
    const r = fsckRun(v, true);
    if (!r.ok) return r;
    // The text first: the corruption is made as it is written.
    const text = partsText(r.lines);
    // held: the answer is built
    return { ok: true, answer: r.answer() as FsckAnswers, text, ...(r.exitStatus ? { exitStatus: r.exitStatus } : {}) };
  },
  stream(v) {
    const r = fsckRun(v, false);
    return r.ok ? { ok: true, lines: r.lines, exitStatus: () => r.exitStatus } : r;
  },
};
