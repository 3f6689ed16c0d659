import type { FsPicture, MemorySnapshot, PageTableRow, Scenario, SystemState } from '../core/index';
import type { Frame, NarrationLine, OperationRequest } from '../protocol';

/** What commands read: the front end's current values, fetched afresh after every action. */
export interface ShellView {
  /** the simulation answers requests */
  ready: boolean;
  scenario: Scenario | null;
  frame: Frame | null;
  memory: MemorySnapshot | null;
  /** the node's file system, or null when the scenario has none */
  fs: FsPicture | null;
  playing: boolean;
  /** ticks per second, or 'max' */
  speed: number | 'max';
  /** earlier command lines, oldest first */
  history: readonly string[];
  /** textbook naming: processes are plain P1…Pn, without names or types */
  textbook: boolean;
  /** the process picked in the views (the browser's process table), if any */
  selectedPid: number | null;
  /** the console's working directory, where relative paths start ("/" until `cd`) */
  cwd: string;
}

/** Why the simulation did not do something: sentences that name the field and the limit. */
export interface Refused {
  ok: false;
  errors: readonly { message: string }[];
}
export type MoveResult = { ok: true; frame: Frame } | Refused;
/** `narration` is what the operation made happen at the current tick, in run order */
export type OperateResult = { ok: true; frame: Frame; narration: NarrationLine[] } | Refused;
export type PageTableResult = { ok: true; rows: PageTableRow[] } | Refused;
export type SystemStateResult = { ok: true; state: SystemState } | Refused;
export type Saved = { ok: true; said: string } | { ok: false; error: string };

/** The refusal in words, for one line of output. */
export function refusalText(r: Refused): string {
  return r.errors.map((e) => e.message).join('; ') || 'the simulation did not accept it';
}

/**
 * What the commands need from a front end: the browser console implements it over the store's own actions
 * (the same ones the buttons call), the terminal over the worker's handler in-process, tests by hand.
 */
export interface ShellHost {
  /** which front end: a few commands differ (play in a terminal, quit in the browser, where export goes) */
  front: 'browser' | 'terminal';
  view(): ShellView;
  /** an operation at the current tick */
  operate(request: OperationRequest): Promise<OperateResult>;
  seek(tick: number): Promise<MoveResult>;
  /** one tick forward, as the Step forward button */
  stepForward(): Promise<MoveResult>;
  runToEnd(): Promise<MoveResult>;
  /** playing in the background (the browser only; a terminal host ignores it) */
  play(): void;
  pause(): void;
  pageTable(pid: number): Promise<PageTableResult>;
  /** the whole system at the current tick (src/core's systemState) */
  systemState(): Promise<SystemStateResult>;
  /** hands a file to the user (a download, or a file written) and says where it went */
  save(filename: string, content: string): Promise<Saved>;
  /** `cd`: the console's working directory becomes `path` (absolute, checked by the command) */
  setCwd(path: string): void;
  /** an OSTEP homework command answered (as the OSTEP view's Run): OSTEP's text, or the refusal naming the flag */
  ostep(command: string): Promise<{ ok: true; text: string } | { ok: false; error: string }>;
}

export type LineKind = 'output' | 'error';
export interface OutLine {
  kind: LineKind;
  text: string;
}

/** What one command line gave: lines to print, whether the log is cleared first, whether the session ends. */
export interface CommandResult {
  lines: OutLine[];
  clear?: boolean;
  quit?: boolean;
}

export const out = (...texts: string[]): CommandResult => ({ lines: texts.map((text) => ({ kind: 'output', text })) });
export const fail = (text: string): CommandResult => ({ lines: [{ kind: 'error', text }] });
export const join = (...results: CommandResult[]): CommandResult => ({ lines: results.flatMap((r) => r.lines) });
