import type { FieldError, PageTableRow, Scenario, SystemState, TranslationResult } from '../core/index';
import type {
  CompareEntry,
  Frame,
  FromSim,
  NarrationLine,
  ReplacementComparison,
  Shared,
  WireFrame,
} from '../protocol';

/** A reply as the store hands it to an action: a frame in it is the one applied, its process table whole. */
export type Reply = FromSim extends infer T
  ? T extends { frame: WireFrame }
    ? Omit<T, 'frame'> & { frame: Frame }
    : T
  : never;

/**
 * Why an action did not happen: the one validation step's field errors, or the simulation's failure (or its
 * silence after a crash) as one error without a path. The store keeps what it had.
 */
export interface Refused {
  ok: false;
  errors: FieldError[];
}

/** load, edit and everything that loads (a link, a file, the autosave, undo, an OSTEP scenario) */
export type LoadResult = { ok: true; frame: Frame; scenario: Scenario } | Refused;
/** a scenario's text loaded (a link, a file, the autosave): where it had the viewer, and what it showed */
export type OpenResult = { ok: true; frame: Frame; scenario: Scenario; shared: Shared } | Refused;
/** an operation at the current tick; `narration` is what it made happen there, in run order */
export type OperateResult = { ok: true; frame: Frame; scenario: Scenario; narration: NarrationLine[] } | Refused;
/** seek, step, reset, run to end */
export type MoveResult = { ok: true; frame: Frame } | Refused;
export type CompareResult = { ok: true; entries: CompareEntry[] } | Refused;
export type TranslateResult = { ok: true; translation: TranslationResult } | Refused;
export type PageTableResult = { ok: true; rows: PageTableRow[] } | Refused;
/** the whole system at the current tick (the console's and the header's export) */
export type SystemStateResult = { ok: true; state: SystemState } | Refused;
export type ReplacementResult = { ok: true; results: ReplacementComparison[] } | Refused;

/** A load's result from an open's, without where the text had the viewer (applied by then, or never carried). */
export function loadResultOf(r: OpenResult): LoadResult {
  return r.ok ? { ok: true, frame: r.frame, scenario: r.scenario } : r;
}

/** A refusal said in one sentence, with no field path. */
export function refusedWith(message: string): Refused {
  return { ok: false, errors: [{ path: '', limit: '', message }] };
}

/** A reply that is not the one asked for, as a refusal. */
export function refusalOf(reply: Reply | null): Refused {
  if (reply === null) return refusedWith('The simulation did not answer.');
  if (reply.type === 'invalid') return { ok: false, errors: reply.errors };
  if (reply.type === 'error') return refusedWith(reply.message);
  return refusedWith(`The simulation answered ${reply.type}, not what was asked.`);
}

/** The refusal in words, for a one-line message beside a form or in the console. */
export function refusalText(r: Refused): string {
  return r.errors.map((e) => e.message).join('; ');
}

/** A move's result from its reply. */
export function moveResult(reply: Reply | null): MoveResult {
  return reply?.type === 'frame' ? { ok: true, frame: reply.frame } : refusalOf(reply);
}
