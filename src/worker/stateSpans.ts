import type { SimEvent, SimStateView } from '../core/index';
import { STATE_FIELDS, STATE_KIND, STATE_LANES, type StateKind } from '../protocol';

/** Where a followed process is: in `state` since `since`, on `cpu` (-1 = none). */
interface Place {
  state: StateKind;
  since: number;
  cpu: number;
  /** where a suspended process goes back to when resumed */
  resumeTo: StateKind;
}

/**
 * The places and the number of closed spans as they were before the event at `at` was read: where reading
 * starts again when the log is cut after it (a step back, or an operation, cuts the log and the run is made
 * again). `event` tells whether it still is: events are never rebuilt, only cut and appended, so the log is
 * unchanged up to `at` exactly when `event` is still there.
 */
interface Mark {
  at: number;
  event: SimEvent;
  places: ReadonlyMap<number, Place>;
  rows: number;
}

/**
 * The followed processes' states over time, read from the event log as it grows. The core keeps only each
 * PCB's state now; its events say every change (and why a process waits), so reading each event once gives
 * the whole history. A cut of the log goes back to the last mark before it and reads on from there.
 */
export interface StateTracker {
  places: Map<number, Place>;
  /** the closed spans, `rows` rows of STATE_FIELDS numbers (packed as the frames carry them; grown by doubling) */
  spans: Int32Array;
  rows: number;
  marks: Mark[];
  /** events between marks */
  every: number;
  /** events read, and the last of them */
  read: number;
  last: SimEvent | undefined;
}

/**
 * Events between marks at first: a cut costs reading at most this many again. Beyond MAX_MARKS marks every
 * other one is dropped and the spacing doubles, so a long run keeps a few hundred small maps.
 */
const FIRST_SPACING = 256;
const MAX_MARKS = 256;

export function newStateTracker(): StateTracker {
  return {
    places: new Map(),
    spans: new Int32Array(1024),
    rows: 0,
    marks: [],
    every: FIRST_SPACING,
    read: 0,
    last: undefined,
  };
}

/** Brings `t` up to the state's event log and returns it. */
export function trackStates(t: StateTracker, st: SimStateView): StateTracker {
  const events = st.events;
  if (t.read > 0 && events[t.read - 1] !== t.last) rewind(t, events);
  for (let at = t.read; at < events.length; at++) {
    const e = events[at] as SimEvent;
    if (at >= (t.marks[t.marks.length - 1]?.at ?? -Infinity) + t.every) mark(t, at, e);
    if (!('pid' in e) || (st.index.get(e.pid) ?? STATE_LANES) >= STATE_LANES) continue;
    const before = t.places.get(e.pid);
    const after = nextPlace(st, before, e);
    if (after === before) continue;
    if (before && before.since < e.tick && (!after || after.since === e.tick)) addRow(t, e.pid, before, e.tick);
    if (after) t.places.set(e.pid, after);
    else t.places.delete(e.pid);
  }
  t.read = events.length;
  t.last = events[t.read - 1];
  return t;
}

function mark(t: StateTracker, at: number, event: SimEvent): void {
  t.marks.push({ at, event, places: new Map(t.places), rows: t.rows });
  if (t.marks.length <= MAX_MARKS) return;
  t.marks = t.marks.filter((_, i) => i % 2 === 0);
  t.every *= 2;
}

function addRow(t: StateTracker, pid: number, p: Place, end: number): void {
  const o = t.rows * STATE_FIELDS;
  if (o + STATE_FIELDS > t.spans.length) {
    const grown = new Int32Array(t.spans.length * 2);
    grown.set(t.spans);
    t.spans = grown;
  }
  t.spans[o] = pid;
  t.spans[o + 1] = p.since;
  t.spans[o + 2] = end;
  t.spans[o + 3] = p.state;
  t.spans[o + 4] = p.cpu;
  t.rows++;
}

/** Back to the last mark whose event is still in the log, to read on from there (it is taken again on the way). */
function rewind(t: StateTracker, events: readonly SimEvent[]): void {
  let m = t.marks.pop();
  while (m && events[m.at] !== m.event) m = t.marks.pop();
  t.places = new Map(m?.places);
  t.rows = m?.rows ?? 0;
  t.read = m?.at ?? 0;
}

const WAITS: readonly StateKind[] = [STATE_KIND.waitingIo, STATE_KIND.waitingMemory];

/**
 * Where event `e` puts its process: the same object when it changes nothing, undefined once the process has
 * ended. RUNNING starts at the dispatch (a switch-in holds the CPU); a page fault blocks only a running
 * process, and only when the page takes time to come in and the fault is not an access made by an operation.
 */
