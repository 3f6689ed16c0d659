import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shallow } from 'zustand/vanilla/shallow';
import { sameShallow } from './useShallow';

// Values shared between the two sides, so that equal ones (by identity, NaN, ±0) come up often.
const pool = [0, -0, 1, NaN, 'a', '', null, undefined, true, {}, [], [1], new Map([['a', 1]])];
const value = fc.constantFrom(...pool);
const plain = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), value, { maxKeys: 4 });
const array = fc.array(value, { maxLength: 4 });
const any = fc.oneof(plain, array, value, fc.constantFrom(new Map([['a', 1]]), new Set([1]), new Date(0)));
/** A value and a near copy of it: the same, one key changed, dropped or added. */
const nearPair = fc.oneof(plain, array).chain((a) =>
  fc
    .tuple(fc.constant(a), fc.constantFrom('a', 'b', 'e'), value, fc.constantFrom('same', 'set', 'drop'))
    .map(([x, key, v, how]) => {
      const b: Record<string, unknown> | unknown[] = Array.isArray(x) ? [...x] : { ...x };
      if (Array.isArray(b)) {
        if (how === 'set') b[0] = v;
        if (how === 'drop') b.pop();
      } else {
        if (how === 'set') b[key] = v;
        if (how === 'drop') delete b[key];
      }
      return [x, b] as const;
    }),
);

describe('sameShallow', () => {
  it("says what zustand's shallow says, for any two values", () => {
    fc.assert(fc.property(any, any, (a, b) => sameShallow(a, b) === shallow(a, b)));
  });

  it("says what zustand's shallow says for a value and its near copy", () => {
    fc.assert(
      fc.property(nearPair, ([a, b]) => sameShallow(a, b) === shallow(a, b) && sameShallow(b, a) === shallow(b, a)),
    );
  });

  it('tells a key missing on one side from one set to undefined', () => {
    expect(sameShallow({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameShallow({ a: 1, b: undefined }, { a: 1 })).toBe(false);
    expect(sameShallow({ a: 1, b: undefined }, { a: 1, b: undefined })).toBe(true);
  });
});
