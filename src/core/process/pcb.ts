import type { AccessPattern, ProcessSpec } from '../scenario/types';
import { deepFreeze } from '../deepFreeze';
import type { SubsystemName } from '../kernel/subsystem';
import type { ProcessState, ProcessType, ResourceNeeds } from './types';

/**
 * Process control block: plain, cloneable data. Accounting is kept lazily: time in the current state is
 * `now - stateSince`, added to its total when the state changes, so time can jump between events.
 */
export interface Pcb {
  pid: number;
  /**
   * Its place in `st.procs` (and in the policy's per-process data), fixed for the run: the hot paths (heap
   * comparisons, a policy's data) read it where a lookup by pid would cost a Map lookup each time.
   */
  index: number;
  name: string;
  type: ProcessType;
  state: ProcessState;
  priority: number;
  arrival: number;
  /** the spec's own, frozen like `needs` and `accesses` (the scenario is): checkpoints share them */
  bursts: readonly number[];
  /** index into bursts of the current (or next) burst; even = CPU, odd = I/O */
  burstIndex: number;
  /** ticks left of bursts[burstIndex] as of `runSince` (CPU) or of the I/O in progress */
  burstLeft: number;
  deadline: number | null;
  tickets: number;
  needs: ResourceNeeds;
  nodeId: string;

  /** tick the current state began */
  stateSince: number;
  /** READY-queue order: smaller goes first; front insertion takes negative numbers */
  readySeq: number;
  /** CPU it runs (or is being switched onto) on, else null */
  cpu: number | null;
  /** last CPU it ran on: it goes back there when that CPU is free (affinity, fewer cache misses) */
  lastCpu: number | null;
  /** GPUs held while on a CPU; NO_GPUS when none */
  gpusHeld: number[];
  /** ticks left in the current time slice when it was dispatched; Infinity = no slice */
  sliceLeft: number;
  /** tick the current CPU run began (after any switch) */
  runSince: number;
  /** the state to go back to on resume (READY or WAITING), while SUSPENDED */
  suspendedFrom: 'READY' | 'WAITING' | null;
  /** I/O completion tick while an I/O is in progress, else null */
  ioUntil: number | null;
  /** tick it last entered READY (aging counts from it) */
  readySince: number;

  // accounting (ticks)
  /** tick its first run of at least one tick began */
  firstRun: number | null;
  /** tick it exited or was killed; null while it lives, or when it was killed before it arrived */
  completion: number | null;
  cpuTime: number;
  readyTime: number;
  waitingTime: number;
  suspendedTime: number;
  contextSwitches: number;
  deadlineMissed: boolean;
  killed: boolean;

  /** what a WAITING process waits for: its I/O burst, or a subsystem (a page coming in from swap) */
  waitingFor: 'io' | SubsystemName;

  // memory management (when the scenario has a memory section; what only memory uses is in st.sub.memory)
  /** page faults it made (each blocks it for the swap-in time, if that is not 0) */
  pageFaults: number;
  /**
   * ticks of its CPU time it stalled on its memory references (each costs its page's latency: it stays RUNNING
   * but its burst makes no progress, so they are added to what is left of the burst)
   */
  memoryStall: number;
  accesses: AccessPattern | null;
  sharedMemory: string | null;

  // the process tree (kernel/reparent.ts)
  /** the pid of the process that forked it (or adopted it when that one ended); null: a root */
  parent: number | null;
  /** how many processes not ended name it as their parent: a process with none ends without a look for orphans */
  children: number;
  // per-CPU caches (node.cache on; kernel/warmRun.ts): with it off, runRate is 1 and coldLeft 0 throughout
  /** its working set (units of the cache's size) */
  workingSet: number;
  /** CPUs it may run on; null = any. Frozen. */
  affinity: readonly number[] | null;
  /** units of work a tick of the run in progress does once its cold ticks are over (burstLeft counts units) */
  runRate: number;
  /** ticks of the run in progress, from runSince, at 1 unit a tick (its cache warming) before runRate applies */
  coldLeft: number;
}

/**
 * The GPUs of a process that holds none, and of a dispatch that takes none: shared and frozen, because most
 * processes never take one, and a run of a million slices would otherwise keep a million empty arrays in its trace.
 */
export const NO_GPUS: number[] = deepFreeze([]);

