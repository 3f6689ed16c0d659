import { deepCopy } from '../../deepCopy';
import { deepFreeze } from '../../deepFreeze';
import { logsOf } from '../../kernel/checkpoint';
import { shareDeliveredCounts } from './deliveredCounts';
import type { ClusterState } from './state';

/**
 * A copy of the cluster to go back to, as the kernel's checkpoints are (kernel/checkpoint.ts): one deepCopy that
 * shares what is frozen and the append-only logs, kept by length. `through` is the last tick the copy has
 * processed (-1: none yet, the cluster as created).
 */
export interface ClusterCheckpoint {
  cluster: ClusterState;
  through: number;
  /** clusterWork when it was taken (the logs are shared, so the copy's own count runs on with the live run's) */
  work: number;
  /** the length of each of clusterLogs(cluster), in that order */
  lengths: number[];
}

/**
 * The cluster's append-only logs: every node's (the kernel's own list), the network's events, its messages (a
 * message never changes once sent), its deliveries, and the security log and attack copies when it has them.
 */
export function clusterLogs(cl: ClusterState): unknown[][] {
  const logs: unknown[][] = [cl.log, cl.messages, cl.deliveries];
  if (cl.security) logs.push(cl.security.log, cl.security.attacks);
  for (const st of cl.nodes) logs.push(...logsOf(st));
  return logs;
}

function copyCluster(cl: ClusterState): ClusterState {
  return deepCopy(cl, new Set(clusterLogs(cl)));
}

/**
 * `through`: the last tick `cl` has processed. Ended processes and the delivered counts are frozen first, so every
 * copy shares them.
 */
export function clusterCheckpointOf(cl: ClusterState, through: number): ClusterCheckpoint {
  for (const st of cl.nodes) for (const p of st.procs) if (p.state === 'TERMINATED') deepFreeze(p);
  shareDeliveredCounts(cl.deliveredCount);
  const lengths = clusterLogs(cl).map((log) => log.length);
  return { cluster: copyCluster(cl), through, work: clusterWork(cl), lengths };
}

/** The cluster the checkpoint holds, as a fresh copy, with the logs cut back to where they were. */
export function restoreClusterCheckpoint(cp: ClusterCheckpoint): ClusterState {
  clusterLogs(cp.cluster).forEach((log, i) => {
    const length = cp.lengths[i] as number;
    // Popped, not cut by length, as the kernel's restore does: the storage is kept for the replay.
    while (log.length > length) log.pop();
  });
  return copyCluster(cp.cluster);
}

/** How much the cluster has done: messages sent and events logged, anywhere (what checkpoints are spaced by). */
export function clusterWork(cl: ClusterState): number {
  let work = cl.messages.length + cl.log.length;
  for (const st of cl.nodes) work += st.events.length;
  return work;
}
