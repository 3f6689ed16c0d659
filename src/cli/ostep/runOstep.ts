import {
  OSTEP_SCRIPTS,
  ostepScriptNamed,
  partsText,
  type ReadText,
  type ScenarioRunner,
  runScenario,
  solveOstep,
  streamOstep,
  type TextPart,
} from '../../core/index';
import type { CliIo } from '../cliIo';

/** Our flag, not OSTEP's: the answer as JSON (OUTPUT.md). Matched only in full so OSTEP's own abbreviations keep their meaning. */
const JSON_FLAG = '--json';
/**
 * Characters of lines written at once when OSTEP's text is streamed: tens of KiB, so a chunk's strings die young
 * (larger ones reach V8's old space and grow the heap) while the writes stay few.
 */
const STREAM_CHARS = 64 * 1024;

const OSTEP_USAGE = `Usage: sim ostep SCRIPT [OSTEP flags] [--json]    OSTEP's homework script SCRIPT, answered by our core
       sim ostep --batch FILE                     one JSON line per line of FILE (["mlfq","-l","0,10,0","-c"])
SCRIPT (with or without .py): ${OSTEP_SCRIPTS.join(', ')}
sim ostep SCRIPT -h lists the script's flags; --json prints the answer as data instead of OSTEP's text.`;

/**
 * `sim ostep SCRIPT [OSTEP flags] [--json]` and `sim ostep --batch FILE`. Exit 0; 2 for bad input, with one
 * message naming the flag and its limit (where OSTEP would crash or print a traceback).
 */
export function runOstep(args: readonly string[], io: CliIo): number {
  // The runner the browser's OSTEP view uses: the core forward to the end, with no rewinding kept.
  const runner = runScenario;
  if (args[0] === '--batch') return runBatch(args.slice(1), io, runner);
  if (args[0] === '-h' || args[0] === '--help' || args[0] === 'help') {
    io.out(OSTEP_USAGE);
    return 0;
  }
  const [script = '', ...rest] = args;
  const json = rest.includes(JSON_FLAG);
  const flags = rest.filter((a) => a !== JSON_FLAG);
  const refuse = (error: string): number => {
    const known = ostepScriptNamed(script);
    io.err(
      `sim ostep ${error}\n(${known ? `sim ostep ${known.name} -h lists its flags` : 'sim ostep -h lists the scripts'})`,
    );
    return 2;
  };
  // OSTEP's text printed as it is made, where the script can: its size is then no limit.
  const streamed = json ? null : streamOstep(script, flags, io.readText);
  if (streamed) {
    if (!streamed.ok) return refuse(streamed.error);
    printParts(streamed.lines, io);
    const broke = streamed.brokeOff?.();
    if (broke) return refuse(broke);
    return streamed.exitStatus?.() ?? 0;
  }
  const r = solveOstep(script, flags, runner, io.readText);
  if (!r.ok) return refuse(r.error);
  if (json && r.answer !== null) io.out(JSON.stringify(r.answer));
  // `text` is the script's whole stdout; io.out ends the line itself.
  else io.out(r.text.endsWith('\n') ? r.text.slice(0, -1) : r.text);
  return r.exitStatus ?? 0;
}

/** Lines gathered into writes of about STREAM_CHARS, chunks of bytes written as they come: never one string. */
function printParts(parts: Iterable<TextPart>, io: CliIo): void {
  let lines: string[] = [];
  let chars = 0;
  // Without io.write, chunks go to io.out as text; a chunk may end inside a line, whose start waits here for its end.
  let carry = '';
  const flush = (): void => {
    if (lines.length > 0) io.out(lines.join('\n'));
    lines = [];
    chars = 0;
  };
  for (const part of parts) {
    if (typeof part === 'string') {
      lines.push(carry + part);
      carry = '';
      chars += part.length + 1;
      if (chars >= STREAM_CHARS) flush();
      continue;
    }
    flush();
    if (io.write) io.write(part);
    else carry = outBytes(carry, part, io);
  }
  flush();
  if (carry !== '') io.out(carry);
}

/**
 * A chunk as text, for an output that takes strings: its whole lines (the first after `carry`, the start of a line
 * an earlier chunk began) in pieces of whole lines of about STREAM_CHARS; what follows its last newline is returned,
 * to go before the next part.
 */
function outBytes(carry: string, part: Uint8Array, io: CliIo): string {
  const end = part.lastIndexOf(10) + 1;
  for (let from = 0; from < end;) {
    let to = from + STREAM_CHARS;
    if (to >= end) to = end;
    else {
      // A piece ends after a newline: the last in its window, or the first after it when a line is longer.
      const before = part.lastIndexOf(10, to - 1);
      to = before >= from ? before + 1 : part.indexOf(10, to) + 1;
    }
    io.out(carry + partsText([part.subarray(from, to)]).slice(0, -1));
    carry = '';
    from = to;
  }
  return carry + partsText([part.subarray(end)]);
}

/**
 * OUTPUT.md's batch mode: each non-blank line of FILE is a JSON array such as ["mlfq","-l","0,10,0","-c"]; one
 * JSON line comes out per input, in order. Exit 0 when every line was answered, 2 when any was refused.
 */
function runBatch(args: readonly string[], io: CliIo, runner: ScenarioRunner): number {
  if (args.length !== 1) {
    io.err(`sim ostep --batch takes exactly one FILE of JSON lines (got ${args.length} arguments)`);
    return 2;
  }
  let text: string;
  try {
    text = io.readText(args[0] as string);
  } catch (e) {
    io.err(`sim ostep --batch: cannot read ${args[0] as string}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  let refused = 0;
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const reply = batchLine(line, i + 1, runner, io.readText);
    if (!reply.ok) refused++;
    io.out(JSON.stringify(reply));
  });
  return refused === 0 ? 0 : 2;
}

function batchLine(
  line: string,
  n: number,
  runner: ScenarioRunner,
  readText: ReadText,
): { ok: true; result: unknown; text: string; exitStatus?: number } | { ok: false; error: string } {
  let argv: unknown;
  try {
    argv = JSON.parse(line);
  } catch {
    return { ok: false, error: `line ${n}: not JSON (expected an argument array such as ["mlfq","-l","0,10,0","-c"])` };
  }
  if (!Array.isArray(argv) || argv.length === 0 || !argv.every((a) => typeof a === 'string')) {
    return { ok: false, error: `line ${n}: expected a non-empty array of strings such as ["mlfq","-l","0,10,0","-c"]` };
  }
  const [script, ...rest] = argv as string[];
  const r = solveOstep(
    script as string,
    rest.filter((a) => a !== JSON_FLAG),
    runner,
    readText,
  );
  if (!r.ok) return { ok: false, error: `line ${n}: ${r.error}` };
  // `text` is the script's whole stdout, as the command without --json prints it (OUTPUT.md).
  return { ok: true, result: r.answer, text: r.text, ...(r.exitStatus ? { exitStatus: r.exitStatus } : {}) };
}
