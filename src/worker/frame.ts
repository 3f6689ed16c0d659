import {
  explain,
  processMetrics,
  readyQueues,
  subsystemParts,
  summaryOf,
  subsystemView,
  addRowTotals,
  noRowTotals,
  type RowTotals,
  type PcbView,
  type ProcessMetrics,
  type Segment,
  type SimEvent,
  type SimStateView,
} from '../core/index';
import {
  ARRAYS_REFRESH_TICKS,
  FULL_SNAPSHOT_FRAMES,
  heldSlot,
  noHeldRows,
  SEGMENT_FIELDS,
  SEGMENT_WARMTH,
  SEGMENT_KIND,
  type HeldRows,
  type MemoryFramePart,
  type ProcessPatch,
  type TimelinePatch,
  type WireFrame,
} from '../protocol';
import { narrationOf } from './narration';
import { closedStates, newStateTracker, openStates, trackStates, type StateTracker } from './stateSpans';

/** How many of the latest events the narration panel receives. */
export const NARRATION_LINES = 40;
/**
 * How many of the processes still to arrive are listed by pid: the next few are what a reader looks at (the rest
 * are counted), and 100 chips made again at each far jump were about 20 ms of the Simulate view's main thread.
 */
export const UPCOMING_SHOWN = 20;

/** What the receiver already holds, so each frame sends only what is new. */
export interface Sent {
  segments: number;
  gpuSegments: number;
  /** the CPU and GPU segments as last packed (see PackedLog) */
  packed: { cpu: PackedLog; gpu: PackedLog };
  /** the last row sent per process index, by reference: unchanged rows are not sent again */
  rows: ProcessMetrics[];
  /** the rows of processes not arrived or ended, by their frozen PCB (see rowsOf) */
  frozenRows: WeakMap<PcbView, ProcessMetrics>;
  /**
   * By process index, the frozen PCB last given a row there once the process had ended, and the one while it was
   * still to come and held no memory, each with its row (see rowsOf): a far jump may go either way.
   */
  atIndex: { ended: RowsAt; unarrived: RowsAt };
  /** the summary's totals over `rows` (see processPatch) */
  totals: RowTotals;
  /** what the receiver keeps for a patch's `again`, as it keeps it */
  held: HeldRows;
  memoryVersion: number;
  /** the memory's shape when its per-frame arrays were last sent, and the tick they showed */
  memoryShape: number;
  memoryArraysAt: number;
  /** the memory samples sent, while a view draws them (`samplesDrawn`); the first frame after it asks brings all */
  memorySamples: number;
  samplesDrawn: boolean;
  /** the heap state last pictured (the allocator never changes one in place, so identity tells a change) */
  heap: unknown;
  /** the file system's version last pictured, and its cache samples sent while a view charts them */
  fsVersion: number;
  fsSamples: number;
  fsSamplesDrawn: boolean;
  /** the followed processes' states, read from the event log, and how many of its closed spans were sent */
  states: StateTracker;
  stateSpans: number;
  /**
   * Whether a view draws the processes' state lanes. Until one does, the event log is not read for them (a far
   * jump reads millions of events), and frames carry none; the first frame after a view asks brings them all.
   */
  stateLanes: boolean;
}

/** Frozen PCBs by process index, and the row each was given. */
interface RowsAt {
  pcbs: (PcbView | undefined)[];
  rows: ProcessMetrics[];
}

const noRowsAt = (): RowsAt => ({ pcbs: [], rows: [] });

export function nothingSent(): Sent {
  return {
    segments: 0,
    gpuSegments: 0,
    packed: { cpu: noPackedLog(), gpu: noPackedLog() },
    rows: [],
    frozenRows: new WeakMap(),
    atIndex: { ended: noRowsAt(), unarrived: noRowsAt() },
    totals: noRowTotals(),
    held: noHeldRows(),
    memoryVersion: -1,
    memoryShape: -1,
    memoryArraysAt: -Infinity,
    memorySamples: 0,
    samplesDrawn: false,
    heap: null,
    fsVersion: -1,
    fsSamples: 0,
    fsSamplesDrawn: false,
    states: newStateTracker(),
    stateSpans: 0,
    stateLanes: false,
  };
}

