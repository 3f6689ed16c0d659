import type { ProcessMetrics } from '../core/index';
import type { ProcessIndex } from './processIndex';

export type ProcessNames = ReadonlyMap<number, string>;

const made = new WeakMap<ProcessIndex, { count: number; names: ProcessNames }>();

/**
 * pid -> name of the processes in `rows`, the same map for as long as they are the same processes: a name never
 * changes, and within a session (one `index`, processIndex.ts) rows are only ever added. So a view that names
 * processes gets a new map when one is created or another run loaded, not with each frame's rows (10,000 in a
 * large run, where building the map for every tick change cost the Memory view a few ms).
 */
export function processNames(index: ProcessIndex, rows: readonly ProcessMetrics[]): ProcessNames {
  const held = made.get(index);
  if (held && held.count === rows.length) return held.names;
  const names = new Map(rows.map((p) => [p.pid, p.name]));
  made.set(index, { count: rows.length, names });
  return names;
}
