/** One event of the run in words, as the narration panel, the console and the memory forms show it. */
export interface NarrationLine {
  tick: number;
  kind: string;
  pid: number | null;
  text: string;
}

const key = (l: NarrationLine): string => `${l.tick}|${l.kind}|${l.pid}|${l.text}`;

/**
 * The lines `after` has that `before` did not, from tick `since` on (a multiset difference). An operation
 * re-makes the run from the current tick, so its own lines can come before lines `before` already had at that
 * tick: "what follows the old last line" would miss them.
 */
export function narrationSince(
  before: readonly NarrationLine[],
  after: readonly NarrationLine[],
  since: number,
): NarrationLine[] {
  const seen = new Map<string, number>();
  for (const l of before) if (l.tick >= since) seen.set(key(l), (seen.get(key(l)) ?? 0) + 1);
  return after.filter((l) => {
    if (l.tick < since) return false;
    const n = seen.get(key(l)) ?? 0;
    if (n > 0) seen.set(key(l), n - 1);
    return n === 0;
  });
}

/** The lines a move forward (or a jump) added: those after the old last line, or after its tick. */
export function freshNarration(before: readonly NarrationLine[], after: readonly NarrationLine[]): NarrationLine[] {
  const last = before[before.length - 1];
  if (!last) return after.slice();
  for (let i = after.length - 1; i >= 0; i--) {
    if (key(after[i] as NarrationLine) === key(last)) return after.slice(i + 1);
  }
  return narrationSince(before, after, last.tick);
}