/**
 * Memory's part of a frame: the snapshot only when memory changed since the last frame sent, and for a memory
 * above FULL_SNAPSHOT_FRAMES only its figures when references alone changed it (see MemoryFramePart).
 */
function memoryPart(st: SimStateView, sent: Sent): MemoryFramePart | null {
  const m = subsystemView(st, 'memory');
  if (!m) return null;
  const changed = m.version !== sent.memoryVersion;
  sent.memoryVersion = m.version;
  const arrays =
    changed &&
    (m.frames <= FULL_SNAPSHOT_FRAMES ||
      m.shape !== sent.memoryShape ||
      Math.abs(st.now - sent.memoryArraysAt) >= ARRAYS_REFRESH_TICKS);
  if (arrays) {
    sent.memoryShape = m.shape;
    sent.memoryArraysAt = st.now;
  }
  const from = Math.min(sent.memorySamples, m.samples.length);
  sent.memorySamples = sent.samplesDrawn ? m.samples.length : 0;
  return {
    version: m.version,
    snapshot: arrays ? m.snapshot() : null,
    figures: changed && !arrays ? m.figures() : null,
    samples: sent.samplesDrawn ? { from, rows: m.samples.slice(from) } : null,
    recent: m.recent,
    waiting: m.waiting,
    lastCompaction: m.lastCompaction && { ...m.lastCompaction },
    tlb: m.tlb(),
    registerAccess: m.registerAccess(),
  };
}

/**
 * The heap's part of a frame: its picture only when it changed — every chunk with the allocation that owns it,
 * the free list in list order, and the latest malloc or free explained (with what its search examined).
 */
function heapPart(st: SimStateView, sent: Sent): WireFrame['heap'] {
  const h = subsystemView(st, 'heap');
  if (!h) return null;
  if (sent.heap === h.heap) return { picture: null };
  sent.heap = h.heap;
  const view = h.picture();
  let last: Extract<SimEvent, { kind: 'malloc' | 'free' }> | undefined;
  for (let i = st.events.length - 1; i >= 0 && !last; i--) {
    const e = st.events[i] as SimEvent;
    if (e.kind === 'malloc' || e.kind === 'free') last = e;
  }
  const alloc = last?.kind === 'malloc' ? last.step : null;
  return {
    picture: {
      base: view.base,
      size: view.size,
      header: view.header,
      chunks: view.chunks.map((c) => ({ addr: c.addr, size: c.size, free: c.free, ptrIndex: c.owner })),
      freeList: view.freeList,
      searched: alloc?.examined ?? [],
      chosen: alloc?.chosen ?? null,
      explanation: last ? explain(last) : 'No malloc or free yet: the whole heap is one free chunk.',
    },
  };
}

/** The file system's part of a frame: its picture only when it changed. */
function fsPart(st: SimStateView, sent: Sent): WireFrame['fs'] {
  const f = subsystemView(st, 'fs');
  if (!f) return null;
  const from = Math.min(sent.fsSamples, f.samples.length);
  sent.fsSamples = sent.fsSamplesDrawn ? f.samples.length : 0;
  const samples = sent.fsSamplesDrawn ? { from, rows: f.samples.slice(from) } : null;
  if (sent.fsVersion === f.version) return { picture: null, samples };
  sent.fsVersion = f.version;
  return { picture: f.picture(), samples };
}

/**
 * Field by field, each named: every row of every frame is compared (10,000 in a large run), and named reads are
 * about ten times faster than walking the row's keys. A field added to ProcessMetrics must be added here: the test
 * beside it changes each field of a row in turn and expects a difference.
 */
export function sameRow(a: ProcessMetrics, b: ProcessMetrics): boolean {
  return (
    a.pid === b.pid &&
    a.name === b.name &&
    a.type === b.type &&
    a.state === b.state &&
    a.priority === b.priority &&
    a.arrival === b.arrival &&
    a.burstTotal === b.burstTotal &&
    a.cpuTime === b.cpuTime &&
    a.remaining === b.remaining &&
    a.ioTime === b.ioTime &&
    a.readyTime === b.readyTime &&
    a.suspendedTime === b.suspendedTime &&
    a.firstRun === b.firstRun &&
    a.completion === b.completion &&
    a.turnaround === b.turnaround &&
    a.waiting === b.waiting &&
    a.response === b.response &&
    a.contextSwitches === b.contextSwitches &&
    a.pageFaults === b.pageFaults &&
    a.networkMbps === b.networkMbps &&
    a.deadline === b.deadline &&
    a.deadlineMissed === b.deadlineMissed &&
    a.killed === b.killed &&
    a.level === b.level &&
    a.cpu === b.cpu &&
    a.parent === b.parent &&
    sameList(a.gpus, b.gpus) &&
    sameMemory(a, b)
  );
}

