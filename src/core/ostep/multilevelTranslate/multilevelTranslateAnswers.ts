import type { PageDump, WalkFault, WalkResult } from '../../memory/twoLevelWalk';

/** One entry the walk read: its index in its page, physical address, byte, valid bit and page number. */
export interface EntryRead {
  index: number;
  address: number;
  contents: number;
  valid: boolean;
  pfn: number;
}

export interface MultilevelTranslation {
  va: number;
  /** null only for an address outside the address space (none of OSTEP's) */
  pde: EntryRead | null;
  /** null when the walk stops at the PDE */
  pte: EntryRead | null;
  /** null on a fault */
  pa: number | null;
  /** the byte at pa */
  value: number | null;
  /** why the walk stopped, or null (OSTEP's memory has all 128 pages, so its faults are entries not valid) */
  fault: WalkFault | null;
}

export interface MultilevelTranslateAnswers {
  /** the page holding the page directory */
  pdbr: number;
  /** the memory dump: page p's 32 bytes */
  memory: number[][];
  translations: MultilevelTranslation[];
}

/** A walk as its answer: the entries it read and where it ended. */
export function translationOf(va: number, w: WalkResult): MultilevelTranslation {
  let pde: EntryRead | null = null;
  let pte: EntryRead | null = null;
  for (const s of w.steps) {
    if (s.step !== 'entry') continue;
    const read = { index: s.index, address: s.address, contents: s.contents, valid: s.valid, pfn: s.pfn };
    if (s.level === 'pde') pde = read;
    else pte = read;
  }
  return w.ok
    ? { va, pde, pte, pa: w.physical, value: w.value, fault: null }
    : { va, pde, pte, pa: null, value: null, fault: w.fault };
}

/** The dump as the answer holds it (copies, so the answer is the memory as it was). */
export const memoryOf = (pages: PageDump): number[][] => pages.map((p) => [...p]);
