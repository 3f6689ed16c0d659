import { describe, expect, it } from 'vitest';
import { tickKey } from './tickKeys';

const at = (tick: number | null) => ({ tick, viewStart: 4.3, lastTick: 30 });

describe('tickKey', () => {
  it('starts at the view’s left edge, then steps by one tick or ten, within the run', () => {
    expect(tickKey('ArrowRight', false, at(null))).toEqual({ kind: 'move', tick: 4 });
    expect(tickKey('ArrowRight', false, at(4))).toEqual({ kind: 'move', tick: 5 });
    expect(tickKey('ArrowRight', true, at(25))).toEqual({ kind: 'move', tick: 30 });
    expect(tickKey('ArrowLeft', true, at(5))).toEqual({ kind: 'move', tick: 0 });
    expect(tickKey('End', false, at(5))).toEqual({ kind: 'move', tick: 30 });
    expect(tickKey('Escape', false, at(5))).toEqual({ kind: 'move', tick: null });
  });

  it('zooms around the chosen tick and ignores other keys', () => {
    expect(tickKey('+', false, at(7))).toEqual({ kind: 'zoom', factor: 0.5, anchor: 7.5 });
    expect(tickKey('-', false, at(7))).toEqual({ kind: 'zoom', factor: 2, anchor: 7.5 });
    expect(tickKey('a', false, at(7))).toBeNull();
  });
});
