import { useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { QuestionResult, ScheduleGrid } from '../../core/index';
import { patternCss } from '../theme/patternCss';
import { processLook, textColorOn } from '../theme/processLook';
import { cellName, keyAction } from './drawKeys';

interface Props {
  grid: ScheduleGrid;
  /** one per cell, row by row: "P2", "idle" or '' (not drawn yet) */
  cells: readonly string[];
  results: readonly (QuestionResult | null)[] | null;
  revealed: boolean;
  onPaint(index: number, value: string): void;
}

/** A drawn cell in its process's colour and pattern, as the Gantt chart draws it. */
function cellStyle(value: string): CSSProperties | undefined {
  const pid = /^P(\d+)$/.exec(value)?.[1];
  if (pid === undefined) return undefined;
  const look = processLook(Number(pid));
  const ink = textColorOn(look.color);
  return { backgroundColor: look.color, color: ink, ...patternCss(look.pattern, ink) };
}

/**
 * "Draw the schedule": a grid with a row per CPU and a column per tick. Choose a process (or idle) in the
 * palette, then click or drag over the ticks it runs; by keyboard, the arrow keys move, Enter or Space
 * paints, a digit paints that process, I paints idle, Delete clears. After checking, each cell says right
 * or wrong, and the right process only once the answers are shown.
 */
export function DrawGrid({ grid, cells, results, revealed, onPaint }: Props) {
  const [brush, setBrush] = useState(grid.choices[0] ?? 'idle');
  const [focus, setFocus] = useState(0);
  const [dragging, setDragging] = useState(false);
  const count = grid.rows.length * grid.ticks;
  const at = Math.min(focus, count - 1);

  const moveTo = (index: number, table: HTMLElement | null) => {
    setFocus(index);
    table?.querySelector<HTMLElement>(`[data-cell="${index}"]`)?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLElement>, index: number) => {
    const action = keyAction(e.key, { index, ticks: grid.ticks, count, brush, choices: grid.choices });
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'move') moveTo(action.index, e.currentTarget.closest('table'));
    else onPaint(index, action.value);
  };

  return (
    <div className="draw">
      <fieldset className="draw-palette">
        <legend>Paint with</legend>
        {[...grid.choices, ''].map((c) => (
          <label key={c || 'erase'} className="draw-choice">
            <input type="radio" name="draw-brush" checked={brush === c} onChange={() => setBrush(c)} />
            <span className="draw-chip" style={cellStyle(c)}>
              {c === '' ? 'Erase' : c}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="table-scroll">
        <table
          role="grid"
          aria-label="Your schedule"
          aria-describedby="draw-keys"
          className="draw-grid"
          // Narrow screens scroll the grid rather than squeeze a tick below a readable width.
          style={{ minWidth: `${4 + grid.ticks * 1.9}rem` }}
          onPointerUp={() => setDragging(false)}
          onPointerLeave={() => setDragging(false)}
        >
          <thead>
            <tr>
              <th scope="col">Tick</th>
              {Array.from({ length: grid.ticks }, (_, t) => (
                <th key={t} scope="col">
                  {t}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row, r) => (
              <tr key={row}>
                <th scope="row">{row}</th>
                {Array.from({ length: grid.ticks }, (_, t) => {
                  const i = r * grid.ticks + t;
                  const value = cells[i] ?? '';
                  const result = results?.[i] ?? null;
                  const fix = revealed && result && !result.right ? result.expected : null;
                  const mark = result ? (result.right ? 'right' : 'wrong') : '';
                  return (
                    <td
                      key={t}
                      role="gridcell"
                      data-cell={i}
                      tabIndex={i === at ? 0 : -1}
                      aria-label={cellName(row, t, value, result, fix)}
                      className={`draw-cell ${mark}`}
                      onPointerDown={(e) => {
                        e.preventDefault();
                        setDragging(true);
                        setFocus(i);
                        e.currentTarget.focus();
                        onPaint(i, brush);
                      }}
                      onPointerEnter={() => dragging && onPaint(i, brush)}
                      onClick={() => onPaint(i, brush)}
                      onKeyDown={(e) => onKey(e, i)}
                      onFocus={() => setFocus(i)}
                    >
                      <span className="draw-fill" style={cellStyle(value)} aria-hidden="true">
                        {value === 'idle' ? '–' : value}
                      </span>
                      <span className="draw-mark" aria-hidden="true">
                        {mark === 'right' ? '✓' : mark === 'wrong' ? (fix ?? '✗') : ''}
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id="draw-keys" className="field-hint">
        Click or drag over the ticks to paint them. Keys: arrows move, Enter or Space paints, 1–9 paints that process, I
        paints idle, Delete clears.
      </p>
    </div>
  );
}
