import { runScenario, solveOstepCommand } from '../core/index';
import type { FromSim } from '../protocol';

/** A command line's length limit: long -A / -l / -a lists fit; a pasted file does not. */
export const MAX_OSTEP_COMMAND_CHARS = 20_000;

/**
 * An OSTEP homework command answered on the core. A refusal (unknown script, bad flag, too long) is an
 * `ostepSolved` reply with `ok: false` and the message naming the flag, so the view shows it beside the box.
 */
export function solveOstepRequest(id: number, command: unknown): FromSim {
  if (typeof command !== 'string')
    return {
      type: 'ostepSolved',
      id,
      result: { ok: false, error: 'command must be a string: an OSTEP command line such as ./mlfq.py -l 0,10,0 -c' },
    };
  if (command.length > MAX_OSTEP_COMMAND_CHARS) {
    return {
      type: 'ostepSolved',
      id,
      result: {
        ok: false,
        error: `command must be at most ${MAX_OSTEP_COMMAND_CHARS} characters (got ${command.length})`,
      },
    };
  }
  return { type: 'ostepSolved', id, result: solveOstepCommand(command, runScenario) };
}
