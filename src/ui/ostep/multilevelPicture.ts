import type { MultilevelTranslateAnswers } from '../../core/index';
import { walkStepText, walkTwoLevel, type WalkStep } from '../../core/memory/twoLevelWalk';

/** What a page holds in the dump: the directory (the PDBR's), a page of the table, a mapped page, or nothing. */
export type PageKind = 'directory' | 'table' | 'data' | 'free';

/** The part a page plays in the walk shown, up to the step shown. */
export type PageRole = 'directory' | 'table' | 'data' | 'fault';

export interface PageCell {
  page: number;
  kind: PageKind;
  role: PageRole | null;
  /** the page the step shown reads */
  current: boolean;
}

export interface ByteCell {
  index: number;
  hex: string;
  /** the entry or byte the step shown reads */
  lit: boolean;
}

export interface MultilevelPictureModel {
  pages: PageCell[];
  /** the walk's steps in words; `current` is the one shown, `done` those before it */
  steps: { text: string; done: boolean; current: boolean }[];
  /** the page the step shown reads, byte by byte; null at the split and at an address outside the space */
  focus: { page: number; role: PageRole; bytes: ByteCell[] } | null;
}

const VALID = 0x80;
const PFN = 0x7f;

/** Each page's kind, read from the dump as the hardware would: the directory's valid entries, then theirs. */
export function pageKinds(a: MultilevelTranslateAnswers): PageKind[] {
  const kinds: PageKind[] = a.memory.map(() => 'free');
  const inMemory = (e: number) => (e & VALID) !== 0 && (e & PFN) < a.memory.length;
  const tables = (a.memory[a.pdbr] ?? []).filter(inMemory).map((e) => e & PFN);
  for (const t of tables)
    for (const e of a.memory[t] ?? []) if (inMemory(e) && kinds[e & PFN] === 'free') kinds[e & PFN] = 'data';
  for (const t of tables) kinds[t] = 'table';
  kinds[a.pdbr] = 'directory';
  return kinds;
}

/** Where each translation's steps start in the one sequence the stepper goes through, and the total. */
export function walkStarts(a: MultilevelTranslateAnswers): { starts: number[]; total: number } {
  const starts: number[] = [];
  let total = 0;
  for (const t of a.translations) {
    starts.push(total);
    // split, the PDE, the PTE when the PDE let the walk go on, then the byte or the fault (an address outside
    // the space is its fault alone)
    total += t.pde === null ? 1 : t.pte === null ? 3 : 4;
  }
  return { starts, total };
}

/** The translation and the step within its walk at position `at` of the sequence. */
export function locate(starts: readonly number[], at: number): { translation: number; step: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return { translation: lo, step: at - (starts[lo] ?? 0) };
}

const ROLE_OF_ENTRY = { pde: 'directory', pte: 'table' } as const;

/** The page a step reads, the byte it reads there, and the part that page plays. */
function readOf(s: WalkStep): { page: number; index: number; role: PageRole } | null {
  if (s.step === 'entry') return { page: s.page, index: s.index, role: ROLE_OF_ENTRY[s.level] };
  if (s.step === 'data') return { page: s.page, index: s.offset, role: 'data' };
  return null;
}

/**
 * The dump as a grid of pages and the walk of translation `translation` up to its step `step`: the directory,
 * the table page and the data page lit in turn (a fault marks the page whose entry was not valid), and the page
 * read at that step byte by byte. The walk is our walker's, over the answer's memory.
 */
export function multilevelPicture(
  a: MultilevelTranslateAnswers,
  kinds: readonly PageKind[],
  translation: number,
  step: number,
): MultilevelPictureModel {
  const t = a.translations[translation];
  const walk = t ? walkTwoLevel(a.memory, a.pdbr, t.va).steps : [];
  const shown = Math.min(step, walk.length - 1);
  const roles = new Map<number, PageRole>();
  let focus: MultilevelPictureModel['focus'] = null;
  let lastRead: ReturnType<typeof readOf> = null;
  for (const [i, s] of walk.entries()) {
    if (i > shown) break;
    const read = readOf(s);
    if (read) {
      roles.set(read.page, read.role);
      lastRead = read;
    }
    if (s.step === 'fault' && lastRead) roles.set(lastRead.page, 'fault');
    if (i === shown && lastRead && (read || s.step === 'fault')) {
      const { page, index } = lastRead;
      const role = roles.get(page) ?? lastRead.role;
      const bytes = (a.memory[page] ?? []).map((b, k) => ({
        index: k,
        hex: b.toString(16).padStart(2, '0'),
        lit: k === index,
      }));
      focus = { page, role, bytes };
    }
  }
  const current = focus?.page ?? -1;
  return {
    pages: kinds.map((kind, page) => ({ page, kind, role: roles.get(page) ?? null, current: page === current })),
    steps: walk.map((s, i) => ({ text: walkStepText(s), done: i < shown, current: i === shown })),
    focus,
  };
}
