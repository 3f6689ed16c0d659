import type { ProcessMetrics } from '../core/index';

/** pid -> row of frame.processes, for views that look a process up by pid (the queues). */
export interface ProcessIndex {
  /** how many rows it covers */
  readonly size: number;
  get(pid: number): number | undefined;
}

export const EMPTY_PROCESS_INDEX: ProcessIndex = indexOf([]);

/**
 * The index after a frame: `index` itself while the rows are the same processes, else built anew. Within a
 * session rows are only ever added (a created process comes last; none is removed), so the rows are the
 * same processes exactly when their count is; a new session (`fresh`) may hold other processes.
 */
export function updateProcessIndex(index: ProcessIndex, rows: readonly ProcessMetrics[], fresh: boolean): ProcessIndex {
  if (!fresh && index.size === rows.length) return index;
  return indexOf(rows);
}

/**
 * The rows' pids, each looked for first in the row its pid names (a scenario numbers its processes 1, 2, … in
 * the order of its rows unless it gives pids of its own), and through a map built at the first pid found
 * elsewhere: a map of 100,000 pids took 10-20 ms of the task that applies a loaded frame.
 */
function indexOf(rows: readonly ProcessMetrics[]): ProcessIndex {
  const pids = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) pids[i] = (rows[i] as ProcessMetrics).pid;
  let elsewhere: Map<number, number> | null = null;
  return {
    size: rows.length,
    get(pid) {
      if (pids[pid - 1] === pid) return pid - 1;
      elsewhere ??= new Map(Array.from(pids, (p, i) => [p, i]));
      return elsewhere.get(pid);
    },
  };
}
