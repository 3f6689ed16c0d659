import { newPcb, type Pcb } from '../process/pcb';
import type { Scenario, ScheduledOperation } from '../scenario/types';
import { seedRng, type RngState } from './rng';
import type { Policy, PolicyData } from '../sched/policy';
import { createPolicy } from '../sched/registry';
import { createMemory } from '../memory/create';
import type { MemoryState } from '../memory/state';
import type { Segment, SimEvent } from './events';
import { createHeap } from '../heap/allocator';
import type { HeapState } from '../heap/types';

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
  pid: number | null;
  since: number;
  busyTicks: number;
}

/**
 * The whole simulation state: plain data, cloned for checkpoints. `events` and `segments` only grow, so a
 * checkpoint records their lengths instead of copying them.
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
  /** pid -> index in procs */
  index: Map<number, number>;
  /** READY processes not on a CPU, a heap in the policy's order */
  ready: number[];
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
  /** pids by (arrival, pid) and the next one to admit */
  arrivals: number[];
  nextArrival: number;
  /** scenario operations by (tick, list order) and the next one to apply */
  operations: ScheduledOperation[];
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
  segments: Segment[];
  gpuSegments: GpuSegment[];

  // memory management: null / empty when the scenario has no memory section
  memory: MemoryState | null;
  /** bumped whenever memory changes, so frames carry a new snapshot only then */
  memoryVersion: number;
  /** processes waiting in NEW for memory, in arrival order */
  memoryWaiting: number[];
  /** [frame, tick] of the latest references */
  recentAccesses: [number, number][];
  /** append-only, like segments: one point per change of memory's shape */
  memorySamples: MemorySample[];
  /** the latest compaction's outcome, for the defragment action's before and after */
  lastCompaction: { tick: number; moved: number; cost: number } | null;
  /** the tick from which the next regular memory sample is due */
  nextMemorySample: number;

  /** the scenario's heap: null when it has no heap section */
  heap: HeapRun | null;
  /** each malloc operation's allocation index (its place among the scenario's mallocs in list order) */
  allocationOf: Map<ScheduledOperation, number>;
}

/**
 * The heap and what each malloc returned. The allocator never changes a HeapState in place (every step
 * returns a new one), so a checkpoint may share `heap`; only `pointers` is copied.
 */
export interface HeapRun {
  heap: HeapState;
  /** allocation index -> the pointer its malloc returned, or null when it failed or was refused */
  pointers: Map<number, number | null>;
}

/** One point of the memory graphs over time. */
export interface MemorySample {
  tick: number;
  /** external fragmentation, 0..1 */
  external: number;
  freeFrames: number;
  swapUsed: number;
  pageFaults: number;
  swapIns: number;
  swapOuts: number;
  translations: number;
}

export interface GpuSegment {
  gpu: number;
  start: number;
  end: number;
  pid: number;
}

export function createState(scenario: Scenario): SimState {
  const nodeId = scenario.node.id;
  const procs = scenario.processes.map((spec) => newPcb(spec, nodeId));
  const index = new Map<number, number>();
  procs.forEach((p, i) => index.set(p.pid, i));
  const arrivals = procs
    .slice()
    .sort((a, b) => a.arrival - b.arrival || a.pid - b.pid)
    .map((p) => p.pid);
  const deadlines = procs
    .filter((p) => p.deadline !== null)
    .map((p): [number, number] => [p.deadline as number, p.pid])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const operations = sortedOperations(scenario);
  const policy = createPolicy(scenario);
  return {
    scenario,
    policy,
    sched: { procs: [], global: policy.initial?.() ?? null },
    now: 0,
    processedThrough: -1,
    procs,
    index,
    ready: [],
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
    arrivals,
    nextArrival: 0,
    operations,
    nextOperation: 0,
    deadlines,
    nextDeadline: 0,
    rng: seedRng(scenario.seed),
    lastDispatched: null,
    woken: { tick: -1, pids: [] },
    terminated: 0,
    finished: false,
    stalled: false,
    events: [],
    segments: [],
    gpuSegments: [],
    memory: scenario.memory ? createMemory(scenario.memory, scenario.seed) : null,
    memoryVersion: 0,
    memoryWaiting: [],
    recentAccesses: [],
    memorySamples: [],
    lastCompaction: null,
    nextMemorySample: 0,
    heap: heapRun(scenario),
    allocationOf: allocationIndexes(scenario),
  };
}

function heapRun(scenario: Scenario): HeapRun | null {
  const heap = scenario.heap ? createHeap(scenario.heap) : null;
  // A validated scenario's heap always creates (the schema has the allocator's limits).
  return heap === null || 'message' in heap ? null : { heap, pointers: new Map() };
}

/** Malloc operations by their allocation index: their order in the scenario's list (what a free names). */
export function allocationIndexes(scenario: Scenario): Map<ScheduledOperation, number> {
  const out = new Map<ScheduledOperation, number>();
  for (const op of scenario.operations) if (op.op === 'malloc') out.set(op, out.size);
  return out;
}

/** Operations by tick; those at the same tick keep the order in which they were listed. */
export function sortedOperations(scenario: Scenario): ScheduledOperation[] {
  return scenario.operations
    .map((op, i) => ({ op, i }))
    .sort((a, b) => a.op.tick - b.op.tick || a.i - b.i)
    .map((x) => x.op);
}

export { mustPcb, pcbOf, readyPcbs } from './procs';
