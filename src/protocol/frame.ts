import type {
  HeapPicture,
  MemorySample,
  MemorySnapshot,
  PolicyName,
  ProcessMetrics,
  SummaryMetrics,
  TlbView,
} from '../core/index';
import type { NarrationLine } from './narration';
import type { TimelinePatch } from './timeline';

/** One CPU as the views draw it. */
export interface CpuView {
  id: number;
  phase: 'idle' | 'switch' | 'run';
  pid: number | null;
  since: number;
}

/** Memory at one tick: the snapshot only when memory changed since the last frame. */
export interface MemoryFramePart {
  version: number;
  snapshot: MemorySnapshot | null;
  /** fragmentation and swap over time: rows after `from` (the receiver cuts to `from` first) */
  samples: { from: number; rows: MemorySample[] };
  /** the latest references, newest last: frame and how many ticks ago */
  recent: { frame: number; age: number }[];
  /** processes waiting in NEW for memory, and why */
  waiting: { pid: number; why: string }[];
  lastCompaction: { tick: number; moved: number; cost: number } | null;
  /** the TLB's entries in use and its hit and miss counts (small: at most the TLB's size) */
  tlb: TlbView;
}

/**
 * Process rows that changed since the last frame, by index; `count` is the number of processes now.
 * In a long run most processes have not arrived or have ended, so a frame carries only the live ones.
 */
export interface ProcessPatch {
  count: number;
  changed: [number, ProcessMetrics][];
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
}
