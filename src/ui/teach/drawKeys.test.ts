import { describe, expect, it } from 'vitest';
import { cellName, keyAction } from './drawKeys';

const at = (index: number) => ({ index, ticks: 5, count: 10, brush: 'P2', choices: ['P1', 'P2', 'P3', 'idle'] });

describe('keyAction', () => {
  it('moves within the grid and stops at its edges', () => {
    expect(keyAction('ArrowRight', at(0))).toEqual({ kind: 'move', index: 1 });
    expect(keyAction('ArrowRight', at(4))).toEqual({ kind: 'move', index: 4 });
    expect(keyAction('ArrowLeft', at(5))).toEqual({ kind: 'move', index: 5 });
    expect(keyAction('ArrowDown', at(2))).toEqual({ kind: 'move', index: 7 });
    expect(keyAction('ArrowDown', at(7))).toEqual({ kind: 'move', index: 7 });
    expect(keyAction('ArrowUp', at(7))).toEqual({ kind: 'move', index: 2 });
    expect(keyAction('Home', at(7))).toEqual({ kind: 'move', index: 5 });
    expect(keyAction('End', at(1))).toEqual({ kind: 'move', index: 4 });
  });

  it('paints with the brush, a digit, idle, or clears; other keys are left alone', () => {
    expect(keyAction('Enter', at(0))).toEqual({ kind: 'paint', value: 'P2' });
    expect(keyAction(' ', at(0))).toEqual({ kind: 'paint', value: 'P2' });
    expect(keyAction('3', at(0))).toEqual({ kind: 'paint', value: 'P3' });
    expect(keyAction('4', at(0))).toBeNull();
    expect(keyAction('i', at(0))).toEqual({ kind: 'paint', value: 'idle' });
    expect(keyAction('Delete', at(0))).toEqual({ kind: 'paint', value: '' });
    expect(keyAction('Tab', at(0))).toBeNull();
  });
});

const graded = (right: boolean) => ({
  id: 'c',
  label: 'l',
  given: 'P1',
  expected: right ? 'P1' : 'P2',
  right,
  verdict: '',
  explanation: [],
});

describe('cellName', () => {
  it('says where the cell is, what is drawn and, once checked, whether it is right', () => {
    expect(cellName('CPU 0', 3, '', null, null)).toBe('CPU 0, tick 3: empty');
    expect(cellName('CPU 0', 3, 'P1', graded(true), null)).toBe('CPU 0, tick 3: P1, right');
    expect(cellName('CPU 0', 3, 'P1', graded(false), null)).toBe('CPU 0, tick 3: P1, wrong');
    expect(cellName('CPU 0', 3, 'P1', graded(false), 'P2')).toBe('CPU 0, tick 3: P1, wrong: it is P2');
  });
});
