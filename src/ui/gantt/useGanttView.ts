import { useCallback, useState } from 'react';

export interface TimeRange {
  start: number;
  end: number;
}

/** Zooming in stops at this many ticks across the chart. */
const MIN_SPAN = 4;
/** When the cursor leaves a zoomed view, the view jumps so the cursor sits at this fraction of it. */
const FOLLOW_AT = 0.8;

/** Keeps a view of `span` ticks inside [0, fitEnd]. */
function clampView(start: number, span: number, fitEnd: number): TimeRange {
  const s = Math.min(Math.max(0, start), Math.max(0, fitEnd - span));
  return { start: s, end: s + span };
}

/**
 * The visible time range of a Gantt chart: null state = fit the whole run [0, fitEnd]. Zoom keeps the
 * anchor tick under the same pixel; a cursor that moves out of a zoomed view (playing, stepping) pulls the
 * view along, so the current tick stays visible.
 */
export function useGanttView(fitEnd: number, cursor: number | undefined) {
  const [zoomed, setZoomed] = useState<TimeRange | null>(null);
  const view: TimeRange = zoomed ?? { start: 0, end: fitEnd };

  const zoom = useCallback(
    (factor: number, anchor: number) => {
      setZoomed((z) => {
        const cur = z ?? { start: 0, end: fitEnd };
        const span = cur.end - cur.start;
        const next = Math.max(MIN_SPAN, span * factor);
        if (next >= fitEnd) return null;
        return clampView(anchor - ((anchor - cur.start) / span) * next, next, fitEnd);
      });
    },
    [fitEnd],
  );
  const panBy = useCallback(
    (ticks: number) => setZoomed((z) => (z ? clampView(z.start + ticks, z.end - z.start, fitEnd) : z)),
    [fitEnd],
  );
  const panTo = useCallback(
    (start: number) => setZoomed((z) => (z ? clampView(start, z.end - z.start, fitEnd) : z)),
    [fitEnd],
  );
  const fit = useCallback(() => setZoomed(null), []);

  // Adjusted while rendering when the cursor moves (React's pattern for state that follows a prop), so a
  // view the user panned away from stays put until the cursor moves again.
  const [lastCursor, setLastCursor] = useState(cursor);
  if (cursor !== lastCursor) {
    setLastCursor(cursor);
    if (zoomed && cursor !== undefined && (cursor < zoomed.start || cursor > zoomed.end)) {
      const span = zoomed.end - zoomed.start;
      setZoomed(clampView(cursor - span * FOLLOW_AT, span, fitEnd));
    }
  }

  return { view, isZoomed: zoomed !== null, zoom, panBy, panTo, fit };
}
