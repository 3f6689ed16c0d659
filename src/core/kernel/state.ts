import { createWarm, type WarmState } from './warmRun';
import { newPcb, type Pcb } from '../process/pcb';
import { countChildren } from './reparent';
import type { Scenario, ScheduledOperation } from '../scenario/types';
import { seedRng, type RngState } from './rng';
import type { Policy, PolicyData } from '../sched/policy';
import { createPolicy } from '../sched/registry';
import type { Segment, SimEvent } from './events';
import { emptyLog } from './emptyLog';
import { emptyPlaces, type HeapPlaces } from './heap';
import type { SeqQueue } from './seqQueue';
import type { MemoryRun } from '../memory/subsystem/state';
import type { FsRun } from '../fs/subsystem/state';
import type { NetRun } from '../network/subsystem/state';
import type { HeapRun } from '../heap/subsystem';
import { deepFreeze } from '../deepFreeze';
import type { Subsystem } from './subsystem';
import { subsystemsOf } from './subsystems';

/** What a CPU is doing; `since` opens the Gantt segment that closes on the next change. */
export interface CpuState {
  id: number;
  phase: 'idle' | 'switch' | 'run';
  /** process running or being switched in */
  pid: number | null;
  since: number;
  /** end of the context switch, in phase 'switch' */
  switchUntil: number;
  /** the last process that ran here, for deciding whether a dispatch costs a switch; null after idle */
  lastPid: number | null;
  busyTicks: number;
  switchTicks: number;
  switches: number;
  /** while idle: kept from other processes (a policy's rule), see CpuHold; null = free */
  hold: CpuHold | null;
}

/**
 * An idle CPU that no other process may take: until a tick (the rest of a quantum that always runs to its
 * end), or for one process while it waits for its I/O (the CPU switches only when a process ends).
 */
export type CpuHold = { pid: number; until: number } | { pid: number; until: null };

export interface GpuState {
  id: number;
  /** the process it is kept for, from its dispatch (switch-in included) until it leaves its CPU */
  pid: number | null;
  /** the tick its holder's run begins (after the switch-in, so it may be still to come); busy from then */
  since: number;
  busyTicks: number;
}

/**
 * The whole simulation state: plain data, copied for checkpoints by deepCopy, which shares what is frozen (the
 * scenario and what comes from it). `events` and `segments` only grow, so a checkpoint records their lengths
 * instead of copying them (checkpoint.ts).
 */
export interface SimState {
  scenario: Scenario;
  /** the scenario's scheduling policy, built once; it holds no state, so checkpoints share it like the scenario */
  policy: Policy;
  /** the policy's own data (per process and global), plain: checkpoints copy it */
  sched: PolicyData;
  /** current tick */
  now: number;
  /** the last tick whose decision point has been processed (-1 before the first) */
  processedThrough: number;
  procs: Pcb[];
  /**
   * pid -> index in procs. Frozen, so every copy of the state (checkpoints, restores) shares it: only a created
   * process changes it, and that makes a new one (see withIndex).
   */
  index: ReadonlyMap<number, number>;
  /** READY processes not on a CPU, as indices into `procs`, a heap in the policy's order (empty under Policy.seqBands) */
  ready: number[];
  /** under Policy.seqBands, the READY processes not on a CPU instead: a sorted list a band (see kernel/seqQueue.ts) */
  readyBands: SeqQueue[];
  /** under Policy.seqBands, how many processes the bands hold */
  bandsQueued: number;
  /** each proc index's place in `ready`, kept by the heap, so a process leaves the queue in O(log n); see HeapPlaces */
  readyPlaces: HeapPlaces;
  /** under a policy with a rank (Policy.rank): each READY process's rank, by proc index, as the ready heap compares it */
  readyRanks: number[];
  /** next readySeq for tail insertion (counts up) and front insertion (counts down) */
  tailSeq: number;
  frontSeq: number;
  cpus: CpuState[];
  gpus: GpuState[];
  /** in-flight I/O as a heap of [until, pid] */
  ioInFlight: [number, number][];
  /** processes waiting for a free I/O device, FIFO */
  ioQueue: number[];
  /** who holds each I/O device; empty when devices are unlimited */
  ioDevices: (number | null)[];
  /** pids by (arrival, pid), frozen, and the next one to admit */
  arrivals: readonly number[];
  nextArrival: number;
  /** places of the scenario's operations in its list, by (tick, place), and the next one to apply; frozen */
  operationOrder: readonly number[];
  nextOperation: number;
  /** [deadline, pid] sorted, and the next one to check */
  deadlines: [number, number][];
  nextDeadline: number;
  rng: RngState;
  /** the pid most recently dispatched on any CPU (where a PID scan resumes), null before the first */
  lastDispatched: number | null;
  /** pids whose I/O burst completed at tick `tick`, in completion order */
  woken: { tick: number; pids: number[] };
  terminated: number;
  finished: boolean;
  /** finished with processes left that nothing will ever wake (suspended with no resume) */
  stalled: boolean;
  events: SimEvent[];
  /** which of the optional kinds of event `events` holds (both, but in a drained run whose reader reads neither) */
  logs: OptionalLogs;
  segments: Segment[];
  gpuSegments: GpuSegment[];

