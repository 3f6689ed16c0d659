import type { ReactNode } from 'react';
import { useCurrentRowInView } from './useCurrentRowInView';
import { windowAround } from './windowAround';

interface Props {
  /** "All steps": the caption, and the scrolling box's name with "(scrolls)" */
  caption: string;
  /** the first column's heading and the word in each row's "Go to …" button */
  noun: string;
  count: number;
  /** the step shown (1 … count; 0 is before the first) */
  current: number;
  onGo(step: number): void;
  /** the headings after the first column */
  headings: readonly string[];
  /** the cells of step n (1-based) after its number */
  renderCells(n: number): ReactNode;
  short?: boolean;
}

/**
 * Every step of a stepped answer in a table: the current one marked and kept in view, each number a button to go
 * there; a long list renders a window of rows around the current one.
 */
export function StepsTable({ caption, noun, count, current, onGo, headings, renderCells, short }: Props) {
  const { from, to } = windowAround(count, Math.max(0, current - 1));
  const box = useCurrentRowInView<HTMLDivElement>(current);
  const word = noun.toLowerCase();
  return (
    <div
      ref={box}
      className={short ? 'ostep-scroll short' : 'ostep-scroll'}
      tabIndex={0}
      role="group"
      aria-label={`${caption} (scrolls)`}
    >
      <table className="ostep-table">
        <caption>
          {caption}
          {to - from < count ? ` (${from + 1}–${to} of ${count})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">{noun}</th>
            {headings.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: to - from }, (_, i) => {
            const n = from + i + 1;
            return (
              <tr
                key={n}
                data-row={n}
                className={n === current ? 'current' : undefined}
                aria-current={n === current ? 'step' : undefined}
              >
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onGo(n)}
                    aria-label={`Go to ${word} ${n}`}
                  >
                    {n}
                  </button>
                </td>
                {renderCells(n)}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
