import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type PointerEvent,
  type RefObject,
} from 'react';
import type { TimelineBuffer } from '../../store/timelineBuffer';
import type { CpuView } from '../../protocol';
import { ExportButtons } from '../export/ExportButtons';
import { exportFileName } from '../../store/exportFileName';
import { exportScale, renderPng } from '../export/renderPng';
import { download } from '../files/download';
import { useCanvasPalette } from '../theme/useCanvasPalette';
import { describeBar } from './describeBar';
import { drawGantt } from './drawGantt';
import { ganttSvg } from './ganttSvg';
import { AXIS_HEIGHT, pxPerTick, xToTime, type GanttLayout } from './ganttLayout';
import { GanttLegend } from './GanttLegend';
import { hitTest } from './hitTest';
import { SegmentTable } from './SegmentTable';
import { emptyGanttIndex, updateGanttIndex } from './ganttIndex';
import { ganttModel, type GanttProcess, type OpenGpu } from './toGanttRows';
import { useGanttView } from './useGanttView';
import './gantt.css';

export interface GanttChartProps {
  label: string;
  timeline: TimelineBuffer;
  cpus: number;
  processes: GanttProcess[];
  endTick: number;
  cursor?: number;
  openCpus?: CpuView[];
  processLanes?: boolean;
  /** total canvas height in CSS pixels; lanes share it (default: 28 px per lane) */
  height?: number;
  /** GPU lanes below the CPUs (the live chart); one chart so zoom and pan move both together */
  gpu?: { timeline: TimelineBuffer; count: number; open?: OpenGpu[] };
}

const LANE_HEIGHT = 28;
/** ctrl/⌘ + wheel: zoom factor per wheel pixel (exponential, so in and out are symmetric) */
const WHEEL_ZOOM = 0.002;

/** Width of an element in CSS pixels, kept current by a ResizeObserver where there is one (not in jsdom). */
function useWidth(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (el.clientWidth > 0) setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w) setWidth(Math.floor(w));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}

/**
 * A Gantt chart on a canvas: drawing and hit-testing are pure functions of the view model and the layout;
 * this component holds the view (zoom, pan), the tooltip and the text alternatives.
 */
