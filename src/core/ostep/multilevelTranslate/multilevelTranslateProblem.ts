import { clearTablePage, mapTwoLevel, zeroPages } from '../../memory/twoLevelMap';
import { addressSpaceOf, pageSizeOf, SMALL_TABLES } from '../../memory/twoLevelWalk';
import { pyRandom, pySeed, type PyRandomState } from '../pyRandom';
import type { MultilevelTranslateOptions } from './multilevelTranslateFlags';

/** OSTEP's memory: 128 pages of 32 bytes. */
export const PHYSICAL_PAGES = 128;

/** Addresses an answer held whole may have; OSTEP's text streamed on a command line has no such bound. */
export const MAX_ADDRESSES = 1_000_000;

export interface MultilevelTranslateProblem {
  /** page p's bytes, as OSTEP dumps them */
  pages: number[][];
  /** the page holding the page directory */
  pdbr: number;
  /** an array when held; drawn one at a time from the seeded stream, after the memory, when streamed */
  addresses: Iterable<number>;
}

/** OSTEP's findFree: random pages until a free one, or why there is none (OSTEP stops with an AssertionError). */
function freePageFinder(random: PyRandomState, allocated: number) {
  const used = new Uint8Array(PHYSICAL_PAGES);
  let count = 0;
  return (): number | string => {
    if (count >= PHYSICAL_PAGES)
      return `-a/--allocated: ${allocated} pages, their page-table pages and the directory need more than the ${PHYSICAL_PAGES} physical pages (OSTEP stops with an AssertionError)`;
    let look = Math.floor(pyRandom(random) * PHYSICAL_PAGES);
    while (used[look] === 1) look = Math.floor(pyRandom(random) * PHYSICAL_PAGES);
    used[look] = 1;
    count++;
    return look;
  };
}

/**
 * OSTEP's procAlloc, draw for draw: a directory page, then for each allocated page a virtual page not yet used
 * and a physical page, mapped (a table page taken when its directory entry is not valid yet) and filled with
 * random bytes 0..30. Returns the memory, the PDBR and the virtual pages in order, or why memory runs out.
 */
function allocate(random: PyRandomState, allocated: number) {
  const g = SMALL_TABLES;
  const pages = zeroPages(PHYSICAL_PAGES, g);
  const findFree = freePageFinder(random, allocated);
  const pdbr = findFree();
  if (typeof pdbr === 'string') return pdbr;
  clearTablePage(pages, pdbr);
  const vaPages = addressSpaceOf(g) / pageSizeOf(g);
  const usedVp = new Uint8Array(vaPages);
  const vps: number[] = [];
  for (let k = 0; k < allocated; k++) {
    let vp = Math.floor(pyRandom(random) * vaPages);
    while (usedVp[vp] === 1) vp = Math.floor(pyRandom(random) * vaPages);
    usedVp[vp] = 1;
    vps.push(vp);
    const pp = findFree();
    if (typeof pp === 'string') return pp;
    const refused = mapTwoLevel(pages, pdbr, vp, pp, findFree, g);
    if (refused) return refused;
    const data = pages[pp]!;
    for (let j = 0; j < data.length; j++) data[j] = Math.floor(pyRandom(random) * 31);
  }
  return { pages, pdbr, vps };
}

/**
 * OSTEP's addresses: for each, a coin (random() · 100 > 50) chooses a random address in the whole space, else one
 * in the i-th allocated page (always the former once i passes the allocated pages).
 */
function* drawAddresses(random: PyRandomState, count: number, vps: readonly number[]): Generator<number> {
  const g = SMALL_TABLES;
  const size = pageSizeOf(g);
  for (let i = 0; i < count; i++) {
    if (pyRandom(random) * 100 > 50 || i >= vps.length) yield Math.floor(pyRandom(random) * addressSpaceOf(g));
    else yield vps[i]! * size + Math.floor(pyRandom(random) * size);
  }
}

/** paging-multilevel-translate.py's options -> the problem, or one message naming the flag and its limit. */
export function multilevelTranslateProblem(
  v: MultilevelTranslateOptions,
  trace: 'held' | 'streamed' = 'held',
): MultilevelTranslateProblem | string {
  const num = Math.max(0, v.num);
  if (trace === 'held' && num > MAX_ADDRESSES)
    return `-n/--addresses must be at most ${MAX_ADDRESSES} when the answer is held whole (got ${v.num}; the command line prints OSTEP's text as it is made, without this limit)`;
  const random = pySeed(v.seed);
  const made = allocate(random, v.allocated);
  if (typeof made === 'string') return made;
  const drawn = drawAddresses(random, num, made.vps);
  return { pages: made.pages, pdbr: made.pdbr, addresses: trace === 'held' ? [...drawn] : drawn };
}
