import { describe, expect, it } from 'vitest';
import type { NarrationLine } from '../../protocol';
import { newNarration } from './newNarration';

const line = (tick: number, text: string): NarrationLine => ({ tick, kind: 'dispatch', pid: 1, text });
const a = line(0, 'P1 arrives');
const b = line(0, 'P1 runs');
const c = line(3, 'P1 exits');
const d = line(5, 'P2 arrives');

describe('newNarration', () => {
  it('gives the lines after the last one already seen', () => {
    expect(newNarration([a], [a, b, c])).toEqual([b, c]);
    expect(newNarration([a, b, c], [a, b, c])).toEqual([]);
  });
  it('gives the later lines when the window slid past the last one seen', () => {
    expect(newNarration([a, b], [c, d])).toEqual([c, d]);
  });
  it('gives nothing after a step back', () => {
    expect(newNarration([a, b, c], [a, b])).toEqual([]);
  });
  it('gives everything when nothing was seen before', () => {
    expect(newNarration([], [a, b])).toEqual([a, b]);
  });
});
