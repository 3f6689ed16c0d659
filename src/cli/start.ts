import type { CliIo } from './cliIo';
import { readBounded } from './readBounded';
import type { Terminal } from './terminal';
import { writeAll } from './writeAll';

/** Standard output, written whole; when its reader has gone (`| head`), nothing more will be read, so stop there. */
function print(data: string | Uint8Array): void {
  try {
    writeAll(data);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
    throw e;
  }
}

/**
 * Runs a CLI (runCli, or runOstepCli alone) on this process's arguments, files and standard streams; its answer
 * is the exit code. `terminal` gives lines to the commands that read them (shell, demo).
 */
export function startCli(
  run: (argv: readonly string[], io: CliIo) => number | Promise<number>,
  terminal?: Terminal & { close(): void },
): void {
  // No top-level await: the bundle is a script (bundle.mjs), so that V8 can keep its compiled code between runs.
  void Promise.resolve(
    run(process.argv.slice(2), {
      readText: (file) => readBounded(file),
      out: (text) => print(`${text}\n`),
      write: print,
      err: (text) => process.stderr.write(`${text}\n`),
      terminal,
    }),
  ).then((code) => {
    process.exitCode = code;
    terminal?.close();
  });
}
