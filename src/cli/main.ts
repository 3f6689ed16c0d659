import { readBounded } from './readBounded';
import { readlineTerminal } from './readlineTerminal';
import { runCli } from './runCli';
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

const argv = process.argv.slice(2);
// Standard input is read only by the commands that take lines from it (a scenario from `-` is read whole).
const terminal = argv[0] === 'shell' || argv[0] === 'demo' ? readlineTerminal() : undefined;
// No top-level await: the bundle is a script (bundle.mjs), so that V8 can keep its compiled code between runs.
void Promise.resolve(
  runCli(argv, {
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
