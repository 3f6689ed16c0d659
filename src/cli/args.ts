import { OSTEP_SCRIPTS } from '../core/index';
/** The command line, parsed. Unknown flags and missing operands are errors, never ignored. */
export type Command =
  | { kind: 'run'; file: string; json: boolean; events: boolean; quiet: boolean }
  | { kind: 'validate'; file: string }
  /** an OSTEP homework script's command line, translated to a scenario (src/cli/ostep) */
  | { kind: 'ostep'; args: string[] }
  /** an interactive session on a scenario file (the default scenario when null); commands from standard input */
  | { kind: 'shell'; file: string | null }
  /** the design's demo menu, or one demo by its number (checked against the menu by the demo runner) */
  | { kind: 'demo'; choice: string | null }
  | { kind: 'help' };

export const USAGE = `Usage:
  sim run FILE [--json] [--events] [--quiet]   run a scenario file and print its trace and metrics
  sim validate FILE                             check a scenario file; exit 0 when valid, 2 when not
  sim ostep SCRIPT [OSTEP flags] [--json]       an OSTEP homework script's problem, answered by our core:
                                                SCRIPT is ${OSTEP_SCRIPTS.join(', ')}
  sim ostep --batch FILE                        answer many: each line a JSON array ["mlfq","-l","0,10,0"]
  sim shell [FILE]                              the console's commands in a terminal, on FILE (default: the
                                                default scenario); reads a script from standard input
  sim demo [N]                                  the demo menu (scheduling and memory demos), or demo N
  sim help                                      this text

  --json    print one JSON object: ticks, timeline, processes, summary, traceHash
  --events  with --json, also include every decision as data (events)
  --quiet   without --json, print only the metrics, not the trace
FILE may be - for standard input.`;

export function parseArgs(argv: readonly string[]): { ok: true; command: Command } | { ok: false; error: string } {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === 'help' || verb === '--help' || verb === '-h')
    return { ok: true, command: { kind: 'help' } };
  // OSTEP flags are parsed by the script's own parser (optparse rules), so they are not checked here.
  if (verb === 'ostep') return parseOstep(rest);
  if (verb === 'shell' || verb === 'demo') return parseOneOptional(verb, rest);
  const flags = rest.filter((a) => a.startsWith('--'));
  const operands = rest.filter((a) => !a.startsWith('--'));
  const allowed = verb === 'run' ? ['--json', '--events', '--quiet'] : [];
  const unknown = flags.find((f) => !allowed.includes(f));
  if (verb !== 'run' && verb !== 'validate') return { ok: false, error: `unknown command "${verb}"` };
  if (unknown) return { ok: false, error: `unknown option "${unknown}" for "${verb}"` };
  if (operands.length !== 1) return { ok: false, error: `"${verb}" takes exactly one FILE (got ${operands.length})` };
  const file = operands[0] as string;
  if (verb === 'validate') return { ok: true, command: { kind: 'validate', file } };
  return {
    ok: true,
    command: {
      kind: 'run',
      file,
      json: flags.includes('--json'),
      events: flags.includes('--events'),
      quiet: flags.includes('--quiet'),
    },
  };
}

/** The script and its flags are checked by src/core/ostep (each script's own optparse rules). */
function parseOstep(rest: readonly string[]): { ok: true; command: Command } | { ok: false; error: string } {
  if (rest.length === 0)
    return {
      ok: false,
      error: `"ostep" needs a script name, e.g. sim ostep scheduler -l 10,20 -c (scripts: ${OSTEP_SCRIPTS.join(', ')})`,
    };
  return { ok: true, command: { kind: 'ostep', args: [...rest] } };
}

/** `shell [FILE]` and `demo [N]`: at most one operand, no options. */
function parseOneOptional(
  verb: 'shell' | 'demo',
  rest: readonly string[],
): { ok: true; command: Command } | { ok: false; error: string } {
  const flag = rest.find((a) => a.startsWith('--'));
  if (flag) return { ok: false, error: `unknown option "${flag}" for "${verb}"` };
  const what = verb === 'shell' ? 'FILE' : 'N';
  if (rest.length > 1) return { ok: false, error: `"${verb}" takes at most one ${what} (got ${rest.length})` };
  const operand = rest[0] ?? null;
  if (verb === 'shell' && operand === '-')
    return { ok: false, error: '"shell" reads its commands from standard input: give the scenario as a FILE' };
  return { ok: true, command: verb === 'shell' ? { kind: 'shell', file: operand } : { kind: 'demo', choice: operand } };
}
