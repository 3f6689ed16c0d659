import { table } from './format';
import { fail, out, type CommandResult, type ShellHost } from './host';
import { CWD_COMMANDS } from './cwdCommands';
import { FD_COMMANDS } from './fdCommands';
import { FS_COMMANDS } from './fsCommands';
import { HEAP_COMMANDS } from './heapCommands';
import { INFO_COMMANDS } from './infoCommands';
import { MEMORY_COMMANDS } from './memoryCommands';
import { OSTEP_COMMANDS } from './ostepCommands';
import { shellWord } from '../core/ostep/shellWord';
import { closest, parseArg, tokenize, type Token } from './parse';
import { absolutePath } from './workingDirectory';
import { PROCESS_COMMANDS } from './processCommands';
import { usage, usageOf, type ArgSpec, type Args, type Command } from './spec';
import { TIME_COMMANDS } from './timeCommands';
import { VFS_COMMANDS } from './vfsCommands';

const help: Command = {
  name: 'help',
  args: [{ name: 'COMMAND', kind: 'command', optional: true }],
  help: 'list the commands, or explain one',
  needsSim: false,
  run: (a) => {
    const name = a.COMMAND as string | undefined;
    if (name === undefined) {
      return out(
        'Commands (help COMMAND for more; Tab completes, ↑/↓ recall, Ctrl+L clears):',
        ...table(
          ['', ''],
          COMMANDS.map((c) => [`  ${usage(c)}`, c.help]),
        ).slice(1),
      );
    }
    const c = findCommand(name);
    if (!c) return unknown('help', name);
    return out(`usage: ${usage(c)}`, `  ${c.help}`, ...(c.detail ?? []).map((d) => `  ${d}`));
  },
};

const clear: Command = {
  name: 'clear',
  args: [],
  help: 'clear the console (Ctrl+L)',
  needsSim: false,
  run: () => ({ lines: [], clear: true }),
};

const history: Command = {
  name: 'history',
  args: [],
  help: 'the commands typed so far',
  needsSim: false,
  run: (_a, host) => {
    const h = host.view().history;
    const width = String(h.length).length;
    return h.length === 0
      ? out('No commands yet.')
      : out(...h.map((line, i) => `${String(i + 1).padStart(width)}  ${line}`));
  },
};

const quit: Command = {
  name: 'quit',
  args: [],
  help: 'end the terminal session (sim shell); the browser console stays open',
  needsSim: false,
  run: (_a, host) =>
    host.front === 'terminal'
      ? { lines: [{ kind: 'output', text: 'Bye.' }], quit: true }
      : out('There is nothing to quit here: the browser console stays open (switch views with the tabs above).'),
};

/** Every command, in the order help lists them. */
export const COMMANDS: readonly Command[] = [
  help,
  ...PROCESS_COMMANDS,
  ...INFO_COMMANDS,
  ...TIME_COMMANDS,
  ...MEMORY_COMMANDS,
  ...HEAP_COMMANDS,
  ...FS_COMMANDS,
  ...VFS_COMMANDS,
  ...FD_COMMANDS,
  ...CWD_COMMANDS,
  ...OSTEP_COMMANDS,
  clear,
  history,
  quit,
];
export const COMMAND_NAMES: readonly string[] = COMMANDS.map((c) => c.name);

export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name.toLowerCase());
}

function unknown(prefix: string, name: string): CommandResult {
  const guess = closest(name, COMMAND_NAMES);
  const hint = guess ? `did you mean '${guess}'? ` : '';
  return fail(`${prefix}: unknown command '${name}'; ${hint}type help for the list`);
}

export type Parsed =
  | { ok: true; command: Command; args: Args; run: Command['run']; specs: readonly ArgSpec[] }
  | { ok: false; result: CommandResult };

/** `at`: the place of the argument that is wrong (missing or unreadable), or of the first one too many */
type FormParse = { ok: true; args: Args } | { ok: false; message: string; at: number };

/** The arguments after the command name by one form's specs, or what is wrong with them. */
function parseForm(name: string, specs: readonly ArgSpec[], rest: readonly Token[]): FormParse {
  const args: Record<string, unknown> = {};
  for (const [i, spec] of specs.entries()) {
    // A 'words' argument takes the rest of the line, each word as the shell would hand it on.
    const token =
      spec.kind === 'words' && rest.length > i
        ? {
            text: rest
              .slice(i)
              .map((t) => shellWord(t.text))
              .join(' '),
            start: rest[i]?.start ?? 0,
          }
        : rest[i];
    if (!token) {
      if (spec.optional) break;
      return { ok: false, message: `${spec.name} is missing; usage: ${usageOf(name, specs)}`, at: i };
    }
    const parsed = parseArg(spec.kind, token.text);
    if (!parsed.ok)
      return { ok: false, message: `${spec.name} must be ${parsed.expected}, got '${token.text}'`, at: i };
    args[spec.name] = parsed.value;
  }
  const extra = specs.some((a) => a.kind === 'words') ? [] : rest.slice(specs.length);
  if (extra.length > 0)
    return {
      ok: false,
      message: `too many arguments ('${extra.map((t) => t.text).join(' ')}'); usage: ${usageOf(name, specs)}`,
      at: specs.length,
    };
  return { ok: true, args: args as Args };
}

const takes = (specs: readonly ArgSpec[], n: number): boolean =>
  n >= specs.filter((a) => !a.optional).length && n <= specs.length;

/** A line to its command and typed arguments (by our form or the design's), or the one line that says what is wrong. */
export function parseLine(tokens: readonly Token[]): Parsed {
  const [first, ...rest] = tokens;
  const command = first ? findCommand(first.text) : undefined;
  if (!first || !command) return { ok: false, result: unknown('console', first?.text ?? '') };
  const ours = parseForm(command.name, command.args, rest);
  if (ours.ok) return { ok: true, command, args: ours.args, run: command.run, specs: command.args };
  const design = command.design;
  if (design) {
    const theirs = parseForm(command.name, design.args, rest);
    if (theirs.ok) return { ok: true, command, args: theirs.args, run: design.run, specs: design.args };
    // Neither: say what is wrong with ours, unless the line cannot be ours from its first argument on.
    if (ours.at === 0 && (theirs.at > 0 || takes(design.args, rest.length)))
      return { ok: false, result: fail(`${command.name}: ${theirs.message}`) };
  }
  return { ok: false, result: fail(`${command.name}: ${ours.message}`) };
}

/** Runs one typed line against the host. Never throws: a failure comes back as an error line. */
export async function runLine(line: string, host: ShellHost): Promise<CommandResult> {
  const tokenized = tokenize(line);
  if (!tokenized.ok) return fail(`console: ${tokenized.message}`);
  if (tokenized.tokens.length === 0) return { lines: [] };
  const parsed = parseLine(tokenized.tokens);
  if (!parsed.ok) return parsed.result;
  const { command } = parsed;
  const v = host.view();
  if (command.needsSim !== false && (!v.ready || !v.frame))
    return fail(`${command.name}: the simulation is not ready yet`);
  // A path typed relative starts at the console's working directory.
  const args = { ...parsed.args };
  for (const spec of parsed.specs)
    if (spec.kind === 'path' && typeof args[spec.name] === 'string')
      args[spec.name] = absolutePath(v.cwd, args[spec.name] as string);
  try {
    return await parsed.run(args, host);
  } catch (e) {
    return fail(`${command.name}: failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
