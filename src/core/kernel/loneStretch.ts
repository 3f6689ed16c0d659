import type { Pcb } from '../process/pcb';
import type { SimEvent } from './events';
import { nextEventTime } from './nextEvent';
import { readyCount } from './readyQueue';
import { mustPcb, type CpuState, type SimState } from './state';

/** The policy lets a lone process run through several slices at once (PolicyModule.loneRepickIsNoop). */
export function mergesLoneSlices(st: SimState): boolean {
  // A cache warming mid-stretch settles the run there, which a merged stretch's arithmetic does not expect.
  return st.policy.loneRepickIsNoop === true && st.cache === null;
}

/**
 * The last step of a decision point: where each running process's slice ends. With a policy for which choosing
 * a lone process again changes nothing, and no process READY, a process runs on through whole slices up to the
 * last slice boundary at or before the next thing that could change the outcome (anything nextEventTime sees
 * besides its own run's end: an arrival, an I/O completion, an operation, a deadline, a timer, another CPU's
 * event, a memory reference) and before its burst ends. Each of those boundaries would only have been a re-pick
 * of the same process, so one merged stretch replaces them: its cost is one decision point, not one per slice,
 * and nothing happens strictly inside it. Otherwise the slice ends at the next boundary, as without merging; this
 * also cuts a stretch short when something it did not foresee (an operation added during the run) makes another
 * process READY.
 */
export function stretchLoneSlices(st: SimState): void {
  if (!mergesLoneSlices(st)) return;
  for (let k = 0; k < st.cpus.length; k++) {
    const cpu = st.cpus[k] as CpuState;
    if (cpu.phase !== 'run') continue;
    const p = mustPcb(st, cpu.pid as number);
    const slice = st.policy.slice(p, st);
    if (slice === Infinity) continue;
    const ran = st.now - p.runSince;
    // Dispatched at this decision point (each pick of a round robin), its next boundary is a slice on: no division.
    const next = ran === 0 ? slice : (Math.floor(ran / slice) + 1) * slice;
    if (readyCount(st) > 0) {
      p.sliceLeft = next;
      continue;
    }
    const last = lastBoundary(p.burstLeft - 1, slice);
    p.sliceLeft =
      last > next && keepsItsGpus(st, p)
        ? Math.max(next, Math.min(last, lastBoundary(nextEventTime(st, cpu) - p.runSince, slice)))
        : next;
  }
}

/**
 * A re-pick gives `p` back the GPUs it holds: the dispatcher takes the first free ones (cpu.ts takeGpus), so once
 * a GPU below one of them is free, the next slice's re-pick moves it there and is no longer a no-op.
 */
function keepsItsGpus(st: SimState, p: Pcb): boolean {
  const held = p.gpusHeld;
  let k = 0;
  for (const g of st.gpus) {
    if (k === held.length) return true;
    if (g.pid === null || g.pid === p.pid) {
      if (g.id !== held[k]) return false;
      k++;
    }
  }
  return true;
}

/** The last slice boundary (ticks from the run's start) at or before `ticks`. */
function lastBoundary(ticks: number, slice: number): number {
  return Math.floor(ticks / slice) * slice;
}

/**
 * The event of a run that ends at its slice's end, made before the run is settled: more than one slice when it was
 * a merged stretch.
 */
export function quantumExpired(st: SimState, p: Pcb, cpu: number): SimEvent {
  const slice = mergesLoneSlices(st) ? st.policy.slice(p, st) : p.sliceLeft;
  // The quanta are divided out only for a merged stretch (a spread of the event to add them was an object copy).
  return p.sliceLeft > slice
    ? { tick: st.now, kind: 'quantumExpired', pid: p.pid, cpu, slice, quanta: p.sliceLeft / slice }
    : { tick: st.now, kind: 'quantumExpired', pid: p.pid, cpu, slice };
}
