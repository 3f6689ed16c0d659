import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson } from './jsonScan';

describe('scanJson', () => {
  it('counts brackets outside strings only', () => {
    expect(scanJson('{"a":[1,{"b":"[[[{{{"}]}', 64)).toEqual({ ok: true, depth: 3 });
    expect(scanJson('["\\"[[["]', 64)).toEqual({ ok: true, depth: 1 });
    expect(scanJson('[[[[', 3)).toEqual({ ok: false, problem: 'depth', depth: 4 });
  });

  it('finds a key given twice in one object, with its line, however it is escaped', () => {
    expect(scanJson('{"a": 1,\n "b": {"a": 2},\n "a": 3}', 64)).toEqual({
      ok: false,
      problem: 'duplicate',
      key: 'a',
      line: 3,
    });
    expect(scanJson('{"quantum": 1, "\\u0071uantum": 2}', 64)).toMatchObject({ problem: 'duplicate', key: 'quantum' });
  });

  it('does not take values, array items or keys of sibling objects for repeats', () => {
    expect(scanJson('{"a": "a", "b": ["a", "a"], "c": [{"a": 1}, {"a": 2}], "d": {"e": "a"}}', 64).ok).toBe(true);
  });

  it('finds a repeat exactly when some object of the value names a key twice', () => {
    const keys = fc.constantFrom('a', 'b', 'c');
    const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.integer(),
        fc.string({ maxLength: 3 }),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.array(fc.tuple(keys, tie('node')), { maxLength: 4 }).map((entries) => ({ entries })),
      ),
    })).node;
    const text = (v: unknown): string =>
      Array.isArray(v)
        ? `[${v.map(text).join(',')}]`
        : typeof v === 'object' && v !== null
          ? `{${(v as { entries: [string, unknown][] }).entries.map(([k, x]) => `${JSON.stringify(k)}:${text(x)}`).join(',')}}`
          : JSON.stringify(v);
    const repeats = (v: unknown): boolean =>
      Array.isArray(v)
        ? v.some(repeats)
        : typeof v === 'object' && v !== null
          ? ((e) => new Set(e.map(([k]) => k)).size < e.length || e.some(([, x]) => repeats(x)))(
              (v as { entries: [string, unknown][] }).entries,
            )
          : false;
    fc.assert(
      fc.property(value, (v) => {
        expect(scanJson(text(v), 64).ok).toBe(!repeats(v));
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });
});
