import type { TimelineBuffer } from '../../store/timelineBuffer';

/** A timeline from rows of [cpu, start, end, pid, kind], for view-model tests. */
export function timelineOf(rows: number[][], epoch = 0): TimelineBuffer {
  return { data: Int32Array.from(rows.flat()), rows: rows.length, epoch };
}
