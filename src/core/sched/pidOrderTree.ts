import { deepFreeze } from '../deepFreeze';

/** What the tree needs of a process (a Pcb has it). */
export interface Placed {
  pid: number;
  needs: { gpus: number };
}

/**
 * Where each process sits when the READY ones are laid out in pid order: its place (1-based, for the Fenwick
 * trees), its weight (the lottery's tickets, or 1 to count places) and its GPU need, as a level of the distinct
 * needs. Frozen, so checkpoints share it; rebuilt only when a process is created by an operation.
 */
export interface PidLayout {
  /** proc index (as in st.procs) -> place in pid order, 1..n */
  readonly placeOf: readonly number[];
  /** place in pid order -> proc index (index 0 unused) */
  readonly procAt: readonly number[];
  readonly weightOf: readonly number[];
  /** proc index -> its level in `needs` */
  readonly levelOf: readonly number[];
  /** the distinct GPU needs, ascending (usually [0], or [0, 1]) */
  readonly needs: readonly number[];
}

/**
 * The READY processes (those in the ready queue, not on a CPU) as one Fenwick tree of weights per GPU-need
 * level, in pid order: the weight before a place, and the place holding a given weight, cost O(log n) per level
 * whose processes could run. Plain data in the policy's global (typed arrays), so checkpoints copy it.
 */
export interface PidOrderTree {
  layout: PidLayout;
  /** per level, Fenwick sums over places 1..n (index 0 unused) */
  sums: Float64Array[];
  /** per level, the weight and the number of its READY processes */
  totals: number[];
  counts: number[];
  /** proc index -> 1 while it is in the tree */
  member: Uint8Array;
}

export function pidLayout<P extends Placed>(procs: readonly P[], weight: (p: P) => number): PidLayout {
  const n = procs.length;
  const byPid = procs.map((_, i) => i).sort((a, b) => (procs[a] as P).pid - (procs[b] as P).pid);
  const placeOf = Array.from({ length: n }, () => 0);
  const procAt: number[] = [0, ...byPid];
  byPid.forEach((i, k) => (placeOf[i] = k + 1));
  const needs = [...new Set(procs.map((p) => p.needs.gpus))].sort((a, b) => a - b);
  const levelOf = procs.map((p) => needs.indexOf(p.needs.gpus));
  return deepFreeze({ placeOf, procAt, weightOf: procs.map(weight), levelOf, needs });
}

export function emptyTree(layout: PidLayout): PidOrderTree {
  const n = layout.placeOf.length;
  return {
    layout,
    sums: layout.needs.map(() => new Float64Array(n + 1)),
    totals: layout.needs.map(() => 0),
    counts: layout.needs.map(() => 0),
    member: new Uint8Array(n),
  };
}

/**
 * The tree over `procs`, which grew since it was laid out when an operation created a process: laid out again
 * with the members it had, O(n log n) for that operation; otherwise `tree` itself.
 */
export function treeOver<P extends Placed>(tree: PidOrderTree, procs: readonly P[], weight: (p: P) => number) {
  if (tree.layout.placeOf.length === procs.length) return tree;
  const grown = emptyTree(pidLayout(procs, weight));
  tree.member.forEach((m, i) => m === 1 && treeUpdate(grown, i, 1));
  return grown;
}

/** The process at proc index `i` joins (`sign` 1) or leaves (-1) the READY processes. */
export function treeUpdate(tree: PidOrderTree, i: number, sign: 1 | -1): void {
  const layout = tree.layout;
  const level = layout.levelOf[i] as number;
  const sums = tree.sums[level] as Float64Array;
  const w = sign * (layout.weightOf[i] as number);
  for (let k = layout.placeOf[i] as number; k < sums.length; k += k & -k) sums[k] = (sums[k] as number) + w;
  tree.totals[level] = (tree.totals[level] as number) + w;
  tree.counts[level] = (tree.counts[level] as number) + sign;
  tree.member[i] = sign === 1 ? 1 : 0;
}

// The layout is frozen: its arrays are walked by index, which V8 optimizes (not forEach over a frozen array).

/**
 * The levels whose READY processes fit in `gpusFree` GPUs: usually just one (nobody READY needs a GPU, or all
 * fit). Levels with nobody READY are left out, so they cost nothing.
 */
export function eligibleLevels(tree: PidOrderTree, gpusFree: number): Float64Array[] {
  const out: Float64Array[] = [];
  const needs = tree.layout.needs;
  for (let level = 0; level < needs.length; level++)
    if ((needs[level] as number) <= gpusFree && (tree.counts[level] as number) > 0)
      out.push(tree.sums[level] as Float64Array);
  return out;
}

/** The weight and the number of the READY processes whose GPU needs fit in `gpusFree`: O(levels). */
export function weightIn(tree: PidOrderTree, gpusFree: number): { weight: number; count: number } {
  let weight = 0;
  let count = 0;
  const needs = tree.layout.needs;
  for (let level = 0; level < needs.length; level++) {
    if ((needs[level] as number) > gpusFree) continue;
    weight += tree.totals[level] as number;
    count += tree.counts[level] as number;
  }
  return { weight, count };
}

/** The weight at places 1..place over the given levels. */
export function weightThrough(levels: readonly Float64Array[], place: number): number {
  let sum = 0;
  for (const sums of levels) for (let k = place; k > 0; k -= k & -k) sum += sums[k] as number;
  return sum;
}

/**
 * The proc index of the process whose weight covers `t` (0-based) when the weights of the given levels are laid
 * out in pid order: the first place whose running sum exceeds t. One descent of all levels in step: O(levels * log n).
 */
export function procHolding(tree: PidOrderTree, levels: readonly Float64Array[], t: number): number {
  const layout = tree.layout;
  const n = layout.procAt.length - 1;
  let place = 0;
  let left = t;
  for (let step = highestBit(n); step > 0; step >>= 1) {
    const next = place + step;
    if (next > n) continue;
    let w = 0;
    for (const sums of levels) w += sums[next] as number;
    if (w <= left) {
      place = next;
      left -= w;
    }
  }
  if (place >= n) throw new Error('internal: no READY process holds that weight');
  return layout.procAt[place + 1] as number;
}

function highestBit(n: number): number {
  let b = 1;
  while (b * 2 <= n) b *= 2;
  return n === 0 ? 0 : b;
}
