import { segmentedPa, segmentOf, translateSegmented, type Growth, type SegmentTable } from '../../memory/segmented';
import type { AddressDraw } from '../relocation/registerArgs';
import type { NextAddress } from '../relocation/registerTrace';
import { scriptFlags, type OstepScript } from '../script';
import { SEGMENTATION_FLAGS } from './segmentationFlags';
import { segmentationProblem, type SegmentationProblem } from './segmentationProblem';
import { segmentationFlagsOf, segmentationScenario } from './segmentationScenario';
import { segmentationLines, segmentationText } from './segmentationText';

export interface SegmentationAnswers {
  addressSpace: number;
  physicalMemory: number;
  /**
   * segment 0 grows up from `base`; segment 1 grows down from `base` (OSTEP's printed segment-1 base: just above
   * its highest byte). Both `limit` bytes long.
   */
  segments: [SegmentRegisters, SegmentRegisters];
  /** in trace order; segment = the top bit of the VA; pa null: a segmentation violation */
  translations: { va: number; segment: number; valid: boolean; pa: number | null; explanation: string }[];
}

interface SegmentRegisters {
  base: number;
  limit: number;
  grows: Growth;
}

/** The problem's registers as the answer gives them and as our MMU's segment table. */
function segmentTable(p: SegmentationProblem<number[] | AddressDraw>): {
  segments: SegmentationAnswers['segments'];
  table: SegmentTable;
} {
  const segments: SegmentationAnswers['segments'] = [
    { base: p.base0, limit: p.len0, grows: 'up' },
    { base: p.base1 + p.len1, limit: p.len1, grows: 'down' },
  ];
  const table = {
    addressSpace: p.asize,
    segments: segments.map((s) => ({ base: s.base, bounds: s.limit, grows: s.grows })),
  };
  return { segments, table };
}

/**
 * OSTEP's segmentation.py: two segments growing in opposite directions and virtual addresses to translate, each
 * through our MMU's segmented translation (memory/segmented.ts). On a command line the text is streamed, each
 * address drawn, translated and printed before the next.
 */
export const segmentationScript: OstepScript<SegmentationAnswers, typeof SEGMENTATION_FLAGS> = {
  ...scriptFlags(
    { name: 'segmentation', path: 'vm-segmentation/segmentation.py', runsOn: "on our MMU's segmentation" },
    SEGMENTATION_FLAGS,
    { width: 22, nextLineFrom: 22 },
  ),
  solve(v) {
    const p = segmentationProblem(v);
    if (typeof p === 'string') return { ok: false, error: p };
    const { segments, table } = segmentTable(p);
    const translations = p.addresses.map((va) => {
      const t = translateSegmented(table, va);
      // every address is inside the space (the problem checks -A), so a refusal is a violation in its segment
      const segment = t.reason.kind === 'within-bounds' || t.reason.kind === 'beyond-bounds' ? t.reason.segment : -1;
      return { va, segment, valid: t.ok, pa: t.ok ? t.pa : null, explanation: t.sentence };
    });
    const answer = { addressSpace: p.asize, physicalMemory: p.psize, segments, translations };
    const scenario = segmentationScenario(v);
    return {
      ok: true,
      answer,
      text: segmentationText(v, answer),
      ...(typeof scenario === 'string' ? {} : { scenario }),
    };
  },
  stream(v) {
    const p = segmentationProblem(v, 'streamed');
    if (typeof p === 'string') return { ok: false, error: p };
    const { segments, table } = segmentTable(p);
    const next: NextAddress = (into) => {
      const va = p.addresses();
      if (va < 0) return false;
      const pa = segmentedPa(table, va);
      into.va = va;
      into.segment = segmentOf(table, va);
      into.pa = pa < 0 ? null : pa;
      return true;
    };
    return { ok: true, lines: segmentationLines(v, segments, p.asize, next) };
  },
  scenario: segmentationScenario,
  flagsOf: segmentationFlagsOf,
};
