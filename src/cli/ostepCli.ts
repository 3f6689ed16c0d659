import { parseArgs } from './args';
import { escapingMessages, refuseUsage, type CliIo } from './cliIo';
import { runOstep } from './ostep/runOstep';

/**
 * `sim ostep …`, answered as runCli answers it (runCli hands those commands here). bin.mjs runs a bundle of this
 * alone for them, without the worker's handler, the shell, the cluster and their set-up: a small problem is mostly
 * start-up. Any other command is refused with the usage.
 */
export function runOstepCli(argv: readonly string[], given: CliIo): number {
  const io = escapingMessages(given);
  const parsed = parseArgs(argv);
  if (!parsed.ok) return refuseUsage(parsed.error, io);
  if (parsed.command.kind !== 'ostep') return refuseUsage(`"${argv[0]}" is not an ostep command`, io);
  return runOstep(parsed.command.args, io);
}
