import { SEGMENT_FIELDS, SEGMENT_KIND } from '../../protocol';

/** The ticks [start, end): tick t is the stretch of time from t to t + 1. */
export interface TickRange {
  start: number;
  end: number;
}

/**
 * What one CPU or GPU shows from `start` to `end`, as one number so that two schedules compare with `===`:
 * 2·pid for a process running, 2·pid + 1 for a context switch to it, IDLE for an idle CPU.
 */
export interface Span extends TickRange {
  who: number;
}

export const IDLE = -1;
/** What a lane shows where it has no span: before its first or after the run's end. */
export const NOTHING = -2;

/** One schedule as lanes of spans, each sorted by start: its CPUs, then its GPUs. */
export type Schedule = Span[][];

/** The schedule in two packed timelines (rows as in protocol/timeline.ts); GPU numbers follow the CPUs'. */
export function scheduleOf(timeline: Int32Array, gpuTimeline: Int32Array, cpus: number, gpus: number): Schedule {
  const lanes: Schedule = Array.from({ length: cpus + gpus }, () => []);
  const read = (data: Int32Array, base: number, count: number) => {
    for (let o = 0; o + SEGMENT_FIELDS <= data.length; o += SEGMENT_FIELDS) {
      const at = (field: number) => data[o + field] as number;
      const [unit, start, end, pid, kind] = [at(0), at(1), at(2), at(3), at(4)];
      if (unit >= count || end <= start) continue;
      const who = kind === SEGMENT_KIND.idle ? IDLE : 2 * pid + (kind === SEGMENT_KIND.switch ? 1 : 0);
      lanes[base + unit]?.push({ start, end, who });
    }
  };
  read(timeline, 0, cpus);
  read(gpuTimeline, cpus, gpus);
  // Rows arrive in the order they closed, which is start order per lane; sorting makes it a guarantee.
  for (const lane of lanes) lane.sort((a, b) => a.start - b.start);
  return lanes;
}

/**
 * The ticks at which two schedules differ: some CPU or GPU shows another process, a switch where the other
 * runs, idle where the other works, or nothing where the other has not ended. Sorted, disjoint and never
 * touching (touching stretches are merged).
 */
export function differingTicks(a: Schedule, b: Schedule): TickRange[] {
  const found: TickRange[] = [];
  for (let lane = 0; lane < Math.max(a.length, b.length); lane++) laneDiff(a[lane] ?? [], b[lane] ?? [], found);
  return mergeRanges(found);
}

/** How many ticks the ranges cover. */
export function tickCount(ranges: readonly TickRange[]): number {
  return ranges.reduce((n, r) => n + r.end - r.start, 0);
}

/** The ranges' union, sorted, with overlapping and touching ranges joined. */
export function mergeRanges(ranges: readonly TickRange[]): TickRange[] {
  const sorted = [...ranges].sort((x, y) => x.start - y.start);
  const out: TickRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Walks both lanes from boundary to boundary (any span's start or end) and keeps where they show different things. */
function laneDiff(x: readonly Span[], y: readonly Span[], out: TickRange[]): void {
  const bounds = [...new Set([...x, ...y].flatMap((s) => [s.start, s.end]))].sort((p, q) => p - q);
  let i = 0;
  let j = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const t = bounds[k] as number;
    while (i < x.length && (x[i] as Span).end <= t) i++;
    while (j < y.length && (y[j] as Span).end <= t) j++;
    if (whoAt(x[i], t) !== whoAt(y[j], t)) out.push({ start: t, end: bounds[k + 1] as number });
  }
}

function whoAt(span: Span | undefined, t: number): number {
  return span && span.start <= t ? span.who : NOTHING;
}
