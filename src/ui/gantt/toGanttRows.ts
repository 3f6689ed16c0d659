import type { ProcessType } from '../../core/index';
import type { TimelineBuffer } from '../../store/timelineBuffer';
import { SEGMENT_FIELDS, SEGMENT_KIND, type CpuView } from '../../protocol';

export type BarKind = (typeof SEGMENT_KIND)[keyof typeof SEGMENT_KIND];

/** One stretch of time drawn in one lane. `cpu` is the CPU (or GPU) it ran on; pid -1 = idle. */
export interface GanttBar {
  lane: number;
  cpu: number;
  start: number;
  end: number;
  pid: number;
  kind: BarKind;
}

export interface GanttLane {
  label: string;
  kind: 'cpu' | 'gpu' | 'process';
  /** sorted by start, never overlapping */
  bars: GanttBar[];
}

export interface GanttModel {
  lanes: GanttLane[];
  /** the current tick, drawn as the cursor line; null = none */
  cursor: number | null;
  /** closed + open bars on CPU lanes (what the text alternative counts) */
  cpuBars: number;
  /** processes without a lane because of MAX_PROCESS_LANES */
  hiddenProcessLanes: number;
}

export interface GanttProcess {
  pid: number;
  name: string;
  type: ProcessType;
}

/** A GPU still held at the current tick; the open bar runs from `since` to the cursor. */
export interface OpenGpu {
  id: number;
  pid: number | null;
  since: number;
}

export interface GanttInput {
  timeline: TimelineBuffer;
  cpus: number;
  processes: readonly GanttProcess[];
  /** the current tick: open segments end here */
  tick?: number;
  openCpus?: readonly CpuView[];
  processLanes: boolean;
  gpu?: { timeline: TimelineBuffer; count: number; open?: readonly OpenGpu[] };
}

/** More lanes than this would make a canvas taller than browsers allow; the rest are counted, not drawn. */
export const MAX_PROCESS_LANES = 64;

const PHASE_KIND: Record<CpuView['phase'], BarKind> = SEGMENT_KIND;

/**
 * Closed bars per lane, kept between frames: segments are final once sent (until the timeline's epoch
 * changes), so each frame adds only the new rows instead of rebuilding every bar of a long run.
 */
export interface GanttCache {
  key: string;
  processes: readonly GanttProcess[] | null;
  epoch: number;
  rows: number;
  gpuEpoch: number;
  gpuRows: number;
  lanes: GanttLane[];
  laneOfPid: Map<number, number>;
  gpuBase: number;
}

export function emptyGanttCache(): GanttCache {
  return {
    key: '',
    processes: null,
    epoch: -1,
    rows: 0,
    gpuEpoch: -1,
    gpuRows: 0,
    lanes: [],
    laneOfPid: new Map(),
    gpuBase: 0,
  };
}

/**
 * The Gantt view model: one lane per CPU ("CPU 0"), then one per GPU ("GPU 0") when given, then (when
 * `processLanes`) one per process ("P3 llm-infer") showing where it ran. Closed segments come from the
 * packed timeline; each CPU's open segment runs from its `since` to `tick`. With a `cache`, only rows
 * new since the last call are read.
 */
