import type { ProcessMetrics } from '../core/index';
import type { ProcessPatch } from './frame';

/**
 * The rows a receiver of process patches keeps for `again`, by process index: the last row it was sent for each
 * process while NEW (`unarrived`) and once TERMINATED (`ended`). The sender keeps the same (rowsAgain), so it
 * knows which rows need not travel again; both start empty with each session (a load, another node shown).
 */
export interface HeldRows {
  unarrived: ProcessMetrics[];
  ended: ProcessMetrics[];
}

export const noHeldRows = (): HeldRows => ({ unarrived: [], ended: [] });

/** Where a row in `state` is kept for `again`, if it is. */
export function heldSlot(state: ProcessMetrics['state']): keyof HeldRows | null {
  return state === 'NEW' ? 'unarrived' : state === 'TERMINATED' ? 'ended' : null;
}

/**
 * The process table after a frame's patch; `held` is brought up to date in place (it is the receiver's own
 * bookkeeping, never drawn). Unchanged rows keep their identity, so memoised views skip them.
 */
export function applyProcessPatch(
  rows: readonly ProcessMetrics[],
  patch: ProcessPatch,
  held: HeldRows,
): ProcessMetrics[] {
  return allSteps(processPatchSteps(rows, patch, held, Infinity));
}

/** What `steps` comes to, taken all at once. */
export function allSteps<T>(steps: Generator<void, T>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * applyProcessPatch a step at a time, each of at most `rowsPerStep` changed rows: a receiver may let other work
 * run between steps (the first frame of 100,000 processes took 50 ms at load 8, with the scavenges it set off).
 */
export function* processPatchSteps(
  rows: readonly ProcessMetrics[],
  patch: ProcessPatch,
  held: HeldRows,
  rowsPerStep: number,
): Generator<void, ProcessMetrics[]> {
  const next = rows.slice(0, patch.count);
  for (const slot of ['unarrived', 'ended'] as const)
    for (const i of patch.again[slot]) next[i] = held[slot][i] as ProcessMetrics;
  const { changed } = patch;
  for (let from = 0; from < changed.length; from += rowsPerStep) {
    if (from > 0) yield;
    const to = Math.min(changed.length, from + rowsPerStep);
    for (let k = from; k < to; k++) {
      const [i, row] = changed[k] as [number, ProcessMetrics];
      next[i] = row;
      const slot = heldSlot(row.state);
      if (slot) held[slot][i] = row;
    }
  }
  return next;
}
