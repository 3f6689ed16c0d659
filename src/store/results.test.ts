import { describe, expect, it } from 'vitest';
import { refusalOf, refusalText, refusedWith } from './results';

describe('refusals', () => {
  it('come from field errors, a failure in words, or the silence of a crashed simulation', () => {
    const errors = [{ path: 'scheduler.quantum', limit: '≥ 1', message: 'quantum must be at least 1' }];
    expect(refusalOf({ type: 'invalid', id: 1, errors })).toEqual({ ok: false, errors });
    expect(refusalOf({ type: 'error', id: 1, message: 'No scenario is loaded yet.' })).toEqual(
      refusedWith('No scenario is loaded yet.'),
    );
    expect(refusalText(refusalOf(null))).toBe('The simulation did not answer.');
  });

  it('read as one line, messages joined', () => {
    const two = { ok: false as const, errors: [refusedWith('a').errors[0]!, refusedWith('b').errors[0]!] };
    expect(refusalText(two)).toBe('a; b');
  });
});
