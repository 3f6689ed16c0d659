import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Terminal } from './terminal';

/** Lines kept for ↑/↓ at a terminal. */
const HISTORY = 200;

/**
 * The terminal over node:readline: at a TTY, a prompt with ↑/↓ history and Tab completion; otherwise the lines
 * of standard input, one by one, so that `sim shell < commands.txt` is a reproducible session.
 */
export function readlineTerminal(): Terminal & { close(): void } {
  const interactive = process.stdin.isTTY === true;
  let completer: ((line: string) => string[]) | null = null;
  const rl = createInterface({
    input: process.stdin,
    // Only a person needs the echo, the prompt and the line editing.
    ...(interactive
      ? {
          output: process.stdout,
          terminal: true,
          historySize: HISTORY,
          completer: (line: string): [string[], string] => [completer?.(line) ?? [], line],
        }
      : { terminal: false }),
  });
  const lines = rl[Symbol.asyncIterator]();
  return {
    interactive,
    async read(prompt) {
      if (interactive) {
        rl.setPrompt(prompt);
        rl.prompt();
      }
      const next = await lines.next();
      return next.done ? null : next.value;
    },
    setCompleter: (complete) => {
      completer = complete;
    },
    writeFile: (path, text) => writeFileSync(path, text, { encoding: 'utf8' }),
    close: () => rl.close(),
  };
}
