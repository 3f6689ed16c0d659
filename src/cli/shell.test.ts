import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import type { Terminal } from './terminal';

const BIN = fileURLToPath(new URL('./bin.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bcos-shell-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MEMORY_SCENARIO = JSON.stringify({
  format: 'bcos-scenario',
  version: 3,
  title: 'Shell test',
  scheduler: { policy: 'RR', quantum: 2 },
  processes: [
    { pid: 1, name: 'llm', type: 'AI_INFERENCE', arrival: 0, bursts: [6] },
    { pid: 2, name: 'val', type: 'BLOCKCHAIN_VALIDATOR', arrival: 1, bursts: [4] },
  ],
  memory: {},
});

/** A script of lines as standard input; files written are kept by name. */
function script(lines: string[]): Terminal & { files: Map<string, string> } {
  const queue = [...lines];
  const files = new Map<string, string>();
  return {
    interactive: false,
    read: async () => queue.shift() ?? null,
    setCompleter: () => undefined,
    writeFile: (path, text) => {
      if (path.includes('nope/')) throw new Error('ENOENT: no such file or directory');
      files.set(path, text);
    },
    files,
  };
}

async function shell(argv: string[], lines: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const terminal = script(lines);
  const code = await runCli(argv, {
    readText: (f) => files[f] ?? readFileSync(f, 'utf8'),
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    terminal,
  });
  return { code, out: out.join('\n'), err: err.join('\n'), files: terminal.files };
}

