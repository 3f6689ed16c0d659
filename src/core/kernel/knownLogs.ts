/*
 * A run's append-only logs are shared by its checkpoints and cut back (popped, storage kept) when a step back
 * restores one. What the run had logged before the cut is worth keeping: a jump forward past a checkpoint the run
 * has reached before puts that checkpoint's stretch back instead of running it again. The kernel's Simulation and
 * the cluster's use the same two steps.
 */

const entries = (logs: readonly unknown[][]): number => logs.reduce((n, log) => n + log.length, 0);

/**
 * The logs as far as the run has gone: the live ones, copied, when they reach further than those kept (every log
 * only grows along a run, so the one with more entries in all is the further).
 */
export function furthestLogs(live: readonly unknown[][], known: unknown[][] | null): unknown[][] {
  if (known && entries(live) <= entries(known)) return known;
  return live.map((log) => log.slice());
}

/**
 * Fills the live logs up to `lengths` (a checkpoint's) from `known`, so the checkpoint can be restored further on
 * than the run stands; false, and nothing changed, when `known` does not reach that far.
 */
export function putBackLogs(live: unknown[][], known: readonly unknown[][], lengths: readonly number[]): boolean {
  if (live.some((_, i) => (known[i] as unknown[]).length < (lengths[i] as number))) return false;
  live.forEach((log, i) => {
    const from = known[i] as unknown[];
    const end = lengths[i] as number;
    // The log kept its storage when it was cut, so these pushes do not copy it again.
    for (let at = log.length; at < end; at++) log.push(from[at]);
  });
  return true;
}
