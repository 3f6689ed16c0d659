import type { ProcessMetrics } from '../core/index';
import type { ProcessPatch } from '../protocol';

/** The process table after a frame's patch: unchanged rows keep their identity, so memoised views skip them. */
export function applyRows(rows: readonly ProcessMetrics[], patch: ProcessPatch): ProcessMetrics[] {
  const next = rows.slice(0, patch.count);
  for (const [i, row] of patch.changed) next[i] = row;
  return next;
}
