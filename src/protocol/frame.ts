import type {
  FsPicture,
  HeapPicture,
  MemoryFigures,
  MemorySample,
  CacheSample,
  MemorySnapshot,
  PolicyName,
  ProcessMetrics,
  SummaryMetrics,
  TlbView,
  RegisterAccess,
} from '../core/index';
import type { ClusterFrame } from './clusterFrame';
import type { NarrationLine } from './narration';
import type { TimelinePatch } from './timeline';

/** One CPU as the views draw it. */
export interface CpuView {
  id: number;
  phase: 'idle' | 'switch' | 'run';
  pid: number | null;
  since: number;
}

/**
 * Memory at one tick: the snapshot only when memory changed since the last frame. Above FULL_SNAPSHOT_FRAMES
 * frames, a change made by references alone (a page's referenced or dirty bit) brings only `figures`, the
 * snapshot without its per-frame arrays, which the receiver lays over the snapshot it holds; the arrays come
 * again when frames are taken, freed, swapped or moved, or ARRAYS_REFRESH_TICKS after they last came.
 */
export interface MemoryFramePart {
  version: number;
  snapshot: MemorySnapshot | null;
  figures: MemoryFigures | null;
  /**
   * fragmentation and swap over time: rows after `from` (the receiver cuts to `from` first); null while no view
   * draws them (a long run has one per change of memory, tens of thousands, too many to send with every jump)
   */
  samples: { from: number; rows: MemorySample[] } | null;
  /** the latest references, newest last: frame and how many ticks ago */
  recent: { frame: number; age: number }[];
  /** processes waiting in NEW for memory, and why */
  waiting: { pid: number; why: string }[];
  lastCompaction: { tick: number; moved: number; cost: number } | null;
  /** the TLB's entries in use and its hit and miss counts (small: at most the TLB's size) */
  tlb: TlbView;
  /** under a register mode (memory.mmu), the latest reference and its process's registers, for the walkthrough */
  registerAccess: RegisterAccess | null;
}

/**
 * The largest memory whose per-frame arrays travel with every change: 1 GiB of 4 KiB pages, where a snapshot
 * takes a few ms to make and the grid about 2 ms to colour and draw (npm run bench). At 4 GiB a snapshot is
 * 14 MiB and 7–25 ms, and its colouring 7 ms more on the main thread: too much for every play frame.
 */
export const FULL_SNAPSHOT_FRAMES = 262_144;
/** Above FULL_SNAPSHOT_FRAMES, ticks after which the per-frame arrays come again even if only references changed. */
export const ARRAYS_REFRESH_TICKS = 16;

/** The figures laid over the snapshot held, which keeps its per-frame arrays. */
export function withFigures(held: MemorySnapshot, figures: MemoryFigures): MemorySnapshot {
  return { ...held, ...figures, swap: { ...held.swap, ...figures.swap } };
}

/**
 * Process rows that changed since the last frame, by index; `count` is the number of processes now.
 * In a long run most processes have not arrived or have ended, so a frame carries only the live ones.
 * `again`: indices whose row is once more the one last sent for that process while it was NEW (`unarrived`), or
 * once TERMINATED (`ended`), which the receiver keeps (HeldRows): a jump back before thousands of arrivals, or
 * forward past thousands of ends, sends their indices, not their rows.
 */
export interface ProcessPatch {
  count: number;
  changed: [number, ProcessMetrics][];
  again: { unarrived: Int32Array; ended: Int32Array };
}

/** A frame as it crosses the worker boundary: the process table comes as a patch. */
export type WireFrame = Omit<Frame, 'processes'> & { processPatch: ProcessPatch };

/** Everything the views render at one tick. */
export interface Frame {
  tick: number;
  /** the tick the whole run ends at when `endKnown`; until then the latest tick reached (loading runs nothing) */
  endTick: number;
  endKnown: boolean;
  finished: boolean;
  stalled: boolean;
  nextEventTick: number | null;
  policy: PolicyName;
  processes: ProcessMetrics[];
  cpus: CpuView[];
  /** who holds each GPU and since when */
  gpus: { id: number; pid: number | null; since: number }[];
  queues: { name: string; pids: number[] }[];
  waiting: number[];
  ioQueue: number[];
  suspended: number[];
  /** the next processes to arrive, in arrival order (at most UPCOMING_SHOWN), and how many are still to come */
  upcoming: { pids: number[]; total: number };
  timeline: TimelinePatch;
  gpuTimeline: TimelinePatch;
  /** the followed processes' closed state spans (STATE_FIELDS rows), and their open ones up to `tick` */
  stateTimeline: TimelinePatch;
  openStates: Int32Array;
  narration: NarrationLine[];
  summary: SummaryMetrics;
  /** null when the scenario has no memory section */
  memory: MemoryFramePart | null;
  /** null when the scenario has no heap section; `picture` null = the heap has not changed since the last frame */
  heap: { picture: HeapPicture | null } | null;
  /**
   * null when the scenario has no fs section; `picture` null = the file system has not changed since the last frame;
   * `samples` the caches' chart points from `from` on while a view charts them (else null)
   */
  fs: { picture: FsPicture | null; samples: { from: number; rows: CacheSample[] } | null } | null;
  /** only when the scenario has a network: the whole cluster; the parts above are then node `cluster.shown`'s */
  cluster?: ClusterFrame;
}