function sameMemory(
  { memory: a }: Pick<ProcessMetrics, 'memory'>,
  { memory: b }: Pick<ProcessMetrics, 'memory'>,
): boolean {
  if (!a || !b) return a === b;
  return (
    a.bytes === b.bytes &&
    a.residentPages === b.residentPages &&
    a.swappedPages === b.swappedPages &&
    a.pageFaults === b.pageFaults &&
    sameList(a.types, b.types)
  );
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Every process's row. The PCB of a process that has ended, or not arrived, is frozen at a checkpoint and from then
 * on shared by every state (checkpoints, restores, replays) until it arrives, and nothing in its row moves with the
 * clock while it is NEW or TERMINATED: its row is made once and kept by its PCB, so a frame anywhere in a long run,
 * where most processes have ended or are still to come, builds only the others' (and its row keeps its identity,
 * which tells the patch it is unchanged). Its level is read again (a policy's own data is not the PCB's), and so are
 * the subsystems' parts of one not arrived (memory may be given to it before it arrives); an ended one's are what it
 * held as it ended. Most of those hold no memory, which memory tells without working their figures out: making
 * them for the thousands of processes still to come was most of a frame's work, and its garbage.
 */
export function rowsOf(st: SimStateView, sent: Sent): ProcessMetrics[] {
  const memory = subsystemView(st, 'memory');
  const { ended, unarrived } = sent.atIndex;
  const levelled = st.policy.level !== undefined;
  return st.procs.map((p, i) => {
    // The same frozen PCB as last time at this index is told without reading it: most of a long run's processes have
    // ended or are still to come, and reading 10,000 PCBs scattered in memory by a restore was most of the time a far
    // jump's rows took. An ended one's row follows nothing else; one still to come that held no memory, only whether
    // memory now holds some for it (by the pid in its row).
    if (!levelled) {
      if (ended.pcbs[i] === p) return ended.rows[i] as ProcessMetrics;
      if (unarrived.pcbs[i] === p) {
        const row = unarrived.rows[i] as ProcessMetrics;
        if (!memory?.holds(row.pid)) return row;
      }
    }
    if (!Object.isFrozen(p)) return processMetrics(st, p);
    const kept = sent.frozenRows.get(p);
    const same =
      kept !== undefined &&
      kept.level === (st.policy.level?.(p, st) ?? 0) &&
      (p.state === 'TERMINATED' ||
        (memory && !memory.holds(p.pid) ? holdsNothing(kept) : sameMemory(kept, subsystemParts(st, p))));
    const row = same ? kept : processMetrics(st, p);
    if (!same) sent.frozenRows.set(p, row);
    const at =
      p.state === 'TERMINATED' ? ended : p.state === 'NEW' && (!memory || holdsNothing(row)) ? unarrived : null;
    if (at) {
      at.pcbs[i] = p;
      at.rows[i] = row;
    }
    return row;
  });
}

/** A row whose memory figures (its page faults aside, which are its PCB's) are those of a process holding none. */
function holdsNothing({ memory: m }: ProcessMetrics): boolean {
  return m !== undefined && m.bytes === 0 && m.residentPages === 0 && m.swappedPages === 0 && m.types.length === 0;
}

/**
 * The rows that changed since the last frame; of those, a row the receiver already holds (the same as the last one
 * it was sent for that process while NEW, or once TERMINATED) goes by its index alone.
 */
