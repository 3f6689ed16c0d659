import { pyBool } from '../pyFormat';
import type { FreeChunk, MallocStep } from '../answers';
import type { MallocOptions } from './mallocFlags';
import {
  MAX_INT_CHARS,
  asciiLabel,
  asciiWriter,
  partsText,
  putBytes,
  writeInt,
  type AsciiWriter,
  type TextPart,
} from '../textParts';

const LIST = asciiLabel('Free List [ Size ');
const LIST_END = asciiLabel(' ]: ');
const ADDR = asciiLabel('[ addr:');
const SIZE = asciiLabel(' sz:');
const CHUNK_END = asciiLabel(' ]');
/** The most bytes a chunk of the list takes: its labels and two numbers as `${n}` writes them. */
const MAX_CHUNK = ADDR.length + SIZE.length + CHUNK_END.length + 2 * MAX_INT_CHARS;

/** malloc.py's line for a free list, `Free List [ Size 2 ]: [ addr:1000 sz:8 ][ addr:1020 sz:80 ]`, in place. */
function writeList(w: AsciiWriter, list: readonly FreeChunk[]): void {
  const buf = w.reserve(LIST.length + LIST_END.length + MAX_INT_CHARS + list.length * MAX_CHUNK + 1);
  let at = putBytes(buf, w.written(), LIST);
  at = writeInt(buf, at, list.length);
  at = putBytes(buf, at, LIST_END);
  for (const c of list) {
    at = putBytes(buf, at, ADDR);
    at = writeInt(buf, at, c.addr);
    at = putBytes(buf, at, SIZE);
    at = writeInt(buf, at, c.size);
    at = putBytes(buf, at, CHUNK_END);
  }
  buf[at] = 10; // '\n'
  w.commit(at + 1);
}

/**
 * What malloc.py prints for these flags (its whole stdout). Its two modes differ in three details: with -A an
 * allocation prints the chunk start and "List?" has no trailing space; random mode prints chunk start + header
 * (so a failed allocation prints -1 + header) and "List? ".
 */
export function mallocText(v: MallocOptions, steps: MallocStep[]): string {
  return partsText(mallocLines(v, steps));
}

/**
 * The same text as it is made: each step's lines come from `steps` as it is taken, written into chunks of bytes,
 * so a long run is never held whole nor built a string per line.
 */
export function* mallocLines(v: MallocOptions, steps: Iterable<MallocStep>): Generator<TextPart> {
  const fromList = v.opsList !== '';
  const header = v.headerSize;
  yield* [
    `seed ${v.seed}`,
    `size ${v.heapSize}`,
    `baseAddr ${v.baseAddr}`,
    `headerSize ${header}`,
    `alignment ${v.alignment}`,
    `policy ${v.policy}`,
    `listOrder ${v.order}`,
    `coalesce ${pyBool(v.coalesce)}`,
    `numOps ${v.opsNum}`,
    `range ${v.opsRange}`,
    `percentAlloc ${v.opsPAlloc}`,
    `allocList ${v.opsList}`,
    `compute ${pyBool(v.solve)}`,
    '',
  ];
  const w = asciiWriter();
  const unsolved = fromList ? 'List?\n\n' : 'List? \n\n';
  // The free list (or the question) and an empty line.
  const after = (list: FreeChunk[]): void => {
    if (!v.solve) return w.ascii(unsolved);
    writeList(w, list);
    w.ascii('\n');
  };
  for (const s of steps) {
    if (s.op === 'alloc') {
      w.ascii('ptr[');
      w.int(s.ptrIndex);
      w.ascii('] = Alloc(');
      w.int(s.size);
      w.ascii(') returned ');
      if (v.solve) {
        w.int(fromList ? (s.blockAddr ?? -1) : (s.blockAddr ?? -1) + header);
        w.ascii(' (searched ');
        w.int(s.searched);
        w.ascii(' elements)\n');
      } else w.ascii('?\n');
      after(s.freeList);
    } else if (s.skipped) {
      w.ascii('Invalid Free: Skipping\n');
    } else {
      w.ascii('Free(ptr[');
      w.int(s.ptrIndex);
      w.ascii('])\nreturned ');
      if (v.solve) w.int(s.result);
      else w.ascii('?');
      w.ascii('\n');
      after(s.freeList);
    }
    const chunk = w.full();
    if (chunk) yield chunk;
  }
  const last = w.rest();
  if (last) yield last;
}
