import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Scenario } from '../../core/index';
import type { CompareEntry } from '../../protocol';
import { exportFileName } from '../../store/exportFileName';
import { ExportButtons } from '../export/ExportButtons';
import { download } from '../files/download';
import { GanttLegend } from '../gantt/GanttLegend';
import { pxPerTick } from '../gantt/ganttLayout';
import { useGanttView } from '../gantt/useGanttView';
import { useCanvasPalette } from '../theme/useCanvasPalette';
import { CompareAxis } from './CompareAxis';
import { comparePng, compareSvg, type ComparePicture } from './compareExport';
import { compareLayout, PRESENT_SCALE, rowAtY, tickAtPictureX } from './compareLayout';
import { compareDiffs, compareRuns } from './compareModel';
import { describeColumn, describeTick, type PointerAt } from './describeTick';
import { ScheduleRow } from './ScheduleRow';
import { tickKey } from './tickKeys';
import { ZoomControls } from '../gantt/ZoomControls';
import { useBoxSize } from '../stage/useBoxSize';
import { groupedDigits } from '../../core/groupedDigits';

/** ctrl/⌘ + wheel: zoom factor per wheel pixel (exponential, so in and out are symmetric) */
const WHEEL_ZOOM = 0.002;

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

interface Props {
  entries: readonly CompareEntry[];
  /** the scenario the entries ran */
  scenario: Scenario;
  /** a line above the picture (that the scenario changed since) */
  notice?: string;
  /** presenting: larger lanes and names */
  presenting?: boolean;
}

/**
 * Every compared schedule, one under the other, on one time axis: one scale, one zoom and pan, one toolbar.
 * The ticks where a schedule differs from the reference are shaded in its row and marked under the axis.
 * Fills the box it is given; the rows scroll under the axis when they cannot fit.
 */
