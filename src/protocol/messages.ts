import type {
  Access,
  FieldError,
  OstepCommandResult,
  PageTableRow,
  RunResult,
  Scenario,
  SchedulerConfig,
  SchedulingDecision,
  SharePayload,
  SystemState,
  TranslationResult,
} from '../core/index';
import type { CompareEntry, ReplacementComparison } from './comparison';
import type { WireFrame } from './frame';
import type { NarrationLine } from './narration';
import type { OperationRequest } from './operation';
import type { NetworkPanelName } from './networkViews';

/**
 * The typed message protocol between the UI (or the CLI) and the simulation. Every request carries an
 * `id` that its replies echo. A session starts with `hello`; a version mismatch is answered with
 * `incompatible` and nothing else is served.
 */
export const PROTOCOL_VERSION = 11;

/**
 * A run whose end is found at once after loading (in the worker, so the page stays free): a quarter of the
 * envelope, under a second of work, which covers 10,000 generated processes. The page and the terminal ask `end`
 * with this as `atMost` right behind a load.
 */
export const EAGER_END_STEPS = 250_000;

/**
 * A scenario as the page got it, still text: a file, a `#s=` link's fragment, or the autosave (the work a link
 * replaced is kept as one). The worker decodes, migrates and validates it, so the page neither carries the
 * validation nor does it a second time.
 */
export type ScenarioText =
  | { kind: 'file'; name: string; text: string }
  | { kind: 'link'; fragment: string }
  | { kind: 'autosave'; text: string };

/** What the page shows of a loaded scenario that only the core works out (the page does not carry the core). */
export interface ScenarioFacts {
  /** "Round Robin (quantum 4)" */
  scheduler: string;
  /** the quantum a lone process's back-to-back quanta are merged in, or null (the core's loneQuantum) */
  loneQuantum: number | null;
  /** the core's estimate before the run (decision points, and the tick the run ends by) */
  cost: { steps: number; horizon: number };
}

/** Where a link or the autosave had the viewer, and what it showed. */
export type Shared = Omit<SharePayload, 'scenario'>;

export type ToSim =
  | { type: 'hello'; id: number; protocol: number }
  | { type: 'load'; id: number; scenario: unknown; tick?: number }
  /** decode, validate and load a scenario's text; `tick` is where to open instead of the tick the text carries */
  | { type: 'open'; id: number; text: ScenarioText; tick?: number }
  /** decode and validate a scenario's text, loading nothing (the work a link would replace, kept aside) */
  | { type: 'read'; id: number; text: ScenarioText }
  /**
   * with `maxEvents`, a slice of a long seek: it may stop at an earlier tick, replying `moving`, and the caller
   * seeks again; the frame comes with the slice that arrives (or with any request after)
   */
  | { type: 'seek'; id: number; tick: number; maxEvents?: number }
  /**
   * learn the run's end tick (the time slider's end): replies a frame at the same tick with `endKnown`. With
   * `atMost`, only for a run whose end is not known yet and whose cost estimate is at most that many steps, else
   * it replies `moving` at the current tick (no frame): the page asks so right behind a load, before the load's
   * reply has come, not knowing yet whether finding the end is quick.
   */
  | { type: 'end'; id: number; atMost?: number }
  | { type: 'step'; id: number; direction: 'forward' | 'back'; unit: 'tick' | 'event' }
  /** play: move forward `ticks` ticks, or ('max') as far as `budgetMs` of work allows */
  | { type: 'advance'; id: number; ticks: number | 'max'; budgetMs?: number }
  | { type: 'operation'; id: number; request: OperationRequest }
  /**
   * run the loaded scenario under each scheduler; with `maxEvents`, only a slice of the work: the reply is
   * `compareProgress` until `compareMore` has been asked often enough for `compared`
   */
  | { type: 'compare'; id: number; schedulers: SchedulerConfig[]; maxEvents?: number }
  | { type: 'compareMore'; id: number; maxEvents: number }
  | { type: 'result'; id: number }
  /**
   * what the open views draw beyond the CPUs: the processes' state lanes, the memory charts' and the file system's
   * caches' charts' samples, the Network view's open analysis panel (null: none) (a flag left out keeps its value). Replies a frame that brings all of what is drawn, or `ready` when no scenario is loaded
   * yet (the choice holds for every scenario loaded after).
   */
  | {
      type: 'draw';
      id: number;
      stateLanes?: boolean;
      memorySamples?: boolean;
      fsSamples?: boolean;
      networkPanel?: NetworkPanelName | null;
    }
  /** the MMU walkthrough: what translating this address would do now (a dry run: the run is not changed) */
  | { type: 'translate'; id: number; pid: number; address: number; access: Access }
  | { type: 'pageTable'; id: number; pid: number }
  | { type: 'compareReplacement'; id: number; refs: number[]; frames: number }
  /** "who runs next?": the loaded run's first scheduling decision after tick `after` that has a choice */
  | { type: 'nextDecision'; id: number; after: number }
  /** an OSTEP homework command line, answered on the core (needs no loaded scenario) */
  /** `file`: the text of the file a flag of the command names (ffs.py's -f, paging-policy.py's -f) */
  | { type: 'ostep'; id: number; command: string; file?: string }
  /** the whole system at the current tick, as `export` writes it */
  | { type: 'systemState'; id: number }
  /** a cluster's node (its place) whose processes, memory and files the frames show from now on */
  | { type: 'show'; id: number; node: number };
