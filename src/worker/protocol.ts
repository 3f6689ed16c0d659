import type {
  Access,
  FieldError,
  HeapPicture,
  MemorySample,
  MemorySnapshot,
  MemoryType,
  OstepCommandResult,
  PageTableRow,
  PolicyName,
  ProcessMetrics,
  ReferenceRun,
  RunResult,
  Scenario,
  SchedulerConfig,
  SummaryMetrics,
  TranslationResult,
} from '../core/index';

/** One policy's run of a reference string, for the replacement comparison. */
export type ReplacementComparison = ReferenceRun & { policy: string };

/**
 * The typed message protocol between the UI (or the CLI) and the simulation. Every request carries an
 * `id` that its replies echo. A session starts with `hello`; a version mismatch is answered with
 * `incompatible` and nothing else is served.
 */
export const PROTOCOL_VERSION = 1;

/** An interactive change at the current tick. `process` for create is checked by the one validation step. */
export type OperationRequest =
  | { op: 'create'; process: unknown }
  | { op: 'kill' | 'suspend' | 'resume'; pid: number }
  | { op: 'setPriority'; pid: number; priority: number }
  | { op: 'allocate'; pid: number; bytes: number; memoryType: MemoryType; readOnly?: boolean; shareKey?: string }
  | { op: 'deallocate'; pid: number; address: number }
  | { op: 'access'; pid: number; address: number; access: Access }
  | { op: 'compact'; movePinned: boolean }
  | { op: 'malloc'; pid: number; bytes: number }
  | { op: 'free'; pid: number; allocation: number };

export type ToSim =
  | { type: 'hello'; id: number; protocol: number }
  | { type: 'load'; id: number; scenario: unknown; tick?: number }
  | { type: 'seek'; id: number; tick: number }
  | { type: 'step'; id: number; direction: 'forward' | 'back'; unit: 'tick' | 'event' }
  /** play: move forward `ticks` ticks, or ('max') as far as `budgetMs` of work allows */
  | { type: 'advance'; id: number; ticks: number | 'max'; budgetMs?: number }
  | { type: 'operation'; id: number; request: OperationRequest }
  | { type: 'compare'; id: number; schedulers: SchedulerConfig[] }
  | { type: 'result'; id: number }
  /** the MMU walkthrough: what translating this address would do now (a dry run: the run is not changed) */
  | { type: 'translate'; id: number; pid: number; address: number; access: Access }
  | { type: 'pageTable'; id: number; pid: number }
  | { type: 'compareReplacement'; id: number; refs: number[]; frames: number }
  /** an OSTEP homework command line, answered on the core (needs no loaded scenario) */
  | { type: 'ostep'; id: number; command: string };
export type ToSimType = ToSim['type'];

/** One CPU as the views draw it. */
export interface CpuView {
  id: number;
  phase: 'idle' | 'switch' | 'run';
  pid: number | null;
  since: number;
}

/**
 * Closed Gantt segments packed as Int32Array rows of SEGMENT_FIELDS numbers
 * [cpu, start, end, pid (-1 = idle), kind (0 run, 1 switch, 2 idle)]. The receiver cuts its copy to
 * `from` rows, then appends: stepping back sends a shorter `from` and no rows.
 */
export interface TimelinePatch {
  from: number;
  data: Int32Array;
}
export const SEGMENT_FIELDS = 5;
export const SEGMENT_KIND = { run: 0, switch: 1, idle: 2 } as const;

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
}

export interface NarrationLine {
  tick: number;
  kind: string;
  pid: number | null;
  text: string;
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
  /** the tick the whole run ends at (known from the run made at load) */
  endTick: number;
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
  narration: NarrationLine[];
  summary: SummaryMetrics;
  /** null when the scenario has no memory section */
  memory: MemoryFramePart | null;
  /** null when the scenario has no heap section; `picture` null = the heap has not changed since the last frame */
  heap: { picture: HeapPicture | null } | null;
}

export interface CompareEntry {
  scheduler: SchedulerConfig;
  result: Omit<RunResult, 'events' | 'timeline' | 'gpuTimeline'>;
  timeline: Int32Array;
}

export type FromSim =
  | { type: 'ready'; id: number; protocol: number }
  | { type: 'incompatible'; id: number; expected: number; got: unknown }
  /** `scenario` is the accepted scenario with defaults filled in */
  | { type: 'loaded'; id: number; frame: WireFrame; scenario: Scenario }
  | { type: 'invalid'; id: number; errors: FieldError[] }
  /** `scenario` comes when an operation changed it */
  | { type: 'frame'; id: number; frame: WireFrame; scenario?: Scenario }
  | { type: 'compared'; id: number; entries: CompareEntry[] }
  | { type: 'result'; id: number; result: RunResult }
  | { type: 'translated'; id: number; result: TranslationResult }
  | { type: 'pageTable'; id: number; pid: number; rows: PageTableRow[] }
  | { type: 'replacementCompared'; id: number; results: ReplacementComparison[] }
  | { type: 'ostepSolved'; id: number; result: OstepCommandResult }
  | { type: 'error'; id: number; message: string };
export type FromSimType = FromSim['type'];

/** Buffers to move (not copy) across the worker boundary. */
export function transferables(msg: FromSim): ArrayBuffer[] {
  if (msg.type === 'loaded' || msg.type === 'frame') {
    return [
      msg.frame.timeline.data.buffer as ArrayBuffer,
      msg.frame.gpuTimeline.data.buffer as ArrayBuffer,
      ...memoryBuffers(msg.frame),
    ];
  }
  if (msg.type === 'compared') return msg.entries.map((e) => e.timeline.buffer as ArrayBuffer);
  return [];
}

/** The memory snapshot's per-frame arrays, moved rather than copied (they are made fresh for each frame). */
function memoryBuffers(frame: WireFrame): ArrayBuffer[] {
  const s = frame.memory?.snapshot;
  return s ? ([s.owner.buffer, s.vpn.buffer, s.type.buffer, s.state.buffer, s.swap.owner.buffer] as ArrayBuffer[]) : [];
}
