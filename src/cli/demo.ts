import { join } from 'node:path';
import { formatMetrics, traceChunks } from './formatTrace';
import { isPresetInfo, type PresetInfo } from '../core/index';
import { presetsDir } from './presets';
import { printable } from './printable';
import type { CliIo } from './cliIo';
import type { HandlerRun } from './runCli';
import { readScenario, runShell } from './shellSession';
import { NO_TERMINAL, type Terminal } from './terminal';

/** The design's demo menu: its scheduling demos, then its memory demos; each runs one of our presets. */
type Demo =
  | { kind: 'run'; title: string; preset: string }
  | { kind: 'shell'; title: string; preset: string }
  | { kind: 'all'; title: string; demos: readonly number[] };

export const DEMOS: readonly Demo[] = [
  { kind: 'run', title: 'FIFO scheduler', preset: 'fifo-demo.json' },
  { kind: 'run', title: 'Round robin', preset: 'rr-demo.json' },
  { kind: 'run', title: 'Priority scheduler (preemptive, with aging)', preset: 'priority-demo.json' },
  { kind: 'run', title: 'MLFQ (multi-level feedback queue with a boost)', preset: 'mlfq-demo.json' },
  { kind: 'shell', title: 'Interactive mode (the shell on the default scenario)', preset: 'default.json' },
  { kind: 'all', title: 'All scheduler demos, one after another', demos: [1, 2, 3, 4] },
  { kind: 'run', title: 'Basic paging and address translation', preset: 'memory-paging.json' },
  { kind: 'run', title: 'Memory types and constraints', preset: 'memory-types.json' },
  { kind: 'run', title: 'Swapping and virtual memory', preset: 'memory-swapping.json' },
  { kind: 'run', title: 'Fragmentation and defragmentation', preset: 'memory-fragmentation.json' },
  { kind: 'run', title: 'Specialized memory pools', preset: 'memory-pools.json' },
  { kind: 'run', title: 'Memory performance analysis', preset: 'memory-performance.json' },
  {
    kind: 'shell',
    title: 'Interactive memory management (the shell on the paging demo)',
    preset: 'memory-paging.json',
  },
];
/** Where the memory demos start in the menu (the design numbers them 1–7 in a menu of their own). */
const FIRST_MEMORY_DEMO = 7;

export function menuLines(): string[] {
  const width = String(DEMOS.length).length;
  const item = (d: Demo, i: number) => `  ${String(i + 1).padStart(width)}. ${d.title}`;
  return [
    'BCOS demos',
    'Scheduling:',
    ...DEMOS.slice(0, FIRST_MEMORY_DEMO - 1).map(item),
    'Memory:',
    ...DEMOS.slice(FIRST_MEMORY_DEMO - 1).map((d, i) => item(d, i + FIRST_MEMORY_DEMO - 1)),
  ];
}

/** "3" -> 3; anything else -> the sentence that names the argument and its range. */
export function demoNumber(text: string): { ok: true; n: number } | { ok: false; error: string } {
  const n = /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  return n >= 1 && n <= DEMOS.length
    ? { ok: true, n }
    : { ok: false, error: `demo N must be a whole number from 1 to ${DEMOS.length} (got '${text}')` };
}

interface DemoContext {
  io: CliIo;
  terminal: Terminal;
  run: (input: unknown) => HandlerRun;
  dir: string;
  index: readonly PresetInfo[];
}

async function runDemo(n: number, c: DemoContext): Promise<number> {
  const demo = DEMOS[n - 1] as Demo;
  const print = (text: string) => c.io.out(printable(text));
  if (demo.kind === 'all') {
    let code = 0;
    for (const m of demo.demos) code = Math.max(code, await runDemo(m, c));
    return code;
  }
  const file = join(c.dir, demo.preset);
  const info = c.index.find((e) => e.file === demo.preset);
  print(`══ Demo ${n}: ${demo.title} ══`);
  if (info) print(`${info.title}: ${info.summary}`);
  if (info) print(`Watch for: ${info.watchFor}`);
  if (demo.kind === 'shell') return runShell(file, c.io, c.terminal);
  const read = readScenario(file, c.io);
  const ran = read.ok ? c.run(read.value) : { ok: false as const, code: 2 as const, lines: read.lines };
  if (!ran.ok || !ran.result) {
    for (const line of ran.ok ? ['sim: the demo did not run'] : ran.lines) c.io.err(line);
    return ran.ok ? 1 : ran.code;
  }
  print('');
  for (const chunk of traceChunks(ran.result)) c.io.out(chunk);
  c.io.out('');
  c.io.out(formatMetrics(ran.result));
  print(`══ End of demo ${n} ══`);
  return 0;
}

/**
 * `sim demo N` runs demo N; `sim demo` shows the menu and runs what is chosen until q or the end of input.
 * Each demo is a preset (public/scenarios) run with its narration, or the shell on one.
 */
export async function runDemos(
  choice: string | null,
  io: CliIo,
  terminal: Terminal | undefined,
  run: (input: unknown) => HandlerRun,
): Promise<number> {
  const dir = presetsDir();
  if (!dir) {
    io.err('sim: cannot find the preset scenarios (public/scenarios) next to the command line');
    return 1;
  }
  let index: PresetInfo[] = [];
  try {
    const json: unknown = JSON.parse(io.readText(join(dir, 'index.json')));
    if (Array.isArray(json)) index = json.filter(isPresetInfo);
  } catch {
    // The titles are a courtesy: the demos run without them.
  }
  const c: DemoContext = { io, terminal: terminal ?? NO_TERMINAL, run, dir, index };
  if (choice !== null) {
    const n = demoNumber(choice);
    if (!n.ok) {
      io.err(`sim: ${n.error}`);
      return 2;
    }
    return runDemo(n.n, c);
  }
  let code = 0;
  let showMenu = true;
  for (;;) {
    if (showMenu) for (const line of menuLines()) io.out(line);
    const answer = await c.terminal.read(`Choose a demo (1–${DEMOS.length}), or q to leave: `);
    if (answer === null || /^\s*q(uit)?\s*$/i.test(answer)) return code;
    if (!c.terminal.interactive) io.out(`Choose a demo: ${printable(answer)}`);
    const n = demoNumber(answer);
    // A person just tries again; a script that chose badly ends with 2.
    showMenu = n.ok;
    if (!n.ok) {
      io.err(n.error);
      if (!c.terminal.interactive) code = 2;
      continue;
    }
    code = Math.max(code, await runDemo(n.n, c));
  }
}