export function SchedulesPicture({ entries, scenario, notice, presenting = false }: Props) {
  const { cpus, gpus } = scenario.node;
  const runs = useMemo(() => compareRuns(entries, scenario), [entries, scenario]);
  const { rows, processes } = runs;
  const [chosenReference, setReference] = useState(0);
  const reference = chosenReference < entries.length ? chosenReference : 0;
  const { differs, union, notes, summary } = useMemo(() => compareDiffs(runs, reference), [runs, reference]);
  const nameOf = useMemo(() => {
    const names = new Map(processes.map((p) => [p.pid, p.name]));
    return (pid: number) => names.get(pid);
  }, [processes]);

  const fitEnd = Math.max(1, ...rows.map((r) => r.end));
  // The tick chosen with the arrow keys; a zoomed view follows it as it follows the live chart's cursor.
  const [keyTick, setKeyTick] = useState<number | null>(null);
  const { view, isZoomed, zoom, panBy, panTo, fit } = useGanttView(fitEnd, keyTick ?? undefined);
  const [plotRef, size] = useBoxSize<HTMLDivElement>({ width: 800, height: 0 });
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const scale = presenting ? PRESENT_SCALE : 1;
  const layout = useMemo(
    () =>
      compareLayout({ ...size, rows: entries.length, lanesPerRow: cpus + gpus, view, devicePixelRatio: dpr, scale }),
    [size, entries.length, cpus, gpus, view, dpr, scale],
  );
  const colors = useCanvasPalette();
  const [hover, setHover] = useState<PointerAt | null>(null);
  const drag = useRef<{ x: number; start: number } | null>(null);
  const rowsRef = useRef<HTMLDivElement>(null);
  const layoutRef = useRef(layout);
  useEffect(() => {
    layoutRef.current = layout;
  }, [layout]);

  // React's wheel listener is passive; zooming must stop the page from scrolling, so listen natively.
  useEffect(() => {
    const el = rowsRef.current;
    if (!el) return;
    const onWheel = (e: WheelEvent) => {
      const l = layoutRef.current;
      const x = e.clientX - el.getBoundingClientRect().left;
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault();
        zoom(Math.exp(e.deltaY * WHEEL_ZOOM), tickAtPictureX(l, x) ?? (l.row.viewStart + l.row.viewEnd) / 2);
      } else if (e.shiftKey || e.deltaX !== 0) {
        e.preventDefault();
        panBy((e.shiftKey ? e.deltaY || e.deltaX : e.deltaX) / pxPerTick(l.row));
      }
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [zoom, panBy]);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0 || !isZoomed) return;
    drag.current = { x: e.clientX, start: view.start };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) {
      panTo(drag.current.start - (e.clientX - drag.current.x) / pxPerTick(layout.row));
      return setHover(null);
    }
    const box = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - box.left;
    const y = e.clientY - box.top;
    const tick = tickAtPictureX(layout, x);
    setHover(tick === null ? null : { tick, x, y, row: rowAtY(layout, y) });
  };
  // The keyboard's tick is drawn in the middle of its column, the pointer's where the pointer is.
  const cursor = hover?.tick ?? (keyTick === null ? null : keyTick + 0.5);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const action = tickKey(e.key, e.shiftKey, { tick: keyTick, viewStart: view.start, lastTick: fitEnd - 1 });
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'move') setKeyTick(action.tick);
    else zoom(action.factor, action.anchor);
  };

  const picture = (): ComparePicture => ({
    title: `Schedules compared on “${scenario.title || 'this scenario'}”`,
    rows: rows.map((r, i) => ({ ...r, note: notes[i] ?? '', differs: differs[i] ?? null })),
    union,
    diffColor: getComputedStyle(plotRef.current ?? document.documentElement)
      .getPropertyValue('--compare-diff')
      .trim(),
  });
  const exportPng = async () => {
    const blob = await comparePng(picture(), layout, colors);
    if (blob) download(exportFileName('compare schedules', 'png'), blob);
    return blob !== null;
  };
  const exportSvg = () =>
    download(exportFileName('compare schedules', 'svg'), compareSvg(picture(), layout, colors), 'image/svg+xml');

  const zoomButton = (factor: number) => zoom(factor, cursor ?? (view.start + view.end) / 2);
  const lanesText = `${plural(cpus, 'CPU')}${gpus > 0 ? ` and ${plural(gpus, 'GPU')}` : ''}`;

  return (
    <div className="compare-schedules" role="group" aria-label="Schedules on one time axis">
      <div className="cs-toolbar">
        <ZoomControls view={view} isZoomed={isZoomed} onZoom={zoomButton} onFit={fit} rangeClass="muted cs-range" />
        {entries.length > 1 && (
          <label>
            Shade differences from{' '}
            <select value={reference} onChange={(e) => setReference(Number(e.target.value))}>
              {rows.map((r, i) => (
                <option key={r.name} value={i}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <ExportButtons onPng={exportPng} onSvg={exportSvg} />
      </div>
      {notice && <p className="cs-notice">{notice}</p>}
      <p className="cs-summary" aria-live="polite">
        <span className="cs-diff-key" aria-hidden="true" />{' '}
        {summary.short === summary.detail ? (
          summary.short
        ) : (
          <>
            <span aria-hidden="true">{summary.short}</span>
            <span className="visually-hidden">{summary.detail}</span>
          </>
        )}
      </p>
      <div className="cs-plot" ref={plotRef}>
        <CompareAxis layout={layout} differs={union} cursor={cursor} colors={colors} />
        <div
          ref={rowsRef}
          className="cs-rows"
          tabIndex={0}
          role="group"
          aria-label="Schedules: the left and right arrow keys read them tick by tick, + and − zoom"
          onKeyDown={onKeyDown}
          style={{ height: layout.rowsHeight }}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={() => (drag.current = null)}
          onPointerCancel={() => (drag.current = null)}
          onPointerLeave={() => {
            drag.current = null;
            setHover(null);
          }}
        >
          {rows.map((r, i) => (
            <ScheduleRow
              key={r.name}
              name={r.name}
              note={notes[i] ?? ''}
              summary={`Gantt chart of ${r.name}: ${lanesText}, ends at tick ${groupedDigits(r.end)}; ${notes[i]}.`}
              model={r.model}
              layout={layout}
              top={layout.rowTops[i] ?? 0}
              differs={differs[i] ?? null}
              cursor={cursor}
              colors={colors}
            />
          ))}
          <p className="visually-hidden" aria-live="polite">
            {keyTick === null ? '' : describeColumn(keyTick, rows, nameOf)}
          </p>
          {hover && (
            <div
              className={`chart-tooltip cs-tooltip${hover.x > size.width * 0.6 ? ' cs-tooltip-left' : ''}`}
              style={{ left: hover.x, top: hover.y }}
            >
              {describeTick(hover, layout, rows, nameOf)}
            </div>
          )}
        </div>
      </div>
      <GanttLegend processes={processes} />
    </div>
  );
}
