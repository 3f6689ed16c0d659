import type { SimState } from '../../kernel/state';
import type { MigrationStep } from './migrationEvents';
import type { ClusterMigration } from './migrations';
import type { ClusterState } from './state';

/** A step of migration `m` in the cluster's log, now. */
export function logStep(cl: ClusterState, m: ClusterMigration, step: MigrationStep): void {
  cl.log.push({ tick: cl.now, kind: 'migration', migration: cl.migrations.indexOf(m), process: m.origin, step });
}

/**
 * The node's kernel at the start of the cluster's tick, before it decides it: nothing happens on a node between its
 * events, so its clock moves to now as its own advance would; the tick's decision is still to come (a process taken
 * off its CPU now is replaced at once, one landing now is dispatched).
 */
export function nodeNow(cl: ClusterState, node: number): SimState {
  const st = cl.nodes[node] as SimState;
  if (st.now < cl.now && !st.finished) st.now = cl.now;
  return st;
}
