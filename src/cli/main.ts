import { readFileSync } from 'node:fs';
import { runCli } from './runCli';

process.exitCode = runCli(process.argv.slice(2), {
  readText: (file) => readFileSync(file === '-' ? 0 : file, 'utf8'),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
