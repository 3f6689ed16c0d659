import { SEGMENT_FIELDS, SEGMENT_KIND, STATE_FIELDS, STATE_LANES, unpackKind } from '../../protocol';
import { processLabel } from '../naming/useNaming';
import { drawnState } from './stateLook';
import type { TimelineBuffer } from '../../store/timelineBuffer';
import type { BarKind, GanttBar, GanttInput, GanttLane } from './toGanttRows';

/**
 * More lanes than this would make a canvas taller than browsers allow; the rest are counted, not drawn. The
 * worker follows the states of as many processes (STATE_LANES), the first ones, which are these lanes.
 */
export const MAX_PROCESS_LANES = STATE_LANES;

/** What the closed bars are made from: the open bars (tick, open CPUs and GPUs) are not part of it. */
export type GanttSource = Pick<GanttInput, 'timeline' | 'cpus' | 'processes' | 'processLanes' | 'states'> & {
  gpu?: { timeline: TimelineBuffer; count: number };
};

/**
 * The closed bars per lane, owned by the chart and carried from frame to frame: segments are final once
 * sent (until the timeline's epoch changes), so updateGanttIndex reads only the rows new since the last
 * update instead of rebuilding every bar of a long run. Only updateGanttIndex changes it.
 */
export interface GanttIndex {
  /** what the lanes were laid out for: CPUs, GPUs, process lanes on or off */
  key: string;
  processes: GanttSource['processes'] | null;
  processLanes: boolean;
  cpus: number;
  gpuCount: number;
  /** the timeline epoch and rows read so far, and the same for the GPU timeline */
  epoch: number;
  rows: number;
  gpuEpoch: number;
  gpuRows: number;
  /** the same for the state spans (read only with process lanes) */
  stateEpoch: number;
  stateRows: number;
  lanes: GanttLane[];
  /** for each CPU and GPU lane, the row of its timeline each of its bars came from (a cut keeps those below it) */
  barRows: number[][];
  /** what was read of the CPU timeline and of the GPU timeline, and the bars their last cuts dropped */
  cpuRead: TimelineRead;
  gpuRead: TimelineRead;
  laneOfPid: Map<number, number>;
  /** the first GPU lane */
  gpuBase: number;
  /** some run has a cache warmth (the node has caches): the legend explains solid and hatched runs */
  warmth: boolean;
}

/**
 * A timeline's rows as the index read them, and the bars a cut dropped (the spare), kept in case their rows come back
 * as they were: a jump back, then forward again, replays the same run, and a far jump forward brings tens of
 * thousands of rows, whose bars are taken back instead of made again.
 */
interface TimelineRead {
  /** every row read, as read: those the lanes show, then the spare's */
  data: Int32Array;
  /** the spare's rows run from the rows the lanes show up to this one */
  spareTo: number;
  /** per lane, the spare's bars and the rows they came from, in row order */
  spare: Spare[];
}

/** A lane's spare bars; `byStart` when they are in the order of their starts too (one CPU's always are). */
interface Spare {
  bars: GanttBar[];
  rows: number[];
  byStart: boolean;
}

const noSpare = (): Spare => ({ bars: [], rows: [], byStart: true });

const noneRead = (): TimelineRead => ({ data: new Int32Array(0), spareTo: 0, spare: [] });

export function emptyGanttIndex(): GanttIndex {
  return {
    key: '',
    processes: null,
    processLanes: false,
    cpus: 0,
    gpuCount: 0,
    epoch: -1,
    rows: 0,
    gpuEpoch: -1,
    gpuRows: 0,
    stateEpoch: -1,
    stateRows: 0,
    lanes: [],
    barRows: [],
    cpuRead: noneRead(),
    gpuRead: noneRead(),
    warmth: false,
    laneOfPid: new Map(),
    gpuBase: 0,
  };
}

/**
 * Of the `read` rows of `buf` a reader at `epoch` has read, those still there: all of them in the same epoch (unless
 * the buffer is shorter), those below the cut one epoch on (a step back or a jump back cuts once), else null (start
 * over).
 */
function keptRows(buf: TimelineBuffer, epoch: number, read: number): number | null {
  if (buf.epoch === epoch) return buf.rows < read ? null : read;
  return buf.epoch === epoch + 1 && buf.kept !== undefined ? Math.min(read, buf.kept) : null;
}

/**
 * What of `index` still stands for `source`: null when it must start over (what its lanes were laid out for
 * changed, another run's processes with process lanes, a timeline cut more than once since the last update, or cut
 * at all while process lanes, which mix the timelines and the state spans, are shown, or the state spans cut); else
 * the rows of each timeline it keeps, and whether that is fewer than it read (a cut).
 */
