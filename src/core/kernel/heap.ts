/**
 * Binary min-heap over a plain array, so it clones with the state. The order is passed to each call (not
 * stored) because it depends on the policy and on the current tick. `places`, when given, keeps the
 * place of each item in the array, so an item is found in O(1) instead of by a scan (the ready queue).
 */
export type Compare<T> = (a: T, b: T) => number;

/**
 * How a heap orders its items: a comparator, or for a heap of small non-negative integers (proc indices) a rank per
 * item, lower first. Ranks are read straight from their array where a comparator is a call at every step of a
 * sift, a call the sifts, shared by every heap of the core, cannot inline.
 */
export type Order<T> = Compare<T> | (T extends number ? readonly number[] : never);

/** Negative when `a` comes before `b` in `order`. */
function before<T>(order: Order<T>, a: T, b: T): number {
  if (typeof order === 'function') return order(a, b);
  const ranks = order as readonly number[];
  return (ranks[a as number] as number) - (ranks[b as number] as number);
}

/**
 * Where each item is, for a heap of small non-negative integers (proc indices): `at[item]` is its place, -1 or
 * absent when it is not in the heap. An array, not a Map, because every step of a sift writes one: the sifts
 * are the engine's hottest loop. And where the sifts since the last re-heap ended (the deepest place each one
 * wrote): every place whose order may be broken is one of them or above one, so a re-heap visits only those
 * (heapifyAround). Past `h.length` marks, a re-heap visits everything anyway, so no more are kept.
 */
export interface HeapPlaces {
  at: number[];
  touched: number[];
}

/** Only a heap of numbers keeps places. */
type PlacesOf<T> = T extends number ? HeapPlaces : never;

export function emptyPlaces(): HeapPlaces {
  return { at: [], touched: [] };
}

/** The place of `item` in the heap, -1 when it is not in it. */
export function placeOf(places: HeapPlaces, item: number): number {
  return places.at[item] ?? -1;
}

/**
 * Records where `item` is. The array grows one slot at a time, -1 for the items in between, so it stays a packed
 * array: a write far past its end would turn it into a dictionary, as slow as the Map it replaces.
 */
function setPlace(places: HeapPlaces, item: number, place: number): void {
  const at = places.at;
  while (at.length < item) at.push(-1);
  at[item] = place;
}

export function heapPush<T>(h: T[], item: T, order: Order<T>, places?: PlacesOf<T>): void {
  h.push(item);
  siftUp(h, h.length - 1, order, places);
}

export function heapPop<T>(h: T[], order: Order<T>, places?: PlacesOf<T>): T | undefined {
  const top = h[0];
  const last = h.pop();
  if (top !== undefined && places) setPlace(places, top as number, -1);
  if (h.length > 0 && last !== undefined) {
    if (typeof order === 'function') {
      h[0] = last;
      siftDown(h, 0, order, places);
    } else rankedRefill(h as number[], last as number, order as readonly number[], places as HeapPlaces | undefined);
  }
  return top;
}

/**
 * The root's place refilled with `item` as siftDown would, for a heap ordered by ranks, which are distinct (no two
 * READY processes tie: Policy.rank): the empty place moves down to a leaf along the lower-ranked children, one
 * comparison a level instead of siftDown's two, then `item` climbs from there. With distinct ranks every item ends
 * where siftDown puts it; the item that was last usually ranks near the bottom (a round robin's tail), so it seldom
 * climbs far.
 */
function rankedRefill(h: number[], item: number, ranks: readonly number[], places: HeapPlaces | undefined): void {
  const n = h.length;
  let i = 0;
  for (let child = 1; child < n; child = 2 * i + 1) {
    if (child + 1 < n && (ranks[h[child + 1] as number] as number) < (ranks[h[child] as number] as number)) child++;
    const moved = h[child] as number;
    h[i] = moved;
    if (places) setPlace(places, moved, i);
    i = child;
  }
  const rank = ranks[item] as number;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const above = h[parent] as number;
    if (rank >= (ranks[above] as number)) break;
    h[i] = above;
    if (places) setPlace(places, above, i);
    i = parent;
  }
  h[i] = item;
  if (places) setPlace(places, item, i);
  mark<number>(places, i, n);
}