export function newPcb(spec: ProcessSpec, nodeId: string, index: number): Pcb {
  return {
    pid: spec.pid,
    index,
    name: spec.name,
    type: spec.type,
    state: 'NEW',
    priority: spec.priority,
    arrival: spec.arrival,
    bursts: deepFreeze(spec.bursts),
    burstIndex: 0,
    burstLeft: spec.bursts[0] ?? 0,
    deadline: spec.deadline ?? null,
    tickets: spec.tickets ?? 100,
    needs: deepFreeze(spec.needs),
    nodeId,
    stateSince: spec.arrival,
    readySeq: 0,
    cpu: null,
    lastCpu: null,
    gpusHeld: NO_GPUS,
    sliceLeft: Infinity,
    runSince: 0,
    suspendedFrom: null,
    ioUntil: null,
    readySince: 0,
    firstRun: null,
    completion: null,
    cpuTime: 0,
    readyTime: 0,
    waitingTime: 0,
    suspendedTime: 0,
    contextSwitches: 0,
    deadlineMissed: false,
    killed: false,
    waitingFor: 'io',
    pageFaults: 0,
    memoryStall: 0,
    accesses: deepFreeze(spec.accesses ?? null),
    sharedMemory: spec.sharedMemory ?? null,
    parent: spec.parent ?? null,
    children: 0,
    workingSet: spec.workingSet ?? 0,
    affinity: spec.affinity === undefined ? null : deepFreeze(spec.affinity),
    runRate: 1,
    coldLeft: 0,
  };
}

/** What the burst arithmetic reads of a PCB (so read-only views of one qualify). */
type BurstFields = Pick<
  Pcb,
  'state' | 'cpu' | 'runSince' | 'burstLeft' | 'burstIndex' | 'bursts' | 'runRate' | 'coldLeft'
>;

/** Units of work `ticks` ticks of the run in progress do: its cold ticks at 1 a tick, then runRate a tick. */
export function workIn(p: Pick<Pcb, 'runRate' | 'coldLeft'>, ticks: number): number {
  return ticks <= p.coldLeft ? ticks : p.coldLeft + (ticks - p.coldLeft) * p.runRate;
}

/** Ticks the run in progress takes (from runSince) to finish its burst: burstLeft itself with caches off. */
export function ticksToFinish(p: Pick<Pcb, 'runRate' | 'coldLeft' | 'burstLeft'>): number {
  if (p.burstLeft <= p.coldLeft) return p.burstLeft;
  return p.coldLeft + Math.ceil((p.burstLeft - p.coldLeft) / p.runRate);
}

/** Ticks from runSince to the run's next own event: its burst done, its slice over, or its cache warm. */
export function runStop(p: Pick<Pcb, 'runRate' | 'coldLeft' | 'burstLeft' | 'sliceLeft'>): number {
  return Math.min(ticksToFinish(p), p.sliceLeft, p.coldLeft > 0 ? p.coldLeft : Infinity);
}

/** Units left in the current CPU burst, counting the run in progress (ticks, with caches off). */
export function currentBurstLeft(p: BurstFields, now: number): number {
  return p.state === 'RUNNING' && p.cpu !== null && now > p.runSince
    ? p.burstLeft - Math.min(p.burstLeft, workIn(p, now - p.runSince))
    : p.burstLeft;
}

/** CPU ticks still to run in all remaining CPU bursts, as of `now`. */
export function remainingCpu(p: BurstFields, now: number): number {
  const inCpuBurst = p.burstIndex % 2 === 0;
  let total = inCpuBurst ? currentBurstLeft(p, now) : 0;
  for (let i = p.burstIndex + (inCpuBurst ? 2 : 1); i < p.bursts.length; i += 2) total += p.bursts[i] ?? 0;
  return total;
}

/** Books the CPU time of the run in progress up to `now`, so the run can continue under new terms. */
export function settleRun(p: Pcb, now: number): number {
  const ran = now - p.runSince;
  p.cpuTime += ran;
  // A warm last tick may do more than the burst had left: the burst ends, no more.
  p.burstLeft -= Math.min(p.burstLeft, workIn(p, ran));
  p.coldLeft = Math.max(0, p.coldLeft - ran);
  p.sliceLeft -= ran;
  p.runSince = now;
  return ran;
}
