import { readBounded } from './readBounded';
import { runCli } from './runCli';

process.exitCode = runCli(process.argv.slice(2), {
  readText: (file) => readBounded(file),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
