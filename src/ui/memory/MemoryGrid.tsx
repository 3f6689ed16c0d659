import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { KERNEL_PID } from '../../core/memory/physical';
import type { MemorySnapshot } from '../../core/memory/snapshot';
import type { AppState } from '../../store/types';
import { useApp, useAppStore } from '../app/StoreContext';
import { ExportButtons } from '../export/ExportButtons';
import { useCanvasPalette } from '../theme/useCanvasPalette';
import { blockCells, blockHeat } from './blockCells';
import { COLOUR_MODES, ColourModes } from './ColourModes';
import { describeCell, ownerWords } from './describeFrame';
import { drawMemoryGrid, gridLook } from './drawMemoryGrid';
import { FrameTable } from './FrameTable';
import { gridExports } from './gridExports';
import {
  CELL_SIZES,
  LABEL_FONT,
  cellAt,
  cellOf,
  fitZoom,
  gridLayout,
  revealTop,
  scrollHeight,
  visibleCells,
} from './gridLayout';
import { formatBytes } from './formatBytes';
import { groupedDigits } from '../../core/groupedDigits';
import { MemoryGridLegend } from './MemoryGridLegend';
import { frameColours, heatOf, type ColourMode, type PaletteEntry } from './toFrameCells';
import { useBoxSize } from '../stage/useBoxSize';
import './memory.css';

export interface MemoryGridProps {
  snapshot: MemorySnapshot;
  names: (pid: number) => string | undefined;
  /** frames accessed lately; `age` in ticks since the access */
  recent?: { frame: number; age: number }[];
  /** a frame to ring and bring into view (the MMU walkthrough's), or null */
  highlight?: number | null;
  /** bigger labels, for the classroom wall */
  presenting?: boolean;
}

const NO_RECENT: { frame: number; age: number }[] = [];
/** The window's size before it is measured (and in jsdom), CSS px. */
const FALLBACK_SIZE = { width: 800, height: 480 };

const selectColour = (s: AppState): ColourMode => s.memoryColour;
const selectCell = (s: AppState) => s.memoryCell;

/** The zoom level whose cell size is nearest `px` (a link may carry any size). */
function nearestLevel(px: number): number {
  let best = 0;
  CELL_SIZES.forEach((size, i) => {
    if (Math.abs(size - px) < Math.abs((CELL_SIZES[best] as number) - px)) best = i;
  });
  return best;
}

/**
 * Physical memory as a grid of frames on a canvas that fills the box it is given. Drawing and hit-testing
 * are pure functions of the view model and the layout; the store holds the colouring and zoom (a link carries
 * them), this component the scroll position, the cell picked with the keyboard, the tooltip and the text alternatives.
 */
