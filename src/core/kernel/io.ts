import type { Pcb } from '../process/pcb';
import { transition } from '../process/transitions';
import { heapPop, heapPush } from './heap';
import { enqueue } from './readyQueue';
import { mustPcb, type SimState } from './state';
import type { SubsystemName } from './subsystem';

const byUntil = (a: [number, number], b: [number, number]): number => a[0] - b[0] || a[1] - b[1];

/**
 * A WAITING process waits `ticks` for a subsystem (a page to come in from swap). It is not an I/O burst: no
 * device is taken and its CPU burst carries on where it stopped when the wait is over.
 */
export function startWait(st: SimState, p: Pcb, ticks: number, by: SubsystemName): void {
  p.waitingFor = by;
  p.ioUntil = st.now + ticks;
  heapPush(st.ioInFlight, [p.ioUntil, p.pid], byUntil);
}

/**
 * A subsystem's wait ends at `until` (not before now) instead of when it was planned: a message came for a process
 * waiting for one. The old heap entry goes stale and is dropped when it surfaces, as after cancelIo.
 */
export function retimeWait(st: SimState, p: Pcb, until: number): void {
  p.ioUntil = until;
  heapPush(st.ioInFlight, [until, p.pid], byUntil);
}

/** A WAITING process starts its I/O burst, on a free device, or queues for one (FIFO). */
export function startIo(st: SimState, p: Pcb): void {
  p.waitingFor = 'io';
  const devices = st.ioDevices;
  const device = devices.length === 0 ? null : devices.indexOf(null);
  if (device === -1) {
    st.ioQueue.push(p.pid);
    st.events.push({ tick: st.now, kind: 'ioQueued', pid: p.pid, position: st.ioQueue.length });
    return;
  }
  if (device !== null) devices[device] = p.pid;
  p.ioUntil = st.now + p.burstLeft;
  heapPush(st.ioInFlight, [p.ioUntil, p.pid], byUntil);
  st.events.push({ tick: st.now, kind: 'ioStart', pid: p.pid, until: p.ioUntil, device });
}

/** Stops `p`'s I/O (kill, suspend): frees its device or its place in the device queue. */
export function cancelIo(st: SimState, p: Pcb): void {
  const q = st.ioQueue.indexOf(p.pid);
  if (q >= 0) st.ioQueue.splice(q, 1);
  if (p.ioUntil !== null) {
    // The heap entry goes stale (ioUntil no longer matches) and is dropped when it surfaces.
    p.ioUntil = null;
    freeDevice(st, p.pid);
  }
}

function freeDevice(st: SimState, pid: number): void {
  const d = st.ioDevices.indexOf(pid);
  if (d < 0) return;
  st.ioDevices[d] = null;
  const next = st.ioQueue.shift();
  if (next !== undefined) startIo(st, mustPcb(st, next));
}

/** Earliest pending I/O completion, dropping stale entries. */
export function nextIoDone(st: SimState): number {
  for (;;) {
    const top = st.ioInFlight[0];
    if (!top) return Infinity;
    if (mustPcb(st, top[1]).ioUntil === top[0]) return top[0];
    heapPop(st.ioInFlight, byUntil);
  }
}

/**
 * I/O bursts that end now: the process moves to its next CPU burst and becomes READY (or, if suspended,
 * will be READY when resumed). Completions are taken in pid order.
 */
export function completeIo(st: SimState): void {
  // Most decision points complete none: the loop alone is small enough for V8 to inline where it is called.
  while (nextIoDone(st) === st.now) completeFirst(st);
}

/** The first I/O in flight, which ends now, completes. */
function completeFirst(st: SimState): void {
  const [, pid] = heapPop(st.ioInFlight, byUntil) as [number, number];
  const p = mustPcb(st, pid);
  p.ioUntil = null;
  const by = p.waitingFor;
  const io = by === 'io';
  if (!io) st.subsystems.find((s) => s.name === by)?.wake?.(st, p);
  else {
    p.burstIndex++;
    p.burstLeft = p.bursts[p.burstIndex] ?? 0;
    st.events.push({ tick: st.now, kind: 'ioDone', pid });
    // The record is kept and a tick's list made to size by its first completion: a list made empty grew to 17
    // places at its first push (a tenth of the young-generation collections of OSTEP's mlfq of 1,200 jobs).
    const woken = st.woken;
    if (woken.tick !== st.now) {
      woken.tick = st.now;
      woken.pids = [pid];
    } else woken.pids.push(pid);
  }
  if (p.state === 'SUSPENDED') p.suspendedFrom = 'READY';
  else {
    transition(p, 'READY', st.now);
    enqueue(st, p, io && st.policy.ioToFront === true ? 'front' : 'tail');
  }
  if (io) freeDevice(st, pid);
}
