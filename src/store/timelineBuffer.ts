import { SEGMENT_FIELDS, type TimelinePatch } from '../protocol';

/**
 * Gantt segments received so far: an append-only index owned by the store, whose one update step is
 * applyPatch (which keeps, past the rows shown, those a cut took off, see `held`). `data` grows by doubling so that appending a frame is cheap, and successive buffers share it:
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
  /**
   * The rows of `data` as the worker sent them, past `rows` too: those a cut took off are kept, for a patch that
   * names them (`held`) rather than sending them again. Absent (a buffer made whole): `rows`.
   */
  held?: number;
}

export const EMPTY_TIMELINE: TimelineBuffer = { data: new Int32Array(0), rows: 0, epoch: 0 };

/**
 * Cuts to `patch.from` rows, takes back the rows it names as held, and appends the patch's rows; returns a new
 * object (the buffer may be shared). Rows are `fields` numbers wide: SEGMENT_FIELDS for the CPU and GPU timelines,
 * STATE_FIELDS for the state spans. A patch naming rows this buffer does not hold is the two sides out of step: it
 * throws rather than show rows that were never sent.
 */
export function applyPatch(buf: TimelineBuffer, patch: TimelinePatch, fields = SEGMENT_FIELDS): TimelineBuffer {
  const from = Math.min(patch.from, buf.rows);
  const held = Math.max(buf.rows, buf.held ?? 0);
  const takenBack = patch.kind === 'held' ? patch.held : 0;
  if (from + takenBack > held)
    throw new Error(`a timeline patch names rows ${from}–${from + takenBack} held; ${held} are`);
  const rows = from + takenBack + patch.data.length / fields;
  let data = buf.data;
  if (rows * fields > data.length) {
    data = new Int32Array(Math.max(rows * fields, data.length * 2, 1024));
    data.set(buf.data.subarray(0, held * fields));
  }
  data.set(patch.data, (from + takenBack) * fields);
  const cut = from < buf.rows;
  return {
    data,
    rows,
    epoch: cut ? buf.epoch + 1 : buf.epoch,
    kept: cut ? from : buf.kept,
    held: Math.max(held, rows),
  };
}
