import type { CachedModel } from './types';

/** The entry with the lowest `key`, and of those the least recently used (lastSeq is unique, so no tie is left). */
export function lowest(entries: readonly CachedModel[], key: (e: CachedModel) => number): number {
  let best = 0;
  for (let i = 1; i < entries.length; i++) {
    const e = entries[i]!;
    const b = entries[best]!;
    if (key(e) < key(b) || (key(e) === key(b) && e.lastSeq < b.lastSeq)) best = i;
  }
  return best;
}
