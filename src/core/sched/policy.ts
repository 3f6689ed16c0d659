import type { Pcb } from '../process/pcb';
import type { CpuHold, SimState } from '../kernel/state';
import type { PickReason } from './reason';

/** Facts a policy adds to the reason of a pick (see ReasonBase for where they go). */
export type ReasonFacts = Readonly<Record<string, unknown>>;

/**
 * One scheduling policy, as the engine drives it. The engine owns the queues, the CPUs and the clock; a policy
 * only orders READY processes, says whether a better one may preempt, and how long a slice is. Ties always end
 * with readySeq (the order in which processes became ready), which is unique, so no order is left to chance.
 * A Policy holds no state: what changes lives in `st.sched` (see PolicyData), so checkpoints copy it.
 */
export interface Policy<Proc = unknown, Global = unknown> {
  /** negative when `a` should run before `b` */
  compare(a: Pcb, b: Pcb, st: SimState): number;
  /** may a READY process that compares before a RUNNING one take its CPU? */
  preemptive: boolean;
  /** a process whose I/O completes goes to the front of the order instead of the tail */
  ioToFront?: boolean;
  /** keys change while processes wait (aging): the engine re-heapifies before choosing */
  dynamicKeys: boolean;
  /**
   * When only a few keys change, and only ever to come later: the pids whose keys grew since the last decision.
   * The engine moves just those, at the start of the decision, instead of re-ordering every READY process.
   */
  keysGrew?(st: SimState): number[];
  /**
   * With dynamic keys or timers: the pids whose keys changed (either way) since the last decision, so the engine
   * re-orders only around them (kernel/heap.ts heapifyAround) instead of every READY process. Null or left out:
   * all may have.
   */
  keysChanged?(st: SimState): number[] | null;
  /**
   * For a policy whose order of READY processes does not move with the clock: a number that orders them as `compare`
   * does (lower first, the sign of rank(a) - rank(b) that of compare(a, b)), fixed while a process waits except where
   * the engine is told (a timer, `keysGrew`, `keysChanged`). The ready heap then compares the numbers it keeps, in one
   * array, instead of calling `compare` with two processes at every step of a sift.
   */
  rank?(p: Pcb, st: SimState): number;
  /**
   * READY processes go by band (0 first: an MLFQ's level, `band`, 0 for all without it), and within a band in the order
   * they became READY: `compare` is the band then bySeq, `rank` band × 2^44 + readySeq, with no `keysGrew` and no pick
   * of its own. The engine then keeps the ready queue as this many sorted lists, one a band (kernel/seqQueue.ts), where
   * a process joins its band's tail and the first of the first band leaves, each O(1), not a heap. Timers and
   * `keysChanged` move processes between bands (readyQueue.ts reorderReady).
   */
  seqBands?: number;
  /** with seqBands above 1: the band `p` goes to now */
  band?(p: Pcb, st: SimState): number;
  /** the number the policy compared on, for the explanation */
  key(p: Pcb, st: SimState): number | undefined;
  /** time slice granted at dispatch, in ticks; Infinity = until it blocks or ends */
  slice(p: Pcb, st: SimState): number;
  /** the policy's global data at the start of a run (plain data; see PolicyData) */
  initial?(): Global;
  /** the policy's data for a process that enters the system (plain data; see PolicyData) */
  admit?(p: Pcb, st: SimState): Proc;
  /** a run of `ran` ticks ended (slice out, I/O issued, preempted or done); `blocked` = it issued I/O */
  onRunEnd?(p: Pcb, st: SimState, ran: number, blocked: boolean): void;
  /** the first tick at or after `from` at which a timer (boost, aging) is due; Infinity = none */
  nextTimer?(st: SimState, from: number): number;
  onTimer?(st: SimState): void;
  /**
   * A policy that does not pick the first in order (lottery, PID scan): among the READY processes whose GPU needs
   * fit in `gpusFree`, the winner, why it won and how many could have run (null when none could). It keeps its
   * own index of the READY processes (see `enqueued`), so a pick costs O(log n), not a scan of them all.
   */
  pick?(st: SimState, gpusFree: number): { pcb: Pcb; why: ReasonFacts; eligible: number } | null;
  /**
   * A policy with a queue per CPU (multiCpu/multiQueue.ts): the CPUs in the order they take their picks at this
   * decision point, each free one asking `pickFor`. With it, the engine's own choice of CPU (a process's last free
   * CPU, else the first free one) is not made: each CPU takes what the policy gives it.
   */
  cpuOrder?(st: SimState): readonly number[];
  /** with cpuOrder: the READY process free CPU `cpu` takes (its GPU needs within `gpusFree`), why, and how many could have run */
  pickFor?(st: SimState, cpu: number, gpusFree: number): { pcb: Pcb; why: ReasonFacts; eligible: number } | null;
  /** `p` joined the ready queue (READY, not on a CPU), for a policy that keeps an index of it */
  enqueued?(p: Pcb, st: SimState): void;
  /** `p` left the ready queue (dispatched, or taken out by an operation) */
  dequeued?(p: Pcb, st: SimState): void;
  /** facts about the chosen process for its reason: `lead` goes after the key, `trail` after skippedForGpu */
  facts?(p: Pcb, st: SimState, key: number | undefined): { lead?: ReasonFacts; trail?: ReasonFacts };
  /**
   * The reason of a pick that skipped no process and carries no facts of the pick itself (`pick`'s `why`): the
   * reason the engine builds from `key`, `slice` and `facts`, with the same keys in the same order, made as one
   * literal. For a policy whose facts are at nearly every pick: built key by key (each fact a store by a name known
   * only at run time), such a reason cost about 5% of an MLFQ run's decision points.
   */
  plainReason?(policy: string, competitors: number, key: number | undefined, slice: number): PickReason;
  /**
   * `p` just left its CPU at the end of a burst (`blocked` = it issued I/O, else it ended): whether the CPU
   * stays idle for it (a quantum that always runs to its end, or a CPU that waits for a blocked process).
   */
  holdCpu?(p: Pcb, st: SimState, blocked: boolean): CpuHold | null;
  /** the reason's facts when a process is given back the CPU held for it while it did I/O */
  held?: ReasonFacts;
  /** names of the READY queues and which pids are in each, in order, for the views */
  queues(st: SimState, readyInOrder: Pcb[]): { name: string; pids: number[] }[];
  /**
   * Set by the registry from its module (PolicyModule.loneRepickIsNoop), so the engine, which asks at every
   * decision, reads a field instead of looking the module up by name.
   */
  loneRepickIsNoop?: boolean;
  /** the queue level of a process for the metrics (0 = the top; policies with one queue leave it out) */
  level?(p: { readonly index: number }, st: PolicyDataHolder): number;
}

