import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainBursts, processSchema } from './processSchema';
import { LIMITS } from './types';

const burstsSchema = processSchema.shape.bursts;

describe('plainBursts', () => {
  it('accepts exactly what the schema accepts, and returns a copy of it', () => {
    const burst = fc.oneof(
      fc.integer({ min: 0, max: 50 }),
      fc.constantFrom(-1, 0.5, LIMITS.maxTick, LIMITS.maxTick + 1, Number.NaN, Infinity, '3', null),
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(burst, { maxLength: 7 }), fc.constantFrom(undefined, 'bursts', {})), (bursts) => {
        const fast = plainBursts(bursts);
        const schema = burstsSchema.safeParse(bursts);
        expect(fast !== null).toBe(schema.success);
        if (fast) {
          expect(fast).toEqual(schema.data);
          expect(fast).not.toBe(bursts);
        }
      }),
    );
  });

  it('refuses a list longer than the limit, as the schema does', () => {
    const long = Array.from({ length: LIMITS.maxBursts + 2 }, () => 1);
    expect(plainBursts(long)).toBeNull();
    expect(burstsSchema.safeParse(long).success).toBe(false);
  });
});