export function GanttChart(props: GanttChartProps) {
  const { label, timeline, cpus, processes, endTick, cursor, openCpus, processLanes = false, height, gpu } = props;
  const wrapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useWidth(wrapRef, 800);
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const [hover, setHover] = useState<{ text: string; x: number; y: number } | null>(null);
  const drag = useRef<{ x: number; start: number } | null>(null);

  // Lanes of closed bars carried from frame to frame, so a long run is not rebuilt on every frame.
  const [index] = useState(emptyGanttIndex);
  const colors = useCanvasPalette();
  const model = useMemo(
    () =>
      ganttModel(updateGanttIndex(index, { timeline, cpus, processes, processLanes, gpu }), {
        tick: cursor,
        openCpus,
        gpu,
      }),
    [timeline, cpus, processes, cursor, openCpus, processLanes, gpu, index],
  );
  const names = useMemo(() => new Map(processes.map((p) => [p.pid, p.name])), [processes]);
  const nameOf = useCallback((pid: number) => names.get(pid), [names]);
  const { view, isZoomed, zoom, panBy, panTo, fit } = useGanttView(Math.max(endTick, cursor ?? 0, 1), cursor);

  const lanes = Math.max(model.lanes.length, 1);
  const laneHeight = height ? Math.max(8, Math.floor((height - AXIS_HEIGHT) / lanes)) : LANE_HEIGHT;
  const layout: GanttLayout = useMemo(
    () => ({
      width,
      height: height ?? AXIS_HEIGHT + lanes * laneHeight,
      viewStart: view.start,
      viewEnd: view.end,
      laneHeight,
      labelWidth: processLanes ? 130 : 56,
      devicePixelRatio: typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1,
    }),
    [width, height, lanes, laneHeight, view.start, view.end, processLanes],
  );
  const layoutRef = useRef(layout);
  useEffect(() => {
    layoutRef.current = layout;
  }, [layout]);

  // Redraw at most once per animation frame, whatever changed.
  useEffect(() => {
    const paint = () => {
      const ctx = canvasRef.current?.getContext('2d');
      if (ctx) drawGantt(ctx, model, layout, colors);
    };
    if (typeof requestAnimationFrame !== 'function') return paint();
    const handle = requestAnimationFrame(paint);
    return () => cancelAnimationFrame(handle);
  }, [model, layout, colors]);

  // Exports show the current view (zoom and pan) in the current theme; PNG at 2× for slides.
  const fileBase = `gantt ${label}`;
  const exportPng = async (): Promise<boolean> => {
    const scale = exportScale(layout.width, layout.height);
    const blob = await renderPng(layout.width, layout.height, scale, (ctx) =>
      drawGantt(ctx, model, { ...layout, devicePixelRatio: scale }, colors),
    );
    if (blob) download(exportFileName(fileBase, 'png', cursor), blob);
    return blob !== null;
  };
  const exportSvg = () =>
    download(
      exportFileName(fileBase, 'svg', cursor),
      ganttSvg(model, layout, colors, `Gantt chart: ${label}`),
      'image/svg+xml',
    );

  // React's wheel listener is passive; zooming must stop the page from scrolling, so listen natively.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const onWheel = (e: WheelEvent) => {
      const l = layoutRef.current;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        zoom(Math.exp(e.deltaY * WHEEL_ZOOM), xToTime(l, e.offsetX));
        return;
      }
      const dx = e.shiftKey ? e.deltaY || e.deltaX : e.deltaX;
      if (dx === 0) return;
      e.preventDefault();
      panBy(dx / pxPerTick(l));
    };
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => canvas.removeEventListener('wheel', onWheel);
  }, [zoom, panBy]);

  const zoomButton = (factor: number) => {
    const anchor =
      cursor !== undefined && cursor >= view.start && cursor <= view.end ? cursor : (view.start + view.end) / 2;
    zoom(factor, anchor);
  };
  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.button !== 0 || !isZoomed) return;
    drag.current = { x: e.clientX, start: view.start };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    if (drag.current) {
      panTo(drag.current.start - (e.clientX - drag.current.x) / pxPerTick(layout));
      setHover(null);
      return;
    }
    const rect = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    const bar = hitTest(model, layout, x, y);
    const lane = bar ? model.lanes[bar.lane] : undefined;
    setHover(bar && lane ? { text: describeBar(bar, lane.kind, nameOf), x, y } : null);
  };
  const endDrag = () => {
    drag.current = null;
  };

  const summary =
    `Gantt chart: ${label}. ${cpus} CPU${cpus === 1 ? '' : 's'}, ${model.cpuBars} segments` +
    `${cursor === undefined ? '' : ` up to tick ${cursor}`} of ${endTick}; showing ticks ${Math.floor(view.start)}–${Math.ceil(view.end)}.`;

  return (
    <div className="gantt" role="group" aria-label={label}>
      <div className="gantt-toolbar">
        <button type="button" onClick={() => zoomButton(0.5)}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoomButton(2)} disabled={!isZoomed}>
          Zoom out
        </button>
        <button type="button" onClick={fit} disabled={!isZoomed}>
          Fit
        </button>
        <span className="gantt-range">
          ticks {Math.floor(view.start)}–{Math.ceil(view.end)} · ctrl/⌘ + wheel zooms, drag or shift + wheel pans
        </span>
        <ExportButtons onPng={exportPng} onSvg={exportSvg} />
      </div>
      <div className="gantt-canvas-wrap" ref={wrapRef}>
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={summary}
          width={Math.round(layout.width * layout.devicePixelRatio)}
          height={Math.round(layout.height * layout.devicePixelRatio)}
          style={{ width: layout.width, height: layout.height }}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          onPointerLeave={() => {
            endDrag();
            setHover(null);
          }}
        />
        {hover && (
          <div className="chart-tooltip gantt-tooltip" style={{ left: hover.x, top: hover.y }}>
            {hover.text}
          </div>
        )}
      </div>
      {model.hiddenProcessLanes > 0 && (
        <p className="muted">
          Lanes for the first {model.lanes.filter((l) => l.kind === 'process').length} processes;{' '}
          {model.hiddenProcessLanes} more have none.
        </p>
      )}
      <GanttLegend processes={processes} />
      <button type="button" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((s) => !s)}>
        {showTable ? 'Hide segment table' : 'Show segment table'}
      </button>
      <div id={tableId}>{showTable && <SegmentTable model={model} nameOf={nameOf} />}</div>
    </div>
  );
}
