import { ENTRY_PFN, ENTRY_VALID, pageSizeOf, SMALL_TABLES, type TwoLevelGeometry } from './twoLevelWalk';

/** What a fresh directory or table page holds in every entry: not valid, page number all ones (OSTEP's 0x7f). */
export const EMPTY_ENTRY = ENTRY_PFN;

/** Makes `page` an empty directory or table page: every entry EMPTY_ENTRY. */
export function clearTablePage(pages: number[][], page: number): void {
  pages[page]!.fill(EMPTY_ENTRY);
}

/**
 * Maps virtual page `vpn` to physical page `pfn` in the two-level table at `pdbr`, as OSTEP's allocVirtualPage
 * does: a directory entry not yet valid gets a table page from `newTablePage` (cleared, then pointed to); the
 * table entry must not be valid yet. Returns why not, or null. The caller keeps pages and page numbers in range.
 */
export function mapTwoLevel(
  pages: number[][],
  pdbr: number,
  vpn: number,
  pfn: number,
  newTablePage: () => number | string,
  g: TwoLevelGeometry = SMALL_TABLES,
): string | null {
  const span = 2 ** g.tableBits;
  const tableIndex = vpn % span;
  const directoryIndex = (vpn - tableIndex) / span;
  const directory = pages[pdbr]!;
  let table = directory[directoryIndex]!;
  if ((table & ENTRY_VALID) === 0) {
    const got = newTablePage();
    if (typeof got === 'string') return got;
    clearTablePage(pages, got);
    directory[directoryIndex] = ENTRY_VALID | got;
    table = got;
  }
  const entries = pages[table & ENTRY_PFN]!;
  if ((entries[tableIndex]! & ENTRY_VALID) !== 0)
    return `virtual page ${vpn} is already mapped (to page ${entries[tableIndex]! & ENTRY_PFN})`;
  entries[tableIndex] = ENTRY_VALID | pfn;
  return null;
}

/** A memory of `count` pages of zeros. */
export const zeroPages = (count: number, g: TwoLevelGeometry = SMALL_TABLES): number[][] =>
  Array.from({ length: count }, () => Array.from({ length: pageSizeOf(g) }, () => 0));
