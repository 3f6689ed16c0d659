import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import type { MemorySnapshot } from '../../core/index';
import { ExportButtons } from '../export/ExportButtons';
import { exportFileName } from '../../store/exportFileName';
import { gridExportLayout } from '../export/gridExportLayout';
import { MAX_SVG_FRAMES, memoryGridSvg } from '../export/memoryGridSvg';
import { renderPng } from '../export/renderPng';
import { download } from '../files/download';
import { useMeasuredWidth } from '../metrics/useMeasuredWidth';
import { useCanvasPalette } from '../theme/useCanvasPalette';
import { describeFrame } from './describeFrame';
import { drawMemoryGrid } from './drawMemoryGrid';
import { FrameTable } from './FrameTable';
import { CELL_SIZES, fitZoom, frameAt, gridLayout, visibleFrames } from './gridLayout';
import { formatBytes } from './formatBytes';
import { MemoryGridLegend } from './MemoryGridLegend';
import { toFrameCells, type ColourMode, type PaletteEntry } from './toFrameCells';
import './memory.css';

export interface MemoryGridProps {
  snapshot: MemorySnapshot;
  names: (pid: number) => string | undefined;
  /** frames accessed lately; `age` in ticks since the access */
  recent?: { frame: number; age: number }[];
}

const MODES: { value: ColourMode; label: string }[] = [
  { value: 'owner', label: 'Owner' },
  { value: 'type', label: 'Memory type' },
  { value: 'state', label: 'Page state' },
];
const NO_RECENT: { frame: number; age: number }[] = [];

/**
 * Physical memory as a grid of frames on a canvas. Drawing and hit-testing are pure functions of the view
 * model and the layout; this component holds the colouring, zoom, scroll position, the frame picked with
 * the keyboard, the tooltip and the text alternatives.
 */
