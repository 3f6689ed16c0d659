import { DISK_POLICIES } from '../../storage/disk/policies/registry';
import type { DiskReason } from '../../storage/disk/diskTypes';
import { diskAt, type DiskRunState } from './nodeDisk';

/**
 * The node's disk picking the next request among those waiting in its queue, from several processes: the policy
 * weighs every block of every request it may pick from, from where the head is when the disk comes free, and the
 * request holding the block it would serve first goes next (its blocks then in the policy's order, nodeDisk.ts).
 */

/** A request waiting in the disk's queue: its number in arrival order and the disk blocks it moves. */
export interface DiskQueued {
  seq: number;
  blocks: readonly number[];
}

/** Why a request went next: how many waited, how many the window let the policy weigh, and the policy's reason. */
export interface DiskQueuePick {
  waiting: number;
  weighed: number;
  /** the block the policy would serve first, and the head's track when it chose */
  block: number;
  from: number;
  reason: DiskReason;
}

/** The next request's number for the queue (its place in arrival order across the run). */
export const nextQueued = (d: DiskRunState): number => d.queued++;

/**
 * How many requests from the queue's front (it is in arrival order) the policy weighs: all (window -1), the first
 * `window` (a window that slides on as requests finish) or, under BSATF, the batch that was at the front when the
 * last batch ran out, so a request that came later waits for the whole batch (disk.py's fairness window, over
 * requests).
 */
function weighed(d: DiskRunState, queue: readonly DiskQueued[]): number {
  const { policy, window } = d.config;
  if (window <= -1 || policy === 'FIFO') return queue.length;
  if (policy !== 'BSATF') return Math.min(window, queue.length);
  if (!queue.some((q) => q.seq < d.batchEnd))
    d.batchEnd = (queue[Math.min(window, queue.length) - 1] as DiskQueued).seq + 1;
  return queue.filter((q) => q.seq < d.batchEnd).length;
}

/**
 * The request (its place in `queue`, which is in arrival order and not empty) the disk serves next from tick `now`,
 * and why. Under BSATF it starts a new batch when the last one has been served.
 */
export function pickQueued(
  d: DiskRunState,
  queue: readonly DiskQueued[],
  now: number,
): { at: number; pick: DiskQueuePick } {
  const blocks: number[] = [];
  const owner: number[] = [];
  const n = weighed(d, queue);
  let end = 0;
  queue.forEach((q, at) => {
    for (const b of q.blocks) {
      blocks.push(b);
      owner.push(at);
    }
    // the policy's window is the positions before `end`: the weighed requests' blocks
    if (at < n) end = blocks.length;
  });
  const st = diskAt(d, now, blocks);
  for (let i = 0; i < end; i++) st.open.push(i);
  st.entered = end;
  const choice = DISK_POLICIES[d.config.policy].choose({ config: d.config, state: st, end });
  if (!choice) throw new Error('internal: the disk found no request to pick in a queue that is not empty');
  const pick = { waiting: queue.length, weighed: n, block: blocks[choice.index] as number, from: d.head.track };
  return { at: owner[choice.index] as number, pick: { ...pick, reason: choice.reason } };
}
