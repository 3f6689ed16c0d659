/**
 * A two-level page table held in the bytes of a physical memory, as OSTEP's paging-multilevel-translate.py and the
 * book's "Paging: Smaller Tables" lay it out: the page-directory base register (PDBR) names the page holding the
 * directory; a virtual address splits into a directory index, a table index and an offset; each entry is one byte,
 * the valid bit (0x80) and a 7-bit page number. The node's MMU (mmu.ts) keeps its tables as structures; this one
 * reads them from memory, so an exercise can hand out a memory dump and ask for the walk.
 */

/** How a virtual address splits: offset bits (a page holds 2^offsetBits bytes), then table bits, then directory bits. */
export interface TwoLevelGeometry {
  offsetBits: number;
  tableBits: number;
  directoryBits: number;
}

/** OSTEP's: 32-byte pages, 32 entries a table page, 32 directory entries: 15-bit virtual addresses. */
export const SMALL_TABLES: TwoLevelGeometry = Object.freeze({ offsetBits: 5, tableBits: 5, directoryBits: 5 });

/** An entry's valid bit and the page number below it. */
export const ENTRY_VALID = 0x80;
export const ENTRY_PFN = 0x7f;

/** Physical memory as pages of bytes (0..255), page p's byte i at physical address p · pageSize + i. */
export type PageDump = readonly (readonly number[])[];

export type Level = 'pde' | 'pte';

/** One step of the walk, as data; `walkStepText` puts it in words. */
export type WalkStep =
  | { step: 'split'; va: number; vpn: number; directoryIndex: number; tableIndex: number; offset: number }
  /** an entry read: in `page` (the directory's, or the table's), at `index`; physical `address` */
  | {
      step: 'entry';
      level: Level;
      page: number;
      index: number;
      address: number;
      contents: number;
      valid: boolean;
      pfn: number;
    }
  | { step: 'data'; page: number; offset: number; address: number; value: number }
  | { step: 'fault'; fault: WalkFault };

/** Why a walk stops without a physical address. */
export type WalkFault =
  | { kind: 'outsideAddressSpace'; va: number; limit: number }
  /** the entry's valid bit is clear (OSTEP's "page directory entry not valid" / "page table entry not valid") */
  | { kind: 'invalidEntry'; level: Level }
  /** a valid entry names a page the memory does not have (OSTEP's memory always has 128 pages, so never there) */
  | { kind: 'outsideMemory'; level: Level; page: number; pages: number };

export type WalkResult =
  { ok: true; steps: WalkStep[]; physical: number; value: number } | { ok: false; steps: WalkStep[]; fault: WalkFault };

/** 2^0 … 2^48 (three fields of at most 16 bits): looked up, since `2 ** bits` cost 50 ns a call here, a walk's fifth. */
const POWERS_OF_TWO = Array.from({ length: 49 }, (_, bits) => 2 ** bits);
const twoTo = (bits: number): number => POWERS_OF_TWO[bits] ?? 2 ** bits;

export const pageSizeOf = (g: TwoLevelGeometry): number => twoTo(g.offsetBits);
export const addressSpaceOf = (g: TwoLevelGeometry): number => twoTo(g.offsetBits + g.tableBits + g.directoryBits);

/**
 * Why a walk cannot run on this memory, naming the field and its limit; null when it can. Entries index a page, so
 * a directory or table page must hold all 2^bits of them; page numbers are 7 bits, so at most 128 pages.
 */
export function twoLevelErrors(pages: PageDump, pdbr: number, g: TwoLevelGeometry = SMALL_TABLES): string | null {
  for (const key of ['offsetBits', 'tableBits', 'directoryBits'] as const) {
    if (!Number.isSafeInteger(g[key]) || g[key] < 0 || g[key] > 16)
      return `${key} must be an integer from 0 to 16 (got ${g[key]})`;
  }
  if (g.tableBits > g.offsetBits || g.directoryBits > g.offsetBits)
    return `a page of ${pageSizeOf(g)} bytes holds ${pageSizeOf(g)} one-byte entries: tableBits and directoryBits must be at most offsetBits (${g.offsetBits})`;
  if (pages.length < 1 || pages.length > ENTRY_PFN + 1)
    return `memory must have 1 to ${ENTRY_PFN + 1} pages (a page number is 7 bits) (got ${pages.length})`;
  const size = pageSizeOf(g);
  for (const [p, bytes] of pages.entries()) {
    if (bytes.length !== size) return `page ${p} has ${bytes.length} bytes; a page holds ${size}`;
    const bad = bytes.findIndex((b) => !Number.isInteger(b) || b < 0 || b > 255);
    if (bad >= 0) return `page ${p}, byte ${bad} is ${bytes[bad]}; a byte is 0..255`;
  }
  if (!Number.isSafeInteger(pdbr) || pdbr < 0 || pdbr >= pages.length)
    return `the PDBR must name a page of memory, 0..${pages.length - 1} (got ${pdbr})`;
  return null;
}

