import type { LinearTranslateAnswers } from '../answers';
import { createExplicitMemory, mapPages } from '../../memory/explicitTable';
import { translate } from '../../memory/mmu';
import { scriptFlags, type OstepScript } from '../script';
import { linearTranslateProblem, type LinearTranslateProblem } from './linearTranslateCommand';
import { LINEAR_TRANSLATE_FLAGS } from './linearTranslateFlags';
import { linearTranslateText } from './linearTranslateText';

/** The process whose page table holds the exercise's (the memory has no other). */
const PID = 0;

/** Each address through our MMU, on a memory whose only page table is the problem's. */
function answersOf(p: LinearTranslateProblem): LinearTranslateAnswers | string {
  const m = createExplicitMemory(p.geometry);
  const refused = mapPages(m, PID, p.pageTable);
  if (refused) return `the page table does not fit our memory: ${refused} (a bug of ours)`;
  const translations = p.addresses.map((va, tick) => {
    const r = translate(m, PID, va, 'read', tick);
    const split = r.steps.find((s) => s.step === 'split');
    const vpn = split?.step === 'split' ? split.vpn : Math.floor(va / p.geometry.pageSize);
    return { va, vpn, valid: r.ok, pa: r.ok ? r.physical : null };
  });
  return { pageTable: p.pageTable, translations };
}

/**
 * OSTEP's paging-linear-translate.py: a random linear page table and virtual addresses to translate. The
 * table is installed in one of our memories (mapPages) and every address goes through our MMU.
 */
export const linearTranslateScript: OstepScript<LinearTranslateAnswers, typeof LINEAR_TRANSLATE_FLAGS> = {
  ...scriptFlags(
    { name: 'paging-linear-translate', path: 'vm-paging/paging-linear-translate.py', runsOn: 'on our MMU' },
    LINEAR_TRANSLATE_FLAGS,
    { width: 22, nextLineFrom: 22 },
  ),
  solve(v) {
    const p = linearTranslateProblem(v);
    if (typeof p === 'string') return { ok: false, error: p };
    const answer = answersOf(p);
    if (typeof answer === 'string') return { ok: false, error: answer };
    return { ok: true, answer, text: linearTranslateText(v, answer) };
  },
};
