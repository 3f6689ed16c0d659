import { describe, expect, it } from 'vitest';
import { canTransition, stateIndex, TRANSITIONS } from './transitions';
import { PROCESS_STATES } from './types';

describe('canTransition', () => {
  it('allows exactly the moves the table names, for every pair of states', () => {
    for (const from of PROCESS_STATES)
      for (const to of PROCESS_STATES)
        expect(canTransition(from, to), `${from} -> ${to}`).toBe(to in TRANSITIONS[from]);
  });
});

describe('stateIndex', () => {
  it("is each state's place in PROCESS_STATES", () => {
    expect(PROCESS_STATES.map(stateIndex)).toEqual(PROCESS_STATES.map((_, i) => i));
  });
});
