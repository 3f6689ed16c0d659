import type { Pcb } from '../process/pcb';
import type { SimState } from './state';

export function pcbOf(st: SimState, pid: number): Pcb | undefined {
  // Most scenarios number their processes from 0 in order: the process at the pid's own place, without the Map. The
  // Map's lookup is a function of its own, so that this one is small enough for V8 to inline where it is called.
  const at = st.procs[pid];
  return at !== undefined && at.pid === pid ? at : indexedPcb(st, pid);
}

function indexedPcb(st: SimState, pid: number): Pcb | undefined {
  const i = st.index.get(pid);
  return i === undefined ? undefined : st.procs[i];
}

/**
 * `p` (a process of `st`), to change. A checkpoint freezes the PCBs of processes that have not arrived and shares
 * them with the live state and every restore (a long run's processes are mostly still to come, and copying them
 * was most of a restore); the first change after one takes a copy of its own here, in its place. A TERMINATED
 * one never changes and stays as it is.
 */
export function ownPcb(st: SimState, p: Pcb): Pcb {
  if (p.state === 'TERMINATED' || !Object.isFrozen(p)) return p;
  const own = { ...p };
  st.procs[p.index] = own;
  return own;
}

/** For pids the state itself holds (queues, CPUs): their absence is a bug, not user input. */
export function mustPcb(st: SimState, pid: number): Pcb {
  return pcbOf(st, pid) ?? noProcess(pid);
}

/** A pid the state holds has no process: a bug. Thrown from here, which keeps mustPcb small enough to inline. */
function noProcess(pid: number): never {
  throw new Error(`internal: no process ${pid}`);
}

/** The place in `st.procs` of a pid the state itself holds (the heaps keep these places, not pids). */
export function mustIndex(st: SimState, pid: number): number {
  if (st.procs[pid]?.pid === pid) return pid;
  const i = st.index.get(pid);
  if (i === undefined) throw new Error(`internal: no process ${pid}`);
  return i;
}
