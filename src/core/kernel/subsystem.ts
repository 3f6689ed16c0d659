import type { Pcb } from '../process/pcb';
import type { Scenario, ScheduledOperation } from '../scenario/types';
import type { FsRunView } from '../fs/subsystem/view';
import type { NetRunView } from '../network/subsystem/view';
import type { HeapRunView } from '../heap/subsystem';
import type { Headroom, KernelMemoryType } from '../memory/kernelFrames';
import type { MemoryView } from '../memory/subsystem/view';
import type { ProcessMemory } from '../memory/subsystem/processMemory';
import type { PcbView } from './view';
import type { RunResult } from './result';
import type { SimState, SubsystemStates } from './state';

export type SubsystemName = keyof SubsystemStates;

/** What each subsystem shows the worker's frames: read-only, built on demand. */
export interface SubsystemViews {
  memory: MemoryView;
  heap: HeapRunView;
  fs: FsRunView;
  net: NetRunView;
}

/** What each subsystem adds to a process's figures (the table's row, `sim run`'s process), under its own key. */
export interface SubsystemProcessParts {
  memory: ProcessMemory;
}

/** What the kernel does for a subsystem, so a subsystem never reaches into the scheduler or the CPUs. */
export interface KernelCalls {
  /** Takes a RUNNING process off its CPU: it is WAITING for `ticks`, then the subsystem's `wake` runs. */
  block(st: SimState, p: Pcb, ticks: number, by: SubsystemName): void;
  /** Ends a process at once (a fault it cannot survive). */
  kill(st: SimState, p: Pcb): void;
}

/**
 * Memory the kernel holds on a subsystem's behalf (the file system's page cache, models' weights), offered by memory
 * management. A subsystem asks the kernel for it (kernel/kernelMemory.ts), never memory's state: the frames are the
 * kernel's own (a system owner, not a process), in memory's grid, pools and statistics like any others.
 */
export interface KernelMemory {
  pageSize(st: SimState): number;
  /**
   * A region of `bytes` of `type` for `holder`. `freeOnly`: frames free now or nothing (never a process's page);
   * else the caches give frames back first, then unpinned pages are swapped out as for any allocation. A refusal
   * changes nothing and says why, naming the pool or the limit.
   */
  take(
    st: SimState,
    holder: string,
    bytes: number,
    type: KernelMemoryType,
    freeOnly: boolean,
    forPid: number | null,
  ): { ok: true; pages: number } | { ok: false; message: string };
  /** Gives back the region `holder` took last; the frames freed. */
  release(st: SimState, holder: string): number;
  /** Frames `holder` holds now. */
  held(st: SimState, holder: string): number;
  /** The room `type` has left under its pool and the constraints over it, naming the tightest limit. */
  headroom(st: SimState, type: KernelMemoryType): Headroom;
}

/**
 * Memory asks the caches for `frames` frames back because `pid` (null: the kernel itself) needs `pages` frames:
 * fewer are free (`hole` false), or enough are free but no run of them is long enough for a contiguous placement.
 */
export interface Reclaim {
  frames: number;
  pid: number | null;
  pages: number;
  hole: boolean;
}

/**
 * A part of the kernel behind one plug-in interface: memory management, the heap, and later the file system,
 * storage devices and the network. The engine calls these hooks in its fixed order at each decision point and
 * never names a subsystem. A subsystem's state is plain data in `st.sub[name]`: checkpoints copy it with the
 * rest of the state (deepCopy), so a subsystem has no checkpoint code of its own.
 */
export interface Subsystem<K extends SubsystemName = SubsystemName> {
  readonly name: K;
  /** The scenario has this subsystem (its section is there). */
  present(scenario: Scenario): boolean;
  create(scenario: Scenario): NonNullable<SubsystemStates[K]>;
  /** The scenario operations it applies, and why they are refused when the scenario has no such section. */
  readonly operations: readonly ScheduledOperation['op'][];
  readonly absent: string;

  /** Admission: may `p` leave NEW now? If not, it waits in NEW until `admitWaiting` lets it in. */
  admit?(st: SimState, p: Pcb): boolean;
  /** Something was freed: the processes waiting in NEW that may now come in, in the order they go READY. */
  admitWaiting?(st: SimState): Pcb[];
  /** `p` starts running on a CPU (after any context switch). */
  onRun?(st: SimState, p: Pcb): void;
  /** `p` ended (exit, kill, fault): whatever it held goes back. */
  onExit?(st: SimState, p: Pcb): void;
  /** A wait started with KernelCalls.block is over: `p` goes READY after this. */
  wake?(st: SimState, p: Pcb): void;
  /**
   * Applies one of its operations, `at` being the operation's place in the scenario's list. Returns true when
   * something was freed, so processes waiting in NEW may be admitted.
   */
  apply?(st: SimState, op: ScheduledOperation, at: number): boolean;
  /** After dispatch at a decision point: acts for the running processes; true when it freed a CPU. */
  decide?(st: SimState, kernel: KernelCalls): boolean;
  /** The last step of a decision point (bookkeeping that adds no event). */
  endDecision?(st: SimState): void;
  /** The next tick at which it needs the engine, or Infinity. */
  nextEvent?(st: SimState): number;
  /**
   * A process waits for something from outside the node (a message from another node) with no tick set: the node
   * is not stalled and not finished while nothing else happens; what is outside (the cluster) wakes it or ends it.
   */
  waitsOutside?(st: SimState): boolean;
  /** Memory management's offer of frames for the kernel's own use (only memory has one). */
  readonly kernelMemory?: KernelMemory;
  /**
   * Memory is short: gives back up to `ask.frames` frames it holds as a cache (the page cache), before memory swaps
   * anything out. Returns how many it gave back.
   */
  reclaim?(st: SimState, ask: Reclaim): number;
  /** Its append-only logs: checkpoints share them and keep their lengths, like the event log. */
  logs?(st: SimState): unknown[][];
  /** Broken rules of its state (tests). */
  invariants?(st: SimState): string[];
  /** Its part of the frame the worker sends to the UI. */
  view(st: SimState): SubsystemViews[K];
  /** Its part of one process's figures, as of the state's tick (read-only, like `view`). */
  processPart?(st: SimState, p: PcbView): Partial<SubsystemProcessParts>;
  /** Its part of the run's result (appended after the kernel's fields). */
  result?(st: SimState): Partial<RunResult>;
}
