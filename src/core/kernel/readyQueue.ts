import type { Pcb } from '../process/pcb';
import { heapify, heapifyAround, heapKeysGrew, heapPush, heapRemove, heapSorted } from './heap';
import { mustPcb, type SimState } from './state';

/** The comparator over pids that the ready heap uses, for the current tick. */
export function readyOrder(st: SimState): (a: number, b: number) => number {
  const policy = st.policy;
  return (a, b) => policy.compare(mustPcb(st, a), mustPcb(st, b), st);
}

/**
 * Puts a READY process in the ready heap. 'tail' and 'front' take a new place in line; 'keep' holds the
 * place it had, which is how a preempted process stays ahead of those that arrived after it.
 */
export function enqueue(st: SimState, p: Pcb, place: 'tail' | 'front' | 'keep'): void {
  if (place === 'tail') p.readySeq = st.tailSeq++;
  else if (place === 'front') p.readySeq = st.frontSeq--;
  p.readySince = st.now;
  heapPush(st.ready, p.pid, readyOrder(st), st.readyPlaces);
  st.policy.enqueued?.(p, st);
}

export function dequeue(st: SimState, p: Pcb): void {
  heapRemove(st.ready, p.pid, readyOrder(st), st.readyPlaces);
  st.policy.dequeued?.(p, st);
}

/** These processes now come later in the policy's order (those still READY move back to their place). */
export function readyKeysGrew(st: SimState, pids: readonly number[]): void {
  heapKeysGrew(
    st.ready,
    pids.map((pid) => st.readyPlaces.at.get(pid) ?? -1),
    readyOrder(st),
    st.readyPlaces,
  );
}

/** After keys changed (timers, aging): around the processes the policy names, or the whole heap again. */
export function reorderReady(st: SimState): void {
  const changed = st.policy.keysChanged?.(st);
  if (!changed) return heapify(st.ready, readyOrder(st), st.readyPlaces);
  const at = changed.map((pid) => st.readyPlaces.at.get(pid)).filter((i) => i !== undefined);
  heapifyAround(st.ready, readyOrder(st), st.readyPlaces, at);
}

/** READY processes in the order the policy would take them. */
export function readyInOrder(st: SimState): Pcb[] {
  return heapSorted(st.ready, readyOrder(st)).map((pid) => mustPcb(st, pid));
}
