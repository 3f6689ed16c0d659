import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import type { PageTableRow } from '../../core/memory/pageTable';
import { PTE } from '../../core/memory/types';

/** One page-table entry as the memory manager reports it: `flags` is the PTE flag byte (PTE.VALID | …). */
export type PageRow = PageTableRow;

export const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic, alphanumeric: sortFn_alphanumeric },
});

const helper = createColumnHelper<typeof features, PageRow>();

/** A yes/no flag column: sorts as 1/0, reads as a word with a mark, so neither colour nor a glyph alone says it. */
const flag = (bit: number, id: string, header: string) =>
  helper.accessor((r) => ((r.flags & bit) !== 0 ? 1 : 0), {
    id,
    header,
    sortFn: 'basic',
    cell: (info) => (info.getValue() ? '✓ yes' : '– no'),
  });

/** "r w x" with a dash for each right not granted, as `ls -l` writes them. */
const rights = (flags: number): string =>
  `${flags & PTE.READ ? 'r' : '-'}${flags & PTE.WRITE ? 'w' : '-'}${flags & PTE.EXECUTE ? 'x' : '-'}`;

export const columns = helper.columns([
  helper.accessor('vpn', { header: 'VPN', sortFn: 'basic' }),
  // Frames sort before swap slots, each by number; pages in neither place sort last.
  helper.accessor((r) => (r.frame !== null ? r.frame : r.swapSlot !== null ? 1e12 + r.swapSlot : undefined), {
    id: 'where',
    header: 'Frame / swap slot',
    sortFn: 'basic',
    sortUndefined: 'last',
    cell: (info) => {
      const r = info.row.original;
      return r.frame !== null ? `frame ${r.frame}` : r.swapSlot !== null ? `swap slot ${r.swapSlot}` : '—';
    },
  }),
  flag(PTE.VALID, 'valid', 'Valid'),
  flag(PTE.PRESENT, 'present', 'Present'),
  helper.accessor((r) => rights(r.flags), {
    id: 'rwx',
    header: 'R/W/X',
    sortFn: 'alphanumeric',
    cell: (info) => <span className="mono">{info.getValue()}</span>,
  }),
  flag(PTE.DIRTY, 'dirty', 'Dirty'),
  flag(PTE.REFERENCED, 'referenced', 'Referenced'),
  flag(PTE.PINNED, 'pinned', 'Pinned'),
  helper.accessor('type', { header: 'Type', sortFn: 'alphanumeric' }),
]);
