import { heapPop, heapPush, heapRemove, type HeapPlaces } from '../kernel/heap';
import { mustPcb, type SimState } from '../kernel/state';
import type { Pcb } from '../process/pcb';
import { policyData, procData } from './policy';
import type { MlfqGlobal, MlfqProc } from './mlfq';

/**
 * The READY processes below the top, as a heap by the tick they are due to move up (aging), so the next aging
 * timer is its top and a timer takes only those due: O(log n) each, where a walk over the READY ones was O(n)
 * at every decision. A process is in it while it is READY (not on a CPU) at a level below 0.
 */
export interface MlfqAging {
  due: number[];
  places: HeapPlaces<number>;
  /** the pids that moved up at this tick, whose order changed; null after a boost: all may have (Policy.keysChanged) */
  movedNow: number[] | null;
}

export function noAging(): MlfqAging {
  return { due: [], places: { at: new Map(), touched: [] }, movedNow: [] };
}

const data = (st: SimState): MlfqAging => policyData<MlfqProc, MlfqGlobal>(st).global.aging;
const of = (st: SimState, p: { pid: number }): MlfqProc => procData<MlfqProc>(st, p);

/** the tick its wait at this level began, for aging */
export const waitingSince = (st: SimState, p: Pcb): number => Math.max(p.readySince, of(st, p).agedAt);

function byDue(st: SimState, threshold: number): (a: number, b: number) => number {
  const due = (pid: number): number => waitingSince(st, mustPcb(st, pid)) + threshold;
  return (a, b) => due(a) - due(b) || a - b;
}

/** `p` joined the READY queue, or moved up and stays READY: it waits for aging if it is below the top. */
export function startWait(st: SimState, p: Pcb, threshold: number): void {
  if (of(st, p).level > 0) heapPush(data(st).due, p.pid, byDue(st, threshold), data(st).places);
}

export function endWait(st: SimState, p: Pcb, threshold: number): void {
  const d = data(st);
  if (d.places.at.has(p.pid)) heapRemove(d.due, p.pid, byDue(st, threshold), d.places);
}

/** The first tick a READY process below the top is due to move up; Infinity = none. */
export function nextDue(st: SimState, threshold: number): number {
  const top = data(st).due[0];
  return top === undefined ? Infinity : waitingSince(st, mustPcb(st, top)) + threshold;
}

/** Takes out those due by now (they move up); the caller puts back those still below the top. */
export function takeDue(st: SimState, threshold: number): Pcb[] {
  const d = data(st);
  const cmp = byDue(st, threshold);
  const due: Pcb[] = [];
  while (d.due[0] !== undefined && nextDue(st, threshold) <= st.now)
    due.push(mustPcb(st, heapPop(d.due, cmp, d.places) as number));
  return due;
}

/** A boost moved every process to the top: nobody waits for aging, and the whole order changed. */
export function clearWaits(st: SimState): void {
  policyData<MlfqProc, MlfqGlobal>(st).global.aging = { ...noAging(), movedNow: null };
}
