import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROCESS_LIMITS, plainBursts, plainProcess, processSchema } from './processSchema';
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
          expect(Object.isFrozen(fast)).toBe(true);
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

// Mostly valid, so that a process has one wrong field (or none) often enough.
const mostly = <T, U>(valid: fc.Arbitrary<T>, edges: readonly T[], wrong: readonly U[]) =>
  fc.oneof(
    { arbitrary: valid, weight: 12 },
    { arbitrary: fc.constantFrom(...edges), weight: 3 },
    { arbitrary: fc.constantFrom(...wrong), weight: 1 },
  );

describe('plainProcess', () => {
  const int = (min: number, max: number) =>
    mostly(fc.integer({ min, max }), [min, max, -0], [min - 1, max + 1, 0.5, Number.NaN, Infinity, '1', null]);
  const maxMbps = PROCESS_LIMITS.maxNetworkMbps;
  const needs = fc.oneof(
    { arbitrary: fc.constantFrom(null, [], 'needs', undefined), weight: 1 },
    {
      arbitrary: fc.record(
        {
          memoryBytes: int(0, PROCESS_LIMITS.maxMemoryBytes),
          gpus: int(0, LIMITS.maxGpus),
          networkMbps: mostly(
            fc.double({ min: 0, max: maxMbps, noNaN: true }),
            [0, maxMbps, 0.5],
            [-1e-9, maxMbps + 0.5, Number.NaN, Infinity, '1'],
          ),
        },
        { requiredKeys: [] },
      ),
      weight: 6,
    },
  );
  const fields = fc.record(
    {
      pid: int(0, Number.MAX_SAFE_INTEGER),
      name: mostly(
        fc.string({ minLength: 1, maxLength: LIMITS.maxNameLength }),
        ['x'.repeat(LIMITS.maxNameLength)],
        ['', 'x'.repeat(LIMITS.maxNameLength + 1), 7],
      ),
      type: mostly(fc.constantFrom('USER', 'SYSTEM', 'AI_INFERENCE'), ['USER'], ['user', 3]),
      priority: fc.option(int(PROCESS_LIMITS.minPriority, PROCESS_LIMITS.maxPriority), { nil: undefined, freq: 4 }),
      arrival: int(0, LIMITS.maxTick),
      bursts: fc.constantFrom([1], [2, 3, 4], [0]),
      needs,
    },
    { requiredKeys: ['pid', 'name', 'type', 'arrival', 'bursts'] },
  );
  // A field plainProcess leaves to the schema, valid or not, at the top or in needs.
  const others = [{ deadline: 3 }, { deadline: undefined }, { nice: 0 }, { needs: { cpus: 1 } }];
  const process = fc.tuple(fields, mostly(fc.constant({}), [{}], others)).map(([f, e]) => ({ ...f, ...e }));

  it('accepts exactly what the schema accepts of a process with only the common fields, and makes the same', () => {
    fc.assert(
      fc.property(process, (raw) => {
        const fast = plainProcess(raw, plainBursts(raw.bursts) as number[]);
        const schema = processSchema.safeParse(raw);
        const common = !('deadline' in raw) && !('nice' in raw) && !('cpus' in Object(raw.needs));
        if (fast) {
          expect(schema.success).toBe(true);
          // Same keys in the same order: a scenario's JSON, and its hash, depend on the order.
          expect(JSON.stringify(fast)).toBe(JSON.stringify(schema.data));
          expect(Object.is(fast.pid, schema.data?.pid)).toBe(true);
        } else if (common) {
          expect(schema.success).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves anything that is not an object to the schema', () => {
    for (const raw of [null, undefined, 3, 'process', [], [{ pid: 0 }]]) expect(plainProcess(raw, [1])).toBeNull();
  });
});