interface Kept {
  cpu: number;
  gpu: number;
  cut: boolean;
}

function keptOf(index: GanttIndex, source: GanttSource): Kept | null {
  const { timeline, processes, processLanes, gpu } = source;
  const states = processLanes ? source.states : undefined;
  const cpu = keptRows(timeline, index.epoch, index.rows);
  const gpuKept = gpu ? keptRows(gpu.timeline, index.gpuEpoch, index.gpuRows) : index.gpuRows;
  if (cpu === null || gpuKept === null) return null;
  const cut = cpu !== index.rows || gpuKept !== index.gpuRows;
  const laidOut = index.key === layoutKey(source) && (!processLanes || (index.processes === processes && !cut));
  const statesKept = index.stateEpoch === (states?.epoch ?? 0) && (states?.rows ?? 0) >= index.stateRows;
  return laidOut && statesKept ? { cpu, gpu: gpuKept, cut } : null;
}

/**
 * Brings `index` up to `source` and returns it: it starts over unless it can carry on (keptOf); after one cut it
 * drops the bars of the rows cut; then it adds only the rows new since. A jump back in a long run so drops the bars
 * after it instead of reading every row before it again.
 */
export function updateGanttIndex(index: GanttIndex, source: GanttSource): GanttIndex {
  const { timeline, cpus, processLanes, gpu } = source;
  const gpuEpoch = gpu?.timeline.epoch ?? 0;
  const states = processLanes ? source.states : undefined;
  const kept = keptOf(index, source);
  if (!kept) resetLanes(index, source, layoutKey(source));
  else if (kept.cut) cutLanes(index, kept.cpu, kept.gpu);

  const fromCpu = takeBack(index, index.cpuRead, timeline, index.rows);
  readRows(timeline, fromCpu, (row, cpu, start, end, pid, kind, warm) => {
    if (cpu < cpus) addBar(index, row, cpu, cpu, start, end, pid, kind, warm);
  });
  noteRead(index.cpuRead, timeline, fromCpu);
  index.rows = timeline.rows;
  index.epoch = timeline.epoch;
  if (gpu) {
    const fromGpu = takeBack(index, index.gpuRead, gpu.timeline, index.gpuRows);
    readRows(gpu.timeline, fromGpu, (row, g, start, end, pid) => {
      if (g < gpu.count) addBar(index, row, index.gpuBase + g, g, start, end, pid, SEGMENT_KIND.run);
    });
    noteRead(index.gpuRead, gpu.timeline, fromGpu);
    index.gpuRows = gpu.timeline.rows;
  }
  index.gpuEpoch = gpuEpoch;
  if (states) readStates(index, states);
  index.stateEpoch = states?.epoch ?? 0;
  return index;
}

/**
 * About how many rows bringing `index` up to `source` would read: every row when it starts over, else the rows from
 * those it keeps on (a cut may take bars back from the spare, but may not). Cheap: what the chart asks before
 * deciding to catch up in a task of its own.
 */
export function rowsBehind(index: GanttIndex, source: GanttSource): number {
  const { timeline, gpu, processLanes } = source;
  const states = processLanes ? source.states : undefined;
  const all = timeline.rows + (gpu?.timeline.rows ?? 0) + (states?.rows ?? 0);
  const kept = keptOf(index, source);
  return kept ? all - kept.cpu - (gpu ? kept.gpu : 0) - (states ? index.stateRows : 0) : all;
}

/**
 * `index` as it stands when it can carry on to `source` and nothing it holds was cut since (so its bars are bars of
 * this run, only fewer); else the lanes `source` has, without bars. What the chart draws until it has caught up.
 */
export function ganttIndexSoFar(index: GanttIndex, source: GanttSource): GanttIndex {
  const kept = keptOf(index, source);
  if (kept && !kept.cut) return index;
  const lanes = emptyGanttIndex();
  resetLanes(lanes, source, layoutKey(source));
  return lanes;
}

const layoutKey = ({ cpus, gpu, processLanes }: GanttSource) => `${cpus}|${gpu?.count ?? 0}|${processLanes}`;

function resetLanes(index: GanttIndex, source: GanttSource, key: string): void {
  const { cpus, processes, processLanes, gpu } = source;
  const lanes: GanttLane[] = [];
  for (let c = 0; c < cpus; c++) lanes.push({ label: `CPU ${c}`, kind: 'cpu', bars: [] });
  const gpuBase = lanes.length;
  for (let g = 0; g < (gpu?.count ?? 0); g++) lanes.push({ label: `GPU ${g}`, kind: 'gpu', bars: [] });
  const laneOfPid = new Map<number, number>();
  for (const p of processLanes ? processes.slice(0, MAX_PROCESS_LANES) : []) {
    laneOfPid.set(p.pid, lanes.length);
    lanes.push({ label: processLabel(p, 'full'), kind: 'process', bars: [] });
  }
  Object.assign(index, {
    key,
    processes,
    processLanes,
    cpus,
    gpuCount: gpu?.count ?? 0,
    lanes,
    barRows: lanes.map(() => []),
    cpuRead: noneRead(),
    gpuRead: noneRead(),
    laneOfPid,
    gpuBase,
    rows: 0,
    gpuRows: 0,
    stateRows: 0,
    warmth: false,
  });
}

