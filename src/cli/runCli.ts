import type { RunResult } from '../core/index';
import { createHandler } from '../worker/handler';
import { PROTOCOL_VERSION, type FromSim } from '../worker/protocol';
import { parseArgs, USAGE } from './args';
import { formatMetrics, formatTrace } from './formatTrace';

/** What the CLI needs from the outside world, so tests run it in-process. */
export interface CliIo {
  readText(file: string): string;
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes: 0 ok, 2 bad input (usage, unreadable file, invalid scenario), 1 a failure of ours. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`sim: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const cmd = parsed.command;
  if (cmd.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  let input: unknown;
  try {
    input = JSON.parse(io.readText(cmd.file));
  } catch (e) {
    io.err(`sim: cannot read ${cmd.file} as JSON: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  // The same handler the Web Worker runs, so the CLI and the browser give the same trace.
  const handle = createHandler({ nowMs: () => 0 });
  const ask = (msg: object): FromSim => handle(msg)[0] as FromSim;
  ask({ type: 'hello', id: 1, protocol: PROTOCOL_VERSION });
  const loaded = ask({ type: 'load', id: 2, scenario: input });
  if (loaded.type === 'invalid') {
    for (const e of loaded.errors) io.err(`${e.path || '(scenario)'}: ${e.message}`);
    return 2;
  }
  if (loaded.type !== 'loaded') {
    io.err(`sim: ${loaded.type === 'error' ? loaded.message : 'unexpected reply'}`);
    return 1;
  }
  if (cmd.kind === 'validate') {
    io.out(`${cmd.file}: valid (${loaded.scenario.processes.length} processes, ${loaded.scenario.scheduler.policy})`);
    return 0;
  }
  const reply = ask({ type: 'result', id: 3 });
  if (reply.type !== 'result') {
    io.err(`sim: ${reply.type === 'error' ? reply.message : 'unexpected reply'}`);
    return 1;
  }
  io.out(cmd.json ? JSON.stringify(forJson(reply.result, cmd.events)) : formatText(reply.result, cmd.quiet));
  return 0;
}

function forJson(r: RunResult, withEvents: boolean): Omit<RunResult, 'events'> & { events?: RunResult['events'] } {
  const { events, ...rest } = r;
  return withEvents ? { ...rest, events } : rest;
}

function formatText(r: RunResult, quiet: boolean): string {
  return quiet ? formatMetrics(r) : `${formatTrace(r)}\n\n${formatMetrics(r)}`;
}
