import type { ProcessMetrics, ProcessType } from '../core/index';
import type { ProcessIndex } from './processIndex';

export type ProcessNames = ReadonlyMap<number, string>;

/** Who a process is, for a legend or a label: what never changes for a pid within a session. */
export interface ProcessIdentity {
  pid: number;
  name: string;
  type: ProcessType;
}

/**
 * `make(rows)`, made again only when the rows are other processes: a pid's name and type never change, and within
 * a session (one `index`, processIndex.ts) rows are only ever added. So a view that names processes gets a new
 * value when one is created or another run loaded, not with each frame's rows (100,000 in a large run, where
 * building a map or a list for every slow frame cost hundreds of ms a second).
 */
function perProcessSet<T>(
  made: WeakMap<ProcessIndex, { count: number; value: T }>,
  index: ProcessIndex,
  rows: readonly ProcessMetrics[],
  make: (rows: readonly ProcessMetrics[]) => T,
): T {
  const held = made.get(index);
  if (held && held.count === rows.length) return held.value;
  const value = make(rows);
  made.set(index, { count: rows.length, value });
  return value;
}

const namesMade = new WeakMap<ProcessIndex, { count: number; value: ProcessNames }>();
const identitiesMade = new WeakMap<ProcessIndex, { count: number; value: readonly ProcessIdentity[] }>();

/** pid -> name of the processes in `rows`, the same map for as long as they are the same processes. */
export function processNames(index: ProcessIndex, rows: readonly ProcessMetrics[]): ProcessNames {
  return perProcessSet(namesMade, index, rows, (r) => new Map(r.map((p) => [p.pid, p.name])));
}

/** The processes in `rows` in their order, the same list for as long as they are the same processes. */
export function processIdentities(index: ProcessIndex, rows: readonly ProcessMetrics[]): readonly ProcessIdentity[] {
  return perProcessSet(identitiesMade, index, rows, (r) => r.map(({ pid, name, type }) => ({ pid, name, type })));
}
