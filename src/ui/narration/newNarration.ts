import type { NarrationLine } from '../../protocol';

const same = (a: NarrationLine, b: NarrationLine): boolean =>
  a.tick === b.tick && a.kind === b.kind && a.pid === b.pid && a.text === b.text;

/**
 * The lines of `after` that `before` did not have. Frames carry the latest lines only (a sliding window),
 * so the new ones are those after `before`'s last line; if that line slid out of the window (a big jump
 * ahead), those later than its tick; after a step back, none.
 */
export function newNarration(before: readonly NarrationLine[], after: readonly NarrationLine[]): NarrationLine[] {
  const last = before[before.length - 1];
  if (!last) return after.slice();
  for (let i = after.length - 1; i >= 0; i--) {
    if (same(after[i] as NarrationLine, last)) return after.slice(i + 1);
  }
  return after.filter((l) => l.tick > last.tick);
}
