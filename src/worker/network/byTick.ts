/**
 * How many of `count` entries, kept in tick order (`tickOf(i)` never decreases with i), are at or before `tick`:
 * the append-only logs of a cluster are read up to a tick by this binary search, never by a scan.
 */
export function countUpTo(count: number, tickOf: (i: number) => number, tick: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tickOf(mid) <= tick) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the sorted numbers `list` are below `limit`. */
export function countBelow(list: readonly number[], limit: number): number {
  return countUpTo(list.length, (i) => list[i] as number, limit - 1);
}
