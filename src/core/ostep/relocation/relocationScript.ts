import { baseBoundsPa, translateBaseBounds } from '../../memory/baseBounds';
import { scriptFlags, type OstepScript } from '../script';
import { RELOCATION_FLAGS } from './relocationFlags';
import { relocationProblem } from './relocationProblem';
import { relocationFlagsOf, relocationScenario } from './relocationScenario';
import type { NextAddress } from './registerTrace';
import { relocationLines, relocationText } from './relocationText';

export interface RelocationAnswers {
  /** bytes of virtual address space and of physical memory */
  addressSpace: number;
  physicalMemory: number;
  /** the base and limit (bounds) registers */
  base: number;
  limit: number;
  /** in trace order; pa null: a segmentation violation. `explanation` is our MMU's sentence */
  translations: { va: number; valid: boolean; pa: number | null; explanation: string }[];
}

/**
 * OSTEP's relocation.py: a base-and-bounds pair and virtual addresses to translate, each through our MMU's
 * base-and-bounds translation (memory/baseBounds.ts). On a command line the text is streamed, each address
 * drawn, translated and printed before the next.
 */
export const relocationScript: OstepScript<RelocationAnswers, typeof RELOCATION_FLAGS> = {
  ...scriptFlags(
    { name: 'relocation', path: 'vm-mechanism/relocation.py', runsOn: "on our MMU's base and bounds" },
    RELOCATION_FLAGS,
    { width: 22, nextLineFrom: 22 },
  ),
  solve(v) {
    const p = relocationProblem(v);
    if (typeof p === 'string') return { ok: false, error: p };
    const registers = { base: p.base, bounds: p.limit };
    const translations = p.addresses.map((va) => {
      const t = translateBaseBounds(registers, va);
      return { va, valid: t.ok, pa: t.ok ? t.pa : null, explanation: t.sentence };
    });
    const answer = { addressSpace: p.asize, physicalMemory: p.psize, base: p.base, limit: p.limit, translations };
    const scenario = relocationScenario(v);
    return {
      ok: true,
      answer,
      text: relocationText(v, answer),
      ...(typeof scenario === 'string' ? {} : { scenario }),
    };
  },
  stream(v) {
    const p = relocationProblem(v, 'streamed');
    if (typeof p === 'string') return { ok: false, error: p };
    const registers = { base: p.base, bounds: p.limit };
    const next: NextAddress = (into) => {
      const va = p.addresses();
      if (va < 0) return false;
      const pa = baseBoundsPa(registers, va);
      into.va = va;
      into.pa = pa < 0 ? null : pa;
      return true;
    };
    return { ok: true, lines: relocationLines(v, p, p.asize, next) };
  },
  scenario: relocationScenario,
  flagsOf: relocationFlagsOf,
};
