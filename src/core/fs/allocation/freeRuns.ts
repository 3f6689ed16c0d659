/**
 * The free-run index over a disk's block bitmap: a segment tree whose every node keeps, for the blocks it
 * covers, the longest free run and the free runs at its start and end. Finding the first run of k free blocks,
 * the first free block after a given one, and marking a run used or free each cost O(log n) plus the run's
 * length, so a workload of 100,000 operations on 262,144 blocks never scans the disk.
 * Plain data (typed arrays), so it copies with the rest of the state.
 */
export interface FreeRuns {
  /** blocks indexed (the leaves past them count as used, so no run reaches beyond the disk) */
  blocks: number;
  /** leaves: the least power of two >= blocks; node 1 is the root, node i's children are 2i and 2i + 1 */
  leaves: number;
  longest: Int32Array;
  prefix: Int32Array;
  suffix: Int32Array;
}

/** An index over `blocks` blocks, all of them free. */
export function createFreeRuns(blocks: number): FreeRuns {
  let leaves = 1;
  while (leaves < blocks) leaves *= 2;
  const runs: FreeRuns = {
    blocks,
    leaves,
    longest: new Int32Array(2 * leaves),
    prefix: new Int32Array(2 * leaves),
    suffix: new Int32Array(2 * leaves),
  };
  markRun(runs, 0, blocks, false);
  return runs;
}

/** Marks blocks start … start + length − 1 used or free, then mends the nodes above them, level by level. */
export function markRun(runs: FreeRuns, start: number, length: number, used: boolean): void {
  if (length <= 0) return;
  const { leaves, longest, prefix, suffix } = runs;
  const free = used ? 0 : 1;
  // A loop, not TypedArray.fill: most runs are a few blocks, where fill's call costs more than the writes.
  for (let i = leaves + start; i < leaves + start + length; i++) {
    longest[i] = free;
    prefix[i] = free;
    suffix[i] = free;
  }
  let lo = (leaves + start) >> 1;
  let hi = (leaves + start + length - 1) >> 1;
  // Once a level's nodes come out as they were, every node above them would too: stop there.
  for (let half = 1, changed = true; lo >= 1 && changed; half *= 2, lo >>= 1, hi >>= 1) {
    changed = false;
    for (let p = lo; p <= hi; p++) {
      const l = 2 * p;
      const r = l + 1;
      const best = Math.max(longest[l] as number, longest[r] as number, (suffix[l] as number) + (prefix[r] as number));
      const pre = prefix[l] === half ? half + (prefix[r] as number) : (prefix[l] as number);
      const suf = suffix[r] === half ? half + (suffix[l] as number) : (suffix[r] as number);
      if (best === longest[p] && pre === prefix[p] && suf === suffix[p]) continue;
      longest[p] = best;
      prefix[p] = pre;
      suffix[p] = suf;
      changed = true;
    }
  }
}

/** The first block of the lowest run of `length` free blocks (first fit), or -1 when no run is that long. */
export function firstRun(runs: FreeRuns, length: number): number {
  const { leaves, longest, prefix, suffix } = runs;
  if ((longest[1] as number) < length || length <= 0) return length <= 0 ? 0 : -1;
  let node = 1;
  let start = 0;
  for (let size = leaves; node < leaves; size /= 2) {
    const l = 2 * node;
    if ((longest[l] as number) >= length) node = l;
    else if ((suffix[l] as number) + (prefix[l + 1] as number) >= length)
      return start + size / 2 - (suffix[l] as number);
    else {
      node = l + 1;
      start += size / 2;
    }
  }
  return start;
}

/** The lowest free block at or after `from`, or -1 when there is none. */
export function nextFree(runs: FreeRuns, from: number): number {
  const { leaves, longest } = runs;
  if (from >= runs.blocks) return -1;
  let node = leaves + Math.max(0, from);
  if (longest[node] === 1) return node - leaves;
  for (; node > 1; node >>= 1) {
    if ((node & 1) === 1 || longest[node + 1] === 0) continue;
    node += 1;
    while (node < leaves) node = (longest[2 * node] as number) > 0 ? 2 * node : 2 * node + 1;
    return node - leaves;
  }
  return -1;
}

/** The lowest longest free run: where and how long ({start: -1, length: 0} on a full disk). */
export function longestRun(runs: FreeRuns): { start: number; length: number } {
  const length = runs.longest[1] as number;
  return { start: length === 0 ? -1 : firstRun(runs, length), length };
}