/**
 * Drops the bars of the CPU rows from `cpuRows` on and of the GPU rows from `gpuRows` on, in place, into the spares
 * (before what they hold already, which follows them). Only without process lanes (whose bars come from both
 * timelines and the state spans).
 */
function cutLanes(index: GanttIndex, cpuRows: number, gpuRows: number): void {
  for (const [read, rows] of [
    [index.cpuRead, index.rows],
    [index.gpuRead, index.gpuRows],
  ] as const)
    if (read.spareTo < rows) {
      read.spareTo = rows;
      read.spare = index.lanes.map(noSpare);
    }
  index.lanes.forEach((lane, l) => {
    const rows = index.barRows[l] as number[];
    const gpuLane = lane.kind === 'gpu';
    const keep = gpuLane ? gpuRows : cpuRows;
    const spare = ((gpuLane ? index.gpuRead : index.cpuRead).spare[l] ??= noSpare());
    const dropped = dropRows(lane.bars, rows, keep);
    const [last, first] = [dropped.bars.at(-1), spare.bars[0]];
    spare.byStart = dropped.byStart && spare.byStart && (!last || !first || last.start <= first.start);
    // Mostly the spare is empty (a jump forward took it all back): the dropped arrays become it, not copied.
    spare.bars = spare.bars.length ? dropped.bars.concat(spare.bars) : dropped.bars;
    spare.rows = spare.rows.length ? dropped.rows.concat(spare.rows) : dropped.rows;
  });
  index.rows = cpuRows;
  index.gpuRows = gpuRows;
}

/**
 * Takes the bars of rows from `keep` on out of a lane, in place; returns them in row order. A lane's bars are in
 * the order their rows came (one CPU's segments close in the order they start), so those are its last ones.
 */
function dropRows(bars: GanttBar[], rows: number[], keep: number): Spare {
  let tail = rows.length;
  while (tail > 0 && (rows[tail - 1] as number) >= keep) tail--;
  const dropped = { bars: bars.slice(tail), rows: rows.slice(tail), byStart: true };
  // The lane's bars before the first it drops stay where they are, not moved one by one: for one CPU's, every bar
  // before the last ones, 150,000 in a lane of a long run.
  let n = 0;
  while (n < tail && (rows[n] as number) < keep) n++;
  for (let i = n; i < tail; i++) {
    if ((rows[i] as number) >= keep) {
      dropped.bars.push(bars[i] as GanttBar);
      dropped.rows.push(rows[i] as number);
      continue;
    }
    rows[n] = rows[i] as number;
    bars[n++] = bars[i] as GanttBar;
  }
  rows.length = n;
  bars.length = n;
  if (n < tail || !ascending(dropped.rows)) {
    // Out of order (not one CPU's timeline): sorted by row, so that they come back in the order they came.
    const order = dropped.rows
      .map((_, i) => i)
      .sort((a, b) => (dropped.rows[a] as number) - (dropped.rows[b] as number));
    return {
      bars: order.map((i) => dropped.bars[i] as GanttBar),
      rows: order.map((i) => dropped.rows[i] as number),
      byStart: false,
    };
  }
  return dropped;
}

function ascending(rows: readonly number[]): boolean {
  for (let i = 1; i < rows.length; i++) if ((rows[i] as number) < (rows[i - 1] as number)) return false;
  return true;
}

/**
 * The rows from `from` on that are as they were read before a cut get their bars back from the spare; returns the
 * first row to read. A row that differs (an operation changed the run) ends the spare.
 */
