import type { FreeRunsState } from './state';

/**
 * A segment tree over the frame table that knows, for every span of frames, the free frames at its start,
 * at its end and in its longest run. First fit, the largest hole and "next free / next used frame after p"
 * are O(log frames), so placement never scans 262,144 frames, and freeing a range costs O(range + log).
 */
export function createFreeRuns(frames: number): FreeRunsState {
  let size = 1;
  while (size < frames) size *= 2;
  const t: FreeRunsState = {
    size,
    pre: new Int32Array(2 * size),
    suf: new Int32Array(2 * size),
    max: new Int32Array(2 * size),
  };
  for (let i = 0; i < frames; i++) setLeaf(t, i, true);
  for (let i = size - 1; i >= 1; i--) pull(t, i);
  return t;
}

/** Rebuilds the whole tree from a predicate (after compaction moved everything). */
export function rebuildFreeRuns(t: FreeRunsState, isFree: (frame: number) => boolean, frames: number): void {
  for (let i = 0; i < t.size; i++) setLeaf(t, i, i < frames && isFree(i));
  for (let i = t.size - 1; i >= 1; i--) pull(t, i);
}

/** Marks frames [from, to) free or used. */
export function setRun(t: FreeRunsState, from: number, to: number, free: boolean): void {
  if (to <= from) return;
  for (let i = from; i < to; i++) setLeaf(t, i, free);
  let lo = (t.size + from) >> 1;
  let hi = (t.size + to - 1) >> 1;
  while (lo >= 1) {
    for (let i = lo; i <= hi; i++) pull(t, i);
    lo >>= 1;
    hi >>= 1;
  }
}

export function largestRun(t: FreeRunsState): number {
  return t.max[1]!;
}

/** Start of the lowest run of at least n free frames, or -1. The start is the start of a whole hole. */
export function firstFit(t: FreeRunsState, n: number): number {
  if (n <= 0 || t.max[1]! < n) return -1;
  let node = 1;
  let base = 0;
  let len = t.size;
  while (node < t.size) {
    const half = len >> 1;
    const l = 2 * node;
    if (t.max[l]! >= n) {
      node = l;
    } else if (t.suf[l]! + t.pre[l + 1]! >= n) {
      return base + half - t.suf[l]!;
    } else {
      node = l + 1;
      base += half;
    }
    len = half;
  }
  return base;
}

/** The lowest free frame ≥ p, or `frames` when there is none. */
export function nextFree(t: FreeRunsState, p: number, frames: number): number {
  return nextWhere(t, p, frames, (i) => t.max[i]! > 0);
}

/** The lowest used frame ≥ p, or `frames` when there is none (the end of the hole that holds p). */
export function nextUsed(t: FreeRunsState, p: number, frames: number): number {
  return Math.min(
    frames,
    nextWhere(t, p, frames, (i) => t.pre[i]! < spanOf(t, i)),
  );
}

/** Every hole in frame order, as (start, length). O(holes × log frames). */
export function forEachRun(
  t: FreeRunsState,
  frames: number,
  visit: (start: number, length: number) => boolean | void,
): void {
  for (let s = nextFree(t, 0, frames); s < frames;) {
    const e = nextUsed(t, s, frames);
    if (visit(s, e - s) === true) return;
    s = nextFree(t, e, frames);
  }
}

function nextWhere(t: FreeRunsState, p: number, frames: number, has: (node: number) => boolean): number {
  if (p >= frames) return frames;
  let i = t.size + p;
  if (has(i)) return p;
  // Climb until a right sibling holds a match, then descend to its leftmost matching leaf.
  for (;;) {
    if (i === 1) return frames;
    if ((i & 1) === 0 && has(i + 1)) {
      i += 1;
      break;
    }
    i >>= 1;
  }
  while (i < t.size) i = has(2 * i) ? 2 * i : 2 * i + 1;
  return Math.min(frames, i - t.size);
}

function spanOf(t: FreeRunsState, node: number): number {
  return t.size >> (31 - Math.clz32(node));
}

function setLeaf(t: FreeRunsState, frame: number, free: boolean): void {
  const v = free ? 1 : 0;
  const i = t.size + frame;
  t.pre[i] = v;
  t.suf[i] = v;
  t.max[i] = v;
}

function pull(t: FreeRunsState, i: number): void {
  const l = 2 * i;
  const r = l + 1;
  const half = spanOf(t, l);
  const pl = t.pre[l]!;
  const sr = t.suf[r]!;
  t.pre[i] = pl === half ? half + t.pre[r]! : pl;
  t.suf[i] = sr === half ? half + t.suf[l]! : sr;
  t.max[i] = Math.max(t.max[l]!, t.max[r]!, t.suf[l]! + t.pre[r]!);
}
