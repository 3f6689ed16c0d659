import type { Scenario } from '../scenario/types';
import { advanceTo } from './engine';
import type { Segment, SimEvent } from './events';
import { emptyLog } from './emptyLog';
import { createState, type GpuSegment, type SimState } from './state';

/** What a drained run logged since its last chunk, and how far its CPUs' time is known. */
export interface DrainedChunk {
  /** the events logged since the last chunk, in log order */
  events: SimEvent[];
  /** the timeline segments closed since the last chunk */
  segments: Segment[];
  /** the GPU timeline's segments closed since the last chunk */
  gpuSegments: GpuSegment[];
  /**
   * the tick the run has reached: every tick before it is covered by the segments handed out so far or by a
   * CPU's open stretch (`open`)
   */
  through: number;
  /** each CPU's stretch still open at `through` (it becomes a segment once it closes, in a later chunk) */
  open: { cpu: number; pid: number | null; kind: Segment['kind']; since: number }[];
  /** the live state: a reader takes what it needs before asking for the next chunk */
  state: SimState;
}

/**
 * A scenario run forward only that keeps no log: each chunk hands over the events and segments logged since the
 * last one and the state forgets them, so a run of any length holds about one chunk (at most `events` events, plus
 * those of the decision point that reached the limit, over at most `ticks` ticks). Nothing in the kernel reads an
 * old entry of the logs (checkpoints record their lengths, and a drained run has none); the subsystems' own logs
 * (memory samples) are not drained. The scenario must be valid; a drained run's events and segments, chunk after
 * chunk, are exactly a straight run's (drain.test.ts), but for the kinds of OptionalLogs that are not in `reads`
 * (the kinds its reader reads; null: all), which it leaves out.
 */
export function* drainRun(
  scenario: Scenario,
  { events, ticks }: { events: number; ticks: number },
  reads: readonly SimEvent['kind'][] | null = null,
): Generator<DrainedChunk, SimState> {
  const st = createState(scenario);
  if (reads) st.logs = { dispatch: reads.includes('dispatch'), quantumExpired: reads.includes('quantumExpired') };
  for (;;) {
    // A stop at a tick is a seek's stop: the run goes on from there as a straight run does.
    advanceTo(st, st.now + ticks, events);
    const chunk: DrainedChunk = {
      events: st.events,
      segments: st.segments,
      gpuSegments: st.gpuSegments,
      through: st.now,
      open: st.finished ? [] : st.cpus.map((c) => ({ cpu: c.id, pid: c.pid, kind: c.phase, since: c.since })),
      state: st,
    };
    st.events = emptyLog();
    st.segments = emptyLog();
    st.gpuSegments = emptyLog();
    yield chunk;
    if (st.finished) return st;
  }
}
