import { MAX_FILE_CHARS, parseJsonText } from '../core/index';
import { runLine } from '../shell/commands';
import { completionPaths } from '../shell/vfsPlace';
import { complete } from '../shell/complete';
import type { CliIo } from './cliIo';
import { printable } from './printable';
import type { Terminal } from './terminal';
import { terminalHost } from './terminalHost';

export const PROMPT = 'bcos$ ';
/** The longest line the shell reads; a longer one is refused whole (nothing of it runs). */
export const MAX_LINE = 10_000;

/** A scenario file's text -> the value to load, or the messages that say why not. */
export function readScenario(file: string, io: CliIo): { ok: true; value: unknown } | { ok: false; lines: string[] } {
  let text: string;
  try {
    text = io.readText(file);
  } catch (e) {
    return { ok: false, lines: [`sim: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`] };
  }
  const json = parseJsonText(text, file, MAX_FILE_CHARS);
  return json.ok ? { ok: true, value: json.value } : { ok: false, lines: json.errors.map((e) => e.message) };
}

/**
 * An interactive session on a scenario: each line is run by the browser console's own commands, over the
 * worker's handler in this process. Ends at `quit` or the end of input. Everything the commands say, refusals
 * too, goes to standard output in order; exit code 0, or 2 for a script (not a terminal) in which some command
 * was refused, so that a script run can tell. A file or scenario that cannot be loaded is said on standard error.
 */
export async function runShell(file: string, io: CliIo, terminal: Terminal): Promise<number> {
  const read = readScenario(file, io);
  if (!read.ok) {
    for (const line of read.lines) io.err(line);
    return 2;
  }
  const opened = terminalHost(read.value, (path, text) => terminal.writeFile(path, text));
  if (!opened.ok) {
    for (const line of opened.errors) io.err(line);
    return 2;
  }
  const { host, scenario } = opened;
  const print = (text: string) => io.out(printable(text));
  print(
    `BCOS shell on "${scenario.title || file}" (${scenario.processes.length} processes, ${scenario.scheduler.policy}) at tick 0.`,
  );
  print('Type help for the commands, quit to leave.');
  terminal.setCompleter((line) => {
    const c = complete(line, host.view().frame?.processes ?? [], completionPaths(host.view()));
    return c.line === line ? [] : [c.line];
  });
  let refused = false;
  try {
    for (;;) {
      const raw = await terminal.read(PROMPT);
      if (raw === null) break;
      if (!terminal.interactive) print(`${PROMPT}${raw}`);
      if (raw.length > MAX_LINE) {
        print(`console: a line may have at most ${MAX_LINE} characters (this one has ${raw.length}); nothing ran`);
        refused = true;
        continue;
      }
      const line = raw.trim();
      if (line === '') continue;
      host.remember(line);
      const result = await runLine(line, host);
      // At a terminal, clear wipes the screen (ANSI: erase all, cursor home); a transcript keeps its lines.
      if (result.clear && terminal.interactive) io.out('\x1b[2J\x1b[H');
      // Refusals are part of the session: on standard output, in order with the rest (the exit code tells).
      for (const l of result.lines) print(l.text);
      refused ||= result.lines.some((l) => l.kind === 'error');
      if (result.quit) break;
    }
  } finally {
    terminal.setCompleter(null);
  }
  return refused && !terminal.interactive ? 2 : 0;
}
