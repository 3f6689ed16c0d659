import type { MemorySnapshot, Scenario } from '../../core/index';
import type { Frame, OperationRequest } from '../../protocol';
import type { MoveResult, OperateResult } from '../../store/results';

/** What commands read: the store's current values, fetched afresh after every action. */
export interface ConsoleView {
  /** the simulation answers requests (status 'ready') */
  ready: boolean;
  scenario: Scenario | null;
  frame: Frame | null;
  memory: MemorySnapshot | null;
  playing: boolean;
  /** ticks per second, or 'max' */
  speed: number | 'max';
  /** earlier command lines, oldest first */
  history: readonly string[];
  /** textbook naming: processes are plain P1…Pn, without names or types */
  textbook: boolean;
}

/**
 * The store actions the console needs: the same ones the buttons call. The console slice implements it
 * over the store; tests implement it by hand.
 */
export interface ConsoleHost {
  view(): ConsoleView;
  /** an operation at the current tick; the console says a refusal itself (the error banner does not) */
  operate(request: OperationRequest): Promise<OperateResult>;
  seek(tick: number): Promise<MoveResult>;
  /** one tick forward, as the Step forward button */
  stepForward(): Promise<MoveResult>;
  play(): void;
  pause(): void;
  download(filename: string, content: string): void;
  /** an OSTEP homework command answered (as the OSTEP view's Run): OSTEP's text, or the refusal naming the flag */
  ostep(command: string): Promise<{ ok: true; text: string } | { ok: false; error: string }>;
}

export type { ConsoleLineKind as LineKind } from '../../store/consoleSlice';
import type { ConsoleLineKind as LineKind } from '../../store/consoleSlice';
export interface OutLine {
  kind: Exclude<LineKind, 'input'>;
  text: string;
}

/** What one command line gave: lines to print, and whether the log is to be cleared first. */
export interface CommandResult {
  lines: OutLine[];
  clear?: boolean;
}

export const out = (...texts: string[]): CommandResult => ({ lines: texts.map((text) => ({ kind: 'output', text })) });
export const fail = (text: string): CommandResult => ({ lines: [{ kind: 'error', text }] });
export const join = (...results: CommandResult[]): CommandResult => ({ lines: results.flatMap((r) => r.lines) });
