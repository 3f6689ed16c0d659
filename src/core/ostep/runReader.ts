import { drainRun } from '../kernel/drain';
import type { SimEvent } from '../kernel/events';
import { runResult, type RunResult } from '../kernel/result';
import type { Scenario } from '../scenario/types';
import { asciiWriter, partsText, type AsciiWriter, type TextPart } from './textParts';

/** A stretch of the CPU's time as a reader needs it: a kernel segment or a RunResult's timeline entry. */
export interface RunPiece {
  start: number;
  end: number;
  /** null = idle */
  pid: number | null;
  /** 'switch' = a context switch, no process runs */
  kind?: string;
}

/** What a run logged since the reader's last chunk (OSTEP's scripts run on one CPU). */
export interface LogChunk {
  events: readonly SimEvent[];
  segments: readonly RunPiece[];
  /** every tick before this one is in `segments` (so far) or in `open` */
  through: number;
  /** the CPU's stretch still open at `through`, or null when `segments` cover every tick before it */
  open: RunPiece | null;
}

/**
 * Turns a run into a script's OSTEP lines as the run goes: fed the logs a chunk at a time (any cut into chunks gives
 * the same lines, and one chunk of everything is the whole run's), then the finished run's figures. Lines are
 * written as ASCII bytes, each with its newline: a trace of millions of lines is then never a string per line.
 */
export interface RunReader {
  /**
   * how much one chunk may log: a chunk's worth of objects lives long enough to be promoted to V8's old space,
   * which grows to several times its live size before it is collected; chunks of some tens of kilobytes of text
   * keep a run's peak memory near its live size
   */
  limits: { events: number; ticks: number };
  /**
   * the kinds of event `read` reads (absent: all): a drained run may leave the others out of its chunks (the two
   * it logs most, which most texts never read: kernel/state.ts OptionalLogs)
   */
  reads?: readonly SimEvent['kind'][];
  read(c: LogChunk, w: AsciiWriter): void;
  /** the last lines, from the figures of the finished run (its logs are read already) */
  end(r: RunResult, w: AsciiWriter): void;
}

/** The lines of a finished run held whole (solve): the reader fed its logs as one chunk; `out` takes one string. */
export function readWholeRun(r: RunResult, reader: RunReader, out: string[]): void {
  const w = asciiWriter();
  reader.read({ events: r.events, segments: r.timeline, through: r.ticks, open: null }, w);
  reader.end(r, w);
  const text = w.rest();
  // Its lines, joined as `out`'s are (the newline after the last is the caller's).
  if (text) out.push(partsText([text]).slice(0, -1));
}

/**
 * The lines of a valid scenario's run as it goes, drained chunk by chunk (kernel/drain.ts), so the run, its logs
 * and its text are never held whole; each part is a chunk of bytes holding whole lines (valid until the next).
 */
export function* streamRun(scenario: Scenario, reader: RunReader, limits = reader.limits): Generator<TextPart> {
  const run = drainRun(scenario, limits, reader.reads ?? null);
  const w = asciiWriter();
  for (let r = run.next(); ; r = run.next()) {
    if (r.done) {
      // The logs are drained: the result holds the processes' figures and nothing per event.
      reader.end(runResult(r.value, false), w);
      const last = w.rest();
      if (last) yield last;
      return;
    }
    const c = r.value;
    reader.read({ events: c.events, segments: c.segments, through: c.through, open: openPiece(c.open[0]) }, w);
    const chunk = w.full();
    if (chunk) yield chunk;
  }
}

function openPiece(o: { pid: number | null; kind: string; since: number } | undefined): RunPiece | null {
  return o ? { start: o.since, end: Infinity, pid: o.pid, kind: o.kind } : null;
}

/** The lines of each part in turn, each made as it is reached. */
export function* chain<T>(...parts: Iterable<T>[]): Generator<T> {
  for (const part of parts) yield* part;
}

/** Who runs in each tick, asked in increasing ticks, from the chunks' segments and open stretch. */
export class TickRunner {
  private pieces: readonly RunPiece[] = [];
  private next = 0;
  private open: RunPiece | null = null;
  /** after `at(t)`: the tick where the stretch holding t ends (Infinity for the open one) */
  until = 0;

  take(c: LogChunk): void {
    // Only what is left of the last chunk is copied: most chunks start with nothing left.
    this.pieces = this.next < this.pieces.length ? this.pieces.slice(this.next).concat(c.segments) : c.segments;
    this.next = 0;
    this.open = c.open;
  }

  /** The process running during [t, t+1), or null (idle, or a switch); t never decreases between calls. */
  at(t: number): number | null {
    const pieces = this.pieces;
    while (this.next < pieces.length && (pieces[this.next] as RunPiece).end <= t) this.next++;
    const s = this.next < pieces.length ? (pieces[this.next] as RunPiece) : this.open;
    if (s === null || s.start > t) {
      this.until = s === null ? Infinity : s.start;
      return null;
    }
    this.until = s.end;
    return s.kind !== 'switch' ? s.pid : null;
  }
}

/** The chunks' events in log order, taken as the reader's clock reaches their tick. */
export class PendingEvents {
  private events: readonly SimEvent[] = [];
  private next = 0;

  take(c: LogChunk): void {
    this.events = this.next < this.events.length ? this.events.slice(this.next).concat(c.events) : c.events;
    this.next = 0;
  }

  /** The next event logged at or before tick t, or undefined. */
  upTo(t: number): SimEvent | undefined {
    const e = this.events[this.next];
    if (e === undefined || e.tick > t) return undefined;
    this.next++;
    return e;
  }

  /** The tick of the next event not yet taken, or Infinity when the chunks taken so far hold none. */
  nextTick(): number {
    const e = this.events[this.next];
    return e === undefined ? Infinity : e.tick;
  }
}
