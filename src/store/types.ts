import type {
  Access,
  FieldError,
  FsPicture,
  CacheSample,
  HeapPicture,
  MemoryColour,
  MemorySample,
  MemorySnapshot,
  Scenario,
  SchedulerConfig,
} from '../core/index';
import type { ConsoleSlice } from './consoleSlice';
import type { DraftSlice } from './draftSlice';
import type { NamingSlice } from './namingSlice';
import type { OstepSlice } from './ostepSlice';
import type { PresentSlice } from './presentSlice';
import type { ShareSlice } from './shareSlice';
import type { TeachSlice } from './teachSlice';
import type { CompareEntry, Frame, NetworkPanelName, OperationRequest, ScenarioFacts, ScenarioText } from '../protocol';
import type {
  CompareResult,
  LoadResult,
  MoveResult,
  OpenResult,
  OperateResult,
  PageTableResult,
  ReplacementResult,
  TranslateResult,
} from './results';
import type { ProcessIndex } from './processIndex';
import type { TimelineBuffer } from './timelineBuffer';

export type Speed = number | 'max';
export type ViewName =
  | 'simulate'
  | 'memory'
  | 'files'
  | 'network'
  | 'workload'
  | 'compare'
  | 'gallery'
  | 'exercises'
  | 'lessons'
  | 'console'
  | 'ostep';

export interface SessionSlice {
  status: 'starting' | 'ready' | 'crashed' | 'incompatible';
  statusMessage: string | null;
  /** hello + load of the current scenario; used at start and to restart after a crash */
  start(): Promise<void>;
  restart(): Promise<void>;
}

export interface ScenarioSlice {
  /** the last scenario the simulation accepted: bad input never replaces it */
  scenario: Scenario | null;
  /** its JSON text, as the worker made it (what the autosave writes; the page never serializes a workload) */
  scenarioJson: string | null;
  /** what was wrong with the last refused input, and where it came from */
  errors: FieldError[];
  errorSource: string | null;
  /** the preset last loaded (`source` "preset <file>") and its scenario as JSON, until something else is loaded */
  preset: { file: string; json: string } | null;
  /** how many loads have been asked of the worker (load, open, edit): a load that first waits for a fetch can
   * tell whether another was asked meanwhile, which the worker would answer first and this one would replace */
  loadsAsked: number;
  /**
   * a refusal is also shown in the error banner, as coming from `source`, its messages said for people; an
   * accepted load drops the workload drafts (they were made over the work it replaces)
   */
  load(input: unknown, source: string, tick?: number): Promise<LoadResult>;
  /**
   * like load, for a scenario's text (a file, a link, the autosave), which the worker decodes and validates;
   * opens at `tick`, else where the text had the viewer
   */
  open(text: ScenarioText, source: string, tick?: number): Promise<OpenResult>;
  /**
   * edit the scenario (workload editor, scheduler picker) at `tick` (default: the current one); the result is
   * validated like any input, and drafts of other settings are kept
   */
  edit(change: (s: Scenario) => unknown, source: string, tick?: number): Promise<LoadResult>;
  /**
   * an operation at the current tick, recorded in the scenario; a refusal is shown in the error banner unless
   * `quiet` (the caller says it itself, as the console does)
   */
  operate(request: OperationRequest, options?: { quiet?: boolean }): Promise<OperateResult>;
  /** a problem found outside the simulation (a file or a preset that could not be read) */
  reportError(source: string, path: string, limit: string, message: string): void;
  dismissErrors(): void;
}

/** How far a long move has come, in ticks: `total` is its target, or the most the run can last. */
export interface Progress {
  label: string;
  done: number;
  total: number;
}

export interface PlaybackSlice {
  frame: Frame | null;
  /**
   * The frame for the heavy views (process table, metrics charts): the same as `frame` when paused, and
   * at most every SLOW_FRAME_MS while playing, so 10,000 rows are not rebuilt 60 times a second.
   */
  slowFrame: Frame | null;
  /** pid -> index in frame.processes; rebuilt only when the set of processes changes (processIndex.ts) */
  processIndex: ProcessIndex;
  timeline: TimelineBuffer;
  gpuTimeline: TimelineBuffer;
  /** the followed processes' closed state spans (STATE_FIELDS rows); the open ones are in the frame */
  stateTimeline: TimelineBuffer;
  playing: boolean;
  /** ticks per second, or as fast as possible */
  speed: Speed;
  busy: boolean;
  /** a long move (run to end, a seek far ahead) done in slices: how far it has come; null when none */
  progress: Progress | null;
  /**
   * what the worker works out about the loaded scenario: its scheduler in words, and its cost estimate (the
   * envelope: decision points, and the tick it ends by at most)
   */
  facts: ScenarioFacts | null;
  /**
   * the tick a seek is under way to (a dragged slider's latest position, before its seek is sent, included) until it
   * lands; null when none. The autosave keeps it rather than the frame's tick, so that a reload meanwhile (a far seek
   * in a long run takes a while) comes back where the student asked to be.
   */
  aimedTick: number | null;
  /** a dragged slider's latest position, its seek waiting for the one in flight (useCoalescedSeek) */
  aimAt(tick: number): void;
  /** stops the long move after its current slice; the frame stays where it got to */
  cancel(): void;
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: Speed): void;
  seek(tick: number): Promise<MoveResult>;
  step(direction: 'forward' | 'back', unit?: 'tick' | 'event'): Promise<MoveResult>;
  reset(): Promise<MoveResult>;
  runToEnd(): Promise<MoveResult>;
}