/** One entry read from `page`, or the fault it leads to. */
function readEntry(pages: PageDump, level: Level, page: number, index: number, size: number) {
  const contents = pages[page]![index]!;
  const valid = (contents & ENTRY_VALID) !== 0;
  const pfn = contents & ENTRY_PFN;
  const step: WalkStep = { step: 'entry', level, page, index, address: page * size + index, contents, valid, pfn };
  const fault: WalkFault | null = !valid
    ? { kind: 'invalidEntry', level }
    : pfn >= pages.length
      ? { kind: 'outsideMemory', level, page: pfn, pages: pages.length }
      : null;
  return { step, pfn, fault };
}

/**
 * Translates `va` by reading the directory entry, then the table entry, then the byte: each read a step. The
 * memory and PDBR must pass twoLevelErrors; nothing is read outside `pages` (a page number past its end is a fault).
 */
export function walkTwoLevel(
  pages: PageDump,
  pdbr: number,
  va: number,
  g: TwoLevelGeometry = SMALL_TABLES,
): WalkResult {
  const limit = addressSpaceOf(g);
  if (!Number.isSafeInteger(va) || va < 0 || va >= limit) {
    const fault: WalkFault = { kind: 'outsideAddressSpace', va, limit };
    return { ok: false, steps: [{ step: 'fault', fault }], fault };
  }
  const size = pageSizeOf(g);
  const tables = twoTo(g.tableBits);
  const offset = va % size;
  const vpn = (va - offset) / size;
  const tableIndex = vpn % tables;
  const directoryIndex = (vpn - tableIndex) / tables;
  const steps: WalkStep[] = [{ step: 'split', va, vpn, directoryIndex, tableIndex, offset }];
  const pde = readEntry(pages, 'pde', pdbr, directoryIndex, size);
  steps.push(pde.step);
  if (pde.fault) return faulted(steps, pde.fault);
  const pte = readEntry(pages, 'pte', pde.pfn, tableIndex, size);
  steps.push(pte.step);
  if (pte.fault) return faulted(steps, pte.fault);
  const page = pte.pfn;
  const value = pages[page]![offset]!;
  const physical = page * size + offset;
  steps.push({ step: 'data', page, offset, address: physical, value });
  return { ok: true, steps, physical, value };
}

function faulted(steps: WalkStep[], fault: WalkFault): WalkResult {
  steps.push({ step: 'fault', fault });
  return { ok: false, steps, fault };
}

const hex = (n: number): string => `0x${n.toString(16)}`;
/** A byte as OSTEP prints it: two hex digits. */
const byte = (n: number): string => `0x${n.toString(16).padStart(2, '0')}`;
const ENTRY_NAME: Readonly<Record<Level, string>> = { pde: 'PDE', pte: 'PTE' };
const POINTS_TO: Readonly<Record<Level, string>> = { pde: 'page table in page', pte: 'data in page' };
const LEVEL_WORDS: Readonly<Record<Level, string>> = { pde: 'page directory entry', pte: 'page table entry' };

/** A walk's fault in words. */
export function walkFaultText(f: WalkFault): string {
  switch (f.kind) {
    case 'outsideAddressSpace':
      return `Fault: virtual address ${f.va} is outside the ${f.limit}-byte address space`;
    case 'invalidEntry':
      return `Fault: the ${LEVEL_WORDS[f.level]} is not valid`;
    case 'outsideMemory':
      return `Fault: the ${LEVEL_WORDS[f.level]} names page ${f.page}, but memory has only ${f.pages} pages`;
  }
}

/** One step in the sentence the narration shows ("PDE at 0x6c1 (page 54, entry 1) = 0xa1: valid, page table in page 33"). */
export function walkStepText(s: WalkStep): string {
  switch (s.step) {
    case 'split':
      return `Virtual address ${hex(s.va)} is VPN ${hex(s.vpn)}: directory index ${s.directoryIndex}, table index ${s.tableIndex}, offset ${s.offset}`;
    case 'entry': {
      const at = `${ENTRY_NAME[s.level]} at ${hex(s.address)} (page ${s.page}, entry ${s.index}) = ${byte(s.contents)}`;
      return s.valid ? `${at}: valid, ${POINTS_TO[s.level]} ${s.pfn}` : `${at}: not valid`;
    }
    case 'data':
      return `Physical address ${hex(s.address)} (page ${s.page}, byte ${s.offset}) holds ${byte(s.value)}`;
    case 'fault':
      return walkFaultText(s.fault);
  }
}
