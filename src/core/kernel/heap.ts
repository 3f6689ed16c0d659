/**
 * Binary min-heap over a plain array, so it clones with the state. The comparator is passed to each call
 * (not stored) because it depends on the policy and on the current tick. `at`, when given, is kept as the
 * place of each item in the array, so an item is found in O(1) instead of by a scan (the ready queue's pids).
 */
export type Compare<T> = (a: T, b: T) => number;

export function heapPush<T>(h: T[], item: T, cmp: Compare<T>, at?: Map<T, number>): void {
  h.push(item);
  siftUp(h, h.length - 1, cmp, at);
}

export function heapPop<T>(h: T[], cmp: Compare<T>, at?: Map<T, number>): T | undefined {
  const top = h[0];
  const last = h.pop();
  if (top !== undefined) at?.delete(top);
  if (h.length > 0 && last !== undefined) {
    h[0] = last;
    siftDown(h, 0, cmp, at);
  }
  return top;
}

/** Removes the first item equal to `item`: O(log n) with `at`, else O(n) to find it. */
export function heapRemove<T>(h: T[], item: T, cmp: Compare<T>, at?: Map<T, number>): boolean {
  const i = at ? (at.get(item) ?? -1) : h.indexOf(item);
  if (i < 0) return false;
  at?.delete(item);
  const last = h.pop() as T;
  if (i < h.length) {
    h[i] = last;
    siftDown(h, i, cmp, at);
    siftUp(h, i, cmp, at);
  }
  return true;
}

/** Restores heap order after keys changed (aging, boost, a priority change). */
export function heapify<T>(h: T[], cmp: Compare<T>, at?: Map<T, number>): void {
  for (let i = (h.length >> 1) - 1; i >= 0; i--) siftDown(h, i, cmp, at);
}

/**
 * Restores heap order after the items at `indexes` came to sort later (their keys grew): each sifts down,
 * deepest first, so every subtree below is whole again before its ancestors are looked at.
 */
export function heapKeysGrew<T>(h: T[], indexes: number[], cmp: Compare<T>, at?: Map<T, number>): void {
  for (const i of indexes.filter((x) => x >= 0).sort((a, b) => b - a)) siftDown(h, i, cmp, at);
}

/** The items in the order they would be popped, without changing the heap. */
export function heapSorted<T>(h: readonly T[], cmp: Compare<T>): T[] {
  return h.slice().sort(cmp);
}

function siftUp<T>(h: T[], i: number, cmp: Compare<T>, at: Map<T, number> | undefined): void {
  const item = h[i] as T;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = h[parent] as T;
    if (cmp(item, p) >= 0) break;
    h[i] = p;
    at?.set(p, i);
    i = parent;
  }
  h[i] = item;
  at?.set(item, i);
}

function siftDown<T>(h: T[], i: number, cmp: Compare<T>, at: Map<T, number> | undefined): void {
  const n = h.length;
  const item = h[i] as T;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    const right = child + 1;
    if (right < n && cmp(h[right] as T, h[child] as T) < 0) child = right;
    if (cmp(h[child] as T, item) >= 0) break;
    h[i] = h[child] as T;
    at?.set(h[i] as T, i);
    i = child;
  }
  h[i] = item;
  at?.set(item, i);
}
