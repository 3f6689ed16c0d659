import type { QuestionResult } from '../../core/index';

/** What a key does on a cell of the schedule grid: move the focus, or paint the cell. */
export type KeyAction = { kind: 'move'; index: number } | { kind: 'paint'; value: string };

interface At {
  index: number;
  /** cells per row */
  ticks: number;
  count: number;
  brush: string;
  /** "P1" … "Pn", "idle" */
  choices: readonly string[];
}

/**
 * The grid's keys: arrows, Home and End move (the grid's rows are CPUs, its columns ticks); Enter and Space
 * paint with the chosen brush; a digit paints that process (when there is one), I idle, Delete or Backspace
 * clears. Null for any other key, which is left to the browser.
 */
export function keyAction(key: string, at: At): KeyAction | null {
  const { index, ticks, count } = at;
  const row = index - (index % ticks);
  const move = (to: number): KeyAction => ({ kind: 'move', index: Math.max(0, Math.min(count - 1, to)) });
  switch (key) {
    case 'ArrowLeft':
      return move(index % ticks === 0 ? index : index - 1);
    case 'ArrowRight':
      return move(index % ticks === ticks - 1 ? index : index + 1);
    case 'ArrowUp':
      return move(index - ticks < 0 ? index : index - ticks);
    case 'ArrowDown':
      return move(index + ticks >= count ? index : index + ticks);
    case 'Home':
      return move(row);
    case 'End':
      return move(row + ticks - 1);
    case 'Enter':
    case ' ':
      return { kind: 'paint', value: at.brush };
    case 'Delete':
    case 'Backspace':
      return { kind: 'paint', value: '' };
    case 'i':
    case 'I':
      return { kind: 'paint', value: 'idle' };
  }
  return /^\d$/.test(key) && at.choices.includes(`P${key}`) ? { kind: 'paint', value: `P${key}` } : null;
}

/** A cell's accessible name: where it is, what is drawn, and after checking whether it is right. */
export function cellName(
  row: string,
  tick: number,
  value: string,
  result: QuestionResult | null,
  fix: string | null,
): string {
  const drawn = value === '' ? 'empty' : value;
  const verdict = result ? (result.right ? ', right' : fix ? `, wrong: it is ${fix}` : ', wrong') : '';
  return `${row}, tick ${tick}: ${drawn}${verdict}`;
}
