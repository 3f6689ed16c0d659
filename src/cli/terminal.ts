/**
 * What `sim shell` and `sim demo` need of the terminal: lines typed (or piped in), a prompt, Tab completion and
 * writing files. main.ts makes one over node:readline; tests make one by hand.
 */
export interface Terminal {
  /** a person at a terminal (standard input is a TTY): prompts and Tab; else a script, echoed as a transcript */
  interactive: boolean;
  /** the next line, after showing `prompt` at a terminal; null at the end of input */
  read(prompt: string): Promise<string | null>;
  /** what Tab offers for the line typed so far: whole lines to replace it with */
  setCompleter(complete: ((line: string) => string[]) | null): void;
  writeFile(path: string, text: string): void;
}

/** No input at all: a session reads nothing and ends at once. */
export const NO_TERMINAL: Terminal = {
  interactive: false,
  read: async () => null,
  setCompleter: () => undefined,
  writeFile: () => {
    throw new Error('there is nowhere to write files here');
  },
};