export function toGanttRows(input: GanttInput, cache: GanttCache = emptyGanttCache()): GanttModel {
  const { timeline, cpus, processes, tick, openCpus, processLanes, gpu } = input;
  const key = `${cpus}|${gpu?.count ?? 0}|${processLanes}`;
  const gpuEpoch = gpu?.timeline.epoch ?? 0;
  const stale =
    cache.key !== key ||
    (processLanes && cache.processes !== processes) ||
    cache.epoch !== timeline.epoch ||
    timeline.rows < cache.rows ||
    cache.gpuEpoch !== gpuEpoch ||
    (gpu?.timeline.rows ?? 0) < cache.gpuRows;
  if (stale) resetLanes(cache, input, key);
  const shownLanes = processLanes ? Math.min(processes.length, MAX_PROCESS_LANES) : 0;

  readRows(timeline, cache.rows, (cpu, start, end, pid, kind) => {
    if (cpu < cpus) addBar(cache, cpu, cpu, start, end, pid, kind);
  });
  cache.rows = timeline.rows;
  cache.epoch = timeline.epoch;
  if (gpu) {
    readRows(gpu.timeline, cache.gpuRows, (g, start, end, pid) => {
      if (g < gpu.count) addBar(cache, cache.gpuBase + g, g, start, end, pid, SEGMENT_KIND.run);
    });
    cache.gpuRows = gpu.timeline.rows;
  }
  cache.gpuEpoch = gpuEpoch;

  // Open bars change every frame: they go on copies of the lanes, never into the cache.
  const open = new Map<number, GanttBar[]>();
  const addOpen = (lane: number, cpu: number, start: number, end: number, pid: number, kind: BarKind): void => {
    if (end <= start || !cache.lanes[lane]) return;
    const put = (l: number): void =>
      void (open.get(l) ?? open.set(l, []).get(l))?.push({ lane: l, cpu, start, end, pid, kind });
    put(lane);
    const pLane = kind === SEGMENT_KIND.idle ? undefined : cache.laneOfPid.get(pid);
    if (pLane !== undefined && (cache.lanes[lane] as GanttLane).kind === 'cpu') put(pLane);
  };
  if (tick !== undefined) {
    for (const c of openCpus ?? [])
      if (c.id < cpus) addOpen(c.id, c.id, c.since, tick, c.pid ?? -1, PHASE_KIND[c.phase]);
    if (gpu)
      for (const g of gpu.open ?? [])
        if (g.pid !== null && g.id < gpu.count)
          addOpen(cache.gpuBase + g.id, g.id, g.since, tick, g.pid, SEGMENT_KIND.run);
  }
  const lanes = cache.lanes.map((lane, i) => {
    const extra = open.get(i);
    return extra ? { ...lane, bars: insertSorted(lane.bars.slice(), extra) } : lane;
  });
  const cpuBars = lanes.reduce((n, l) => n + (l.kind === 'cpu' ? l.bars.length : 0), 0);
  return { lanes, cursor: tick ?? null, cpuBars, hiddenProcessLanes: processLanes ? processes.length - shownLanes : 0 };
}

function resetLanes(cache: GanttCache, input: GanttInput, key: string): void {
  const { cpus, processes, processLanes, gpu } = input;
  const lanes: GanttLane[] = [];
  for (let c = 0; c < cpus; c++) lanes.push({ label: `CPU ${c}`, kind: 'cpu', bars: [] });
  cache.gpuBase = lanes.length;
  for (let g = 0; g < (gpu?.count ?? 0); g++) lanes.push({ label: `GPU ${g}`, kind: 'gpu', bars: [] });
  cache.laneOfPid = new Map();
  for (const p of processLanes ? processes.slice(0, MAX_PROCESS_LANES) : []) {
    cache.laneOfPid.set(p.pid, lanes.length);
    lanes.push({ label: `P${p.pid} ${p.name}`, kind: 'process', bars: [] });
  }
  Object.assign(cache, { key, processes, lanes, rows: 0, gpuRows: 0 });
}

function addBar(
  cache: GanttCache,
  lane: number,
  cpu: number,
  start: number,
  end: number,
  pid: number,
  kind: BarKind,
): void {
  const target = cache.lanes[lane];
  if (!target || end <= start) return;
  insertSorted(target.bars, [{ lane, cpu, start, end, pid, kind }]);
  const pLane = kind === SEGMENT_KIND.idle ? undefined : cache.laneOfPid.get(pid);
  // A process lane shows CPU time only; GPU bars would double it.
  if (pLane !== undefined && target.kind === 'cpu')
    insertSorted((cache.lanes[pLane] as GanttLane).bars, [{ lane: pLane, cpu, start, end, pid, kind }]);
}

function readRows(
  buf: TimelineBuffer,
  from: number,
  visit: (cpu: number, start: number, end: number, pid: number, kind: BarKind) => void,
): void {
  const d = buf.data;
  for (let i = from, o = from * SEGMENT_FIELDS; i < buf.rows; i++, o += SEGMENT_FIELDS) {
    visit(d[o] as number, d[o + 1] as number, d[o + 2] as number, d[o + 3] as number, d[o + 4] as BarKind);
  }
}

/**
 * Keeps `bars` sorted by start. Segments arrive in the order they closed, which per CPU is start order,
 * so this is almost always a push; only process lanes (fed by several CPUs) insert in the middle.
 */
function insertSorted(bars: GanttBar[], add: readonly GanttBar[]): GanttBar[] {
  for (const bar of add) {
    let i = bars.length;
    while (i > 0 && (bars[i - 1] as GanttBar).start > bar.start) i--;
    if (i === bars.length) bars.push(bar);
    else bars.splice(i, 0, bar);
  }
  return bars;
}
