import type { TimeRange } from './useGanttView';
import { groupedDigits } from '../../core/groupedDigits';

interface Props {
  view: TimeRange;
  isZoomed: boolean;
  /** zoom by `factor` (below 1: in) around the chart's own anchor */
  onZoom(factor: number): void;
  onFit(): void;
  /** the class of the range text, for the toolbar it sits in */
  rangeClass: string;
}

/** How the pointer zooms and pans: beside the range where there is room, and its hover title everywhere. */
const HOW = 'ctrl/⌘ + wheel zooms, drag or shift + wheel pans';

/** Zoom in, Zoom out and Fit for a time axis, and the ticks in view with how the pointer zooms and pans. */
export function ZoomControls({ view, isZoomed, onZoom, onFit, rangeClass }: Props) {
  return (
    <>
      <button type="button" onClick={() => onZoom(0.5)}>
        Zoom in
      </button>
      <button type="button" onClick={() => onZoom(2)} disabled={!isZoomed}>
        Zoom out
      </button>
      <button type="button" onClick={onFit} disabled={!isZoomed}>
        Fit
      </button>
      <span className={rangeClass} title={HOW}>
        ticks {groupedDigits(Math.floor(view.start))}–{groupedDigits(Math.ceil(view.end))}
        <span className="zoom-how"> · {HOW}</span>
      </span>
    </>
  );
}