describe('sim shell, driven through standard input', () => {
  it('runs the console’s commands on the default scenario and prints the session as a transcript', async () => {
    const r = await shell(['shell'], ['list', 'step 2', 'dashboard', 'quit', 'list']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toMatch(/^BCOS shell on "A day on a decentralized AI node" \(7 processes, MLFQ\) at tick 0\./);
    expect(r.out).toContain('bcos$ list\nProcesses at tick 0:');
    expect(r.out).toContain('bcos$ step 2\nNow at tick 2.');
    expect(r.out).toContain('══ Node ai-node-0 · MLFQ scheduler · uptime 2 ticks');
    expect(r.out).toContain('AI node status:');
    // quit ends the session: the line after it is not read.
    expect(r.out.endsWith('bcos$ quit\nBye.')).toBe(true);
  });

  it('is reproducible: the same script gives the same transcript', async () => {
    const lines = ['step 5', 'create miner USER 3,2,1 2', 'monitor 4', 'kill 1', 'run', 'dashboard'];
    const a = await shell(['shell'], lines);
    const b = await shell(['shell'], lines);
    expect(a.out).toBe(b.out);
    expect(a.out).toContain('Created P8 (miner): USER, bursts 3,2,1, priority 2, arriving at tick 5.');
  });

  it("takes the design's memory forms and says which it took", async () => {
    const r = await shell(
      ['shell', 'mem.json'],
      [
        'step',
        'allocate 1 8KiB AI_DATA',
        'allocate 8KiB USER',
        'access 1 100',
        'access 1 0x1000 write',
        'deallocate 2',
        'fragmentation',
        'defrag',
      ],
      { 'mem.json': MEMORY_SCENARIO },
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "allocate 8 KiB of USER to P2, the newest process (the design's form, allocate SIZE TYPE):",
    );
    expect(r.out).toMatch(/read 0x[0-9a-f]+ by P1 \(taken as offset 100 into its memory, which starts at 0x[0-9a-f]+/);
    expect(r.out).toContain('write 0x1000 by P1:');
    expect(r.out).toMatch(/deallocate all of P2's memory, 1 allocation \(the design's form, deallocate PID\):/);
    expect(r.out).toContain('External fragmentation:');
  });

  it('list shows what each process holds in memory when memory management is on', async () => {
    const scenario = JSON.parse(MEMORY_SCENARIO);
    scenario.processes[0].needs = { memoryBytes: 16_384 };
    const r = await shell(['shell', 'mem.json'], ['step 2', 'list'], { 'mem.json': JSON.stringify(scenario) });
    expect(r.out).toMatch(/^PID +NAME +TYPE +PRI +ARRIVAL +CPU +LEFT +STATE +MEMORY +RESIDENT +SWAPPED +FAULTS$/m);
    expect(r.out).toMatch(/^P1 +llm +AI_INFERENCE +0 +0 +2 +4 +READY +16 KiB +4 +0 +0$/m);
    expect(r.out).toMatch(/^P2 +val +BLOCKCHAIN_VALIDATOR +0 +1 +0 +4 +RUNNING +0 B +0 +0 +0$/m);
    const plain = await shell(['shell'], ['list']);
    expect(plain.out).not.toContain('RESIDENT');
  });

  it('export writes the whole system at the current tick as JSON to FILE, or says why it cannot', async () => {
    const r = await shell(['shell', 'mem.json'], ['goto 3', 'export state.json', 'export nope/x.json', 'export'], {
      'mem.json': MEMORY_SCENARIO,
    });
    expect(r.out).toMatch(/Wrote state\.json: the system at tick 3 \(2 processes, memory; [\d.]+ KiB\)\./);
    const state = JSON.parse(r.files.get('state.json') ?? '{}');
    expect(state).toMatchObject({ format: 'bcos-system-state', tick: 3, title: 'Shell test' });
    expect(state.processes).toHaveLength(2);
    expect(state.memory.frameRuns.reduce((n: number, run: { count: number }) => n + run.count, 0)).toBe(
      state.memory.frames,
    );
    expect(r.out).toContain('export: cannot write nope/x.json: ENOENT: no such file or directory');
    expect(r.files.has('bcos-system-state-tick-3.json')).toBe(true);
    expect(r.code).toBe(2);
  });

  it('refuses bad input line by line, keeps the scenario, and ends a script with exit code 2', async () => {
    const r = await shell(
      ['shell'],
      ['kill x', 'goto -1', 'xyzzy', 'step 3', 'create "open', 'x'.repeat(20_000), 'list'],
    );
    expect(r.code).toBe(2);
    expect(r.out).toContain("kill: PID must be a whole number, got 'x'");
    expect(r.out).toContain("console: unknown command 'xyzzy'; type help for the list");
    expect(r.out).toContain('console: unclosed double quote at column 8');
    expect(r.out).toContain('console: a line may have at most 10000 characters (this one has 20000); nothing ran');
    expect(r.out).toContain('Processes at tick 3:');
  });

  it('play says there is no background play; a file that cannot be loaded is said on standard error', async () => {
    expect((await shell(['shell'], ['play'])).out).toContain('In a terminal nothing plays in the background');
    const missing = await shell(['shell', '/nonexistent.json'], ['list']);
    expect(missing).toMatchObject({ code: 2, out: '' });
    expect(missing.err).toContain('sim: cannot read /nonexistent.json');
    const invalid = await shell(['shell', 'bad.json'], [], { 'bad.json': '{"format":"bcos-scenario"}' });
    expect(invalid.code).toBe(2);
    expect(invalid.err).not.toBe('');
    expect((await shell(['shell', '-'], [])).err).toContain('"shell" reads its commands from standard input');
  });
});

describe('sim demo', () => {
  it('runs demo N with its narration and metrics, and names the range for a bad N', async () => {
    const r = await shell(['demo', '1'], []);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^══ Demo 1: FIFO scheduler ══\nFIFO and the convoy effect: /);
    expect(r.out).toMatch(/\[t= ?0\] .*arrives/);
    expect(r.out).toContain('══ End of demo 1 ══');
    for (const bad of ['0', '14', 'two', '-1']) {
      const b = await shell(['demo', bad], []);
      expect(b.code).toBe(2);
      expect(b.err).toBe(`sim: demo N must be a whole number from 1 to 13 (got '${bad}')`);
    }
  });

  it('offers the menu and runs what is chosen until q; an interactive demo is the shell', async () => {
    const r = await shell(['demo'], ['9', 'seven', '5', 'list', 'quit', 'q']);
    expect(r.out).toMatch(/^BCOS demos\nScheduling:\n {3}1\. FIFO scheduler/);
    expect(r.out).toContain('Memory:\n   7. Basic paging and address translation');
    expect(r.out).toContain('══ Demo 9: Swapping and virtual memory ══');
    expect(r.out).toMatch(/Page faults|page faults/);
    expect(r.err).toContain("demo N must be a whole number from 1 to 13 (got 'seven')");
    expect(r.out).toContain('bcos$ list\nProcesses at tick 0:');
    expect(r.code).toBe(2);
  });
});

describe('bcos-sim shell, the bundled entry', () => {
  it('reads a script from standard input', () => {
    const r = spawnSync('node', [BIN, 'shell'], { input: 'step 2\nlist\nquit\n', encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('bcos$ step 2\nNow at tick 2.');
    expect(r.stdout.trimEnd().endsWith('Bye.')).toBe(true);
  });
});
