import { describe, expect, it } from 'vitest';
import { decimalPlaces, schedulerProblem } from './schedulerCommand';
import { optparse } from '../optparse';
import { schedulerScript } from './schedulerScript';

describe('decimalPlaces: the places a float literal needs to be exact, read from its text', () => {
  it.each([
    ['10', 0],
    ['2.5', 1],
    ['2.50', 1],
    ['2.50e1', 0],
    ['25e-2', 2],
    [' 0.125 ', 3],
    ['1_000.0_5', 2],
    ['0.0', 0],
    ['.5', 1],
    ['3.', 0],
  ])('%s needs %i', (text, places) => {
    expect(decimalPlaces(text)).toBe(places);
  });
});

/** scheduler.py's flags -> the problem. */
const problem = (...argv: string[]) => {
  const o = optparse(argv, schedulerScript.specs, schedulerScript.defaults);
  if (!o.ok) throw new Error(o.error);
  return schedulerProblem(o.values);
};

describe('schedulerProblem: lengths with decimals make a tick a power-of-ten part of OSTEP’s unit', () => {
  it('scales every length and the quantum by the smallest power of ten that makes them whole', () => {
    expect(problem('-l', '2.5,1.25,3', '-p', 'RR', '-q', '2')).toEqual({
      lengths: [250, 125, 300],
      given: [2.5, 1.25, 3],
      scale: 100,
      policy: 'RR',
      quantum: 200,
      fromList: true,
    });
  });

  it('keeps whole lengths at one tick per unit', () => {
    expect(problem('-l', '10,20')).toMatchObject({ lengths: [10, 20], scale: 1, quantum: 1 });
  });

  it('refuses a length finer than a millionth, naming the limit', () => {
    expect(problem('-l', '1,0.0000001')).toBe(
      '-l/--jlist: job 1 has length 0.0000001; lengths are counted in steps of 10^-6 at the finest here',
    );
  });

  it('refuses a quantum that scaled passes the tick limit', () => {
    expect(problem('-l', '0.000001', '-q', '2000', '-p', 'RR')).toMatch(
      /^-q\/--quantum: 2000 is 2000000000 ticks of 1\/1000000; at most 1000000000$/,
    );
  });
});