export interface CompareSlice {
  compareStatus: 'idle' | 'running' | 'done';
  compareEntries: CompareEntry[];
  /** the scenario the entries ran (their processes, CPUs and GPUs); a later edit makes them out of date */
  compareScenario: Scenario | null;
  /** how far a comparison under way has got: `done` of `of` runs finished, the next one at `tick` */
  compareProgress: { done: number; of: number; tick: number } | null;
  compare(schedulers: SchedulerConfig[]): Promise<CompareResult>;
  /** stops the comparison under way after its current slice; the runs compared before stay */
  cancelCompare(): void;
}

export interface ViewSlice {
  view: ViewName;
  /** the secondary panel open on each view's stage (its id), when not the view's first */
  panels: Partial<Record<ViewName, string>>;
  /** the stage's panel drawer folded away, so the main picture takes its room */
  drawerClosed: boolean;
  /** the drawer enlarged to most of the stage, for a panel wider and taller than its usual share (Layouts) */
  drawerTall: boolean;
  processLanes: boolean;
  /**
   * how many shown panels chart memory, or the file system's caches, over time: while any is, frames bring that
   * subsystem's samples
   */
  charts: Record<ChartedSubsystem, number>;
  /** the Network view's open analysis panel, whose data the cluster frames bring (null: none is open) */
  networkPanel: NetworkPanelName | null;
  /** the memory grid's colouring and zoom (pixels per frame; null: as large as fits) */
  memoryColour: MemoryColour;
  memoryCell: number | null;
  selectedPid: number | null;
  setView(view: ViewName, panel?: string): void;
  setPanel(view: ViewName, panel: string): void;
  setDrawerClosed(closed: boolean): void;
  setDrawerTall(tall: boolean): void;
  /** resolves once the worker has sent the state lanes (when turned on) */
  setProcessLanes(on: boolean): Promise<void>;
  /** a panel that charts memory over time is shown (true) or gone (false); resolves once the worker knows */
  showCharts(subsystem: ChartedSubsystem, shown: boolean): Promise<void>;
  /** the Network view's analysis panel now open (null: none); resolves once the worker has sent its data */
  drawNetworkPanel(panel: NetworkPanelName | null): Promise<void>;
  setMemoryColour(colour: MemoryColour): void;
  setMemoryCell(cell: number | null): void;
  select(pid: number | null): void;
  /** a cluster's node (its place) whose processes, memory and files the views show from now on */
  showNode(node: number): Promise<MoveResult>;
}

/** The subsystems whose samples travel only while a panel charts them. */
export type ChartedSubsystem = 'memory' | 'fs';

export interface MemorySlice {
  /** the latest memory snapshot (frames carry one only when memory changed), or null when memory is off */
  memory: MemorySnapshot | null;
  memorySamples: MemorySample[];
  /** the latest references: frame and age in ticks */
  memoryRecent: { frame: number; age: number }[];
  memoryWaiting: { pid: number; why: string }[];
  /** the scenario's heap at the current tick (malloc and free operations), or null when it has no heap section */
  heap: HeapPicture | null;
  /** the node's file system at the current tick, or null when the scenario has no fs section */
  fs: FsPicture | null;
  /** the file system's caches over time, while a panel charts them */
  fsSamples: CacheSample[];
  /** the MMU walkthrough: a dry run of one translation at the current tick */
  translate(pid: number, address: number, access: Access): Promise<TranslateResult>;
  pageTable(pid: number): Promise<PageTableResult>;
  compareReplacement(refs: number[], frames: number): Promise<ReplacementResult>;
}

export type AppState = SessionSlice &
  ScenarioSlice &
  PlaybackSlice &
  CompareSlice &
  ViewSlice &
  MemorySlice &
  ShareSlice &
  ConsoleSlice &
  TeachSlice &
  PresentSlice &
  OstepSlice &
  NamingSlice &
  DraftSlice;
