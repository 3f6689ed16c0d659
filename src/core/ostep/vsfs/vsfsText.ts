import type { BlockContent, DirEntry, FsState, Inode } from '../../fs/types';
import { pyBool, pyList } from '../pyFormat';
import { asciiWriter, MAX_INT_CHARS, writeInt, type AsciiWriter, type TextPart } from '../textParts';
import type { VsfsOptions } from './vsfsFlags';
import type { VsfsEvent, VsfsLists, VsfsOp } from './vsfsPlan';

/**
 * The four lines vsfs.py prints for a file system: inode bitmap, inodes, data bitmap, data. fsck.py's copy of
 * the script prints them with one space less after "inode bitmap" and "data bitmap" and a space after each cell.
 * They are written into `w` and each chunk is handed on as it fills: a million-entry disk's lines are 3 MB each,
 * and as strings (a string a cell, then the line) they took more memory than the file system they show. Names
 * and file contents are ASCII (vsfs's are letters).
 */
export function* vsfsPicture(w: AsciiWriter, fs: FsState, style: 'vsfs' | 'fsck' = 'vsfs'): Generator<Uint8Array> {
  const after = style === 'vsfs' ? '' : ' ';
  const gap = style === 'vsfs' ? ' ' : '';
  w.ascii(`inode bitmap ${gap}`);
  yield* bitmapInto(w, fs.inodeBitmap);
  w.ascii('inodes       ');
  yield* cellsInto(w, fs.inodes, inodeCell, after);
  w.ascii(`data bitmap  ${gap}`);
  yield* bitmapInto(w, fs.dataBitmap);
  w.ascii('data         ');
  yield* cellsInto(w, fs.blocks, blockCell, after);
}

const NEWLINE = 10;
const OPEN = 91; // [
const CLOSE = 93; // ]
const LEFT = 40; // (
const RIGHT = 41; // )
const COMMA = 44;
const COLON = 58;
const SPACE = 32;
const A = 97;
const D = 100;
const F = 102;
const R = 114;

/** Entries of a bitmap or a run of free cells written at once: a piece of a chunk. */
const PIECE = 16 * 1024;

/** A bitmap's line from where its label ends: a digit an entry, as Python prints the list's items joined. */
function* bitmapInto(w: AsciiWriter, map: Uint8Array): Generator<Uint8Array> {
  for (let from = 0; from < map.length; from += PIECE) {
    const to = Math.min(map.length, from + PIECE);
    // A byte is at most 3 digits (a bitmap's are 0 and 1).
    const buf = w.reserve(3 * (to - from));
    let at = w.written();
    for (let i = from; i < to; i++) {
      const bit = map[i] as number;
      if (bit < 10) buf[at++] = 48 + bit;
      else at = writeInt(buf, at, bit);
    }
    w.commit(at);
    const chunk = w.full();
    if (chunk) yield chunk;
  }
  w.byte(NEWLINE);
}

/** `count` copies of the ASCII `text` (at most a PIECE of them): most of a large disk's cells are runs of free ones. */
function repeat(w: AsciiWriter, text: string, count: number): void {
  const total = count * text.length;
  const buf = w.reserve(total);
  const at = w.written();
  for (let i = 0; i < text.length; i++) buf[at + i] = text.charCodeAt(i);
  for (let filled = text.length; filled < total; filled *= 2)
    buf.copyWithin(at + filled, at, at + Math.min(filled, total - filled));
  w.commit(at + total);
}

/** The most an inode's cell takes: "[d a:", the block, " r:", the links, "]". */
const INODE_CELL = 9 + 2 * MAX_INT_CHARS;

/**
 * A cell is written straight into the writer's buffer, its room reserved at once: a picture is a few hundred
 * thousand cells, written once each by code that has had no time to warm up, where a call a piece cost a third
 * of the picture's time.
 */
function inodeCell(w: AsciiWriter, inode: Inode): boolean {
  const buf = w.reserve(INODE_CELL);
  let at = w.written();
  buf[at++] = OPEN;
  buf[at++] = inode.kind === 'dir' ? D : F;
  buf[at++] = SPACE;
  buf[at++] = A;
  buf[at++] = COLON;
  at = writeInt(buf, at, inode.blocks[0] ?? -1);
  buf[at++] = SPACE;
  buf[at++] = R;
  buf[at++] = COLON;
  at = writeInt(buf, at, inode.links);
  buf[at++] = CLOSE;
  w.commit(at);
  return true;
}

