import { scriptFlags, type OstepScript } from '../script';
import { partsText } from '../textParts';
import { vsfsState, type VsfsAnswers } from './vsfsAnswers';
import { vsfsProblem } from './vsfsCommand';
import { VSFS_FLAGS } from './vsfsFlags';
import { vsfsRun, type VsfsEvent, type VsfsLists } from './vsfsPlan';
import { vsfsLines } from './vsfsText';

/**
 * The run's events passed on unchanged, with the answer as data gathered on the way: the text and the answer
 * come from one pass of one run, so they cannot disagree.
 */
function* gathering(run: Generator<VsfsEvent, VsfsLists>, answer: VsfsAnswers): Generator<VsfsEvent, VsfsLists> {
  for (let next = run.next(); ; next = run.next()) {
    if (next.done) {
      answer.files = next.value.files();
      answer.dirs = next.value.dirs;
      return next.value;
    }
    const e = next.value;
    if (e.kind === 'op') {
      answer.ops.push(e.op);
      answer.states.push(vsfsState(e.fs));
    } else if (e.kind === 'outOf') answer.outOf = e.what;
    yield e;
  }
}

/** vsfs.py's exit(1) after "File system out of inodes" (or data blocks); fsck.py's copy exits so too. */
export const OUT_OF_STATUS = 1;

/** The run's events passed on unchanged, noting whether the file system ran out (for the exit status). */
function* watchingOutOf(
  run: Generator<VsfsEvent, VsfsLists>,
  ran: { outOf: boolean },
): Generator<VsfsEvent, VsfsLists> {
  for (let next = run.next(); ; next = run.next()) {
    if (next.done) return next.value;
    if (next.value.kind === 'outOf') ran.outOf = true;
    yield next.value;
  }
}

/**
 * OSTEP's vsfs.py: a random workload of creat, mkdir, write, link and unlink on a very simple file system, run
 * on our file system (src/core/fs) with vsfs's geometry: one block pointer per inode, 32 names per directory.
 */
export const vsfsScript: OstepScript<VsfsAnswers, typeof VSFS_FLAGS> = {
  ...scriptFlags({ name: 'vsfs', path: 'file-implementation/vsfs.py', runsOn: 'on our file system' }, VSFS_FLAGS, {
    width: 22,
    nextLineFrom: 22,
  }),
  solve(v) {
    const p = vsfsProblem(v, true);
    if (typeof p === 'string') return { ok: false, error: p };
    const answer: VsfsAnswers = { initial: vsfsState(p.fs), states: [], ops: [], files: [], dirs: [], outOf: null };
    const text = partsText(vsfsLines(v, p.fs, gathering(vsfsRun(p.fs, p.seed, p.requests), answer)));
    return { ok: true, answer, text, ...(answer.outOf ? { exitStatus: OUT_OF_STATUS } : {}) };
  },
  stream(v) {
    const p = vsfsProblem(v, false);
    if (typeof p === 'string') return { ok: false, error: p };
    const ran = { outOf: false };
    return {
      ok: true,
      lines: vsfsLines(v, p.fs, watchingOutOf(vsfsRun(p.fs, p.seed, p.requests), ran)),
      exitStatus: () => (ran.outOf ? OUT_OF_STATUS : 0),
    };
  },
};
