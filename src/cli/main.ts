import { readBounded } from './readBounded';
import { readlineTerminal } from './readlineTerminal';
import { runCli } from './runCli';

const argv = process.argv.slice(2);
// Standard input is read only by the commands that take lines from it (a scenario from `-` is read whole).
const terminal = argv[0] === 'shell' || argv[0] === 'demo' ? readlineTerminal() : undefined;
process.exitCode = await runCli(argv, {
  readText: (file) => readBounded(file),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  terminal,
});
terminal?.close();
