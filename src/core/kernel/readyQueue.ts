import type { Pcb } from '../process/pcb';
import {
  heapify,
  heapifyAround,
  heapKeysGrew,
  heapPop,
  heapPush,
  heapRemove,
  heapSorted,
  placeOf,
  type Order,
} from './heap';
import { seqPop, seqPush, seqRemove, type SeqQueue } from './seqQueue';
import { mustIndex, type SimState } from './state';

/**
 * The order of the ready heap for the current tick, over proc indices: the policy's ranks (Policy.rank), kept in
 * one array, or its comparator. The heap holds indices into `st.procs`, not pids, so a comparison reads two array
 * slots where pids would cost two Map lookups.
 */
export function readyOrder(st: SimState): Order<number> {
  const { policy, procs } = st;
  if (policy.rank) return st.readyRanks;
  return (a, b) => policy.compare(procs[a] as Pcb, procs[b] as Pcb, st);
}

/**
 * Keeps the policy's rank of the process at proc index `i` (Policy.rank), for a policy that has one. The array
 * grows a slot at a time so that it stays packed (see heap.ts setPlace).
 */
function rerank(st: SimState, i: number): void {
  const rank = st.policy.rank;
  if (!rank) return;
  const ranks = st.readyRanks;
  while (ranks.length < i) ranks.push(0);
  ranks[i] = rank(st.procs[i] as Pcb, st);
}

/**
 * Puts a READY process in the ready heap. 'tail' and 'front' take a new place in line; 'keep' holds the
 * place it had, which is how a preempted process stays ahead of those that arrived after it.
 */
export function enqueue(st: SimState, p: Pcb, place: 'tail' | 'front' | 'keep'): void {
  if (place === 'tail') p.readySeq = st.tailSeq++;
  else if (place === 'front') p.readySeq = st.frontSeq--;
  p.readySince = st.now;
  rerank(st, p.index);
  readyPutBack(st, p.index);
  st.policy.enqueued?.(p, st);
}

export function dequeue(st: SimState, p: Pcb): void {
  if (st.policy.seqBands) bandsRemove(st, p.index);
  else heapRemove(st.ready, p.index, readyOrder(st), st.readyPlaces);
  st.policy.dequeued?.(p, st);
}

/** Takes the best READY process out of the queue, as its proc index; telling the policy is the caller's. */
export function readyPop(st: SimState): number | undefined {
  if (!st.policy.seqBands) return heapPop(st.ready, readyOrder(st), st.readyPlaces);
  const band = firstBand(st);
  if (band === undefined) return undefined;
  st.bandsQueued--;
  return seqPop(band);
}

/** Puts the process at proc index `i` in the queue at the place its rank gives (one readyPop passed over keeps its own). */
export function readyPutBack(st: SimState, i: number): void {
  const policy = st.policy;
  if (!policy.seqBands) return heapPush(st.ready, i, readyOrder(st), st.readyPlaces);
  const band = policy.band ? policy.band(st.procs[i] as Pcb, st) : 0;
  seqPush(st.readyBands[band] as SeqQueue, i, st.readyRanks);
  st.bandsQueued++;
}

/** How many processes are READY (not on a CPU). */
export function readyCount(st: SimState): number {
  return st.policy.seqBands ? st.bandsQueued : st.ready.length;
}

/** The best READY process's proc index, without taking it out; undefined when none is READY. */
export function readyTopIndex(st: SimState): number | undefined {
  return st.policy.seqBands ? bandTop(firstBand(st)) : st.ready[0];
}

/** The first band that holds a process (a policy has at most 16: an MLFQ's levels). */
function firstBand(st: SimState): SeqQueue | undefined {
  if (st.bandsQueued === 0) return undefined;
  const bands = st.readyBands;
  for (let b = 0; b < bands.length; b++) {
    const band = bands[b] as SeqQueue;
    if (band.readyHead < band.ready.length) return band;
  }
  return undefined;
}

function bandTop(band: SeqQueue | undefined): number | undefined {
  return band === undefined ? undefined : band.ready[band.readyHead];
}

/**
 * Takes the process at proc index `i` out of the band that holds it, found by the rank it was queued with (its
 * readyRanks slot, which changes only as it joins a band): its band now first, then the others, since a timer may
 * have moved it (a boost) before the bands are put in order again. False when it is in none.
 */
function bandsRemove(st: SimState, i: number): boolean {
  const policy = st.policy;
  const now = policy.band ? policy.band(st.procs[i] as Pcb, st) : 0;
  const bands = st.readyBands;
  let removed = seqRemove(bands[now] as SeqQueue, i, st.readyRanks);
  for (let b = 0; !removed && b < bands.length; b++)
    if (b !== now) removed = seqRemove(bands[b] as SeqQueue, i, st.readyRanks);
  if (removed) st.bandsQueued--;
  return removed;
}

/** These processes now come later in the policy's order (those still READY move back to their place). */
export function readyKeysGrew(st: SimState, pids: readonly number[]): void {
  const at = pids.map((pid) => placeOf(st.readyPlaces, mustIndex(st, pid)));
  for (const place of at) if (place >= 0) rerank(st, st.ready[place] as number);
  heapKeysGrew(st.ready, at, readyOrder(st), st.readyPlaces);
}

/** After keys changed (timers, aging): around the processes the policy names, or the whole queue again. */
export function reorderReady(st: SimState): void {
  const changed = st.policy.keysChanged?.(st);
  if (st.policy.seqBands) return changed ? rebandSome(st, changed) : rebandAll(st);
  if (!changed) {
    for (const i of st.ready) rerank(st, i);
    return heapify(st.ready, readyOrder(st), st.readyPlaces);
  }
  const at = changed.map((pid) => placeOf(st.readyPlaces, mustIndex(st, pid))).filter((i) => i >= 0);
  for (const place of at) rerank(st, st.ready[place] as number);
  heapifyAround(st.ready, readyOrder(st), st.readyPlaces, at);
}

/** The processes `pids` that are READY and queued move to the band and place their new rank gives. */
function rebandSome(st: SimState, pids: readonly number[]): void {
  for (const pid of pids) {
    const i = mustIndex(st, pid);
    if (bandsRemove(st, i)) {
      rerank(st, i);
      readyPutBack(st, i);
    }
  }
}

/** Every queued process ranked again and put in its band (a boost moves them all), in rank order: each joins the tail. */
function rebandAll(st: SimState): void {
  const all = queuedInBands(st);
  for (const i of all) rerank(st, i);
  const ranks = st.readyRanks;
  all.sort((a, b) => (ranks[a] as number) - (ranks[b] as number));
  for (const band of st.readyBands) {
    band.ready = [];
    band.readyHead = 0;
  }
  st.bandsQueued = 0;
  for (const i of all) readyPutBack(st, i);
}

/** The queued proc indices, band after band, each band in its order. */
function queuedInBands(st: SimState): number[] {
  return st.readyBands.flatMap((band) => band.ready.slice(band.readyHead));
}

/** READY processes in the order the policy would take them. */
export function readyInOrder(st: SimState): Pcb[] {
  const order = st.policy.seqBands ? queuedInBands(st) : heapSorted(st.ready, readyOrder(st));
  return order.map((i) => st.procs[i] as Pcb);
}
