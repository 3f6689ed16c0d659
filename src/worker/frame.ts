import { explain, processMetrics, readyInOrder, summaryMetrics, policyOf, type Segment, type SimState } from '../core/index';
import { SEGMENT_FIELDS, SEGMENT_KIND, type Frame, type NarrationLine, type TimelinePatch } from './protocol';

/** How many of the latest events the narration panel receives. */
export const NARRATION_LINES = 40;

/** What the receiver already holds, so each frame sends only new segments. */
export interface Sent {
  segments: number;
  gpuSegments: number;
}

export function packSegments(segments: readonly Segment[], from: number): Int32Array {
  const out = new Int32Array((segments.length - from) * SEGMENT_FIELDS);
  for (let i = from, o = 0; i < segments.length; i++, o += SEGMENT_FIELDS) {
    const s = segments[i] as Segment;
    out[o] = s.cpu;
    out[o + 1] = s.start;
    out[o + 2] = s.end;
    out[o + 3] = s.pid ?? -1;
    out[o + 4] = SEGMENT_KIND[s.kind];
  }
  return out;
}

function patch<T>(list: readonly T[], sent: number, pack: (from: number) => Int32Array): { patch: TimelinePatch; count: number } {
  const from = Math.min(sent, list.length);
  return { patch: { from, data: pack(from) }, count: list.length };
}

export function buildFrame(st: SimState, endTick: number, nextEventTick: number | null, sent: Sent): Frame {
  const names = new Map(st.procs.map((p) => [p.pid, p.name]));
  const nameOf = (pid: number): string | undefined => names.get(pid);
  const processes = st.procs.map((p) => processMetrics(st, p));
  const timeline = patch(st.segments, sent.segments, (from) => packSegments(st.segments, from));
  const gpuTimeline = patch(st.gpuSegments, sent.gpuSegments, (from) =>
    packSegments(
      st.gpuSegments.map((g) => ({ cpu: g.gpu, start: g.start, end: g.end, pid: g.pid, kind: 'run' as const })),
      from,
    ),
  );
  sent.segments = timeline.count;
  sent.gpuSegments = gpuTimeline.count;
  const narration: NarrationLine[] = st.events.slice(-NARRATION_LINES).map((e) => ({
    tick: e.tick,
    kind: e.kind,
    pid: 'pid' in e ? e.pid : null,
    text: explain(e, nameOf),
  }));
  const pidsIn = (state: string): number[] => st.procs.filter((p) => p.state === state).map((p) => p.pid);
  return {
    tick: st.now,
    endTick,
    finished: st.finished,
    stalled: st.stalled,
    nextEventTick,
    policy: st.scenario.scheduler.policy,
    processes,
    cpus: st.cpus.map((c) => ({ id: c.id, phase: c.phase, pid: c.pid, since: c.since })),
    gpus: st.gpus.map((g) => ({ id: g.id, pid: g.pid })),
    queues: policyOf(st.scenario).queues(st, readyInOrder(st)),
    waiting: pidsIn('WAITING'),
    ioQueue: st.ioQueue.slice(),
    suspended: pidsIn('SUSPENDED'),
    timeline: timeline.patch,
    gpuTimeline: gpuTimeline.patch,
    narration,
    summary: summaryMetrics(st, processes),
  };
}
