import type { ProcessType } from '../../core/index';
import type { TimelineBuffer } from '../../store/timelineBuffer';
import { SEGMENT_KIND, STATE_FIELDS, type CpuView, type StateKind } from '../../protocol';
import { emptyGanttIndex, insertSorted, MAX_PROCESS_LANES, updateGanttIndex, type GanttIndex } from './ganttIndex';
import { drawnState } from './stateLook';

/** A CPU segment's kind (run, switch, idle), or, in a process lane, a state the process is in. */
export type BarKind = (typeof SEGMENT_KIND)[keyof typeof SEGMENT_KIND] | StateKind;

/**
 * One stretch of time drawn in one lane. `cpu` is the CPU (or GPU) it ran on (-1 for a state off the CPU);
 * pid -1 = idle.
 */
export interface GanttBar {
  lane: number;
  cpu: number;
  start: number;
  end: number;
  pid: number;
  kind: BarKind;
  /** a run with the node's caches on: solid when its working set was warm in that CPU's cache, hatched when cold */
  warm?: boolean;
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
  /** some run says whether it ran with a warm cache (node.cache on); absent: none does */
  warmth?: boolean;
  /** a run bar longer than this is a lone process's merged quanta, marked where each ended; absent or null: none */
  quantum?: number | null;
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
  /** the processes' closed state spans (STATE_FIELDS rows), for the process lanes */
  states?: TimelineBuffer;
  /** their open state spans, ending at `tick` */
  openStates?: Int32Array;
  /** the quantum a lone process's back-to-back quanta are merged in (loneQuantum), or null */
  quantum?: number | null;
}

const PHASE_KIND: Record<CpuView['phase'], BarKind> = SEGMENT_KIND;
const EMPTY = new Int32Array(0);

/**
 * The Gantt view model: one lane per CPU ("CPU 0"), then one per GPU ("GPU 0") when given, then (when
 * `processLanes`) one per process ("P3 llm-infer") showing where it ran and, from `states`, what it was doing
 * when it was not running (ready, waiting for I/O or a page, suspended, waiting for memory). Closed segments come from the
 * packed timeline; each CPU's open segment runs from its `since` to `tick`. Builds the closed bars afresh;
 * the chart keeps a GanttIndex instead and calls ganttModel.
 */
export function toGanttRows(input: GanttInput): GanttModel {
  return ganttModel(updateGanttIndex(emptyGanttIndex(), input), input);
}

/**
 * The model over an index brought up to date: its closed bars plus the open bars up to `tick`. Pure: the open
 * bars change every frame, so they go on copies of the lanes, never into the index.
 */
export function ganttModel(
  index: GanttIndex,
  now: Pick<GanttInput, 'tick' | 'openCpus' | 'openStates' | 'quantum'> & {
    gpu?: Pick<NonNullable<GanttInput['gpu']>, 'open'>;
  },
): GanttModel {
  const { tick, openCpus, gpu, openStates } = now;
  const { cpus, gpuCount, lanes: closed, laneOfPid, gpuBase } = index;
  const open = new Map<number, GanttBar[]>();
  const addOpen = (lane: number, cpu: number, start: number, end: number, pid: number, kind: BarKind): void => {
    if (end <= start || !closed[lane]) return;
    const put = (l: number): void =>
      void (open.get(l) ?? open.set(l, []).get(l))?.push({ lane: l, cpu, start, end, pid, kind });
    put(lane);
    const pLane = kind === SEGMENT_KIND.idle ? undefined : laneOfPid.get(pid);
    if (pLane !== undefined && (closed[lane] as GanttLane).kind === 'cpu') put(pLane);
  };
  if (tick !== undefined) {
    for (const c of openCpus ?? [])
      if (c.id < cpus) addOpen(c.id, c.id, c.since, tick, c.pid ?? -1, PHASE_KIND[c.phase]);
    for (const g of gpu?.open ?? [])
      if (g.pid !== null && g.id < gpuCount) addOpen(gpuBase + g.id, g.id, g.since, tick, g.pid, SEGMENT_KIND.run);
    const d = index.processLanes ? (openStates ?? EMPTY) : EMPTY;
    for (let o = 0; o < d.length; o += STATE_FIELDS) {
      const lane = laneOfPid.get(d[o] as number);
      const kind = d[o + 3] as number;
      if (lane === undefined || !drawnState(kind)) continue;
      const bar = {
        lane,
        cpu: -1,
        start: d[o + 1] as number,
        end: Math.min(d[o + 2] as number, tick),
        pid: d[o] as number,
        kind,
      };
      if (bar.end > bar.start) void (open.get(lane) ?? open.set(lane, []).get(lane))?.push(bar);
    }
  }
  const lanes = closed.map((lane, i) => {
    const extra = open.get(i);
    if (!extra) return lane;
    const bars = lane.bars.slice();
    for (const bar of extra) insertSorted(bars, bar);
    return { ...lane, bars };
  });
  const cpuBars = lanes.reduce((n, l) => n + (l.kind === 'cpu' ? l.bars.length : 0), 0);
  const processCount = index.processes?.length ?? 0;
  const hiddenProcessLanes = index.processLanes ? processCount - Math.min(processCount, MAX_PROCESS_LANES) : 0;
  const model = { lanes, cursor: tick ?? null, cpuBars, hiddenProcessLanes, quantum: now.quantum ?? null };
  return index.warmth ? { ...model, warmth: true } : model;
}
