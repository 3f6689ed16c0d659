import { pyBool } from '../pyFormat';
import type { LinearTranslateAnswers } from '../answers';
import type { LinearTranslateOptions } from './linearTranslateFlags';
import { asciiLabel, asciiWriter, partsText, putBytes, writeInt, type TextPart } from '../textParts';

type Translation = LinearTranslateAnswers['translations'][number];

const FORMAT_NOTE = `The format of the page table is simple:
The high-order (left-most) bit is the VALID bit.
  If the bit is 1, the rest of the entry is the PFN.
  If the bit is 0, the page is not valid.
Use verbose mode (-v) if you want to print the VPN # by
each entry of the page table.
`;

const QUESTION = `For each virtual address, write down the physical address it translates to
OR write down that it is an out-of-bounds address (e.g., segfault).
`;

/** Python's '%08x' and '%8d' for the non-negative numbers printed here. */
const hex8 = (n: number): string => n.toString(16).padStart(8, '0');
const dec8 = (n: number): string => String(n).padStart(8);

const HEX = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const SPACE = 32;
const VA = asciiLabel('  VA 0x');
const DECIMAL = asciiLabel(' (decimal: ');
const ARROW = asciiLabel(') --> ');
const UNSOLVED = asciiLabel('PA or invalid address?\n');
const INVALID = asciiLabel(' Invalid (VPN ');
const NOT_VALID = asciiLabel(' not valid)\n');
const PA_DECIMAL = asciiLabel(' (decimal ');
const VPN = asciiLabel(') [VPN ');
const END = asciiLabel(']\n');
/** The longest trace line: every field at its widest (addresses below 1 GB, numbers as `${n}` writes them). */
const MAX_LINE = 160;

/** '%08x' of an address (below 1 GB here, so 32-bit arithmetic holds it). */
function putHex8(buf: Uint8Array, at: number, n: number): number {
  for (let k = 7, rest = n; k >= 0; k--, rest >>>= 4) buf[at + k] = HEX[rest & 15] as number;
  return at + 8;
}

/** '%8d' of a number ≥ 0. */
function putDec8(buf: Uint8Array, at: number, n: number): number {
  let digits = 1;
  for (let p = 10; p <= n; p *= 10) digits++;
  for (; digits < 8; digits++) buf[at++] = SPACE;
  return writeInt(buf, at, n);
}

/** One line of the trace, written in place. */
function putTranslation(buf: Uint8Array, at: number, t: Translation, solve: boolean): number {
  at = putBytes(buf, at, VA);
  at = putHex8(buf, at, t.va);
  at = putBytes(buf, at, DECIMAL);
  at = putDec8(buf, at, t.va);
  at = putBytes(buf, at, ARROW);
  if (!solve) return putBytes(buf, at, UNSOLVED);
  if (t.pa === null) {
    at = putBytes(buf, at, INVALID);
    at = writeInt(buf, at, t.vpn);
    return putBytes(buf, at, NOT_VALID);
  }
  at = putHex8(buf, at, t.pa);
  at = putBytes(buf, at, PA_DECIMAL);
  at = putDec8(buf, at, t.pa);
  at = putBytes(buf, at, VPN);
  at = writeInt(buf, at, t.vpn);
  return putBytes(buf, at, END);
}

/** What paging-linear-translate.py prints for these flags: the page table and the trace, solved with -c. */
export function linearTranslateText(v: LinearTranslateOptions, a: LinearTranslateAnswers): string {
  return partsText(linearTranslateLines(v, a.pageTable, a.translations));
}

/**
 * The same text as it is made: each translation's line comes from `translations` as it is taken, written into
 * chunks of bytes, so a long trace is never held whole.
 */
export function* linearTranslateLines(
  v: LinearTranslateOptions,
  pageTable: readonly (number | null)[],
  translations: Iterable<Translation>,
): Generator<TextPart> {
  yield [
    `ARG seed ${v.seed}`,
    `ARG address space size ${v.asize}`,
    `ARG phys mem size ${v.psize}`,
    `ARG page size ${v.pagesize}`,
    `ARG verbose ${pyBool(v.verbose)}`,
    `ARG addresses ${v.addresses}`,
    '',
  ].join('\n');
  yield `\n${FORMAT_NOTE}`;
  yield 'Page Table (from entry 0 down to the max size)';
  // An entry is the valid bit (bit 31) and the PFN.
  for (const [vpn, pfn] of pageTable.entries())
    yield `${v.verbose ? `  [${dec8(vpn)}]  ` : '  '}0x${hex8(pfn === null ? 0 : 2 ** 31 + pfn)}`;
  yield '';
  yield 'Virtual Address Trace';
  const w = asciiWriter();
  for (const t of translations) {
    w.commit(putTranslation(w.reserve(MAX_LINE), w.written(), t, v.solve));
    const chunk = w.full();
    if (chunk) yield chunk;
  }
  const last = w.rest();
  if (last) yield last;
  yield '';
  if (!v.solve) yield QUESTION;
}
