import { hexAddress, type BaseBounds } from './baseBounds';
import { walkBaseBounds, walkSegmented } from './registerWalk';
import type { SegmentTable } from './segmented';
import {
  pageSizeOf,
  walkStepText,
  walkTwoLevel,
  type PageDump,
  type TwoLevelGeometry,
  type WalkStep,
} from './twoLevelWalk';
import type { Access } from './types';

/**
 * What the MMU holds for a process under a mode beside paging, as the kernel loads it when the process is admitted:
 * one base-and-bounds pair, a segment table (with each segment's name, where the scenario gave one), or a page
 * directory in the process's memory (its bytes, where they start in physical memory, and the directory's page).
 */
export type RegisterLayout =
  | { mode: 'base-bounds'; registers: BaseBounds }
  | { mode: 'segmented'; table: SegmentTable; names: (string | null)[] }
  | { mode: 'two-level'; base: number; pdbr: number; pages: PageDump; geometry: TwoLevelGeometry };

/** A process's latest reference under a register mode, with the registers that translated it, for the walkthrough. */
export interface RegisterAccess {
  tick: number;
  pid: number;
  address: number;
  access: Access;
  layout: RegisterLayout;
}

/**
 * One address through a process's layout: the MMU's steps in words (the walkthrough's), the physical address or null
 * (a violation, or an entry not valid), the verdict in a sentence, and the page-table entries read on the way.
 */
export interface LayoutWalk {
  pa: number | null;
  sentence: string;
  steps: { text: string }[];
  /** PDE and PTE reads (two-level), each a memory read; 0 for the register modes */
  reads: number;
}

/** One address through the process's layout, with the MMU's steps and its verdict. */
export function walkLayout(l: RegisterLayout, va: number): LayoutWalk {
  if (l.mode === 'two-level') return walkMemoryTable(l, va);
  const w = l.mode === 'base-bounds' ? walkBaseBounds(l.registers, va) : walkSegmented(l.table, va);
  return { pa: w.translation.ok ? w.translation.pa : null, sentence: w.translation.sentence, steps: w.steps, reads: 0 };
}

/** The two-level walk over the process's memory; its physical addresses offset by where that memory starts. */
function walkMemoryTable(l: Extract<RegisterLayout, { mode: 'two-level' }>, va: number): LayoutWalk {
  const w = walkTwoLevel(l.pages, l.pdbr, va, l.geometry);
  const placed = (s: WalkStep): WalkStep => ('address' in s ? { ...s, address: s.address + l.base } : s);
  const steps = w.steps.map((s) => ({ text: `${walkStepText(placed(s))}.` }));
  const reads = w.steps.filter((s) => s.step === 'entry').length;
  if (!w.ok) return { pa: null, sentence: steps[steps.length - 1]!.text.slice(0, -1), steps, reads };
  const pa = l.base + w.physical;
  return { pa, sentence: `VA ${hexAddress(va)}: PDE, then PTE, then PA ${hexAddress(pa)}`, steps, reads };
}

/** The bytes a two-level layout's memory takes. */
export const memoryBytesOf = (pages: PageDump, g: TwoLevelGeometry): number => pages.length * pageSizeOf(g);

/** The registers in words ("base 0x3000, bounds 0x400"; "segment 0 (code) base 0x0, size 0x200, grows up; …"). */
export function layoutWords(l: RegisterLayout): string {
  if (l.mode === 'base-bounds') return `base ${hexAddress(l.registers.base)}, bounds ${hexAddress(l.registers.bounds)}`;
  if (l.mode === 'two-level')
    return `page directory in page ${l.pdbr} of ${l.pages.length} pages of ${pageSizeOf(l.geometry)} bytes from ${hexAddress(l.base)}`;
  return l.table.segments
    .map((s, i) => {
      const name = l.names[i];
      return `segment ${i}${name ? ` (${name})` : ''} base ${hexAddress(s.base)}, size ${hexAddress(s.bounds)}, grows ${s.grows}`;
    })
    .join('; ');
}