  /** the node's per-CPU caches (node.cache); null when it has none */
  cache: WarmState | null;
  /**
   * the scenario's subsystems (memory, heap, ...), in the order the engine calls them; frozen, so the engine's hot
   * paths walk it by index: V8 does not optimize for…of, forEach, some or find over a frozen array (25–200 ns a
   * walk even when it is empty, several times a decision point)
   */
  subsystems: readonly Subsystem[];
  /** each subsystem's state, under its name; absent when the scenario does not have it */
  sub: SubsystemStates;
}

/**
 * The two kinds of event a long run logs most, one or two at each decision point: the narration and the trace read
 * them, most of OSTEP's texts do not. A drained run for a reader that reads neither leaves them out (drain.ts), and
 * then builds no pick reasons either; what the run does and every other event are the same.
 */
export interface OptionalLogs {
  dispatch: boolean;
  quantumExpired: boolean;
}

/** The state of each subsystem the scenario has. */
export interface SubsystemStates {
  memory?: MemoryRun;
  heap?: HeapRun;
  fs?: FsRun;
  net?: NetRun;
}

export interface GpuSegment {
  gpu: number;
  start: number;
  end: number;
  pid: number;
}

/** `index` with `pid` at `at`, as a new frozen map (a state's index is shared by its copies, never changed). */
export function withIndex(index: ReadonlyMap<number, number>, pid: number, at: number): ReadonlyMap<number, number> {
  return Object.freeze(new Map(index).set(pid, at));
}

export function createState(source: Scenario): SimState {
  // Checkpoints share the scenario (and whatever is frozen) instead of copying it.
  const scenario = deepFreeze(source);
  const nodeId = scenario.node.id;
  const procs = scenario.processes.map((spec, i) => newPcb(spec, nodeId, i));
  const index = new Map<number, number>();
  procs.forEach((p, i) => index.set(p.pid, i));
  countChildren(procs, index);
  Object.freeze(index);
  const arrivals: readonly number[] = procs
    .slice()
    .sort((a, b) => a.arrival - b.arrival || a.pid - b.pid)
    .map((p) => p.pid);
  const deadlines = procs
    .filter((p) => p.deadline !== null)
    .map((p): [number, number] => [p.deadline as number, p.pid])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const subsystems = subsystemsOf(scenario);
  // Checkpoints share the policy like the scenario: it holds no state of its own.
  const policy = deepFreeze(createPolicy(scenario));
  return {
    scenario,
    policy,
    sched: { procs: [], global: policy.initial?.() ?? null },
    now: 0,
    processedThrough: -1,
    procs,
    index,
    ready: [],
    readyBands: Array.from({ length: policy.seqBands ?? 0 }, () => ({ ready: [], readyHead: 0 })),
    bandsQueued: 0,
    readyPlaces: emptyPlaces(),
    readyRanks: [],
    tailSeq: 1,
    frontSeq: -1,
    cpus: Array.from({ length: scenario.node.cpus }, (_, id) => ({
      id,
      phase: 'idle' as const,
      pid: null,
      since: 0,
      switchUntil: 0,
      lastPid: null,
      busyTicks: 0,
      switchTicks: 0,
      switches: 0,
      hold: null,
    })),
    gpus: Array.from({ length: scenario.node.gpus }, (_, id) => ({ id, pid: null, since: 0, busyTicks: 0 })),
    ioInFlight: [],
    ioQueue: [],
    ioDevices: Array.from({ length: scenario.options.ioDevices }, () => null),
    arrivals: deepFreeze(arrivals),
    nextArrival: 0,
    operationOrder: operationOrder(scenario),
    nextOperation: 0,
    deadlines,
    nextDeadline: 0,
    rng: seedRng(scenario.seed),
    lastDispatched: null,
    woken: { tick: -1, pids: [] },
    terminated: 0,
    finished: false,
    stalled: false,
    events: emptyLog(),
    logs: { dispatch: true, quantumExpired: true },
    segments: emptyLog(),
    gpuSegments: emptyLog(),
    cache: createWarm(scenario.node.cache, scenario.node.cpus),
    subsystems,
    sub: Object.fromEntries(subsystems.map((s) => [s.name, s.create(scenario)])) as SubsystemStates,
  };
}

/** The places of the scenario's operations in its list, by tick; those at the same tick keep their list order. */
export function operationOrder(scenario: Scenario): readonly number[] {
  const order = scenario.operations.map((_, i) => i).sort((a, b) => opTick(scenario, a) - opTick(scenario, b) || a - b);
  return deepFreeze(order);
}

function opTick(scenario: Scenario, at: number): number {
  return (scenario.operations[at] as ScheduledOperation).tick;
}

/** The same state with a scenario that only has operations added (interactive changes during a run). */
export function withScenario(st: SimState, source: Scenario): void {
  st.scenario = deepFreeze(source);
  st.operationOrder = operationOrder(st.scenario);
}

export { mustIndex, mustPcb, ownPcb, pcbOf } from './procs';
