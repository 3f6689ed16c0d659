import type { ProcessMetrics } from '../core/index';

/** pid -> row of frame.processes, for views that look a process up by pid (the queues). */
export type ProcessIndex = ReadonlyMap<number, number>;

export const EMPTY_PROCESS_INDEX: ProcessIndex = new Map();

/**
 * The index after a frame: `index` itself while the rows are the same processes, else built anew. Within a
 * session rows are only ever added (a created process comes last; none is removed), so the rows are the
 * same processes exactly when their count is; a new session (`fresh`) may hold other processes.
 */
export function updateProcessIndex(index: ProcessIndex, rows: readonly ProcessMetrics[], fresh: boolean): ProcessIndex {
  if (!fresh && index.size === rows.length) return index;
  return new Map(rows.map((p, i) => [p.pid, i]));
}
