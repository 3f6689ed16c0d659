import { describe, expect, it } from 'vitest';
import { memoryConfigErrors } from './configErrors';
import { DEFAULT_MEMORY } from './defaults';
import { REPLACEMENTS } from './types';

describe('memoryConfigErrors: replacement', () => {
  it('refuses the policies that need future references (OPT, UNOPT) and takes every other', () => {
    for (const replacement of REPLACEMENTS) {
      const errors = memoryConfigErrors({ ...DEFAULT_MEMORY, replacement });
      if (replacement === 'OPT' || replacement === 'UNOPT') {
        expect(errors).toHaveLength(1);
        expect(errors[0]).toMatchObject({
          path: 'memory.replacement',
          message: expect.stringContaining('reference string'),
        });
        expect(errors[0]!.limit).toBe('LRU, FIFO, CLOCK, SECOND_CHANCE, AGING, RANDOM, MRU, CLOCK_COUNTERS');
      } else expect(errors).toEqual([]);
    }
  });
});