/**
 * The data a policy keeps in the simulation state: per process, indexed like `st.procs` (filled when the process
 * is admitted), and global (the lottery's Python random stream). Plain data only, so a checkpoint copies it.
 */
export interface PolicyData<Proc = unknown, Global = unknown> {
  procs: (Proc | undefined)[];
  global: Global;
}

/** The policy's data with the types its own module gave it. */
export function policyData<Proc, Global = null>(st: SimState): PolicyData<Proc, Global> {
  return st.sched as PolicyData<Proc, Global>;
}

/** Where the policy's per-process data is found: the state, or the read-only view the frames are built from. */
export interface PolicyDataHolder {
  readonly sched: { readonly procs: readonly unknown[] };
}

/** The policy's data for `p`; it exists from the process's admission on. */
export function procData<Proc>(st: PolicyDataHolder, p: { readonly index: number }): Proc {
  return st.sched.procs[p.index] as Proc;
}

/** Lower number first when `lowerIsHigher`, else higher number first. */
export function byPriority(a: number, b: number, lowerIsHigher: boolean): number {
  return lowerIsHigher ? a - b : b - a;
}

export function bySeq(a: Pcb, b: Pcb): number {
  return a.readySeq - b.readySeq;
}

/** bySeq as a rank (Policy.rank). */
export const seqRank = (p: Pcb): number => p.readySeq;

export function singleQueue(name: string): Policy['queues'] {
  return (_st, ready) => [{ name, pids: ready.map((p) => p.pid) }];
}
