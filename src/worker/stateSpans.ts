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

/** A stretch of one state that has ended: what the frames carry. */
export interface StateSpan {
  pid: number;
  start: number;
  end: number;
  state: StateKind;
  cpu: number;
}

/**
 * One change of place, made by the event at `at`: what to put back if that event leaves the log (a step back
 * or an operation cuts the log and the run is made again), and how many spans there were before it.
 */
interface Undo {
  at: number;
  event: SimEvent;
  pid: number;
  before: Place | undefined;
  spans: number;
}

/**
 * The followed processes' states over time, read from the event log as it grows. The core keeps only each
 * PCB's state now; its events say every change (and why a process waits), so reading each event once gives
 * the whole history. A cut of the log is found by identity (events are never rebuilt, only cut and
 * appended) and undone from `undo`; `marks` are places to read on from, so a cut costs what it removed.
 */
export interface StateTracker {
  places: Map<number, Place>;
  spans: StateSpan[];
  undo: Undo[];
  marks: { at: number; event: SimEvent }[];
  /** events read, and the last of them */
  read: number;
  last: SimEvent | undefined;
}

/** Events between marks. */
const MARK_EVERY = 1024;

export function newStateTracker(): StateTracker {
  return { places: new Map(), spans: [], undo: [], marks: [], read: 0, last: undefined };
}

/** Brings `t` up to the state's event log and returns it. */
export function trackStates(t: StateTracker, st: SimStateView): StateTracker {
  const events = st.events;
  const kept = (at: number, event: SimEvent): boolean => events[at] === event;
  if (t.read > 0 && !kept(t.read - 1, t.last as SimEvent)) rewind(t, kept);
  for (let at = t.read; at < events.length; at++) {
    const e = events[at] as SimEvent;
    if (at % MARK_EVERY === 0) t.marks.push({ at, event: e });
    if (!('pid' in e) || (st.index.get(e.pid) ?? STATE_LANES) >= STATE_LANES) continue;
    const before = t.places.get(e.pid);
    const after = nextPlace(st, before, e);
    if (after === before) continue;
    t.undo.push({ at, event: e, pid: e.pid, before, spans: t.spans.length });
    if (before && before.since < e.tick && (!after || after.since === e.tick))
      t.spans.push({ pid: e.pid, start: before.since, end: e.tick, state: before.state, cpu: before.cpu });
    if (after) t.places.set(e.pid, after);
    else t.places.delete(e.pid);
  }
  t.read = events.length;
  t.last = events[t.read - 1];
  return t;
}

/** Undoes every change made by an event no longer in the log, and reads on from the last event still there. */
function rewind(t: StateTracker, kept: (at: number, event: SimEvent) => boolean): void {
  for (let u = t.undo[t.undo.length - 1]; u && !kept(u.at, u.event); u = t.undo[t.undo.length - 1]) {
    t.undo.pop();
    t.spans.length = u.spans;
    if (u.before) t.places.set(u.pid, u.before);
    else t.places.delete(u.pid);
  }
  for (let m = t.marks[t.marks.length - 1]; m && !kept(m.at, m.event); m = t.marks[t.marks.length - 1]) t.marks.pop();
  t.read = Math.max(t.undo[t.undo.length - 1]?.at ?? -1, t.marks[t.marks.length - 1]?.at ?? -1) + 1;
}

const WAITS: readonly StateKind[] = [STATE_KIND.waitingIo, STATE_KIND.waitingMemory];

/**
 * Where event `e` puts its process: the same object when it changes nothing, undefined once the process has
 * ended. RUNNING starts at the dispatch (a switch-in holds the CPU); a page fault blocks only a running
 * process, and only when the page takes time to come in and the fault is not an access made by an operation.
 */
function nextPlace(st: SimStateView, place: Place | undefined, e: SimEvent): Place | undefined {
  const go = (state: StateKind, cpu = -1, resumeTo: StateKind = STATE_KIND.ready): Place =>
    place && place.state === state && place.cpu === cpu && place.resumeTo === resumeTo
      ? place
      : { state, since: place?.state === state && place.cpu === cpu ? place.since : e.tick, cpu, resumeTo };
  if (e.kind === 'arrive') return go(STATE_KIND.ready);
  if (e.kind === 'memWait') return go(STATE_KIND.newWaitingMemory);
  if (!place) return place;
  switch (e.kind) {
    case 'dispatch':
      return go(STATE_KIND.running, e.cpu);
    case 'preempt':
    case 'quantumExpired':
      return go(STATE_KIND.ready);
    case 'ioStart':
    case 'ioQueued':
      return go(STATE_KIND.waitingIo);
    case 'ioDone':
    case 'pageIn':
      return place.state === STATE_KIND.suspended ? go(STATE_KIND.suspended) : go(STATE_KIND.ready);
    case 'pageFault':
      return place.state === STATE_KIND.running && e.until > e.tick && !byOperation(st, e)
        ? go(STATE_KIND.waitingMemory)
        : place;
    case 'exit':
      return undefined;
    case 'segfault':
      return e.killed ? undefined : place;
    case 'op':
      if (e.op === 'kill') return undefined;
      if (e.op === 'suspend')
        return go(STATE_KIND.suspended, -1, WAITS.includes(place.state) ? place.state : STATE_KIND.ready);
      if (e.op !== 'resume') return place;
      if (e.to === 'READY') return go(STATE_KIND.ready);
      // Resumed to a queued I/O, it asked for a device again just before (an ioStart or ioQueued).
      return WAITS.includes(place.state) ? place : go(place.resumeTo);
    default:
      return place;
  }
}

/** An access made by an operation (the console's) brings its page in without blocking the process. */
function byOperation(st: SimStateView, e: Extract<SimEvent, { kind: 'pageFault' }>): boolean {
  return st.scenario.operations.some(
    (o) => o.op === 'access' && o.tick === e.tick && o.pid === e.pid && o.address === e.address,
  );
}

/** Spans as rows of STATE_FIELDS numbers. */
export function packStates(spans: readonly StateSpan[], from = 0): Int32Array {
  const out = new Int32Array((spans.length - from) * STATE_FIELDS);
  for (let i = from, o = 0; i < spans.length; i++, o += STATE_FIELDS) {
    const s = spans[i] as StateSpan;
    out.set([s.pid, s.start, s.end, s.state, s.cpu], o);
  }
  return out;
}

/** The spans still open at `now`, in pid order of the places (the order processes arrived in). */
export function openStates(t: StateTracker, now: number): StateSpan[] {
  const open: StateSpan[] = [];
  for (const [pid, p] of t.places)
    if (p.since < now) open.push({ pid, start: p.since, end: now, state: p.state, cpu: p.cpu });
  return open;
}
