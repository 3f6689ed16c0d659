import { runStop } from '../process/pcb';
import { nextIoDone } from './io';
import { mustPcb, type CpuState, type SimState } from './state';
import type { Subsystem } from './subsystem';

/**
 * The next tick at which something happens, or Infinity. With `except`, that CPU's own run end is left out:
 * what else could happen while its process runs on (see loneStretch.ts).
 */
export function nextEventTime(st: SimState, except?: CpuState): number {
  let next = Infinity;
  // Bounds checked before reading: a read past the end of a frozen array (these two) takes V8's slow path.
  if (st.nextArrival < st.arrivals.length) next = mustPcb(st, st.arrivals[st.nextArrival] as number).arrival;
  if (st.nextOperation < st.operationOrder.length)
    next = Math.min(next, operationTick(st, st.operationOrder[st.nextOperation] as number));
  for (let k = 0; k < st.cpus.length; k++) {
    const cpu = st.cpus[k] as CpuState;
    if (cpu.phase === 'switch') next = Math.min(next, cpu.switchUntil);
    else if (cpu.phase === 'idle' && cpu.hold && cpu.hold.until !== null && cpu.hold.until > st.now)
      next = Math.min(next, cpu.hold.until);
    else if (cpu.phase === 'run' && cpu !== except) {
      const p = mustPcb(st, cpu.pid as number);
      next = Math.min(next, p.runSince + runStop(p));
    }
  }
  for (let k = 0; k < st.subsystems.length; k++) {
    const s = st.subsystems[k] as Subsystem;
    if (s.nextEvent) next = Math.min(next, s.nextEvent(st));
  }
  next = Math.min(next, nextIoDone(st));
  const deadline = st.deadlines[st.nextDeadline];
  if (deadline) next = Math.min(next, deadline[0]);
  const timer = timersLive(st) ? (st.policy.nextTimer?.(st, st.now + 1) ?? Infinity) : Infinity;
  return Math.min(next, timer);
}

/** Timers (boost, aging) serve live processes; once all have ended they would only add noise. */
export function timersLive(st: SimState): boolean {
  return st.terminated < st.procs.length;
}

/** The tick of the operation at place `at` of the scenario's list. */
export function operationTick(st: SimState, at: number): number {
  return (st.scenario.operations[at] as { tick: number }).tick;
}
