import { describe, expect, it } from 'vitest';
import { pySeed, type PyRandomState } from '../../ostep/pyRandom';
import { REPLACEMENTS } from '../types';
import { REPLACEMENT_MODULES, replacementPolicy } from './registry';

/** Six victims of RANDOM over eight full frames, drawn from CPython's stream `python`. */
function draws(python: PyRandomState): (number | undefined)[] {
  const p = replacementPolicy('RANDOM', { pythonRandom: python });
  const s = p.init(8, 1);
  for (let f = 0; f < 8; f++) p.onLoad(s, f, f);
  return Array.from({ length: 6 }, () => p.chooseVictim(s, () => true)?.frame);
}

describe('the replacement registry', () => {
  it('holds every policy under its own name, with a label and a one-line description', () => {
    for (const name of REPLACEMENTS) {
      const m = REPLACEMENT_MODULES[name];
      expect(m.name).toBe(name);
      expect(m.create({}).name).toBe(name);
      expect(m.label).not.toBe('');
      expect(m.description).not.toMatch(/\n/);
    }
  });

  it('lets a live run use every policy but OPT and UNOPT, which need the future references', () => {
    expect(REPLACEMENTS.filter((r) => !REPLACEMENT_MODULES[r].live)).toEqual(['OPT', 'UNOPT']);
  });

  it('hands each policy the options it reads', () => {
    expect(draws(pySeed(0))).toEqual(draws(pySeed(0)));
    expect(draws(pySeed(0))).not.toEqual(draws(pySeed(1)));
  });
});
