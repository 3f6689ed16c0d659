import { ostepScriptNamed, runScenario, solveOstepCommand } from '../core/index';
import type { FromSim } from '../protocol';

/** A command line's length limit: long -A / -l / -a lists fit; a pasted file does not. */
export const MAX_OSTEP_COMMAND_CHARS = 20_000;
/** A command file's length limit (the command file box): OSTEP's own are a few hundred characters. */
export const MAX_OSTEP_FILE_CHARS = 200_000;

/**
 * An OSTEP homework command answered on the core. A refusal (unknown script, bad flag, too long) is an
 * `ostepSolved` reply with `ok: false` and the message naming the flag, so the view shows it beside the box.
 */
export function solveOstepRequest(id: number, command: unknown, file?: unknown): FromSim {
  if (typeof command !== 'string')
    return {
      type: 'ostepSolved',
      id,
      readsFile: false,
      result: { ok: false, error: 'command must be a string: an OSTEP command line such as ./mlfq.py -l 0,10,0 -c' },
    };
  if (command.length > MAX_OSTEP_COMMAND_CHARS) {
    return {
      type: 'ostepSolved',
      id,
      readsFile: false,
      result: {
        ok: false,
        error: `command must be at most ${MAX_OSTEP_COMMAND_CHARS} characters (got ${command.length})`,
      },
    };
  }
  if (file !== undefined && (typeof file !== 'string' || file.length > MAX_OSTEP_FILE_CHARS))
    return {
      type: 'ostepSolved',
      id,
      readsFile: false,
      result: {
        ok: false,
        error: `the command file must be text of at most ${MAX_OSTEP_FILE_CHARS} characters (got ${typeof file === 'string' ? `${file.length} characters` : typeof file})`,
      },
    };
  // Whatever name the flag gives, the file is the one in the command file box.
  const readText = (name: string): string => {
    if (typeof file === 'string' && file.trim() !== '') return file;
    throw new Error(`the browser has no files: paste the text of ${name} in the command file box`);
  };
  const result = solveOstepCommand(command, runScenario, readText);
  const readsFile = result.ok && ostepScriptNamed(result.script)?.readsFile !== undefined;
  return { type: 'ostepSolved', id, result, readsFile };
}
