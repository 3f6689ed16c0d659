import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_ENTRY } from '../memory/twoLevelMap';
import { twoLevelErrors, walkTwoLevel } from '../memory/twoLevelWalk';
import { answerKey, makeExercise } from './exercise';
import { gradeExercise } from './grade';
import { multilevelExercise, multilevelParams } from './multilevelExercise';
import type { Difficulty, ExerciseSpec } from './types';

const spec = (seed = 7, difficulty: Difficulty = 1): ExerciseSpec => ({ kind: 'multilevel', seed, difficulty });

/** The memory of the hand-worked walk: directory page 4, its entry 1 -> table page 2, entry 3 -> data page 5. */
function handMemory(): number[][] {
  const pages = Array.from({ length: 8 }, () => Array.from({ length: 32 }, () => 0));
  pages[4]!.fill(EMPTY_ENTRY);
  pages[4]![1] = 0x82;
  pages[2]!.fill(EMPTY_ENTRY);
  pages[2]![3] = 0x85;
  return pages;
}

describe('multi-level page-table exercises', () => {
  it('hand-worked: 0x467 reads the PDE at 0x81, the PTE at 0x43, and is physical 0xa7; 0x867 faults at its PDE', () => {
    const ex = multilevelExercise(spec(), { pages: handMemory(), pdbr: 4, addresses: [0x467, 0x867, 0x487] });
    expect(answerKey(ex)).toEqual(['129', '67', '167', '130', 'none', 'fault', '129', '68', 'fault']);
    expect(ex.questions[2]?.steps).toEqual([
      'Virtual address 0x467 is VPN 0x23: directory index 1, table index 3, offset 7',
      'PDE at 0x81 (page 4, entry 1) = 0x82: valid, page table in page 2',
      'PTE at 0x43 (page 2, entry 3) = 0x85: valid, data in page 5',
      'Physical address 0xa7 (page 5, byte 7) holds 0x00',
      'So virtual 0x0467 is physical 0x0a7 (167).',
    ]);
    const graded = gradeExercise(ex, ['0x81', '0x43', '0xa7', '130', 'none', 'fault', '129', 'none', 'fault']);
    expect(graded.map((r) => r.right)).toEqual([true, true, true, true, true, true, true, false, true]);
  });

  it('shows the memory as a dump of pages and asks three questions an address, more as it gets harder', () => {
    const ex = makeExercise(spec(42, 2));
    expect(ex.tables[0]?.rows).toHaveLength(24);
    expect(ex.tables[0]?.rows[0]?.[1]).toMatch(/^([0-9a-f]{2} ){31}[0-9a-f]{2}$/);
    expect(ex.questions).toHaveLength(9);
    expect([1, 2, 3].map((d) => makeExercise(spec(5, d as Difficulty)).questions.length)).toEqual([6, 9, 12]);
  });

  it('every generated memory is walkable, and its answers are the walker’s: a mix of translations and faults (fast-check)', () => {
    const outcomes = new Set<string>();
    fc.assert(
      fc.property(fc.nat(2 ** 32 - 1), fc.constantFrom<Difficulty>(1, 2, 3), (seed, difficulty) => {
        const p = multilevelParams(seed, difficulty);
        expect(twoLevelErrors(p.pages, p.pdbr)).toBeNull();
        const key = answerKey(multilevelExercise(spec(seed, difficulty), p));
        p.addresses.forEach((va, i) => {
          const w = walkTwoLevel(p.pages, p.pdbr, va);
          expect(key[3 * i + 2]).toBe(w.ok ? String(w.physical) : 'fault');
          outcomes.add(w.ok ? 'ok' : `${w.fault.kind}:${'level' in w.fault ? w.fault.level : ''}`);
        });
      }),
      { seed: 20, numRuns: 80 },
    );
    expect([...outcomes].sort()).toEqual(['invalidEntry:pde', 'invalidEntry:pte', 'ok']);
  });
});