export function MemoryGrid({ snapshot, names, recent = NO_RECENT }: MemoryGridProps) {
  const [wrapRef, width] = useMeasuredWidth<HTMLDivElement>(800);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const ids = useId();
  const [mode, setMode] = useState<ColourMode>('owner');
  const [zoom, setZoom] = useState<number | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [showHeat, setShowHeat] = useState(true);
  const [showTable, setShowTable] = useState(false);
  const [hover, setHover] = useState<{ text: string; x: number; y: number } | null>(null);
  const [marked, setMarked] = useState<number | null>(null);

  const colors = useCanvasPalette();
  const model = useMemo(
    () => toFrameCells(snapshot, mode, showHeat ? recent : NO_RECENT),
    [snapshot, mode, recent, showHeat],
  );
  // Until the user zooms, the grid is as large as fits without scrolling.
  const level = zoom ?? fitZoom(snapshot.frames, width);
  const cell = CELL_SIZES[level] as number;
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const layout = useMemo(
    () => gridLayout(snapshot.frames, width, cell, scrollTop, dpr),
    [snapshot.frames, width, cell, scrollTop, dpr],
  );
  const inView = visibleFrames(layout, snapshot.frames);

  // Redraw at most once per animation frame, whatever changed.
  useEffect(() => {
    const paint = () => {
      const ctx = canvasRef.current?.getContext('2d');
      if (ctx) drawMemoryGrid(ctx, model, layout, marked, colors.background);
    };
    if (typeof requestAnimationFrame !== 'function') return paint();
    const handle = requestAnimationFrame(paint);
    return () => cancelAnimationFrame(handle);
  }, [model, layout, marked, colors]);

  // Exports show the whole grid (not just the scrolled window) in the current colouring and theme.
  const fileBase = `memory ${mode}`;
  const labelOf = (e: PaletteEntry) =>
    e.pid !== undefined ? `P${e.pid}${names(e.pid) ? ` ${names(e.pid)}` : ''}` : (e.key.split(':')[1] ?? e.key);
  const exportPng = async (): Promise<boolean> => {
    const full = gridExportLayout(snapshot.frames, layout.width, cell);
    const blob = await renderPng(full.width, full.height, full.devicePixelRatio, (ctx) =>
      drawMemoryGrid(ctx, model, full, null, colors.background),
    );
    if (blob) download(exportFileName(fileBase, 'png'), blob);
    return blob !== null;
  };
  const exportSvg = () => {
    const svg = memoryGridSvg(model, {
      columns: layout.columns,
      cell,
      colors,
      labelOf,
      title: `Memory grid, coloured by ${mode}`,
    });
    if (svg) download(exportFileName(fileBase, 'svg'), svg, 'image/svg+xml');
  };
  const svgUnavailable =
    snapshot.frames > MAX_SVG_FRAMES
      ? `SVG export stops at ${MAX_SVG_FRAMES.toLocaleString('en')} frames (this memory has ${snapshot.frames.toLocaleString('en')}): use PNG.`
      : undefined;

  // The scroll position is state (the layout needs it); keep the scroller in step when code changes it.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el && Math.abs(el.scrollTop - scrollTop) >= 1) el.scrollTop = scrollTop;
  }, [scrollTop]);

  /** Scrolls so that `frame`'s row is in the window at cell size `side`. */
  const reveal = (frame: number, side: number, columns: number) => {
    const top = Math.floor(frame / columns) * side;
    if (top < scrollTop || top + side > scrollTop + layout.height)
      setScrollTop(Math.max(0, top - Math.floor(layout.height / 2)));
  };
  const zoomTo = (next: number) => {
    // Keep the marked frame, or the first one in view, in view at the new size.
    const anchor = marked ?? inView.first;
    const side = CELL_SIZES[next] as number;
    const columns = Math.max(1, Math.floor(width / side));
    setZoom(next);
    setScrollTop(Math.floor(anchor / columns) * side);
  };

  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    const frame = frameAt(layout, snapshot.frames, x, y);
    setHover(frame === null ? null : { text: describeFrame(snapshot, frame, names), x, y });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const page = Math.max(1, Math.floor(layout.height / cell)) * layout.columns;
    const from = marked ?? inView.first;
    const moves: Record<string, number> = {
      ArrowLeft: from - 1,
      ArrowRight: from + 1,
      ArrowUp: from - layout.columns,
      ArrowDown: from + layout.columns,
      PageUp: from - page,
      PageDown: from + page,
      Home: 0,
      End: snapshot.frames - 1,
    };
    if (e.key === 'Escape') return setMarked(null);
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    // The first key press picks the frame in view; later ones move it.
    const next = marked === null && e.key.startsWith('Arrow') ? from : Math.max(0, Math.min(snapshot.frames - 1, to));
    setMarked(next);
    reveal(next, cell, layout.columns);
  };

  const used = snapshot.frames - (model.palette[0]?.count ?? 0);
  const owners = model.palette.filter((p) => p.pid !== undefined).length;
  const summary =
    `Physical memory: ${snapshot.frames} frames of ${formatBytes(snapshot.config.pageSize)}, ${used} used and ${snapshot.frames - used} free, ` +
    `held by ${owners} process${owners === 1 ? '' : 'es'}; coloured by ${MODES.find((m) => m.value === mode)?.label.toLowerCase()}. ` +
    `Showing frames ${inView.first}–${Math.max(inView.first, inView.end - 1)}.`;

  return (
    <div className="memory-grid" role="group" aria-label="Memory grid">
      <div className="memory-toolbar">
        <fieldset className="memory-modes">
          <legend>Colour by</legend>
          {MODES.map((m) => (
            <label key={m.value}>
              <input
                type="radio"
                name={`${ids}-mode`}
                value={m.value}
                checked={mode === m.value}
                onChange={() => setMode(m.value)}
              />{' '}
              {m.label}
            </label>
          ))}
        </fieldset>
        <button type="button" onClick={() => zoomTo(level + 1)} disabled={level >= CELL_SIZES.length - 1}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoomTo(level - 1)} disabled={level <= 0}>
          Zoom out
        </button>
        <span className="muted">{cell} px per frame</span>
        <ExportButtons onPng={exportPng} onSvg={exportSvg} svgUnavailable={svgUnavailable} />
        {recent.length > 0 && (
          <label>
            <input type="checkbox" checked={showHeat} onChange={(e) => setShowHeat(e.target.checked)} /> Show recent
            accesses
          </label>
        )}
      </div>
      <div className="memory-canvas-wrap">
        <div
          ref={scrollRef}
          className="memory-scroll"
          style={{ maxHeight: layout.height }}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        >
          {/* Measured inside the scroller, so a scrollbar's width is not counted as room for cells. */}
          <div ref={wrapRef} style={{ height: layout.rows * cell, position: 'relative' }}>
            <canvas
              ref={canvasRef}
              role="img"
              aria-label={summary}
              aria-describedby={`${ids}-keys`}
              tabIndex={0}
              width={Math.round(layout.width * dpr)}
              height={Math.round(layout.height * dpr)}
              style={{ width: layout.width, height: layout.height }}
              onPointerMove={onPointerMove}
              onPointerLeave={() => setHover(null)}
              onKeyDown={onKeyDown}
            />
          </div>
        </div>
        {hover && (
          <div className="chart-tooltip memory-tooltip" role="tooltip" style={{ left: hover.x, top: hover.y }}>
            {hover.text}
          </div>
        )}
      </div>
      <p id={`${ids}-keys`} className="muted memory-keys">
        Focus the grid and use the arrow keys, Page Up/Down, Home and End to pick a frame; Escape clears.
      </p>
      <p className="memory-picked" aria-live="polite">
        {marked !== null && marked < snapshot.frames && `Picked: ${describeFrame(snapshot, marked, names)}`}
      </p>
      <MemoryGridLegend model={model} names={names} heat={showHeat && model.heat.length > 0} />
      <button
        type="button"
        aria-expanded={showTable}
        aria-controls={`${ids}-table`}
        onClick={() => setShowTable((s) => !s)}
      >
        {showTable ? 'Hide frame table' : 'Show frame table'}
      </button>
      <div id={`${ids}-table`}>
        {showTable && <FrameTable snapshot={snapshot} start={marked ?? inView.first} names={names} />}
      </div>
    </div>
  );
}
