import { SEGMENT_FIELDS, type TimelinePatch } from '../protocol';

/**
 * Gantt segments received so far: an append-only index owned by the store, whose one update step is
 * applyPatch. `data` grows by doubling so that appending a frame is cheap, and successive buffers share it:
 * rows below `rows` never change within an epoch, so a reader that remembers (epoch, rows) reads only what
 * is new (the Gantt chart's GanttIndex does), and a new epoch tells it to start over.
 */
export interface TimelineBuffer {
  data: Int32Array;
  rows: number;
  /** counts the times rows were cut (a step back, a new scenario): rows below `rows` are final within an epoch */
  epoch: number;
}

export const EMPTY_TIMELINE: TimelineBuffer = { data: new Int32Array(0), rows: 0, epoch: 0 };

/** Cuts to `patch.from` rows and appends the patch; returns a new object (the buffer may be shared). */
export function applyPatch(buf: TimelineBuffer, patch: TimelinePatch): TimelineBuffer {
  const from = Math.min(patch.from, buf.rows);
  const rows = from + patch.data.length / SEGMENT_FIELDS;
  let data = buf.data;
  if (rows * SEGMENT_FIELDS > data.length) {
    data = new Int32Array(Math.max(rows * SEGMENT_FIELDS, data.length * 2, 1024));
    data.set(buf.data.subarray(0, from * SEGMENT_FIELDS));
  }
  data.set(patch.data, from * SEGMENT_FIELDS);
  return { data, rows, epoch: from < buf.rows ? buf.epoch + 1 : buf.epoch };
}