function processPatch(rows: ProcessMetrics[], sent: Sent): ProcessPatch {
  const changed: [number, ProcessMetrics][] = [];
  const again = { unarrived: [] as number[], ended: [] as number[] };
  const { totals } = sent;
  // The summary's totals follow the rows that changed, not all 10,000 read again at every frame.
  for (let i = rows.length; i < sent.rows.length; i++) addRowTotals(totals, sent.rows[i] as ProcessMetrics, -1);
  rows.forEach((row, i) => {
    const before = sent.rows[i];
    if (before === row) return;
    if (before) addRowTotals(totals, before, -1);
    addRowTotals(totals, row, 1);
    // Kept as this row, which it equals, so that the next frame's kept row is seen unchanged by identity alone.
    if (before && sameRow(before, row)) {
      sent.rows[i] = row;
      return;
    }
    const slot = heldSlot(row.state);
    const held = slot && sent.held[slot][i];
    if (slot && held && (held === row || sameRow(held, row))) {
      again[slot].push(i);
      sent.rows[i] = row;
      return;
    }
    changed.push([i, row]);
    sent.rows[i] = row;
    if (slot) sent.held[slot][i] = row;
  });
  sent.rows.length = rows.length;
  return {
    count: rows.length,
    changed,
    again: { unarrived: Int32Array.from(again.unarrived), ended: Int32Array.from(again.ended) },
  };
}

/** How an entry of a log is written as a packed row of SEGMENT_FIELDS numbers. */
type PutRow<T> = (out: Int32Array, o: number, entry: T) => void;

const putSegment: PutRow<Segment> = (out, o, s) => {
  out[o] = s.cpu;
  out[o + 1] = s.start;
  out[o + 2] = s.end;
  out[o + 3] = s.pid ?? -1;
  out[o + 4] = SEGMENT_KIND[s.kind] + (s.warm === undefined ? 0 : SEGMENT_WARMTH[s.warm ? 'warm' : 'cold']);
};

/** A GPU segment in the same row, the GPU's number in the `cpu` field and every one a run. */
const putGpuSegment: PutRow<SimStateView['gpuSegments'][number]> = (out, o, g) => {
  out[o] = g.gpu;
  out[o + 1] = g.start;
  out[o + 2] = g.end;
  out[o + 3] = g.pid;
  out[o + 4] = SEGMENT_KIND.run;
};

/** The rows of `list` from `from` on. */
function packed<T>(list: readonly T[], from: number, put: PutRow<T>): Int32Array {
  const out = new Int32Array((list.length - from) * SEGMENT_FIELDS);
  for (let i = from, o = 0; i < list.length; i++, o += SEGMENT_FIELDS) put(out, o, list[i] as T);
  return out;
}

export const packSegments = (segments: readonly Segment[], from: number): Int32Array =>
  packed(segments, from, putSegment);

export const packGpuSegments = (segments: SimStateView['gpuSegments'], from: number): Int32Array =>
  packed(segments, from, putGpuSegment);

/**
 * A log's rows as they were last packed, each with the entry it was packed from: every row the receiver was sent
 * (since it started over with this Sent), as it holds it. A step back cuts the log and a jump forward puts the same
 * entries back (or replays new ones, equal or not), so a row whose entry is the same object is not read again, and a
 * row the receiver holds as it is now is named, not sent: a far jump forward brings tens of thousands of segments,
 * each an object of its own.
 */
export interface PackedLog {
  entries: unknown[];
  data: Int32Array;
}

const noPackedLog = (): PackedLog => ({ entries: [], data: new Int32Array(0) });

/** One row packed apart, to be compared with the row the receiver holds. */
const scratchRow = new Int32Array(SEGMENT_FIELDS);

/**
 * Packs the rows of `log` from `from` on into `cache`; returns how many of them, from `from` on, the receiver holds
 * as they are now (the rows up to the first that changed, or that it was never sent).
 */
function repack<T>(log: readonly T[], from: number, cache: PackedLog, put: PutRow<T>): number {
  const end = log.length * SEGMENT_FIELDS;
  if (cache.data.length < end) {
    const grown = new Int32Array(Math.max(end, cache.data.length * 2));
    grown.set(cache.data);
    cache.data = grown;
  }
  const sent = Math.min(cache.entries.length, log.length);
  let held = sent;
  for (let i = from; i < log.length; i++) {
    const entry = log[i] as T;
    if (cache.entries[i] === entry) continue;
    cache.entries[i] = entry;
    const o = i * SEGMENT_FIELDS;
    if (i >= held) {
      put(cache.data, o, entry);
      continue;
    }
    put(scratchRow, 0, entry);
    for (let f = 0; f < SEGMENT_FIELDS; f++)
      if (cache.data[o + f] !== scratchRow[f]) {
        held = i;
        break;
      }
    cache.data.set(scratchRow, o);
  }
  return Math.max(0, held - from);
}

