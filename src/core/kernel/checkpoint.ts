import { deepCopy } from '../deepCopy';
import { deepFreeze } from '../deepFreeze';
import type { SimState } from './state';

/**
 * A copy of the state to go back to. Everything is copied by the one generic deepCopy, which shares what is
 * frozen (the scenario, bursts, the operation order, the subsystem list, the heap's states) and the append-only
 * logs, kept here by length: a restore cuts them back, so they are never copied.
 */
export interface Checkpoint {
  state: SimState;
  /** the length of each of logsOf(state), in that order */
  lengths: number[];
}

/**
 * The append-only logs: the kernel's and each subsystem's. They keep their identity for the whole run (a copy
 * shares them), so the live state and every checkpoint hold the same arrays.
 */
export function logsOf(st: SimState): unknown[][] {
  const logs: unknown[][] = [st.events, st.segments, st.gpuSegments];
  for (const s of st.subsystems) if (s.logs) logs.push(...s.logs(st));
  return logs;
}

/** A copy of the state that shares nothing mutable with it but its logs. */
export function copyState(st: SimState): SimState {
  return deepCopy(st, new Set(logsOf(st)));
}

/** The length of the event log when the checkpoint was taken (it is the first of logsOf). */
export function eventsAt(cp: Checkpoint): number {
  return cp.lengths[0] as number;
}

/**
 * A process that has ended never changes again (TERMINATED is final), and one still NEW seldom changes before it
 * arrives: both are frozen first, so this copy and every later one, and every restore, shares them instead of
 * copying them (ownPcb copies a NEW one when it is about to change). In a long run most processes have ended or are
 * still to come, and a PCB is most of what a checkpoint copies.
 */
export function checkpointOf(st: SimState): Checkpoint {
  for (const p of st.procs) if (p.state === 'TERMINATED' || p.state === 'NEW') deepFreeze(p);
  return { state: copyState(st), lengths: logsOf(st).map((log) => log.length) };
}

/** The state the checkpoint holds, as a fresh copy, with the logs cut back to where they were. */
export function restoreCheckpoint(cp: Checkpoint): SimState {
  const logs = logsOf(cp.state);
  logs.forEach((log, i) => {
    const length = cp.lengths[i] as number;
    // Popped rather than cut by setting the length, which gives the array's storage back: the run replays
    // from here and would grow it again, copying every entry before the cut.
    while (log.length > length) log.pop();
  });
  return copyState(cp.state);
}