function nextPlace(st: SimStateView, place: Place | undefined, e: SimEvent): Place | undefined {
  const t = e.tick;
  if (e.kind === 'arrive') return go(place, t, STATE_KIND.ready);
  if (e.kind === 'memWait') return go(place, t, STATE_KIND.newWaitingMemory);
  if (!place) return place;
  switch (e.kind) {
    case 'dispatch':
      return go(place, t, STATE_KIND.running, e.cpu);
    case 'preempt':
    case 'quantumExpired':
      return go(place, t, STATE_KIND.ready);
    case 'ioStart':
    case 'ioQueued':
      return go(place, t, STATE_KIND.waitingIo);
    // A file request the device must serve, or a model's weights loading, blocks the process: an I/O wait.
    case 'fileIo':
      return place.state === STATE_KIND.running && e.until > t ? go(place, t, STATE_KIND.waitingIo) : place;
    case 'modelLoad':
      if (e.failed) return undefined;
      return place.state === STATE_KIND.running && e.ticks > 0 ? go(place, t, STATE_KIND.waitingIo) : place;
    // A process waiting for the network: its bytes to leave, a message, a reply.
    case 'netWait':
      return place.state === STATE_KIND.running && (e.until === null || e.until > t)
        ? go(place, t, STATE_KIND.waitingIo)
        : place;
    // A post-copy fault: the process waits for its pages to come from the source.
    case 'remoteFault':
      return place.state === STATE_KIND.running && e.until > t ? go(place, t, STATE_KIND.waitingIo) : place;
    // A fault while its pages' stream is stalled: it waits until the stream flows again (once WAITING, it stays).
    case 'remoteStall':
      return place.state === STATE_KIND.running ? go(place, t, STATE_KIND.waitingIo) : place;
    case 'ioDone':
    case 'fileDone':
    case 'netDone':
    case 'pageIn':
    case 'frameRetry':
    case 'compactDone':
      return go(place, t, place.state === STATE_KIND.suspended ? STATE_KIND.suspended : STATE_KIND.ready);
    // A fault that found no frame it may take, or pages being moved by compaction: a wait for memory like a fault.
    case 'frameWait':
    case 'compactWait':
      return place.state === STATE_KIND.running ? go(place, t, STATE_KIND.waitingMemory) : place;
    case 'pageFault':
      return place.state === STATE_KIND.running && e.until > t && !byOperation(st, e)
        ? go(place, t, STATE_KIND.waitingMemory)
        : place;
    case 'exit':
    case 'remoteLost':
      return undefined;
    case 'segfault':
      return e.killed ? undefined : place;
    case 'op':
      if (e.op === 'kill') return undefined;
      if (e.op === 'suspend')
        return go(place, t, STATE_KIND.suspended, -1, WAITS.includes(place.state) ? place.state : STATE_KIND.ready);
      if (e.op !== 'resume') return place;
      if (e.to === 'READY') return go(place, t, STATE_KIND.ready);
      // Resumed to a queued I/O, it asked for a device again just before (an ioStart or ioQueued).
      return WAITS.includes(place.state) ? place : go(place, t, place.resumeTo);
    default:
      return place;
  }
}

/** `place` moved to `state` at `tick`: the same object when nothing changes, the same `since` when only `resumeTo` does. */
function go(
  place: Place | undefined,
  tick: number,
  state: StateKind,
  cpu = -1,
  resumeTo: StateKind = STATE_KIND.ready,
): Place {
  const same = place !== undefined && place.state === state && place.cpu === cpu;
  if (same && place.resumeTo === resumeTo) return place;
  return { state, since: same ? place.since : tick, cpu, resumeTo };
}

/** An access made by an operation (the console's) brings its page in without blocking the process. */
function byOperation(st: SimStateView, e: Extract<SimEvent, { kind: 'pageFault' }>): boolean {
  return st.scenario.operations.some(
    (o) => o.op === 'access' && o.tick === e.tick && o.pid === e.pid && o.address === e.address,
  );
}

/** The closed spans from row `from` on, as a patch's data (a copy: the frame moves it across). */
export function closedStates(t: StateTracker, from: number): Int32Array {
  return t.spans.slice(from * STATE_FIELDS, t.rows * STATE_FIELDS);
}

/** The spans still open at `now`, ending there, in the order the processes arrived in. */
export function openStates(t: StateTracker, now: number): Int32Array {
  const out = new Int32Array(t.places.size * STATE_FIELDS);
  let o = 0;
  for (const [pid, p] of t.places) {
    if (p.since >= now) continue;
    out.set([pid, p.since, now, p.state, p.cpu], o);
    o += STATE_FIELDS;
  }
  return out.subarray(0, o);
}
