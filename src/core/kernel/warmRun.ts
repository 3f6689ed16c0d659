import { settleRun, type Pcb } from '../process/pcb';
import type { NodeCache } from '../scenario/types';
import {
  cacheArrive,
  cacheRun,
  cacheTick,
  emptyCache,
  type CacheEvent,
  type CacheModel,
  type CpuCache,
} from './cacheWarmth';
import { mustPcb, type CpuState, type SimState } from './state';

/**
 * The node's per-CPU caches (node.cache): plain data in `st.cache`, null when the node has none. A run's terms
 * (Pcb.runRate, Pcb.coldLeft) are set from its CPU's cache when it starts, so the burst arithmetic in pcb.ts
 * (settleRun, ticksToFinish) counts units of work; the end of a warm-up is an event the engine wakes for
 * (pcb.ts runStop), where the run is settled and its Gantt segment split, cold then warm.
 */
export interface WarmState {
  model: CacheModel;
  /** each CPU's cache, by pid */
  caches: CpuCache<number>[];
  /** whether the open run segment of each CPU is warm (read when the segment closes) */
  segmentWarm: boolean[];
}

export function createWarm(cache: NodeCache | undefined, cpus: number): WarmState | null {
  if (!cache) return null;
  return {
    model: { ...cache, coldRate: 1 },
    caches: Array.from({ length: cpus }, () => emptyCache<number>()),
    segmentWarm: Array.from({ length: cpus }, () => false),
  };
}

function workingSetOf(st: SimState): (pid: number) => number {
  return (pid) => mustPcb(st, pid).workingSet;
}

function narrate(st: SimState, changes: CacheEvent<number>[]): void {
  for (const change of changes) st.events.push({ tick: st.now, kind: 'cache', change });
}

/** The terms of `p`'s run from now, as its CPU's cache stands: warm, warming (cold for `left` ticks), or cold. */
function setTerms(warm: WarmState, cpu: number, p: Pcb): void {
  const { reason } = cacheRun(warm.caches[cpu] as CpuCache<number>, warm.model, cpu, p.pid);
  // Warming with no tick left to go (pushed out with no warm-up time): like multi.py's counter, it warms after its
  // next tick; unless its working set is larger than the cache, which it then pushes itself out of at once, so it
  // never gets warm and runs cold throughout.
  const warms =
    reason.kind === 'warm' || (reason.kind === 'cold-warming' && (reason.left > 0 || p.workingSet <= warm.model.size));
  p.runRate = warms ? warm.model.warmRate : warm.model.coldRate;
  p.coldLeft = reason.kind === 'cold-warming' && warms ? Math.max(reason.left, 1) : 0;
  warm.segmentWarm[cpu] = reason.kind === 'warm';
}

/** `p` starts running on `cpu`: it begins to warm that cache unless it is warm or warming there already. */
export function warmOnRun(st: SimState, warm: WarmState, cpu: CpuState, p: Pcb): void {
  narrate(st, cacheArrive(warm.caches[cpu.id] as CpuCache<number>, warm.model, cpu.id, p.pid, workingSetOf(st)));
  setTerms(warm, cpu.id, p);
}

/**
 * `p`'s run on `cpu` was just settled (its coldLeft counts down the ticks it ran): the cache keeps what is left of
 * its warm-up there, and warms it when none is left.
 */
function syncWarmup(st: SimState, warm: WarmState, cpu: number, p: Pcb): void {
  const cache = warm.caches[cpu] as CpuCache<number>;
  const entry = cache.warming.find((w) => w.job === p.pid);
  if (entry === undefined) return;
  if (p.coldLeft > 0) {
    entry.left = p.coldLeft;
    return;
  }
  // Its last tick to go, run now: cacheTick warms it (pushing older working sets out if need be).
  entry.left = 1;
  narrate(st, cacheTick(cache, warm.model, cpu, p.pid, workingSetOf(st)));
}

/** `p` leaves `cpu` (its run settled): the warm-up it did there stays, and its terms end with the run. */
export function warmOnRunEnd(st: SimState, warm: WarmState, cpu: number, p: Pcb): void {
  syncWarmup(st, warm, cpu, p);
  p.runRate = 1;
  p.coldLeft = 0;
}

/**
 * At a decision point: each process still running whose warm-up on its CPU ends now is settled, its working set
 * warmed, and its Gantt segment split (`split` closes the cold one and opens the next).
 */
export function warmUps(st: SimState, warm: WarmState, split: (cpu: CpuState) => void): void {
  for (const cpu of st.cpus) {
    if (cpu.phase !== 'run') continue;
    const p = mustPcb(st, cpu.pid as number);
    if (p.coldLeft === 0 || st.now - p.runSince !== p.coldLeft) continue;
    settleRun(p, st.now);
    syncWarmup(st, warm, cpu.id, p);
    split(cpu);
    setTerms(warm, cpu.id, p);
  }
}

/** May `p` run on CPU `cpu`? */
export function allowedOn(p: Pick<Pcb, 'affinity'>, cpu: number): boolean {
  return p.affinity === null || p.affinity.includes(cpu);
}
