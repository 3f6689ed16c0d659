import { pyBool, pyList } from '../pyFormat';
import type { VsfsLists } from '../vsfs/vsfsPlan';
import { vsfsPicture } from '../vsfs/vsfsText';
import type { FsState } from '../../fs/types';
import type { FsckCorruption } from './fsckCorrupt';
import type { FsckOptions } from './fsckFlags';

const pyEntries = (entries: readonly [string, number][]) => `[${entries.map(([n, i]) => `('${n}', ${i})`).join(', ')}]`;

/** A corruption as fsck.py -c describes it (its words, its one mislabel included: every type switch says "file, now dir"). */
export function corruptionText(c: FsckCorruption): string {
  switch (c.kind) {
    case 'dataBitmap':
      return `DATA BITMAP corrupt bit ${c.bit}`;
    case 'inodeBitmap':
      return `INODE BITMAP corrupt bit ${c.bit}`;
    case 'refcount':
      return `INODE ${c.inode} refcnt ${c.change > 0 ? 'increased' : 'decreased'}`;
    case 'orphan':
      return `INODE ${c.inode} orphan`;
    case 'deadBlock':
      return `INODE ${c.inode} points to dead block ${c.block}`;
    case 'typeSwitch':
      return `INODE ${c.inode} was type file, now dir`;
    case 'entryInode':
      return `INODE ${c.dir} with directory ${pyEntries(c.entries)}:\n  entry ('${c.entry[0]}', ${c.entry[1]}) altered to refer to unallocated inode (${c.to})`;
    case 'entryName':
      return `INODE ${c.dir} with directory ${pyEntries(c.entries)}:\n  entry ('${c.entry[0]}', ${c.entry[1]}) altered to refer to different name (${c.to})`;
  }
}

/** What fsck.py prints once its workload has run: the pictures before and after the corruption, and the question. */
export interface FsckRunText {
  options: FsckOptions;
  /** the picture of the file system before the corruption (printed with -c; vsfsPicture's lines) */
  before: readonly string[];
  /** the file system after it */
  after: FsState;
  corruption: FsckCorruption | null;
  outOf: 'inodes' | 'data blocks' | null;
  lists: VsfsLists;
}

/** fsck.py's stdout, line by line. */
export function fsckLines(r: FsckRunText): string[] {
  const v = r.options;
  const lines = [
    `ARG seed ${v.seed}`,
    `ARG seedCorrupt ${v.seedCorrupt}`,
    `ARG numInodes ${v.numInodes}`,
    `ARG numData ${v.numData}`,
    `ARG numRequests ${v.numRequests}`,
    `ARG printFinal ${pyBool(v.printFinal)}`,
    `ARG whichCorrupt ${v.whichCorrupt}`,
    `ARG dontCorrupt ${pyBool(v.dontCorrupt)}`,
    '',
  ];
  if (r.outOf) return [...lines, `File system out of ${r.outOf}; rerun with more via command-line flag?`];
  if (v.solve) lines.push('Initial state of file system:', '', ...r.before, '');
  if (v.solve && r.corruption) lines.push(`CORRUPTION::${corruptionText(r.corruption)}`);
  if (v.solve) lines.push('');
  lines.push('Final state of file system:', '', ...vsfsPicture(r.after, 'fsck'), '');
  if (!v.solve) {
    const question = v.dontCorrupt
      ? 'Can you figure out which files and directories exist?'
      : 'Can you figure out how the file system was corrupted?';
    lines.push(question, '');
  }
  if (v.printFinal)
    lines.push(
      '',
      'Summary of files, directories::',
      `  Files:       ${pyList(r.lists.files())}`,
      `  Directories: ${pyList(r.lists.dirs)}`,
      '',
    );
  return lines;
}