export function MemoryGrid({ snapshot, names, recent = NO_RECENT, highlight = null, presenting }: MemoryGridProps) {
  // The scroller fills the box (absolutely), so its client size is the room the grid has, scrollbar excluded.
  const [scrollRef, size] = useBoxSize<HTMLDivElement>(FALLBACK_SIZE, true);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const ids = useId();
  // The colouring and the zoom are the store's, so a shared link shows what its sender saw.
  const store = useAppStore();
  const mode = useApp(selectColour);
  const cellPx = useApp(selectCell);
  const zoom = cellPx === null ? null : nearestLevel(cellPx);
  const setMode = (m: ColourMode) => store.getState().setMemoryColour(m);
  const setZoom = (level: number) => store.getState().setMemoryCell(CELL_SIZES[level] as number);
  const [scrollTop, setScrollTop] = useState(0);
  const [showHeat, setShowHeat] = useState(true);
  const [showTable, setShowTable] = useState(false);
  const [hover, setHover] = useState<{ text: string; x: number; y: number } | null>(null);
  const [marked, setMarked] = useState<number | null>(null);

  const colors = useCanvasPalette();
  const font = presenting ? LABEL_FONT.present : LABEL_FONT.screen;
  // The colours depend on the per-frame arrays alone (a new snapshot with the same arrays: figures laid over the
  // one held), the heat on every frame's references: kept apart, such a frame does not colour every frame again.
  const { frames, owner, vpn, type, state } = snapshot;
  const colours = useMemo(
    () => frameColours({ frames, owner, vpn, type, state }, mode),
    [frames, owner, vpn, type, state, mode],
  );
  // Until the user zooms, the grid is as large as fits its box without scrolling.
  const level = zoom ?? fitZoom(snapshot.frames, size, font);
  const cell = CELL_SIZES[level] as number;
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const layout = useMemo(
    () => gridLayout(snapshot.frames, size, cell, scrollTop, dpr, font),
    [snapshot.frames, size, cell, scrollTop, dpr, font],
  );
  const blocks = useMemo(() => blockCells(colours, layout.per), [colours, layout.per]);
  const model = useMemo(
    () => ({ ...blocks, heat: blockHeat(heatOf(showHeat ? recent : NO_RECENT, snapshot.frames), layout.per) }),
    [blocks, recent, showHeat, snapshot.frames, layout.per],
  );
  // Where the page gives the grid no height, its box is 60 % of the window, or less when the grid (fitted
  // to that, or at the zoom chosen) needs less: no empty band under a small grid. A flex parent that gives
  // it a height stretches the box past this (memory.css), and the grid then fits that.
  const natural = typeof window === 'undefined' ? FALLBACK_SIZE.height : window.innerHeight * 0.6;
  const flowCell =
    zoom === null
      ? (CELL_SIZES[fitZoom(snapshot.frames, { width: size.width, height: natural }, font)] as number)
      : cell;
  const flowHeight = Math.min(
    natural,
    scrollHeight(gridLayout(snapshot.frames, { width: size.width, height: natural }, flowCell, 0, 1, font)),
  );

  const inView = visibleCells(layout);
  const lit = highlight === null || highlight >= snapshot.frames ? null : cellOf(layout, highlight);

  // Redraw at most once per animation frame, whatever changed.
  useEffect(() => {
    const paint = () => {
      const ctx = canvasRef.current?.getContext('2d');
      if (ctx) drawMemoryGrid(ctx, model, layout, gridLook(colors), { marked, highlight: lit });
    };
    if (typeof requestAnimationFrame !== 'function') return paint();
    const handle = requestAnimationFrame(paint);
    return () => cancelAnimationFrame(handle);
  }, [model, layout, marked, lit, colors]);

  // The scroll position is state (the layout needs it); keep the scroller in step when code changes it.
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el && Math.abs(el.scrollTop - scrollTop) >= 1) el.scrollTop = scrollTop;
  }, [scrollRef, scrollTop]);
  // The walkthrough's frame comes into view when it changes (not when the user scrolls away from it):
  // adjusted while rendering, as React documents for state that follows a prop.
  const [shownLit, setShownLit] = useState(lit);
  if (lit !== shownLit) {
    setShownLit(lit);
    const top = lit === null ? null : revealTop(layout, lit);
    if (top !== null) setScrollTop(top);
  }

  const labelOf = (e: PaletteEntry) =>
    e.pid !== undefined ? ownerWords(e.pid, names) : (e.key.split(':')[1] ?? e.key);
  const exports = gridExports({
    frames: snapshot.frames,
    cells: model,
    layout,
    colors,
    labelOf,
    title: `Memory grid, coloured by ${mode}`,
    fileBase: `memory ${mode}`,
  });

  const zoomTo = (next: number) => {
    // Keep the marked cell, or the first one in view, in view at the new size.
    const anchor = marked ?? inView.first;
    const at = gridLayout(snapshot.frames, size, CELL_SIZES[next] as number, 0, dpr, font);
    setZoom(next);
    setScrollTop(Math.floor(anchor / at.columns) * at.cell);
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    const at = cellAt(layout, x, y);
    setHover(at === null ? null : { text: describeCell(snapshot, at, layout.per, names), x, y });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const page = Math.max(1, Math.floor((layout.height - layout.top) / cell)) * layout.columns;
    const from = marked ?? inView.first;
    const moves: Record<string, number> = {
      ArrowLeft: from - 1,
      ArrowRight: from + 1,
      ArrowUp: from - layout.columns,
      ArrowDown: from + layout.columns,
      PageUp: from - page,
      PageDown: from + page,
      Home: 0,
      End: layout.cells - 1,
    };
    if (e.key === 'Escape') return setMarked(null);
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    // The first key press picks the cell in view; later ones move it.
    const next = marked === null && e.key.startsWith('Arrow') ? from : Math.max(0, Math.min(layout.cells - 1, to));
    setMarked(next);
    const top = revealTop(layout, next);
    if (top !== null) setScrollTop(top);
  };

  const used = snapshot.frames - (model.palette[0]?.count ?? 0);
  const owners = model.palette.filter((p) => p.pid !== undefined && p.pid !== KERNEL_PID).length;
  const kernel = model.palette.some((p) => p.pid === KERNEL_PID) || snapshot.kernel.length > 0;
  const unit = layout.per > 1 ? `blocks of ${layout.per} frames` : 'frames';
  const summary =
    `Physical memory: ${groupedDigits(snapshot.frames)} frames of ${formatBytes(snapshot.config.pageSize)}, ${groupedDigits(used)} used and ${groupedDigits(snapshot.frames - used)} free, ` +
    `held by ${owners} process${owners === 1 ? '' : 'es'}${kernel ? ' and the kernel' : ''}; coloured by ${COLOUR_MODES.find((m) => m.value === mode)?.label.toLowerCase()}. ` +
    `Rows of ${layout.columns} ${unit}; showing frames ${groupedDigits(inView.first * layout.per)}–${groupedDigits(Math.max(inView.first, Math.min(snapshot.frames, inView.end * layout.per) - 1))}.`;
  const shownHighlight = highlight !== null && highlight < snapshot.frames;

  return (
    <div className="memory-grid" role="group" aria-label="Memory grid">
      <div className="memory-toolbar">
        <ColourModes mode={mode} onChange={setMode} />
        <button type="button" onClick={() => zoomTo(level + 1)} disabled={level >= CELL_SIZES.length - 1}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoomTo(level - 1)} disabled={level <= 0}>
          Zoom out
        </button>
        <span className="muted" aria-live="polite">
          {cell} px per {layout.per > 1 ? `block of ${layout.per} frames` : 'frame'}
        </span>
        <ExportButtons onPng={exports.png} onSvg={exports.svg} svgUnavailable={exports.svgUnavailable} />
        {recent.length > 0 && (
          <label>
            <input type="checkbox" checked={showHeat} onChange={(e) => setShowHeat(e.target.checked)} /> Show recent
            accesses
          </label>
        )}
      </div>
      <div className="memory-viewport" style={{ '--memory-grid-fit': `${flowHeight}px` } as CSSProperties}>
        <div ref={scrollRef} className="memory-scroll" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
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
          <div aria-hidden="true" style={{ height: Math.max(0, scrollHeight(layout) - layout.height) }} />
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
        {marked !== null && marked < layout.cells && `Picked: ${describeCell(snapshot, marked, layout.per, names)}`}
        {shownHighlight && marked === null && `Highlighted: ${describeCell(snapshot, highlight, 1, names)}`}
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
        {showTable && <FrameTable snapshot={snapshot} start={(marked ?? inView.first) * layout.per} names={names} />}
      </div>
    </div>
  );
}
