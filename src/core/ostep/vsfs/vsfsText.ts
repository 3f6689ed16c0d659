import { bitmapText } from '../../fs/bitmap';
import type { BlockContent, FsState, Inode } from '../../fs/types';
import { pyBool, pyList } from '../pyFormat';
import type { VsfsOptions } from './vsfsFlags';
import type { VsfsEvent, VsfsLists, VsfsOp } from './vsfsPlan';

/**
 * The four lines vsfs.py prints for a file system: inode bitmap, inodes, data bitmap, data. fsck.py's copy of
 * the script prints them with one space less after "inode bitmap" and "data bitmap" and a space after each cell.
 */
export function vsfsPicture(fs: FsState, style: 'vsfs' | 'fsck' = 'vsfs'): string[] {
  const after = style === 'vsfs' ? '' : ' ';
  const gap = style === 'vsfs' ? ' ' : '';
  return [
    `inode bitmap ${gap}${bitmapText(fs.inodeBitmap)}`,
    `inodes       ${cells(fs.inodes, inodeCell, after)}`,
    `data bitmap  ${gap}${bitmapText(fs.dataBitmap)}`,
    `data         ${cells(fs.blocks, blockCell, after)}`,
  ];
}

const inodeCell = (inode: Inode) => `[${inode.kind === 'dir' ? 'd' : 'f'} a:${inode.blocks[0] ?? -1} r:${inode.links}]`;

/** A block's cell; null for one vsfs shows empty (vsfs has no allocation strategy, so no block of one's own). */
function blockCell(block: BlockContent): string | null {
  if (block.kind === 'meta') return null;
  if (block.kind === 'file') return `[${block.data}]`;
  return `[${block.entries.map(([name, inum]) => `(${name},${inum})`).join(' ')}]`;
}

/**
 * A table's cells, each followed by `after`, "[]" where an entry is free: a run of free ones (most of a large
 * file system's) is written at once.
 */
function cells<T>(table: readonly (T | null)[], cell: (entry: T) => string | null, after: string): string {
  const empty = `[]${after}`;
  const parts: string[] = [];
  let free = 0;
  for (const entry of table) {
    const text = entry === null ? null : cell(entry);
    if (text === null) {
      free++;
      continue;
    }
    if (free > 0) parts.push(empty.repeat(free));
    free = 0;
    parts.push(text);
    if (after !== '') parts.push(after);
  }
  if (free > 0) parts.push(empty.repeat(free));
  return parts.join('');
}

/** An operation as vsfs.py prints it with -c or -r. */
export function vsfsOpLine(op: VsfsOp): string {
  switch (op.op) {
    case 'mkdir':
    case 'creat':
    case 'unlink':
      return `${op.op}("${op.path}");`;
    case 'write':
      return `fd=open("${op.path}", O_WRONLY|O_APPEND); write(fd, buf, BLOCKSIZE); close(fd);`;
    case 'link':
      return `link("${op.target}", "${op.path}");`;
  }
}

/**
 * vsfs.py's stdout line by line, made as the run goes (`initial` is the file system before the run; the run's
 * events read the live file system): the problem, and the answers with -c (or the operations alone with -r).
 */
export function* vsfsLines(v: VsfsOptions, initial: FsState, run: Generator<VsfsEvent, VsfsLists>): Generator<string> {
  yield `ARG seed ${v.seed}`;
  yield `ARG numInodes ${v.numInodes}`;
  yield `ARG numData ${v.numData}`;
  yield `ARG numRequests ${v.numRequests}`;
  yield `ARG reverse ${pyBool(v.reverse)}`;
  yield `ARG printFinal ${pyBool(v.printFinal)}`;
  yield '';
  yield 'Initial state';
  yield '';
  yield* vsfsPicture(initial);
  yield '';
  const printOps = v.reverse || v.solve;
  const printState = !v.reverse || v.solve;
  let fs = initial;
  for (let next = run.next(); ; next = run.next()) {
    if (next.done) {
      if (v.printFinal) {
        yield* ['', 'Summary of files, directories::', ''];
        yield `  Files:       ${pyList(next.value.files())}`;
        yield `  Directories: ${pyList(next.value.dirs)}`;
        yield '';
      }
      return;
    }
    const e = next.value;
    if (e.kind === 'request' && !printOps) yield 'Which operation took place?';
    else if (e.kind === 'op') {
      fs = e.fs;
      if (printOps) yield vsfsOpLine(e.op);
    } else if (e.kind === 'done') {
      if (printState) yield* ['', ...vsfsPicture(fs), ''];
      else yield* ['', '  State of file system (inode bitmap, inodes, data bitmap, data)?', ''];
    } else if (e.kind === 'outOf') {
      yield `File system out of ${e.what}; rerun with more via command-line flag?`;
      return;
    }
  }
}