export type ToSimType = ToSim['type'];

export type FromSim =
  | { type: 'ready'; id: number; protocol: number }
  /**
   * a slice of a long seek stopped short of its tick, at `tick`: no frame, so a move through a long run does not
   * send (and the page apply) the processes and the timeline at every slice; or an `end` with `atMost` not run for
   */
  | { type: 'moving'; id: number; tick: number }
  | { type: 'incompatible'; id: number; expected: number; got: unknown }
  /**
   * `scenario` is the accepted scenario with defaults filled in, `scenarioJson` its JSON text (see PostedFromSim);
   * `shared`, for an `open`, is where its text had the viewer and what it showed
   */
  | {
      type: 'loaded';
      id: number;
      frame: WireFrame;
      scenario: Scenario;
      scenarioJson: string;
      facts: ScenarioFacts;
      shared?: Shared;
    }
  | { type: 'read'; id: number; payload: SharePayload }
  | { type: 'invalid'; id: number; errors: FieldError[] }
  | { type: 'frame'; id: number; frame: WireFrame }
  /**
   * An accepted operation: the scenario that now records it, and the narration it made at the current tick
   * (its own lines and what followed from it there, in run order).
   */
  | {
      type: 'operated';
      id: number;
      frame: WireFrame;
      scenario: Scenario;
      scenarioJson: string;
      facts: ScenarioFacts;
      narration: NarrationLine[];
    }
  | { type: 'compared'; id: number; entries: CompareEntry[] }
  /** `done` of `of` runs are finished; the next one has reached `tick` */
  | { type: 'compareProgress'; id: number; done: number; of: number; tick: number }
  | { type: 'result'; id: number; result: RunResult }
  | { type: 'translated'; id: number; result: TranslationResult }
  | { type: 'pageTable'; id: number; pid: number; rows: PageTableRow[] }
  | { type: 'replacementCompared'; id: number; results: ReplacementComparison[] }
  /** `readsFile`: the answered script reads the command file (so a link to the command carries it) */
  | { type: 'ostepSolved'; id: number; result: OstepCommandResult; readsFile: boolean }
  /** null when the run has no decision with a choice left */
  | { type: 'decision'; id: number; decision: SchedulingDecision | null }
  | { type: 'systemState'; id: number; state: SystemState }
  | { type: 'error'; id: number; message: string };
export type FromSimType = FromSim['type'];
