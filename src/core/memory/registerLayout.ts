import { hexAddress, type BaseBounds, type BoundsTranslation } from './baseBounds';
import { walkBaseBounds, walkSegmented, type RegisterStep } from './registerWalk';
import type { SegmentTable, SegmentTranslation } from './segmented';
import type { Access } from './types';

/**
 * A process's MMU registers under a register mode, as the kernel loads them when the process is admitted: one
 * base-and-bounds pair, or a segment table (with each segment's name, where the scenario gave one).
 */
export type RegisterLayout =
  { mode: 'base-bounds'; registers: BaseBounds } | { mode: 'segmented'; table: SegmentTable; names: (string | null)[] };

export type RegisterTranslation = BoundsTranslation | SegmentTranslation;

/** A process's latest reference under a register mode, with the registers that translated it, for the walkthrough. */
export interface RegisterAccess {
  tick: number;
  pid: number;
  address: number;
  access: Access;
  layout: RegisterLayout;
}

/** One address through the process's registers, with the MMU's steps (the walkthrough's) and its verdict. */
export function walkLayout(l: RegisterLayout, va: number): { translation: RegisterTranslation; steps: RegisterStep[] } {
  return l.mode === 'base-bounds' ? walkBaseBounds(l.registers, va) : walkSegmented(l.table, va);
}

/** The registers in words ("base 0x3000, bounds 0x400"; "segment 0 (code) base 0x0 size 0x200 grows up; …"). */
export function layoutWords(l: RegisterLayout): string {
  if (l.mode === 'base-bounds') return `base ${hexAddress(l.registers.base)}, bounds ${hexAddress(l.registers.bounds)}`;
  return l.table.segments
    .map((s, i) => {
      const name = l.names[i];
      return `segment ${i}${name ? ` (${name})` : ''} base ${hexAddress(s.base)}, size ${hexAddress(s.bounds)}, grows ${s.grows}`;
    })
    .join('; ');
}
