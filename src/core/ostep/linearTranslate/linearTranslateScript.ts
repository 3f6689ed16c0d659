import type { LinearTranslateAnswers } from '../answers';
import { createExplicitMemory, mapPages } from '../../memory/explicitTable';
import { translateFast } from '../../memory/mmu';
import { scriptFlags, type OstepScript } from '../script';
import { linearTranslateProblem, type LinearTranslateProblem } from './linearTranslateCommand';
import { LINEAR_TRANSLATE_FLAGS } from './linearTranslateFlags';
import { linearTranslateLines, linearTranslateText } from './linearTranslateText';

type Translation = LinearTranslateAnswers['translations'][number];

/** The process whose page table holds the exercise's (the memory has no other). */
const PID = 0;

/**
 * Each address through our MMU, one at a time, on a memory whose only page table is the problem's: the
 * translations as they are made, or why the table does not fit (a bug of ours).
 */
function translations(p: LinearTranslateProblem): Iterable<Translation> | string {
  const m = createExplicitMemory(p.geometry);
  const refused = mapPages(m, PID, p.pageTable);
  if (refused) return `the page table does not fit our memory: ${refused} (a bug of ours)`;
  return (function* () {
    let tick = 0;
    for (const va of p.addresses) {
      const pa = translateFast(m, PID, va, 'read', tick++);
      yield { va, vpn: Math.floor(va / p.geometry.pageSize), valid: pa >= 0, pa: pa >= 0 ? pa : null };
    }
  })();
}

/**
 * OSTEP's paging-linear-translate.py: a random linear page table and virtual addresses to translate. The
 * table is installed in one of our memories (mapPages) and every address goes through our MMU. On a command
 * line the text is streamed, each address drawn, translated and printed before the next.
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
    const made = translations(p);
    if (typeof made === 'string') return { ok: false, error: made };
    const answer = { pageTable: p.pageTable, translations: [...made] };
    return { ok: true, answer, text: linearTranslateText(v, answer) };
  },
  stream(v) {
    const p = linearTranslateProblem(v, 'streamed');
    if (typeof p === 'string') return { ok: false, error: p };
    const made = translations(p);
    if (typeof made === 'string') return { ok: false, error: made };
    return { ok: true, lines: linearTranslateLines(v, p.pageTable, made) };
  },
};
