import { emptyPlaces, heapPop, heapPush, heapRemove, placeOf, type HeapPlaces } from '../kernel/heap';
import type { SimState } from '../kernel/state';
import type { Pcb } from '../process/pcb';
import { policyData, procData } from './policy';
import type { MlfqGlobal, MlfqProc } from './mlfq';

/**
 * The READY processes below the top (their proc indices), as a heap by the tick they are due to move up (aging), so the next aging
 * timer is its top and a timer takes only those due: O(log n) each, where a walk over the READY ones was O(n)
 * at every decision. A process is in it while it is READY (not on a CPU) at a level below 0.
 */
export interface MlfqAging {
  due: number[];
  places: HeapPlaces;
  /** the pids that moved up at this tick, whose order changed; null after a boost: all may have (Policy.keysChanged) */
  movedNow: number[] | null;
}

export function noAging(): MlfqAging {
  return { due: [], places: emptyPlaces(), movedNow: [] };
}

const data = (st: SimState): MlfqAging => policyData<MlfqProc, MlfqGlobal>(st).global.aging;
const of = (st: SimState, p: { index: number }): MlfqProc => procData<MlfqProc>(st, p);

/** the tick its wait at this level began, for aging */
export const waitingSince = (st: SimState, p: Pcb): number => Math.max(p.readySince, of(st, p).agedAt);

function byDue(st: SimState, threshold: number): (a: number, b: number) => number {
  const due = (i: number): number => waitingSince(st, st.procs[i] as Pcb) + threshold;
  return (a, b) => due(a) - due(b) || (st.procs[a] as Pcb).pid - (st.procs[b] as Pcb).pid;
}

/** `p` joined the READY queue, or moved up and stays READY: it waits for aging if it is below the top. */
export function startWait(st: SimState, p: Pcb, threshold: number): void {
  if (of(st, p).level > 0) heapPush(data(st).due, p.index, byDue(st, threshold), data(st).places);
}

export function endWait(st: SimState, p: Pcb, threshold: number): void {
  const d = data(st);
  const i = p.index;
  if (placeOf(d.places, i) >= 0) heapRemove(d.due, i, byDue(st, threshold), d.places);
}

/** The first tick a READY process below the top is due to move up; Infinity = none. */
export function nextDue(st: SimState, threshold: number): number {
  const top = data(st).due[0];
  return top === undefined ? Infinity : waitingSince(st, st.procs[top] as Pcb) + threshold;
}

/** Takes out those due by now (they move up); the caller puts back those still below the top. */
export function takeDue(st: SimState, threshold: number): Pcb[] {
  const d = data(st);
  const cmp = byDue(st, threshold);
  const due: Pcb[] = [];
  while (d.due[0] !== undefined && nextDue(st, threshold) <= st.now)
    due.push(st.procs[heapPop(d.due, cmp, d.places) as number] as Pcb);
  return due;
}

/** A boost moved every process to the top: nobody waits for aging, and the whole order changed. */
export function clearWaits(st: SimState): void {
  policyData<MlfqProc, MlfqGlobal>(st).global.aging = { ...noAging(), movedNow: null };
}
