import { USAGE } from './args';
import { printable } from './printable';
import type { Terminal } from './terminal';

/** What the CLI needs from the outside world, so tests run it in-process. */
export interface CliIo {
  readText(file: string): string;
  out(text: string): void;
  /** bytes written as they are (a streamed OSTEP trace); without it they go to `out` as text */
  write?(bytes: Uint8Array): void;
  err(text: string): void;
  /** lines typed or piped in, for `shell` and `demo` (without it they read nothing) */
  terminal?: Terminal;
}

/** Messages quote what the user gave (values, keys, file names): escaped line by line, like names in the trace. */
export function escapingMessages(given: CliIo): CliIo {
  return { ...given, err: (text) => given.err(text.split('\n').map(printable).join('\n')) };
}

/** A command line that parseArgs refused: why, then the usage; exit code 2. */
export function refuseUsage(error: string, io: CliIo): 2 {
  io.err(`sim: ${error}\n${USAGE}`);
  return 2;
}
