import { useEffect, useRef } from 'react';
import type { CanvasPalette } from '../theme/canvasPalette';
import { drawGantt } from '../gantt/drawGantt';
import { AXIS_HEIGHT, timeToX } from '../gantt/ganttLayout';
import { DIFF_BAND, diffMarks, NO_LANES, type CompareLayout } from './compareLayout';
import type { TickRange } from './scheduleDiff';
import { groupedDigits } from '../../core/groupedDigits';

interface Props {
  layout: CompareLayout;
  /** every tick where some schedule differs from the reference, marked in a band under the numbers */
  differs: readonly TickRange[];
  cursor: number | null;
  colors: CanvasPalette;
}

/** The one time axis of the compare picture; it stays at the top while the rows scroll under it. */
export function CompareAxis({ layout, differs, cursor, colors }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { axis, nameWidth, axisHeight } = layout;
  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (ctx) drawGantt(ctx, NO_LANES, axis, colors);
  }, [axis, colors]);
  const cursorX = cursor === null ? null : timeToX(axis, cursor);
  return (
    <div className="cs-axis" style={{ height: axisHeight }}>
      <span className="cs-axis-unit" style={{ width: nameWidth }}>
        tick
      </span>
      <div className="cs-axis-plot" style={{ left: nameWidth, width: axis.width }}>
        <canvas
          ref={canvasRef}
          aria-hidden="true"
          width={Math.round(axis.width * axis.devicePixelRatio)}
          height={Math.round(AXIS_HEIGHT * axis.devicePixelRatio)}
          style={{ width: axis.width, height: AXIS_HEIGHT }}
        />
        <div className="cs-axis-band" style={{ top: AXIS_HEIGHT, height: DIFF_BAND }} aria-hidden="true">
          {diffMarks(differs, axis).map((m) => (
            <div key={m.start} className="cs-diff" style={{ left: m.x, width: m.width }} />
          ))}
        </div>
        {cursorX !== null && cursor !== null && (
          <span className="cs-axis-cursor" style={{ left: cursorX }} data-tick={Math.floor(cursor)}>
            {groupedDigits(Math.floor(cursor))}
          </span>
        )}
      </div>
    </div>
  );
}