/** The patch that brings the receiver's `sent` rows of `log` up to it, through `cache`. */
function logPatch<T>(
  log: readonly T[],
  sent: number,
  cache: PackedLog,
  put: PutRow<T>,
): { patch: TimelinePatch; count: number } {
  const from = Math.min(sent, log.length);
  const held = repack(log, from, cache, put);
  const data = cache.data.slice((from + held) * SEGMENT_FIELDS, log.length * SEGMENT_FIELDS);
  return { patch: held > 0 ? { kind: 'held', from, held, data } : { kind: 'rows', from, data }, count: log.length };
}

/**
 * After an operation at `tick` the run is made again from there: segments that close at `tick` may be others, or in
 * another order (a process killed as another's run ends), so the receiver's rows are cut back to those closed before.
 */
export function runChangedAt(sent: Sent, st: SimStateView, tick: number): void {
  const closedBefore = (log: readonly { end: number }[], held: number) => {
    const n = Math.min(held, log.length);
    for (let i = 0; i < n; i++) if ((log[i] as { end: number }).end >= tick) return i;
    return n;
  };
  sent.segments = closedBefore(st.segments, sent.segments);
  sent.gpuSegments = closedBefore(st.gpuSegments, sent.gpuSegments);
}

/** Processes still NEW, in arrival order; a kill before arrival removes one from the count. */
function upcoming(st: SimStateView): { pids: number[]; total: number } {
  const pids: number[] = [];
  let total = 0;
  for (let i = st.nextArrival; i < st.arrivals.length; i++) {
    const pid = st.arrivals[i] as number;
    if (st.procs[st.index.get(pid) as number]?.state !== 'NEW') continue;
    total++;
    if (pids.length < UPCOMING_SHOWN) pids.push(pid);
  }
  return { pids, total };
}

/** `end` is the run's end tick when known; until then the frame says the end is at least now. */
export function buildFrame(st: SimStateView, end: number | null, nextEventTick: number | null, sent: Sent): WireFrame {
  const processes = rowsOf(st, sent);
  const timeline = logPatch(st.segments, sent.segments, sent.packed.cpu, putSegment);
  const gpuTimeline = logPatch(st.gpuSegments, sent.gpuSegments, sent.packed.gpu, putGpuSegment);
  const states = sent.stateLanes ? trackStates(sent.states, st) : null;
  const stateFrom = Math.min(sent.stateSpans, states?.rows ?? sent.stateSpans);
  const stateTimeline = states
    ? { patch: { kind: 'rows', from: stateFrom, data: closedStates(states, stateFrom) } as const, count: states.rows }
    : { patch: { kind: 'rows', from: stateFrom, data: new Int32Array(0) } as const, count: stateFrom };
  sent.segments = timeline.count;
  sent.gpuSegments = gpuTimeline.count;
  sent.stateSpans = stateTimeline.count;
  // Before the summary, whose totals it keeps.
  const rowsPatch = processPatch(processes, sent);
  const narration = narrationOf(st, st.events.slice(-NARRATION_LINES));
  const pidsIn = (state: string): number[] => st.procs.filter((p) => p.state === state).map((p) => p.pid);
  return {
    tick: st.now,
    endTick: end ?? st.now,
    endKnown: end !== null,
    finished: st.finished,
    stalled: st.stalled,
    nextEventTick,
    policy: st.scenario.scheduler.policy,
    processPatch: rowsPatch,
    cpus: st.cpus.map((c) => ({ id: c.id, phase: c.phase, pid: c.pid, since: c.since })),
    gpus: st.gpus.map((g) => ({ id: g.id, pid: g.pid, since: g.since })),
    queues: readyQueues(st),
    waiting: pidsIn('WAITING'),
    ioQueue: st.ioQueue.slice(),
    suspended: pidsIn('SUSPENDED'),
    upcoming: upcoming(st),
    timeline: timeline.patch,
    gpuTimeline: gpuTimeline.patch,
    stateTimeline: stateTimeline.patch,
    openStates: states ? openStates(states, st.now) : new Int32Array(0),
    narration,
    summary: summaryOf(st, sent.totals),
    memory: memoryPart(st, sent),
    heap: heapPart(st, sent),
    fs: fsPart(st, sent),
  };
}
