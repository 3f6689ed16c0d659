import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepCopy } from './deepCopy';
import { deepFreeze } from './deepFreeze';

describe('deepCopy', () => {
  it('copies arrays, plain objects, Maps, Sets and typed arrays, and shares what is frozen', () => {
    const frozen = deepFreeze({ list: [1, 2] });
    const x = {
      a: [{ n: 1 }, { n: 2, more: [3] }],
      m: new Map([[1, { v: [1] }]]),
      s: new Set(['k']),
      t: new Int32Array([1, 2]),
      frozen,
      none: null,
      gone: undefined,
    };
    const c = deepCopy(x);
    expect(c).toEqual(x);
    expect(c.a[1]).not.toBe(x.a[1]);
    expect(c.a[1]?.more).not.toBe(x.a[1]?.more);
    expect(c.m.get(1)).not.toBe(x.m.get(1));
    expect(c.s).not.toBe(x.s);
    expect(c.t).not.toBe(x.t);
    expect(c.frozen).toBe(frozen);
    expect(Object.keys(c)).toEqual(Object.keys(x));
  });

  it('shares the arrays it is told to share (the logs)', () => {
    const log = [{ e: 1 }];
    const c = deepCopy({ log, other: [1] }, new Set([log]));
    expect(c.log).toBe(log);
  });

  it('copies objects of differing shapes side by side in one array exactly (the shape copiers fall back)', () => {
    const list: object[] = [
      { a: 1, b: { c: 2 } },
      { a: 1, b: { c: 2 } },
      { b: 1, a: 2 },
      { a: 1, x: 3 },
      { a: 1, b: undefined },
      { a: 1 },
      { a: 1, b: 2, c: 3 },
      Object.assign(Object.create(null) as object, { a: 1 }),
      JSON.parse('{"__proto__": {"p": 1}, "a": 1}') as object,
    ];
    const c = deepCopy(list);
    expect(c).toEqual(list);
    c.forEach((o, i) => {
      expect(o).not.toBe(list[i]);
      expect(Object.keys(o)).toEqual(Object.keys(list[i] as object));
      expect(Object.getPrototypeOf(o)).toBe(Object.getPrototypeOf(list[i]));
    });
  });

  it('equals its source for any JSON-like value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(deepCopy(v)).toStrictEqual(v);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('throws on what a copy cannot reproduce: class instances and Maps keyed by objects', () => {
    expect(() => deepCopy({ d: new Date(0) })).toThrow(/plain data/);
    expect(() => deepCopy(new Map([[{}, 1]]))).toThrow(/identity/);
  });
});
