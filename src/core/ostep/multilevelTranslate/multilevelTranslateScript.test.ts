import { describe, expect, it } from 'vitest';
import { walkTwoLevel } from '../../memory/twoLevelWalk';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { solveOstep } from '../solve';
import type { MultilevelTranslateAnswers } from './multilevelTranslateAnswers';
import { multilevelTranslateScript } from './multilevelTranslateScript';

function values(argv: string[]) {
  const parsed = optparse(argv, multilevelTranslateScript.specs, multilevelTranslateScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.values;
}

function answers(argv: string[]): MultilevelTranslateAnswers {
  const r = multilevelTranslateScript.solve(values(argv), runScenario);
  if (!r.ok) throw new Error(r.error);
  return r.answer;
}

describe('paging-multilevel-translate on our walker', () => {
  it("answers seed 0's first address as the book's worked walk: PDE, then PTE, then the byte", () => {
    const a = answers(['-s', '0']);
    expect(a.pdbr).toBe(108);
    expect(a.memory).toHaveLength(128);
    expect(a.translations[0]).toEqual({
      va: 0x611c,
      pde: { index: 24, address: 108 * 32 + 24, contents: 0xa1, valid: true, pfn: 33 },
      pte: { index: 8, address: 33 * 32 + 8, contents: 0xb5, valid: true, pfn: 53 },
      pa: 0x6bc,
      value: 0x08,
      fault: null,
    });
    expect(a.translations[1]).toMatchObject({ va: 0x3da8, pa: null, fault: { kind: 'invalidEntry', level: 'pte' } });
  });

  it('homework question 2: a lookup reads memory three times (PDE, PTE, data), a fault once or twice', () => {
    for (const seed of ['0', '1', '2']) {
      const a = answers(['-s', seed]);
      for (const t of a.translations) {
        const w = walkTwoLevel(a.memory, a.pdbr, t.va);
        const reads = w.steps.filter((s) => s.step === 'entry' || s.step === 'data').length;
        expect(reads).toBe(t.fault === null ? 3 : t.pte === null ? 1 : 2);
      }
    }
  });

  it("refuses what OSTEP stops on with an AssertionError: more pages than memory's 128", () => {
    expect(multilevelTranslateScript.solve(values(['-a', '120']), runScenario)).toEqual({
      ok: false,
      error:
        '-a/--allocated: 120 pages, their page-table pages and the directory need more than the 128 physical pages (OSTEP stops with an AssertionError)',
    });
    expect(multilevelTranslateScript.stream?.(values(['-a', '120']))).toMatchObject({ ok: false });
  });

  it('holds at most a million addresses in an answer; the streamed text has no such bound and draws lazily', () => {
    expect(multilevelTranslateScript.solve(values(['-n', '2000000']), runScenario)).toMatchObject({
      ok: false,
      error: expect.stringContaining('-n/--addresses must be at most 1000000'),
    });
    const s = multilevelTranslateScript.stream?.(values(['-n', '2000000', '-c']));
    if (!s?.ok) throw new Error('streams');
    const first = s.lines[Symbol.iterator]().next();
    expect(first.value).toBe('ARG seed 0\nARG allocated 64\nARG num 2000000\n');
  });

  it('answers --batch with the text beside the result, and names its OSTEP file in -h', () => {
    const r = solveOstep('paging-multilevel-translate', ['-s', '1', '-n', '2', '-c'], runScenario);
    expect(r).toMatchObject({ ok: true, answer: { translations: [{}, {}] } });
    if (!r.ok) return;
    expect(r.text).toMatch(/^ARG seed 1\n/);
    expect(multilevelTranslateScript.usage).toMatch(/vm-smalltables\/paging-multilevel-translate\.py/);
  });
});
