import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { partsText } from '../textParts';
import { mallocScript } from './mallocScript';

function values(argv: string[]) {
  const parsed = optparse(argv, mallocScript.specs, mallocScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.values;
}

function streamed(argv: string[]) {
  const r = mallocScript.stream?.(values(argv));
  if (!r) throw new Error('malloc streams its text');
  return r;
}

describe("malloc's text, streamed from the allocator", () => {
  it("is byte for byte the text of the engine's run, whatever the flags (fast-check)", () => {
    const op = fc.oneof(
      fc.integer({ min: 1, max: 40 }).map((n) => `+${n}`),
      fc.integer({ min: 0, max: 8 }).map((i) => `-${i}`),
    );
    fc.assert(
      fc.property(
        fc.record({
          policy: fc.constantFrom('BEST', 'WORST', 'FIRST', 'NEXT'),
          order: fc.constantFrom('ADDRSORT', 'SIZESORT+', 'SIZESORT-', 'INSERT-FRONT', 'INSERT-BACK'),
          coalesce: fc.boolean(),
          solve: fc.boolean(),
          header: fc.constantFrom(0, 4, 8),
          align: fc.constantFrom(-1, 4),
          seed: fc.nat(50),
          n: fc.nat(60),
          percent: fc.integer({ min: 1, max: 100 }),
          list: fc.option(fc.array(op, { minLength: 1, maxLength: 20 }), { nil: undefined }),
        }),
        (f) => {
          const argv = [
            '-p',
            f.policy,
            '-l',
            f.order,
            '-H',
            String(f.header),
            '-a',
            String(f.align),
            '-S',
            '200',
            ...(f.list ? ['-A', f.list.join(',')] : ['-s', String(f.seed), '-n', String(f.n), '-P', String(f.percent)]),
            ...(f.coalesce ? ['-C'] : []),
            ...(f.solve ? ['-c'] : []),
          ];
          const whole = mallocScript.solve(values(argv), runScenario);
          const stream = streamed(argv);
          if (!whole.ok) return expect(stream).toEqual({ ok: false, error: whole.error });
          if (!stream.ok) throw new Error(stream.error);
          expect(partsText(stream.lines)).toBe(whole.text);
        },
      ),
      { seed: 21, numRuns: 150 },
    );
  });

  it('takes as many operations as OSTEP does, made as they are printed; an answer held whole keeps its bound', () => {
    const argv = ['-s', '1', '-n', '100000', '-S', '100000', '-r', '500', '-p', 'BEST', '-C', '-c'];
    const stream = streamed(argv);
    if (!stream.ok) throw new Error(stream.error);
    // Lazy: the first lines come without the 100,000 steps being taken.
    const first = stream.lines[Symbol.iterator]();
    expect(first.next().value).toBe('seed 1');
    expect(mallocScript.solve(values(argv), runScenario)).toEqual({
      ok: false,
      error:
        "-n/--numOps must be at most 1000 when the answer is held whole (got 100000; the command line prints OSTEP's text as it is made, without this limit)",
    });
  });

  it('refuses before printing anything what OSTEP crashes on', () => {
    expect(streamed(['-S', '10', '-A', '+20,+5,-0'])).toEqual({
      ok: false,
      error: '-A/--allocList: operation 2 frees ptr[0], whose allocation failed (OSTEP crashes on this)',
    });
  });
});
