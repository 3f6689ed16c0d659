import type { TranslationStep } from '../../core/index';

/** What the other memory pictures show of a walkthrough at its current step. */
export interface MmuFocus {
  pid: number;
  /** the page being translated (known from the first step) */
  vpn: number | null;
  /** the frame reached so far: from the TLB, the page table, a swap-in or a copy; null before or on a fault */
  frame: number | null;
  /** whether the walk has read the page's page-table row (highlight it) */
  pageTableRow: boolean;
  /** whether the TLB has been looked up (highlight its entry for the page, if any) */
  tlb: boolean;
}

/** The focus after the first `shown` steps of a translation of one of `pid`'s addresses. */
export function walkFocus(pid: number, steps: readonly TranslationStep[], shown: number, levels: 1 | 2): MmuFocus {
  const focus: MmuFocus = { pid, vpn: null, frame: null, pageTableRow: false, tlb: false };
  for (const s of steps.slice(0, shown)) {
    switch (s.step) {
      case 'split':
        focus.vpn = s.vpn;
        break;
      case 'tlb':
        focus.tlb = true;
        if (s.hit && s.frame !== undefined) focus.frame = s.frame;
        break;
      case 'walk':
        // The last level's entry is the page's row; a directory entry only leads to its table.
        if (s.level >= levels) {
          focus.pageTableRow = true;
          focus.frame = s.entry;
        }
        break;
      case 'fault':
        if (s.kind === 'notPresent') focus.pageTableRow = true;
        break;
      case 'swapIn':
      case 'copyOnWrite':
      case 'physical':
        focus.frame = s.frame;
        break;
    }
  }
  return focus;
}
