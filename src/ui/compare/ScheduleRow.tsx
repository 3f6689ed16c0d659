import { useEffect, useRef } from 'react';
import type { CanvasPalette } from '../theme/canvasPalette';
import { drawGantt } from '../gantt/drawGantt';
import { AXIS_HEIGHT } from '../gantt/ganttLayout';
import type { GanttModel } from '../gantt/toGanttRows';
import { diffMarks, type CompareLayout } from './compareLayout';
import type { TickRange } from './scheduleDiff';

interface Props {
  name: string;
  /** what the name column says under the name: "reference", "differs at 8 ticks" */
  note: string;
  /** the canvas's text alternative */
  summary: string;
  model: GanttModel;
  layout: CompareLayout;
  top: number;
  /** where this schedule differs from the reference; null for the reference itself */
  differs: readonly TickRange[] | null;
  /** the tick under the pointer, drawn as a line through every row; null = none */
  cursor: number | null;
  colors: CanvasPalette;
}

/**
 * One schedule: its name, then its lanes drawn by the Gantt chart's own drawGantt with the shared layout.
 * drawGantt draws an axis above the lanes; the box cuts it off, since the picture has one axis for all.
 */
export function ScheduleRow({ name, note, summary, model, layout, top, differs, cursor, colors }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { row, nameWidth, rowHeight } = layout;
  useEffect(() => {
    const paint = () => {
      const ctx = canvasRef.current?.getContext('2d');
      if (ctx) drawGantt(ctx, { ...model, cursor }, row, colors);
    };
    if (typeof requestAnimationFrame !== 'function') return paint();
    const handle = requestAnimationFrame(paint);
    return () => cancelAnimationFrame(handle);
  }, [model, row, colors, cursor]);
  const lines = Math.max(1, Math.floor(rowHeight / 16));
  return (
    <div className="cs-row" style={{ top, height: rowHeight }} data-scheduler={name}>
      <div className="cs-name" style={{ width: nameWidth, WebkitLineClamp: lines }} title={`${name}: ${note}`}>
        <strong>{name}</strong> <span className="cs-note">{note}</span>
      </div>
      <div className="cs-lanes" style={{ left: nameWidth, width: row.width, height: rowHeight }}>
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={summary}
          width={Math.round(row.width * row.devicePixelRatio)}
          height={Math.round(row.height * row.devicePixelRatio)}
          style={{ width: row.width, height: row.height, marginTop: -AXIS_HEIGHT }}
        />
        {differs &&
          diffMarks(differs, row).map((m) => (
            <div
              key={m.start}
              className="cs-diff"
              aria-hidden="true"
              data-start={m.start}
              data-end={m.end}
              style={{ left: m.x, width: m.width }}
            />
          ))}
      </div>
    </div>
  );
}
