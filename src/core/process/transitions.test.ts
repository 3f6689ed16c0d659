import { describe, expect, it } from 'vitest';
import { canTransition, TRANSITIONS } from './transitions';
import { PROCESS_STATES } from './types';

describe('canTransition', () => {
  it('allows exactly the moves the table names, for every pair of states', () => {
    for (const from of PROCESS_STATES)
      for (const to of PROCESS_STATES)
        expect(canTransition(from, to), `${from} -> ${to}`).toBe(to in TRANSITIONS[from]);
  });
});