function takeBack(index: GanttIndex, read: TimelineRead, buf: TimelineBuffer, from: number): number {
  const to = Math.min(buf.rows, read.spareTo) * SEGMENT_FIELDS;
  const a = buf.data;
  const b = read.data;
  let o = from * SEGMENT_FIELDS;
  while (o < to && a[o] === b[o]) o++;
  const same = Math.floor(o / SEGMENT_FIELDS);
  read.spare.forEach((spare, l) => {
    let n = 0;
    while (n < spare.rows.length && (spare.rows[n] as number) < same) n++;
    if (n === 0) return;
    const lane = index.lanes[l] as GanttLane;
    const rows = index.barRows[l] as number[];
    const last = lane.bars.at(-1);
    if (spare.byStart && (!last || last.start <= (spare.bars[0] as GanttBar).start))
      // All after the lane's last bar, in order (a CPU's): appended as they are, without looking at each.
      for (let i = 0; i < n; i++) {
        lane.bars.push(spare.bars[i] as GanttBar);
        rows.push(spare.rows[i] as number);
      }
    else
      for (let i = 0; i < n; i++)
        placeRow(rows, insertSorted(lane.bars, spare.bars[i] as GanttBar), spare.rows[i] as number);
    spare.bars = n === spare.bars.length ? [] : spare.bars.slice(n);
    spare.rows = n === spare.rows.length ? [] : spare.rows.slice(n);
  });
  // Read on past the spare's first differing row, or past its end: what is left of it is not the run's any more.
  if (same < buf.rows) read.spareTo = 0;
  if (read.spareTo <= same) read.spare = [];
  return same;
}

/** Keeps the rows read from `from` on as they were read. */
function noteRead(read: TimelineRead, buf: TimelineBuffer, from: number): void {
  const end = buf.rows * SEGMENT_FIELDS;
  if (read.data.length < end) {
    const grown = new Int32Array(Math.max(end, read.data.length * 2));
    grown.set(read.data.subarray(0, Math.max(from * SEGMENT_FIELDS, read.spareTo * SEGMENT_FIELDS)));
    read.data = grown;
  }
  read.data.set(buf.data.subarray(from * SEGMENT_FIELDS, end), from * SEGMENT_FIELDS);
}

/** The new state spans, into their processes' lanes (those drawn as bars of their own). */
function readStates(index: GanttIndex, buf: TimelineBuffer): void {
  const d = buf.data;
  for (let o = index.stateRows * STATE_FIELDS; o < buf.rows * STATE_FIELDS; o += STATE_FIELDS) {
    const pid = d[o] as number;
    const kind = d[o + 3] as number;
    const lane = index.laneOfPid.get(pid);
    if (lane === undefined || !drawnState(kind)) continue;
    const bar = { lane, cpu: -1, start: d[o + 1] as number, end: d[o + 2] as number, pid, kind };
    if (bar.end > bar.start) insertSorted((index.lanes[lane] as GanttLane).bars, bar);
  }
  index.stateRows = buf.rows;
}

function addBar(
  index: GanttIndex,
  row: number,
  lane: number,
  cpu: number,
  start: number,
  end: number,
  pid: number,
  kind: BarKind,
  warm?: boolean,
): void {
  const target = index.lanes[lane];
  if (!target || end <= start) return;
  const warmth = warm === undefined ? {} : { warm };
  if (warm !== undefined) index.warmth = true;
  placeRow(
    index.barRows[lane] as number[],
    insertSorted(target.bars, { lane, cpu, start, end, pid, kind, ...warmth }),
    row,
  );
  const pLane = kind === SEGMENT_KIND.idle ? undefined : index.laneOfPid.get(pid);
  // A process lane shows CPU time only; GPU bars would double it.
  if (pLane !== undefined && target.kind === 'cpu')
    insertSorted((index.lanes[pLane] as GanttLane).bars, { lane: pLane, cpu, start, end, pid, kind, ...warmth });
}

/** `row` into a lane's rows where its bar went: almost always the end (a splice there makes an array to return). */
function placeRow(rows: number[], at: number, row: number): void {
  if (at === rows.length) rows.push(row);
  else rows.splice(at, 0, row);
}

function readRows(
  buf: TimelineBuffer,
  from: number,
  visit: (row: number, cpu: number, start: number, end: number, pid: number, kind: BarKind, warm?: boolean) => void,
): void {
  const d = buf.data;
  for (let i = from, o = from * SEGMENT_FIELDS; i < buf.rows; i++, o += SEGMENT_FIELDS) {
    const { kind, warm } = unpackKind(d[o + 4] as number);
    visit(i, d[o] as number, d[o + 1] as number, d[o + 2] as number, d[o + 3] as number, kind as BarKind, warm);
  }
}

/**
 * Keeps `bars` sorted by start; returns where `bar` went. Segments arrive in the order they closed, which per CPU
 * is start order, so this is almost always a push; only process lanes (fed by several CPUs) insert in the middle.
 */
export function insertSorted(bars: GanttBar[], bar: GanttBar): number {
  let i = bars.length;
  while (i > 0 && (bars[i - 1] as GanttBar).start > bar.start) i--;
  if (i === bars.length) bars.push(bar);
  else bars.splice(i, 0, bar);
  return i;
}