/** A block's cell; false (nothing written) for one vsfs shows empty (vsfs has no allocation strategy, so no block of one's own). */
function blockCell(w: AsciiWriter, block: BlockContent): boolean {
  if (block.kind === 'meta') return false;
  if (block.kind === 'file') {
    w.byte(OPEN);
    w.ascii(block.data);
    w.byte(CLOSE);
    return true;
  }
  const entries = block.entries;
  // Each entry: " (", its name, ",", its inode, ")".
  let room = 2;
  for (let i = 0; i < entries.length; i++) room += (entries[i] as DirEntry)[0].length + 4 + MAX_INT_CHARS;
  const buf = w.reserve(room);
  let at = w.written();
  buf[at++] = OPEN;
  for (let i = 0; i < entries.length; i++) {
    // Indexed, not destructured: until it is optimized, destructuring makes an iterator an entry.
    const entry = entries[i] as DirEntry;
    const name = entry[0];
    if (i > 0) buf[at++] = SPACE;
    buf[at++] = LEFT;
    for (let c = 0; c < name.length; c++) buf[at++] = name.charCodeAt(c);
    buf[at++] = COMMA;
    at = writeInt(buf, at, entry[1]);
    buf[at++] = RIGHT;
  }
  buf[at++] = CLOSE;
  w.commit(at);
  return true;
}

/** A table's line from where its label ends: its cells, each followed by `after`, "[]" where an entry is free. */
function* cellsInto<T>(
  w: AsciiWriter,
  table: readonly (T | null)[],
  cell: (w: AsciiWriter, entry: T) => boolean,
  after: string,
): Generator<Uint8Array> {
  const empty = `[]${after}`;
  let free = 0;
  for (let i = 0; i <= table.length; i++) {
    const entry = i < table.length ? (table[i] as T | null) : undefined;
    if (entry === null) {
      free++;
      continue;
    }
    // A run of free cells ends here: written a piece at a time, each chunk handed on as it fills.
    for (; free > 0; free -= Math.min(free, PIECE)) {
      repeat(w, empty, Math.min(free, PIECE));
      const chunk = w.full();
      if (chunk) yield chunk;
    }
    if (entry === undefined) break;
    if (!cell(w, entry)) w.ascii('[]');
    if (after !== '') w.ascii(after);
    const chunk = w.full();
    if (chunk) yield chunk;
  }
  w.byte(NEWLINE);
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
 * vsfs.py's stdout as it is made (`initial` is the file system before the run; the run's events read the live
 * file system): the problem, and the answers with -c (or the operations alone with -r). Written as bytes, each
 * chunk handed on when full: a state is four lines as long as the disk, and -c prints one after every request.
 */
export function* vsfsLines(
  v: VsfsOptions,
  initial: FsState,
  run: Generator<VsfsEvent, VsfsLists>,
): Generator<TextPart> {
  const w = asciiWriter();
  w.line(`ARG seed ${v.seed}`);
  w.line(`ARG numInodes ${v.numInodes}`);
  w.line(`ARG numData ${v.numData}`);
  w.line(`ARG numRequests ${v.numRequests}`);
  w.line(`ARG reverse ${pyBool(v.reverse)}`);
  w.line(`ARG printFinal ${pyBool(v.printFinal)}`);
  w.line('');
  w.line('Initial state');
  w.line('');
  yield* vsfsPicture(w, initial);
  w.line('');
  const printOps = v.reverse || v.solve;
  const printState = !v.reverse || v.solve;
  let fs = initial;
  for (let next = run.next(); ; next = run.next()) {
    if (next.done) {
      if (v.printFinal) {
        w.line('');
        w.line('Summary of files, directories::');
        w.line('');
        w.line(`  Files:       ${pyList(next.value.files())}`);
        w.line(`  Directories: ${pyList(next.value.dirs)}`);
        w.line('');
      }
      break;
    }
    const e = next.value;
    if (e.kind === 'request' && !printOps) w.line('Which operation took place?');
    else if (e.kind === 'op') {
      fs = e.fs;
      if (printOps) w.line(vsfsOpLine(e.op));
    } else if (e.kind === 'done') {
      w.line('');
      if (printState) yield* vsfsPicture(w, fs);
      else w.line('  State of file system (inode bitmap, inodes, data bitmap, data)?');
      w.line('');
    } else if (e.kind === 'outOf') {
      w.line(`File system out of ${e.what}; rerun with more via command-line flag?`);
      break;
    }
    const chunk = w.full();
    if (chunk) yield chunk;
  }
  const last = w.rest();
  if (last) yield last;
}
