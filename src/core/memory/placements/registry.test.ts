import { describe, expect, it } from 'vitest';
import { PLACEMENTS } from '../types';
import { PLACEMENT_MODULES } from './registry';

describe('the placement registry', () => {
  it('holds every placement under its own name, with a label', () => {
    for (const name of PLACEMENTS) {
      expect(PLACEMENT_MODULES[name].name).toBe(name);
      expect(PLACEMENT_MODULES[name].label).not.toBe('');
    }
  });
});
