import { walkFaultText } from '../../memory/twoLevelWalk';
import {
  asciiLabel,
  asciiWriter,
  partsText,
  putBytes,
  writeHex,
  writeInt,
  type AsciiLabel,
  type AsciiWriter,
  keptTexts,
  type KeptTexts,
  type TextPart,
} from '../textParts';
import type { EntryRead, MultilevelTranslateAnswers, MultilevelTranslation } from './multilevelTranslateAnswers';
import type { MultilevelTranslateOptions } from './multilevelTranslateFlags';

/** Python's '%0Nx'. */
const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

const ADDRESS = asciiLabel('Virtual Address 0x');
const ADDRESS_END = asciiLabel(':\n');
const QUESTION_START = asciiLabel('Virtual Address ');
const QUESTION_END = asciiLabel(': Translates To What Physical Address (And Fetches what Value)? Or Fault?\n');
const ENTRY: Readonly<Record<'pde' | 'pte', { start: AsciiLabel; contents: AsciiLabel }>> = {
  pde: { start: asciiLabel('  --> pde index:0x'), contents: asciiLabel('] pde contents:0x') },
  pte: { start: asciiLabel('    --> pte index:0x'), contents: asciiLabel('] pte contents:0x') },
};
const DECIMAL = asciiLabel(' [decimal ');
const VALID = asciiLabel(' (valid ');
const PFN = asciiLabel(', pfn 0x');
const ENTRY_END = asciiLabel('])\n');
const PHYSICAL = asciiLabel('      --> Translates to Physical Address 0x');
const VALUE = asciiLabel(' --> Value: 0x');
const NEWLINE = asciiLabel('\n');
const FAULT: Readonly<Record<'pde' | 'pte', AsciiLabel>> = {
  pde: asciiLabel('      --> Fault (page directory entry not valid)\n'),
  pte: asciiLabel('      --> Fault (page table entry not valid)\n'),
};
/** The longest an address's lines can be: its four lines with every number at its widest. */
const MAX_LINES = 512;

/**
 * OSTEP's line for one entry read ('pde' under two spaces, 'pte' under four):
 * '--> pde index:0x%x [decimal %d] pde contents:0x%x (valid %d, pfn 0x%02x [decimal %d])'.
 */
function putEntry(buf: Uint8Array, at: number, name: 'pde' | 'pte', e: EntryRead): number {
  const labels = ENTRY[name];
  at = putBytes(buf, at, labels.start);
  at = writeHex(buf, at, e.index, 1);
  at = putBytes(buf, at, DECIMAL);
  at = writeInt(buf, at, e.index);
  at = putBytes(buf, at, labels.contents);
  at = writeHex(buf, at, e.contents, 1);
  at = putBytes(buf, at, VALID);
  buf[at++] = e.valid ? 49 : 48;
  at = putBytes(buf, at, PFN);
  at = writeHex(buf, at, e.pfn, 2);
  at = putBytes(buf, at, DECIMAL);
  at = writeInt(buf, at, e.pfn);
  return putBytes(buf, at, ENTRY_END);
}

/**
 * The lines an address's walk repeats, kept once written: an entry's line depends on its level and physical
 * address alone (the memory is fixed), the translation's on the physical address. Addresses past `bytes` (none in
 * OSTEP's memory) are written afresh.
 */
interface WalkLines {
  bytes: number;
  entries: KeptTexts;
  translations: KeptTexts;
}

/** Room for a kept line: the longest (a PTE's, 88 bytes with every number at its widest here) and slack. */
const KEPT_SLOT = 128;

function walkLines(memory: readonly (readonly number[])[]): WalkLines {
  const bytes = memory.length * (memory[0]?.length ?? 0);
  return { bytes, entries: keptTexts(2 * bytes, KEPT_SLOT), translations: keptTexts(bytes, KEPT_SLOT) };
}

function putKeptEntry(buf: Uint8Array, at: number, name: 'pde' | 'pte', e: EntryRead, kept: WalkLines): number {
  if (e.address >= kept.bytes) return putEntry(buf, at, name, e);
  const key = name === 'pde' ? e.address : kept.bytes + e.address;
  const end = kept.entries.copy(buf, at, key);
  if (end >= 0) return end;
  const to = putEntry(buf, at, name, e);
  kept.entries.keep(key, buf, at, to);
  return to;
}

/** '      --> Translates to Physical Address 0x%03x --> Value: 0x%02x'. */
function putTranslated(buf: Uint8Array, at: number, pa: number, value: number, kept: WalkLines): number {
  const end = pa < kept.bytes ? kept.translations.copy(buf, at, pa) : -1;
  if (end >= 0) return end;
  let to = putBytes(buf, at, PHYSICAL);
  to = writeHex(buf, to, pa, 3);
  to = putBytes(buf, to, VALUE);
  to = writeHex(buf, to, value, 2);
  to = putBytes(buf, to, NEWLINE);
  if (pa < kept.bytes) kept.translations.keep(pa, buf, at, to);
  return to;
}

/**
 * What OSTEP prints for one address, written in place: the question, or with -c the walk and its outcome (a fault
 * its memory cannot have, a page past the dump, in our words).
 */
function putAddress(w: AsciiWriter, t: MultilevelTranslation, solve: boolean, kept: WalkLines): void {
  const buf = w.reserve(MAX_LINES);
  let at = w.written();
  if (!solve) {
    at = putBytes(buf, at, QUESTION_START);
    at = writeHex(buf, at, t.va, 4);
    w.commit(putBytes(buf, at, QUESTION_END));
    return;
  }
  at = putBytes(buf, at, ADDRESS);
  at = writeHex(buf, at, t.va, 4);
  at = putBytes(buf, at, ADDRESS_END);
  if (t.pde) at = putKeptEntry(buf, at, 'pde', t.pde, kept);
  if (t.pte) at = putKeptEntry(buf, at, 'pte', t.pte, kept);
  if (t.fault === null) {
    w.commit(putTranslated(buf, at, t.pa!, t.value!, kept));
    return;
  }
  w.commit(at);
  if (t.fault.kind === 'invalidEntry') w.commit(putBytes(w.reserve(MAX_LINES), w.written(), FAULT[t.fault.level]));
  else w.line(`      --> ${walkFaultText(t.fault)}`);
}

/** The text as it is made: the header and dump, then each address's lines, written into chunks of bytes as its translation is taken. */
export function* multilevelTranslateLines(
  v: MultilevelTranslateOptions,
  memory: readonly (readonly number[])[],
  pdbr: number,
  translations: Iterable<MultilevelTranslation>,
): Generator<TextPart> {
  yield [`ARG seed ${v.seed}`, `ARG allocated ${v.allocated}`, `ARG num ${v.num}`, ''].join('\n');
  yield memory.map((bytes, p) => `page ${String(p).padStart(3)}:${bytes.map((b) => hex(b, 2)).join('')}`).join('\n');
  yield `\nPDBR: ${pdbr}  (decimal) [This means the page directory is held in this page]\n`;
  const w = asciiWriter();
  const kept = walkLines(memory);
  for (const t of translations) {
    putAddress(w, t, v.solve, kept);
    const chunk = w.full();
    if (chunk) yield chunk;
  }
  const last = w.rest();
  if (last) yield last;
  yield '';
}

/** What paging-multilevel-translate.py prints for these flags (the walks too with -c). */
export function multilevelTranslateText(v: MultilevelTranslateOptions, a: MultilevelTranslateAnswers): string {
  return partsText(multilevelTranslateLines(v, a.memory, a.pdbr, a.translations));
}
