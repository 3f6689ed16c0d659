import type { ProcessType } from '../../core/index';
import type { TimelineBuffer } from '../../store/timelineBuffer';
import { SEGMENT_FIELDS, SEGMENT_KIND, type CpuView } from '../../worker/protocol';

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
 * The Gantt view model: one lane per CPU ("CPU 0"), then one per GPU ("GPU 0") when given, then (when
 * `processLanes`) one per process ("P3 llm-infer") showing where it ran. Closed segments come from the
 * packed timeline; each CPU's open segment runs from its `since` to `tick`.
 */
export function toGanttRows(input: GanttInput): GanttModel {
  const { timeline, cpus, processes, tick, openCpus, processLanes, gpu } = input;
  const lanes: GanttLane[] = [];
  for (let c = 0; c < cpus; c++) lanes.push({ label: `CPU ${c}`, kind: 'cpu', bars: [] });
  const gpuBase = lanes.length;
  for (let g = 0; g < (gpu?.count ?? 0); g++) lanes.push({ label: `GPU ${g}`, kind: 'gpu', bars: [] });
  const laneOfPid = new Map<number, number>();
  const shown = processLanes ? processes.slice(0, MAX_PROCESS_LANES) : [];
  for (const p of shown) {
    laneOfPid.set(p.pid, lanes.length);
    lanes.push({ label: `P${p.pid} ${p.name}`, kind: 'process', bars: [] });
  }

  const add = (lane: number, cpu: number, start: number, end: number, pid: number, kind: BarKind): void => {
    const target = lanes[lane];
    if (!target || end <= start) return;
    target.bars.push({ lane, cpu, start, end, pid, kind });
    const pLane = kind === SEGMENT_KIND.idle ? undefined : laneOfPid.get(pid);
    // A process lane shows CPU time only; GPU bars would double it.
    if (pLane !== undefined && target.kind === 'cpu') (lanes[pLane] as GanttLane).bars.push({ lane: pLane, cpu, start, end, pid, kind });
  };

  eachRow(timeline, (cpu, start, end, pid, kind) => {
    if (cpu < cpus) add(cpu, cpu, start, end, pid, kind);
  });
  if (tick !== undefined) {
    for (const c of openCpus ?? []) {
      if (c.id < cpus) add(c.id, c.id, c.since, tick, c.pid ?? -1, PHASE_KIND[c.phase]);
    }
  }
  if (gpu) {
    eachRow(gpu.timeline, (g, start, end, pid) => {
      if (g < gpu.count) add(gpuBase + g, g, start, end, pid, SEGMENT_KIND.run);
    });
    if (tick !== undefined) {
      for (const g of gpu.open ?? []) {
        if (g.pid !== null && g.id < gpu.count) add(gpuBase + g.id, g.id, g.since, tick, g.pid, SEGMENT_KIND.run);
      }
    }
  }
  for (const lane of lanes) sortByStart(lane.bars);
  const cpuBars = lanes.reduce((n, l) => n + (l.kind === 'cpu' ? l.bars.length : 0), 0);
  return {
    lanes,
    cursor: tick ?? null,
    cpuBars,
    hiddenProcessLanes: processLanes ? processes.length - shown.length : 0,
  };
}

function eachRow(buf: TimelineBuffer, visit: (cpu: number, start: number, end: number, pid: number, kind: BarKind) => void): void {
  const d = buf.data;
  for (let i = 0, o = 0; i < buf.rows; i++, o += SEGMENT_FIELDS) {
    visit(d[o] as number, d[o + 1] as number, d[o + 2] as number, d[o + 3] as number, d[o + 4] as BarKind);
  }
}

/** Segments arrive in the order they closed, which per CPU is start order; only process lanes may mix. */
function sortByStart(bars: GanttBar[]): void {
  for (let i = 1; i < bars.length; i++) {
    if ((bars[i] as GanttBar).start < (bars[i - 1] as GanttBar).start) {
      bars.sort((a, b) => a.start - b.start || a.end - b.end);
      return;
    }
  }
}
