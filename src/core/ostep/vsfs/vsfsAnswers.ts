import { bitmapText } from '../../fs/bitmap';
import type { FsState } from '../../fs/types';
import type { VsfsOp } from './vsfsPlan';

/** A file system as vsfs.py's answer shows it (OUTPUT.md, "vsfs"). */
export interface VsfsState {
  inodeBitmap: string;
  /** null where free; addr -1 for an empty file */
  inodes: ({ type: 'd' | 'f'; addr: number; refs: number } | null)[];
  dataBitmap: string;
  /** null where free; directory entries in stored order */
  data: ({ type: 'dir'; entries: [string, number][] } | { type: 'file'; content: string } | null)[];
}

/** The answer of vsfs.py -c as data. */
export interface VsfsAnswers {
  initial: VsfsState;
  /** after each operation, in order */
  states: VsfsState[];
  ops: VsfsOp[];
  /** the final lists, as -p prints them */
  files: string[];
  dirs: string[];
  /** why the run stopped before all its requests, as vsfs.py says it: the file system ran out of these */
  outOf: 'inodes' | 'data blocks' | null;
}

export function vsfsState(fs: FsState): VsfsState {
  return {
    inodeBitmap: bitmapText(fs.inodeBitmap),
    inodes: fs.inodes.map((i) => i && { type: i.kind === 'dir' ? 'd' : 'f', addr: i.blocks[0] ?? -1, refs: i.links }),
    dataBitmap: bitmapText(fs.dataBitmap),
    data: fs.blocks.map((b) => {
      // vsfs has no allocation strategy, so no block of one's own.
      if (!b || b.kind === 'meta') return null;
      return b.kind === 'dir'
        ? { type: 'dir', entries: b.entries.map(([n, i]) => [n, i]) }
        : { type: 'file', content: b.data };
    }),
  };
}

/** An inode as the pictures write it (vsfs.py's text without its brackets): "d a:0 r:2"; null where free. */
export function inodeText(i: VsfsState['inodes'][number]): string | null {
  return i && `${i.type} a:${i.addr} r:${i.refs}`;
}

/** A data block as the pictures write it: a file's content or a directory's "(name,inode)" entries; null where free. */
export function blockText(b: VsfsState['data'][number]): string | null {
  if (!b) return null;
  return b.type === 'file' ? b.content : b.entries.map(([n, i]) => `(${n},${i})`).join(' ');
}
