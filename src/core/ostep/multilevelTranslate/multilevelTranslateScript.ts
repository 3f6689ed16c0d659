import { walkTwoLevel } from '../../memory/twoLevelWalk';
import { scriptFlags, type OstepScript } from '../script';
import {
  memoryOf,
  translationOf,
  type MultilevelTranslateAnswers,
  type MultilevelTranslation,
} from './multilevelTranslateAnswers';
import { MULTILEVEL_TRANSLATE_FLAGS } from './multilevelTranslateFlags';
import { multilevelTranslateProblem, type MultilevelTranslateProblem } from './multilevelTranslateProblem';
import { multilevelTranslateFlagsOf, multilevelTranslateScenario } from './multilevelTranslateScenario';
import { multilevelTranslateLines, multilevelTranslateText } from './multilevelTranslateText';

/** Each address walked through the problem's memory by our two-level walker, as it is taken. */
function* translations(p: MultilevelTranslateProblem): Generator<MultilevelTranslation> {
  for (const va of p.addresses) yield translationOf(va, walkTwoLevel(p.pages, p.pdbr, va));
}

/**
 * OSTEP's paging-multilevel-translate.py: a memory dump holding a two-level page table and virtual addresses to
 * translate. The memory is built as OSTEP builds it (mapTwoLevel, draw for draw) and every answer is a walk by our
 * walker (walkTwoLevel), the PDE and PTE it reads printed as OSTEP prints them. On a command line the text is
 * streamed, each address drawn, walked and printed before the next.
 */
export const multilevelTranslateScript: OstepScript<MultilevelTranslateAnswers, typeof MULTILEVEL_TRANSLATE_FLAGS> = {
  ...scriptFlags(
    {
      name: 'paging-multilevel-translate',
      path: 'vm-smalltables/paging-multilevel-translate.py',
      runsOn: 'on our two-level page-table walker',
    },
    MULTILEVEL_TRANSLATE_FLAGS,
    { width: 22, nextLineFrom: 22 },
  ),
  solve(v) {
    const p = multilevelTranslateProblem(v);
    if (typeof p === 'string') return { ok: false, error: p };
    const answer = { pdbr: p.pdbr, memory: memoryOf(p.pages), translations: [...translations(p)] };
    const scenario = multilevelTranslateScenario(v);
    return {
      ok: true,
      answer,
      text: multilevelTranslateText(v, answer),
      ...(typeof scenario === 'string' ? {} : { scenario }),
    };
  },
  stream(v) {
    const p = multilevelTranslateProblem(v, 'streamed');
    if (typeof p === 'string') return { ok: false, error: p };
    return { ok: true, lines: multilevelTranslateLines(v, p.pages, p.pdbr, translations(p)) };
  },
  scenario: multilevelTranslateScenario,
  flagsOf: multilevelTranslateFlagsOf,
};
