import { describe, expect, it } from 'vitest';
import { flagTable } from './flags';
import { usageText } from './usage';

const FLAGS = flagTable([
  { short: '-s', long: '--seed', dest: 'seed', type: 'int', default: 0, help: 'the seed (default %default)' },
  { short: '-S', long: '--switch', dest: 'sw', metavar: 'SW', type: 'string', default: 'ON', help: 'two\nlines' },
  { short: '-m', long: '--maxlength', dest: 'maxlength', type: 'int', default: 10, help: 'long option' },
  { short: '-A', long: '--allocationList', dest: 'a', type: 'string', default: '', help: 'h', synopsis: '-A LIST' },
  { short: '-C', long: '--coalesce', dest: 'coalesce', type: 'bool', help: 'a flag' },
  { short: '-c', dest: 'solve', type: 'bool', help: 'compute' },
]);
const HEAD = { name: 'demo', path: 'dir/demo.py', runsOn: 'run here' };

describe('usageText', () => {
  it("lines the options up as optparse's help does, from the table alone", () => {
    expect(usageText(HEAD, FLAGS, { width: 22 })).toBe(
      [
        'Usage: sim ostep demo [options]      (OSTEP dir/demo.py, run here)',
        '  -s SEED, --seed=SEED  the seed (default 0)',
        '  -S SW, --switch=SW    two',
        '                        lines',
        '  -m MAXLENGTH, --maxlength=MAXLENGTH  long option',
        '  -A LIST               h',
        '  -C, --coalesce        a flag',
        '  -c                    compute',
      ].join('\n'),
    );
  });

  it('puts the help of a long option on the next line from `nextLineFrom` characters on', () => {
    const text = usageText(HEAD, FLAGS, { width: 22, nextLineFrom: 30 }).split('\n');
    expect(text[4]).toBe('  -m MAXLENGTH, --maxlength=MAXLENGTH');
    expect(text[5]).toBe('                        long option');
  });
});
