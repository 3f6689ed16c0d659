import type { SliceContext } from './deps';

/** What kind of line the console shows; the UI styles each kind. */
export type ConsoleLineKind = 'input' | 'output' | 'error';

/** One line of the console's log; `id` is a stable React key. */
export interface ConsoleLine {
  id: number;
  kind: ConsoleLineKind;
  text: string;
}

/** The log keeps the latest lines only; a long monitor must not grow the page without end. */
export const CONSOLE_MAX_LINES = 500;
export const CONSOLE_MAX_HISTORY = 200;

/** The console's log and history; the commands (src/shell) run from the UI (ui/console) over store actions. */
export interface ConsoleSlice {
  consoleLines: ConsoleLine[];
  /** command lines typed, oldest first (a repeat of the previous one is kept once) */
  consoleHistory: string[];
  /** a command is running */
  consoleBusy: boolean;
  appendConsole(lines: { kind: ConsoleLineKind; text: string }[]): void;
  rememberCommand(line: string): void;
  clearConsole(): void;
}

export function consoleSlice({ set, get }: SliceContext): ConsoleSlice {
  let nextId = 1;
  return {
    consoleLines: [],
    consoleHistory: [],
    consoleBusy: false,
    appendConsole(lines) {
      if (lines.length === 0) return;
      const added = lines.map((l) => ({ ...l, id: nextId++ }));
      set({ consoleLines: [...get().consoleLines, ...added].slice(-CONSOLE_MAX_LINES) });
    },
    rememberCommand(line) {
      const history = get().consoleHistory;
      if (history[history.length - 1] !== line) set({ consoleHistory: [...history, line].slice(-CONSOLE_MAX_HISTORY) });
    },
    clearConsole: () => set({ consoleLines: [] }),
  };
}
