import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataPlace } from '../storage/raid/raidMap';
import { makeRaidExercise, raidProblem } from './raidExercise';
import type { Difficulty } from './types';

const spec = (seed: number, difficulty: Difficulty) => ({ kind: 'raid' as const, seed, difficulty });

describe('the RAID mapping exercise', () => {
  it('places blocks as the book draws RAID 5 left-symmetric over 4 disks (parity rotating right to left)', () => {
    // OSTEP chapter 38's layout: row 0 = 0 1 2 P, row 1 = 4 5 P 3, row 2 = 8 P 6 7, row 3 = P 9 10 11
    const c = { level: 5, disks: 4, chunk: 1, layout: 'LS' } as const;
    const rows = [
      [0, 1, 2, null],
      [4, 5, null, 3],
      [8, null, 6, 7],
      [null, 9, 10, 11],
    ];
    rows.forEach((row, offset) =>
      row.forEach((block, disk) => {
        if (block !== null) expect(dataPlace(c, block)).toEqual({ disk, offset });
      }),
    );
  });

  it('asks disk and offset of each block, then the I/Os of each write; a small write costs 4 on RAID 4 and 5', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), fc.constantFrom<Difficulty>(1, 2, 3), (seed, d) => {
        const ex = makeRaidExercise(spec(seed, d));
        const p = raidProblem(spec(seed, d));
        expect(ex.questions.length).toBe(2 * p.blocks.length + p.writes.length);
        const single = ex.questions.find((q) => q.id === 'write-1');
        if (single && p.config.level !== 1) expect(single.expected).toBe('4');
        if (single && p.config.level === 1) expect(single.expected).toBe('2');
        // RAID 0 and 4 by their plain arithmetic: chunk c goes to disk c mod (data disks)
        if (p.config.level === 0 || p.config.level === 4) {
          const dataDisks = p.config.level === 0 ? 4 : 3;
          for (const b of p.blocks) {
            const chunk = Math.floor(b / p.config.chunk);
            expect(ex.questions.find((q) => q.id === `disk-${b}`)?.expected).toBe(String(chunk % dataDisks));
          }
        }
      }),
      { seed: 38, numRuns: 80 },
    );
  });
});