/** Removes the first item equal to `item`: O(log n) with `at`, else O(n) to find it. */
export function heapRemove<T>(h: T[], item: T, order: Order<T>, places?: PlacesOf<T>): boolean {
  const i = places ? placeOf(places, item as number) : h.indexOf(item);
  if (i < 0) return false;
  if (places) setPlace(places, item as number, -1);
  const last = h.pop() as T;
  if (i < h.length) {
    h[i] = last;
    siftDown(h, i, order, places);
    siftUp(h, i, order, places);
  }
  return true;
}

/** Restores heap order after keys changed (aging, boost, a priority change). */
export function heapify<T>(h: T[], order: Order<T>, places?: PlacesOf<T>): void {
  for (let i = (h.length >> 1) - 1; i >= 0; i--) siftDown(h, i, order, places);
  if (places) places.touched.length = 0;
}

/**
 * The same heap as `heapify` after the keys of the items at `changed` moved (either way), when those and the
 * sifts since the last re-heap are all that changed: a sift at a place with nothing changed at or below it does
 * nothing, so only the places above a change are sifted, in heapify's order. O((k + sifts) log² n), not O(n).
 */
export function heapifyAround<T>(h: T[], order: Order<T>, places: PlacesOf<T>, changed: readonly number[]): void {
  if (places.touched.length > h.length) return heapify(h, order, places);
  const n = h.length;
  const above = new Set<number>();
  for (const from of [...places.touched, ...changed]) {
    // A mark past the end (the heap shrank since) still has its places above it.
    for (let i = from; i >= 0; i = (i - 1) >> 1) {
      if (i < n) {
        if (above.has(i)) break;
        above.add(i);
      }
      if (i === 0) break;
    }
  }
  for (const i of [...above].sort((a, b) => b - a)) siftDown(h, i, order, places);
  places.touched.length = 0;
}

/**
 * Restores heap order after the items at `indexes` came to sort later (their keys grew): each sifts down,
 * deepest first, so every subtree below is whole again before its ancestors are looked at.
 */
export function heapKeysGrew<T>(h: T[], indexes: number[], order: Order<T>, places?: PlacesOf<T>): void {
  for (const i of indexes.filter((x) => x >= 0).sort((a, b) => b - a)) siftDown(h, i, order, places);
}

/** The items in the order they would be popped, without changing the heap. */
export function heapSorted<T>(h: readonly T[], order: Order<T>): T[] {
  return h.slice().sort((a, b) => before(order, a, b));
}

function siftUp<T>(h: T[], i: number, order: Order<T>, places: PlacesOf<T> | undefined): void {
  const start = i;
  const item = h[i] as T;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = h[parent] as T;
    if (before(order, item, p) >= 0) break;
    h[i] = p;
    if (places) setPlace(places, p as number, i);
    i = parent;
  }
  h[i] = item;
  if (places) setPlace(places, item as number, i);
  mark(places, start, h.length);
}

function siftDown<T>(h: T[], i: number, order: Order<T>, places: PlacesOf<T> | undefined): void {
  const n = h.length;
  const item = h[i] as T;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    const right = child + 1;
    if (right < n && before(order, h[right] as T, h[child] as T) < 0) child = right;
    if (before(order, h[child] as T, item) >= 0) break;
    h[i] = h[child] as T;
    if (places) setPlace(places, h[i] as number, i);
    i = child;
  }
  h[i] = item;
  if (places) setPlace(places, item as number, i);
  mark(places, i, n);
}

function mark<T>(places: PlacesOf<T> | undefined, i: number, n: number): void {
  if (places && places.touched.length <= n) places.touched.push(i);
}
