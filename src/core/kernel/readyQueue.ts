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
import { seqPop, seqPush, seqRemove } from './seqQueue';
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
  if (st.policy.seqOrder) seqRemove(st, p.index, st.readyRanks);
  else heapRemove(st.ready, p.index, readyOrder(st), st.readyPlaces);
  st.policy.dequeued?.(p, st);
}

/** Takes the best READY process out of the queue, as its proc index; telling the policy is the caller's. */
export function readyPop(st: SimState): number | undefined {
  return st.policy.seqOrder ? seqPop(st) : heapPop(st.ready, readyOrder(st), st.readyPlaces);
}

/** Puts the process at proc index `i` in the queue at the place its rank gives (one readyPop passed over keeps its own). */
export function readyPutBack(st: SimState, i: number): void {
  if (st.policy.seqOrder) seqPush(st, i, st.readyRanks);
  else heapPush(st.ready, i, readyOrder(st), st.readyPlaces);
}

/** How many processes are READY (not on a CPU). */
export function readyCount(st: SimState): number {
  return st.ready.length - st.readyHead;
}

/** The best READY process, without taking it out; undefined when none is READY. */
export function readyTop(st: SimState): Pcb | undefined {
  const top = st.ready[st.readyHead];
  return top === undefined ? undefined : st.procs[top];
}

/** These processes now come later in the policy's order (those still READY move back to their place). */
export function readyKeysGrew(st: SimState, pids: readonly number[]): void {
  const at = pids.map((pid) => placeOf(st.readyPlaces, mustIndex(st, pid)));
  for (const place of at) if (place >= 0) rerank(st, st.ready[place] as number);
  heapKeysGrew(st.ready, at, readyOrder(st), st.readyPlaces);
}

/** After keys changed (timers, aging): around the processes the policy names, or the whole heap again. */
export function reorderReady(st: SimState): void {
  const changed = st.policy.keysChanged?.(st);
  if (!changed) {
    for (const i of st.ready) rerank(st, i);
    return heapify(st.ready, readyOrder(st), st.readyPlaces);
  }
  const at = changed.map((pid) => placeOf(st.readyPlaces, mustIndex(st, pid))).filter((i) => i >= 0);
  for (const place of at) rerank(st, st.ready[place] as number);
  heapifyAround(st.ready, readyOrder(st), st.readyPlaces, at);
}

/** READY processes in the order the policy would take them. */
export function readyInOrder(st: SimState): Pcb[] {
  const order = st.policy.seqOrder ? st.ready.slice(st.readyHead) : heapSorted(st.ready, readyOrder(st));
  return order.map((i) => st.procs[i] as Pcb);
}
