import { pyBool, pyList } from '../pyFormat';
import { asciiWriter, type AsciiWriter, type TextPart } from '../textParts';
import type { VsfsLists } from '../vsfs/vsfsPlan';
import { vsfsPicture } from '../vsfs/vsfsText';
import type { FsState } from '../../fs/types';
import { applyCorruption, type FsckCorruption } from './fsckCorrupt';
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
  /** the file system the workload left: shown (with -c), then corrupted, then shown again */
  fs: FsState;
  /** the corruption to make, as planCorruption chose it (null: none) */
  corruption: FsckCorruption | null;
  outOf: 'inodes' | 'data blocks' | null;
  lists: VsfsLists;
}

/**
 * fsck.py's stdout, as parts. The corruption is made on `fs` between the two pictures, so one file system shows
 * both and neither is held: at a million inodes and blocks each is over 8 MB of text.
 */
export function* fsckLines(r: FsckRunText): Generator<TextPart> {
  const v = r.options;
  const w = asciiWriter();
  w.line(`ARG seed ${v.seed}`);
  w.line(`ARG seedCorrupt ${v.seedCorrupt}`);
  w.line(`ARG numInodes ${v.numInodes}`);
  w.line(`ARG numData ${v.numData}`);
  w.line(`ARG numRequests ${v.numRequests}`);
  w.line(`ARG printFinal ${pyBool(v.printFinal)}`);
  w.line(`ARG whichCorrupt ${v.whichCorrupt}`);
  w.line(`ARG dontCorrupt ${pyBool(v.dontCorrupt)}`);
  w.line('');
  if (r.outOf) w.line(`File system out of ${r.outOf}; rerun with more via command-line flag?`);
  else yield* fsckPictures(w, r);
  const last = w.rest();
  if (last) yield last;
}

function* fsckPictures(w: AsciiWriter, r: FsckRunText): Generator<Uint8Array> {
  const v = r.options;
  if (v.solve) {
    w.line('Initial state of file system:');
    w.line('');
    yield* vsfsPicture(w, r.fs, 'fsck');
    w.line('');
  }
  if (r.corruption) applyCorruption(r.fs, r.corruption);
  if (v.solve && r.corruption) w.line(`CORRUPTION::${corruptionText(r.corruption)}`);
  if (v.solve) w.line('');
  w.line('Final state of file system:');
  w.line('');
  yield* vsfsPicture(w, r.fs, 'fsck');
  w.line('');
  if (!v.solve) {
    w.line(
      v.dontCorrupt
        ? 'Can you figure out which files and directories exist?'
        : 'Can you figure out how the file system was corrupted?',
    );
    w.line('');
  }
  if (v.printFinal) {
    w.line('');
    w.line('Summary of files, directories::');
    w.line(`  Files:       ${pyList(r.lists.files())}`);
    w.line(`  Directories: ${pyList(r.lists.dirs)}`);
    w.line('');
  }
}
