import { NO_GPUS, settleRun, type Pcb } from '../process/pcb';
import { transition } from '../process/transitions';
import type { PickReason, Segment } from './events';
import type { CpuState, GpuState, SimState } from './state';
import { warmOnRun, warmOnRunEnd } from './warmRun';

/** Closes the CPU's open Gantt segment at now and opens the next phase. */
function setPhase(st: SimState, cpu: CpuState, phase: CpuState['phase'], pid: number | null): void {
  const length = st.now - cpu.since;
  if (length > 0) {
    const segment: Segment = {
      cpu: cpu.id,
      start: cpu.since,
      end: st.now,
      pid: cpu.phase === 'idle' ? null : cpu.pid,
      kind: cpu.phase,
    };
    // Set, not spread: a spread of `false` (no caches) cost an object copy at every segment.
    if (st.cache && cpu.phase === 'run') segment.warm = st.cache.segmentWarm[cpu.id];
    st.segments.push(segment);
    if (cpu.phase === 'run') cpu.busyTicks += length;
    else if (cpu.phase === 'switch') cpu.switchTicks += length;
  }
  cpu.phase = phase;
  cpu.pid = pid;
  cpu.since = st.now;
}

export function freeGpus(st: SimState): number {
  let n = 0;
  for (let k = 0; k < st.gpus.length; k++) if ((st.gpus[k] as GpuState).pid === null) n++;
  return n;
}

/**
 * Puts `p` on `cpu`. A switch is counted when the CPU last ran another process, or (with
 * countIdleSwitches) when it comes from idle; a counted switch costs contextSwitchCost ticks, during which
 * the process is still READY (its waiting time grows) but holds the CPU and its GPUs. The GPUs are kept for it
 * from now, but busy (in the GPU timeline and utilisation) only once it runs: their `since` is its run's start.
 * `reason` is null when the log leaves dispatches out (SimState.logs), and only then.
 */
export function dispatch(st: SimState, p: Pcb, cpu: CpuState, reason: PickReason | null): void {
  const { contextSwitchCost, countIdleSwitches } = st.scenario.options;
  const counted = cpu.lastPid !== null ? cpu.lastPid !== p.pid : countIdleSwitches;
  const runsAt = counted ? st.now + contextSwitchCost : st.now;
  p.cpu = cpu.id;
  p.lastCpu = cpu.id;
  cpu.hold = null;
  st.lastDispatched = p.pid;
  p.gpusHeld = p.needs.gpus === 0 ? NO_GPUS : takeGpus(st, p, runsAt);
  if (reason) {
    const gpus = p.gpusHeld === NO_GPUS ? NO_GPUS : p.gpusHeld.slice();
    st.events.push({ tick: st.now, kind: 'dispatch', pid: p.pid, cpu: cpu.id, gpus, reason });
  }
  if (counted) {
    cpu.switches++;
    p.contextSwitches++;
  }
  if (runsAt > st.now) {
    cpu.switchUntil = runsAt;
    st.events.push({ tick: st.now, kind: 'switch', cpu: cpu.id, from: cpu.lastPid, to: p.pid, until: cpu.switchUntil });
    setPhase(st, cpu, 'switch', p.pid);
  } else {
    startRun(st, cpu, p);
  }
}

/** The first free GPUs, as many as `p` needs (the dispatcher made sure there are), kept for it from `since`. */
function takeGpus(st: SimState, p: Pcb, since: number): number[] {
  const held: number[] = [];
  for (const g of st.gpus) {
    if (held.length === p.needs.gpus) break;
    if (g.pid === null) {
      g.pid = p.pid;
      g.since = since;
      held.push(g.id);
    }
  }
  return held;
}

/** The switch is over (or there was none): the process runs. */
export function startRun(st: SimState, cpu: CpuState, p: Pcb): void {
  for (let k = 0; k < st.subsystems.length; k++) st.subsystems[k]?.onRun?.(st, p);
  transition(p, 'RUNNING', st.now);
  p.runSince = st.now;
  p.sliceLeft = st.policy.slice(p, st);
  if (st.cache) warmOnRun(st, st.cache, cpu, p);
  // Provisional until it has run a tick: releaseCpu clears it if the run ends at once.
  if (p.firstRun === null) p.firstRun = st.now;
  setPhase(st, cpu, 'run', p.pid);
}

/**
 * Takes `p` off its CPU at now, booking the CPU time it ran (returned), and frees its GPUs. The caller
 * moves it to its next state. The CPU is left idle for the dispatcher to fill at this same tick.
 */
export function releaseCpu(st: SimState, p: Pcb): number {
  const cpu = st.cpus[p.cpu as number] as CpuState;
  const ran = cpu.phase === 'run' ? settleRun(p, st.now) : 0;
  if (st.cache && cpu.phase === 'run') warmOnRunEnd(st, st.cache, cpu.id, p);
  // Taken off at the tick its first run began (preempted, blocked or killed as its switch-in ended), it ran
  // nothing: its first run, from which response is counted, is still to come.
  if (p.cpuTime === 0) p.firstRun = null;
  // By index: gpusHeld is mostly NO_GPUS, frozen (SimState.subsystems says why).
  for (let k = 0; k < p.gpusHeld.length; k++) {
    const id = p.gpusHeld[k] as number;
    const g = st.gpus[id];
    if (!g) continue;
    // Taken off during its switch-in, it never ran: the GPU was kept for it, never busy.
    if (st.now > g.since) {
      st.gpuSegments.push({ gpu: id, start: g.since, end: st.now, pid: p.pid });
      g.busyTicks += st.now - g.since;
    }
    g.pid = null;
    g.since = st.now;
  }
  p.gpusHeld = NO_GPUS;
  cpu.lastPid = p.pid;
  p.cpu = null;
  setPhase(st, cpu, 'idle', null);
  return ran;
}

/** The run goes on under new terms (its cache just warmed): its Gantt segment closes and the next opens. */
export function splitRun(st: SimState, cpu: CpuState): void {
  setPhase(st, cpu, 'run', cpu.pid);
}

/** Ends every open segment at now (the run is over). */
export function closeAll(st: SimState): void {
  for (const cpu of st.cpus) setPhase(st, cpu, cpu.phase, cpu.pid);
}
