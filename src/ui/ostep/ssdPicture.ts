import type { SsdAnswers } from '../../core/index';

/** A page as the flash grid draws it: never written, erased, holding live data, or holding a stale copy. */
export type FlashPageKind = 'unwritten' | 'erased' | 'valid' | 'invalid';

export interface FlashBlock {
  block: number;
  erases: number;
  /** erases as a share of the most-erased block's (0 when none was erased) */
  heat: number;
  retired: boolean;
  pages: { page: number; kind: FlashPageKind; data: string; logical: number | null }[];
}

/**
 * The flash at the end as blocks × pages: ssd.py's states (i, E, v) with a valid page told apart by whether the FTL
 * still maps a logical page to it (live) or not (a stale copy GC may reclaim), and each block's wear.
 */
export function flashBlocks(answer: SsdAnswers): FlashBlock[] {
  const { page, data, forward, erases, retired } = answer.final;
  const owner = new Map<number, number>();
  forward.forEach((p, l) => {
    if (p !== -1) owner.set(p, l);
  });
  const most = Math.max(0, ...erases);
  const ppb = answer.config.pagesPerBlock;
  return erases.map((e, block) => ({
    block,
    erases: e,
    heat: most === 0 ? 0 : e / most,
    retired: retired[block] === true,
    pages: Array.from({ length: ppb }, (_, i) => {
      const p = block * ppb + i;
      const s = page[p];
      const logical = owner.get(p) ?? null;
      const kind: FlashPageKind =
        s === 'i' ? 'unwritten' : s === 'E' ? 'erased' : logical !== null ? 'valid' : 'invalid';
      return { page: p, kind, data: s === 'v' ? (data[p] as string) : '', logical };
    }),
  }));
}

/** A block's wear as a heat colour: cool blue unworn, through yellow, to red at the most-erased block. */
export function wearColor(heat: number): string {
  const h = Math.round(220 - 220 * Math.min(1, Math.max(0, heat)));
  return `hsl(${h} 80% 55%)`;
}

/** A page's name for a screen reader: `page 12: valid, logical 3 = "a"`. */
export function pageLabel(p: FlashBlock['pages'][number]): string {
  if (p.kind === 'valid') return `page ${p.page}: valid, logical ${p.logical} = "${p.data}"`;
  if (p.kind === 'invalid') return `page ${p.page}: invalid (stale "${p.data}")`;
  return `page ${p.page}: ${p.kind}`;
}
