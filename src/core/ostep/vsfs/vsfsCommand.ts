import { createFileSystem, geometryError } from '../../fs/fileSystem';
import { groupedDigits } from '../../groupedDigits';
import type { FsState } from '../../fs/types';
import type { VsfsOptions } from './vsfsFlags';
import { vsfsGeometry } from './vsfsPlan';

/** Inodes and data blocks a file system may have here: each is an object of ours, as in vsfs.py a Python one. */
export const MAX_VSFS_ENTRIES = 1_000_000;
/**
 * The answer as data holds the whole file system after every operation; past this many inode and block
 * entries in all (about 200 MB of objects) only the text, which is printed as it is made, is given.
 */
export const MAX_ANSWER_ENTRIES = 10_000_000;

/** The problem of vsfs.py and of fsck.py's copy of it: the empty file system, the seed and how many requests. */
export interface VsfsProblem {
  fs: FsState;
  seed: number;
  requests: number;
}

/** The options vsfs.py and fsck.py share. */
type FsOptions = Pick<VsfsOptions, 'seed' | 'numInodes' | 'numData' | 'numRequests'>;

/**
 * The options -> the problem, or one message naming the flag and its limit. `held` when the answer is kept as
 * data with every state (vsfs's), which bounds its size; the streamed text has no such bound.
 */
export function vsfsProblem(v: FsOptions, held: boolean): VsfsProblem | string {
  if (!Number.isSafeInteger(v.seed)) return `-s/--seed must be a whole number of at most 15 digits (got ${v.seed})`;
  // vsfs.py crashes on a file system without room for the root directory; we say why instead.
  const wrong = geometryError(vsfsGeometry(v.numInodes, v.numData), {
    maxInodes: MAX_VSFS_ENTRIES,
    maxDataBlocks: MAX_VSFS_ENTRIES,
  });
  if (wrong)
    return `${v.numInodes < 1 || v.numInodes > MAX_VSFS_ENTRIES ? '-i/--numInodes' : '-d/--numData'}: ${wrong}`;
  // Python's range() of a negative count is empty.
  const requests = Math.max(0, v.numRequests);
  if (!Number.isSafeInteger(requests))
    return `-n/--numRequests must be a whole number of at most 15 digits (got ${v.numRequests})`;
  if (held && (requests + 1) * (v.numInodes + v.numData) > MAX_ANSWER_ENTRIES)
    return `-n/--numRequests: ${requests} states of ${v.numInodes + v.numData} inodes and blocks are more than the ${groupedDigits(MAX_ANSWER_ENTRIES)} entries an answer as data holds; the text output (without --json) has no such limit`;
  return { fs: createFileSystem(vsfsGeometry(v.numInodes, v.numData)), seed: v.seed, requests };
}
