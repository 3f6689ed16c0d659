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
  /**
   * Where the last cut was: the rows this epoch kept of the one before, unchanged. A reader one epoch behind keeps
   * what it read of those instead of starting over; absent (a buffer made whole), it starts over.
   */
  kept?: number;
}

export const EMPTY_TIMELINE: TimelineBuffer = { data: new Int32Array(0), rows: 0, epoch: 0 };

/**
 * Cuts to `patch.from` rows and appends the patch; returns a new object (the buffer may be shared). Rows are
 * `fields` numbers wide: SEGMENT_FIELDS for the CPU and GPU timelines, STATE_FIELDS for the state spans.
 */
export function applyPatch(buf: TimelineBuffer, patch: TimelinePatch, fields = SEGMENT_FIELDS): TimelineBuffer {
  const from = Math.min(patch.from, buf.rows);
  const rows = from + patch.data.length / fields;
  let data = buf.data;
  if (rows * fields > data.length) {
    data = new Int32Array(Math.max(rows * fields, data.length * 2, 1024));
    data.set(buf.data.subarray(0, from * fields));
  }
  data.set(patch.data, from * fields);
  const cut = from < buf.rows;
  return { data, rows, epoch: cut ? buf.epoch + 1 : buf.epoch, kept: cut ? from : buf.kept };
}
