import { join } from 'node:path';
import { MAX_FILE_CHARS, parseJsonText, runCluster, type RunResult, type Scenario } from '../core/index';
import { formatNetwork } from './formatNetwork';
import { createHandler } from '../worker/handler';
import { PROTOCOL_VERSION, type FromSim } from '../protocol';
import { parseArgs, USAGE } from './args';
import { escapingMessages, refuseUsage, type CliIo } from './cliIo';
import { formatMetrics, jsonChunks, traceChunks } from './formatTrace';
import { runOstepCli } from './ostepCli';
import { runDemos } from './demo';
import { presetsDir } from './presets';
import { runShell } from './shellSession';
import { NO_TERMINAL } from './terminal';

/** A scenario run through the worker's handler: the result, or what to print and the exit code. */
export type HandlerRun =
  { ok: true; scenario: Scenario; result: RunResult | null } | { ok: false; code: 1 | 2; lines: string[] };

/**
 * Loads `input` into the same handler the Web Worker runs (hello -> load -> result), so the CLI and the
 * browser give the same trace. `validateOnly` stops after loading (result null).
 */
export function runInHandler(input: unknown, validateOnly = false): HandlerRun {
  const handle = createHandler({ nowMs: () => 0 });
  const ask = (msg: object): FromSim => handle(msg)[0] as FromSim;
  ask({ type: 'hello', id: 1, protocol: PROTOCOL_VERSION });
  const loaded = ask({ type: 'load', id: 2, scenario: input });
  // Each message is a sentence that names its field already.
  if (loaded.type === 'invalid') return { ok: false, code: 2, lines: loaded.errors.map((e) => e.message) };
  if (loaded.type !== 'loaded')
    return { ok: false, code: 1, lines: [`sim: ${loaded.type === 'error' ? loaded.message : 'unexpected reply'}`] };
  if (validateOnly) return { ok: true, scenario: loaded.scenario, result: null };
  const reply = ask({ type: 'result', id: 3 });
  if (reply.type !== 'result')
    return { ok: false, code: 1, lines: [`sim: ${reply.type === 'error' ? reply.message : 'unexpected reply'}`] };
  return { ok: true, scenario: loaded.scenario, result: reply.result };
}

/**
 * Exit codes: 0 ok, 2 bad input (usage, unreadable file, invalid scenario), 1 a failure of ours. The
 * interactive commands (shell, demo) answer when their session ends; the others at once.
 */
export function runCli(argv: readonly string[], given: CliIo): number | Promise<number> {
  const io = escapingMessages(given);
  const parsed = parseArgs(argv);
  if (!parsed.ok) return refuseUsage(parsed.error, io);
  const cmd = parsed.command;
  if (cmd.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (cmd.kind === 'ostep') return runOstepCli(argv, given);
  if (cmd.kind === 'demo') return runDemos(cmd.choice, io, io.terminal, (input) => runInHandler(input));
  if (cmd.kind === 'shell') return shell(cmd.file, io);
  let text: string;
  try {
    text = io.readText(cmd.file);
  } catch (e) {
    io.err(`sim: cannot read ${cmd.file}: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  // The same reading as Import in the browser: size, nesting, repeated keys, a byte order mark.
  const json = parseJsonText(text, cmd.file, MAX_FILE_CHARS);
  if (!json.ok) {
    for (const e of json.errors) io.err(e.message);
    return 2;
  }
  // A cluster is run here straight through, headless (the handler validates it): the worker's run of it, with its
  // checkpoints, gives the same trace (worker/clusterParity.test.ts).
  const cluster = typeof json.value === 'object' && json.value !== null && Object.hasOwn(json.value, 'network');
  const run = runInHandler(json.value, cmd.kind === 'validate' || cluster);
  if (!run.ok) {
    for (const line of run.lines) io.err(line);
    return run.code;
  }
  if (cmd.kind === 'validate') {
    io.out(`${cmd.file}: valid (${run.scenario.processes.length} processes, ${run.scenario.scheduler.policy})`);
    return 0;
  }
  const ran = cluster ? runCluster(run.scenario) : null;
  const result = ran ?? (run.result as RunResult);
  // The network's own events go with --events, like the node's.
  const printed = ran && !cmd.events ? { ...ran, network: { ...ran.network, events: [] } } : result;
  // Written chunk by chunk: a long run's trace or events never become one string.
  if (cmd.json) for (const chunk of jsonChunks(printed, cmd.events)) io.out(chunk);
  else {
    if (!cmd.quiet) for (const chunk of traceChunks(result)) io.out(chunk);
    if (!cmd.quiet) io.out('');
    io.out(formatMetrics(result));
    if (ran) io.out(`\n${formatNetwork(ran.network, !cmd.quiet)}`);
  }
  return 0;
}

/** `sim shell [FILE]`: FILE, or the default scenario the browser opens with. */
function shell(file: string | null, io: CliIo): Promise<number> | number {
  const dir = file === null ? presetsDir() : null;
  if (file === null && dir === null) {
    io.err('sim: cannot find the default scenario (public/scenarios/default.json); name a FILE');
    return 1;
  }
  return runShell(file ?? join(dir as string, 'default.json'), io, io.terminal ?? NO_TERMINAL);
}
