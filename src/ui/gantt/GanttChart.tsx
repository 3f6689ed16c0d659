import { useEffect, useId, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { TimelineBuffer } from '../../store/timelineBuffer';
import type { CpuView } from '../../protocol';
import { ExportButtons } from '../export/ExportButtons';
import { useCanvasPalette } from '../theme/useCanvasPalette';
import { describeBar } from './describeBar';
import { drawGantt } from './drawGantt';
import { ganttExports } from './ganttExports';
import { statesShown } from './ganttKey';
import { axisHeight, laneHeightFor, PRESENT_SCALE, pxPerTick, xToTime, type GanttLayout } from './ganttLayout';
import { GanttLegend } from './GanttLegend';
import { hitTest } from './hitTest';
import { nameLookup } from './nameLookup';
import { SegmentTable } from './SegmentTable';
import { emptyGanttIndex, ganttIndexSoFar, rowsBehind, updateGanttIndex } from './ganttIndex';
import { ganttModel, type GanttProcess, type OpenGpu } from './toGanttRows';
import { useBoxSize } from '../stage/useBoxSize';
import { ZoomControls } from './ZoomControls';
import { STATE_LOOK } from './stateLook';
import { useGanttView } from './useGanttView';
import './gantt.css';
import { groupedDigits } from '../../core/groupedDigits';

export interface GanttChartProps {
  label: string;
  timeline: TimelineBuffer;
  cpus: number;
  processes: readonly GanttProcess[];
  endTick: number;
  cursor?: number;
  openCpus?: CpuView[];
  processLanes?: boolean;
  /** the processes' closed state spans and the open ones, shown in their lanes (with processLanes) */
  states?: TimelineBuffer;
  openStates?: Int32Array;
  /**
   * total canvas height in CSS pixels, lanes sharing it; without it the chart fills the height its box
   * gives it (a lane per 28 px where the box takes its height from its content), scrolling when lanes
   * would be too low
   */
  height?: number;
  /** GPU lanes below the CPUs (the live chart); one chart so zoom and pan move both together */
  gpu?: { timeline: TimelineBuffer; count: number; open?: OpenGpu[] };
  /** larger lanes, labels and axis, for a projector */
  presenting?: boolean;
  /** what an exported image is titled (the scenario and the policy); the label when not given */
  title?: string;
  /** the quantum a lone process's back-to-back quanta are merged in (loneQuantum): marked inside its bars */
  quantum?: number | null;
}

/** Lane heights (CSS px) where the box takes its height from the chart. */
const PREFERRED_LANE = { normal: 28, presenting: 44 };
/**
 * A chart given this many rows of another run (or of its first) reads them in a task after the one that rendered it:
 * reloading a long run's scenario renders the whole page in the worker's reply, and its index would double that.
 */
const CATCH_UP_ROWS = 10_000;
/** ctrl/⌘ + wheel: zoom factor per wheel pixel (exponential, so in and out are symmetric) */
const WHEEL_ZOOM = 0.002;

/**
 * A Gantt chart on a canvas: drawing and hit-testing are pure functions of the view model and the layout;
 * this component holds the view (zoom, pan), the tooltip and the text alternatives.
 */
export function GanttChart(props: GanttChartProps) {
  const { label, timeline, cpus, processes, endTick, cursor, openCpus, processLanes = false, height, gpu } = props;
  const quantum = props.quantum ?? null;
  const { states, openStates, presenting = false, title = label } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  // 0 until measured (and in jsdom): the chart's own sizes stand in.
  const [wrapRef, box] = useBoxSize<HTMLDivElement>({ width: 0, height: 0 });
  const width = box.width || 800;
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const [hover, setHover] = useState<{ text: string; x: number; y: number } | null>(null);
  const drag = useRef<{ x: number; start: number } | null>(null);

  // Lanes of closed bars carried from frame to frame, so a long run is not rebuilt on every frame.
  const [index] = useState(emptyGanttIndex);
  // The processes whose run the index may read now, set a task after a first render that left it behind.
  const [readable, setReadable] = useState<readonly GanttProcess[] | null>(null);
  const source = useMemo(
    () => ({ timeline, cpus, processes, processLanes, gpu, states }),
    [timeline, cpus, processes, processLanes, gpu, states],
  );
  const deferred = readable !== processes && index.processes !== processes && rowsBehind(index, source) > CATCH_UP_ROWS;
  useEffect(() => {
    if (!deferred) return;
    const later = setTimeout(() => setReadable(processes), 0);
    return () => clearTimeout(later);
  }, [deferred, processes]);
  const colors = useCanvasPalette();
  const model = useMemo(
    () =>
      ganttModel(deferred ? ganttIndexSoFar(index, source) : updateGanttIndex(index, source), {
        tick: cursor,
        openCpus,
        openStates,
        gpu,
        quantum,
      }),
    [source, cursor, openCpus, gpu, openStates, index, quantum, deferred],
  );
  const nameOf = useMemo(() => nameLookup(processes), [processes]);
  const { view, isZoomed, zoom, panBy, panTo, fit } = useGanttView(Math.max(endTick, cursor ?? 0, 1), cursor);

  const lanes = Math.max(model.lanes.length, 1);
  const scale = presenting ? PRESENT_SCALE : 1;
  const axis = axisHeight({ scale });
  const preferred = axis + lanes * (presenting ? PREFERRED_LANE.presenting : PREFERRED_LANE.normal);
  const laneHeight = height
    ? Math.max(8, Math.floor((height - axis) / lanes))
    : laneHeightFor(box.height || preferred, lanes, presenting);
  const layout: GanttLayout = useMemo(
    () => ({
      width,
      height: height ?? axis + lanes * laneHeight,
      viewStart: view.start,
      viewEnd: view.end,
      laneHeight,
      labelWidth: Math.round((processLanes ? 130 : 56) * scale),
      devicePixelRatio: typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1,
      scale,
    }),
    [width, height, axis, lanes, laneHeight, view.start, view.end, processLanes, scale],
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

  const exports = () => ganttExports({ model, layout, colors, processes, label, title, cursor });

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
    setHover(bar && lane ? { text: describeBar(bar, lane.kind, nameOf, quantum), x, y } : null);
  };
  const endDrag = () => {
    drag.current = null;
  };

  const shownStates = processLanes ? statesShown(model) : [];
  const summary =
    `Gantt chart: ${label}. ${cpus} CPU${cpus === 1 ? '' : 's'}, ${groupedDigits(model.cpuBars)} segments` +
    `${cursor === undefined ? '' : ` up to tick ${groupedDigits(cursor)}`} of ${groupedDigits(endTick)}; showing ticks ${groupedDigits(Math.floor(view.start))}–${groupedDigits(Math.ceil(view.end))}.` +
    (processLanes
      ? ` A lane per process shows its states: ${shownStates.map((s) => STATE_LOOK[s].label).join(', ') || 'none yet'}.`
      : '') +
    (model.warmth ? ' Runs with a warm cache are solid, runs with a cold cache hatched.' : '');

  return (
    <div className="gantt" role="group" aria-label={label}>
      <div className="gantt-toolbar">
        <ZoomControls view={view} isZoomed={isZoomed} onZoom={zoomButton} onFit={fit} rangeClass="gantt-range" />
        <ExportButtons onPng={() => exports().png()} onSvg={() => exports().svg()} />
      </div>
      <div
        className={height ? 'gantt-canvas-wrap' : 'gantt-canvas-wrap gantt-fill'}
        ref={wrapRef}
        style={height ? undefined : { height: preferred }}
      >
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
      <GanttLegend processes={processes} states={shownStates} warmth={model.warmth === true} />
      <button type="button" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((s) => !s)}>
        {showTable ? 'Hide segment table' : 'Show segment table'}
      </button>
      <div id={tableId} className="gantt-segments-box">
        {showTable && <SegmentTable model={model} nameOf={nameOf} />}
      </div>
    </div>
  );
}
