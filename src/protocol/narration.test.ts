import { describe, expect, it } from 'vitest';
import { freshNarration, narrationSince } from './narration';

const l = (tick: number, text: string) => ({ tick, kind: 'k', pid: null, text });

describe('narration diffs', () => {
  it('after a move forward: the lines after the old last line', () => {
    expect(freshNarration([l(1, 'a'), l(2, 'b')], [l(1, 'a'), l(2, 'b'), l(3, 'c')])).toEqual([l(3, 'c')]);
    expect(freshNarration([], [l(0, 'a')])).toEqual([l(0, 'a')]);
    // the old last line slid out of the window: whatever is new from its tick on
    expect(freshNarration([l(1, 'a'), l(2, 'b')], [l(2, 'b2'), l(5, 'c')])).toEqual([l(2, 'b2'), l(5, 'c')]);
  });
  it('after a step back: nothing', () => {
    expect(freshNarration([l(0, 'a'), l(0, 'b'), l(3, 'c')], [l(0, 'a'), l(0, 'b')])).toEqual([]);
  });
  it('after an operation: what is new from its tick on, even before lines seen already', () => {
    const before = [l(0, 'arrives'), l(3, 'dispatch')];
    const after = [l(0, 'arrives'), l(3, 'killed'), l(3, 'dispatch')];
    expect(narrationSince(before, after, 3)).toEqual([l(3, 'killed')]);
    expect(narrationSince([l(3, 'x')], [l(3, 'x'), l(3, 'x')], 3)).toEqual([l(3, 'x')]);
  });
});
