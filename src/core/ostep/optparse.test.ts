import { describe, expect, expectTypeOf, it } from 'vitest';
import { defaultsOf, flagTable, type OptionsOf } from './flags';
import { optparse } from './optparse';

const FLAGS = flagTable([
  { short: '-s', long: '--seed', dest: 'seed', type: 'int', default: 0, help: '' },
  { short: '-r', long: '--rate', dest: 'rate', type: 'float', default: 0.5, help: '' },
  { short: '-l', long: '--list', dest: 'list', type: 'string', default: '', help: '' },
  { short: '-L', long: '--listOrder', dest: 'order', type: 'string', default: '', help: '' },
  {
    short: '-p',
    long: '--policy',
    dest: 'policy',
    type: 'choice',
    choices: ['FIFO', 'SJF', 'RR'],
    default: 'FIFO',
    help: '',
  },
  {
    short: '-q',
    long: '--queue',
    dest: 'queue',
    type: 'choice',
    choices: ['A', 'B'],
    default: 'A',
    mustBe: 'one of A, B',
    help: '',
  },
  { short: '-c', dest: 'solve', type: 'bool', help: '' },
]);
const DEFAULTS = defaultsOf(FLAGS);
const parse = (...argv: string[]) => optparse(argv, FLAGS, DEFAULTS);
const values = (...argv: string[]) => {
  const r = parse(...argv);
  if (!r.ok) throw new Error(r.error);
  return r.values;
};
const error = (...argv: string[]) => {
  const r = parse(...argv);
  return r.ok ? 'accepted' : r.error;
};

describe('a flag table', () => {
  it('types its options from the rows: numbers, strings, booleans and the union of the choices', () => {
    expectTypeOf<OptionsOf<typeof FLAGS>>().toEqualTypeOf<{
      readonly seed: number;
      readonly rate: number;
      readonly list: string;
      readonly order: string;
      readonly policy: 'FIFO' | 'SJF' | 'RR';
      readonly queue: 'A' | 'B';
      readonly solve: boolean;
    }>();
    expect(DEFAULTS).toEqual({ seed: 0, rate: 0.5, list: '', order: '', policy: 'FIFO', queue: 'A', solve: false });
  });
});

describe('optparse', () => {
  it("reads optparse's forms: -s5, -s 5, --seed=5, --seed 5, a unique prefix, grouped short flags", () => {
    for (const argv of [['-s5'], ['-s', '5'], ['--seed=5'], ['--seed', '5'], ['--se', '5']])
      expect(values(...argv).seed).toBe(5);
    expect(values('-cs', '5')).toMatchObject({ solve: true, seed: 5 });
    expect(values('-cs5')).toMatchObject({ solve: true, seed: 5 });
    expect(values('-s', '-3').seed).toBe(-3);
    expect(values('-l', '-1,2').list).toBe('-1,2');
  });

  it("reads integers as optparse does (010 is octal) and floats as Python's float()", () => {
    expect(values('-s', '010').seed).toBe(8);
    expect(values('-s', '0x1f').seed).toBe(31);
    expect(values('-s', '0b11').seed).toBe(3);
    expect(values('-s', ' 7 ').seed).toBe(7);
    expect(values('-r', '1e-1').rate).toBe(0.1);
    expect(error('-s', '1.5')).toBe('-s/--seed: invalid integer value "1.5"');
    expect(error('-r', 'x')).toBe('-r/--rate: invalid floating-point value "x"');
  });

  it('refuses what optparse refuses, and positional arguments', () => {
    expect(error('-x')).toBe('no such option: -x');
    expect(error('--nope')).toBe('no such option: --nope');
    expect(error('--l', 'a')).toBe('ambiguous option: --l (--list, --listOrder?)');
    expect(values('--list', 'a').list).toBe('a');
    expect(error('-s')).toBe('-s/--seed requires a value');
    expect(error('pos')).toBe('unexpected argument "pos" (OSTEP\'s scripts take only options)');
  });

  it('checks choices once every argument is read, in table order; -h (always there) still asks for the usage', () => {
    expect(values('-p', 'RR').policy).toBe('RR');
    expect(error('-p', 'X', '-s', 'y')).toBe('-s/--seed: invalid integer value "y"');
    expect(error('-q', 'C', '-p', 'X')).toBe('-p/--policy must be FIFO, SJF or RR (got "X")');
    expect(error('-q', 'C')).toBe('-q/--queue must be one of A, B (got "C")');
    expect(parse('-p', 'X', '-h')).toMatchObject({ ok: false, help: true });
    expect(parse('--he')).toMatchObject({ ok: true, help: true });
    expect(parse('-h', '-x')).toMatchObject({ ok: false, help: false });
    expect(parse('-c')).toEqual({ ok: true, help: false, values: { ...DEFAULTS, solve: true } });
  });
});
