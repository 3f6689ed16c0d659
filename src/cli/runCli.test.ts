import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import { CHUNK_EVENTS } from './formatTrace';
import { BEYOND_ENVELOPE, WORST_ACCEPTED } from '../core/testing/costly';

const SCENARIOS = join(__dirname, '../../public/scenarios');

function cli(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, {
    readText: (f) => {
      if (f in files) return files[f] as string;
      return readFileSync(f, 'utf8');
    },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const fcfs = JSON.stringify({
  format: 'bcos-scenario',
  version: 1,
  scheduler: { policy: 'FIFO' },
  processes: [
    { pid: 1, name: 'P1', type: 'USER', arrival: 0, bursts: [24] },
    { pid: 2, name: 'P2', type: 'USER', arrival: 0, bursts: [3] },
    { pid: 3, name: 'P3', type: 'USER', arrival: 0, bursts: [3] },
  ],
});

describe('the cost envelope', () => {
  it.each(Object.entries(BEYOND_ENVELOPE))('refuses %s in validate and run, before running it', (_name, input) => {
    for (const cmd of ['validate', 'run']) {
      const r = cli([cmd, 'big.json'], { 'big.json': JSON.stringify(input) });
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/could need up to [\d,]+ decision points .* more than the 1,000,000 a run may have/);
    }
  });

  it('validates a scenario inside the envelope without running it', () => {
    const r = cli(['validate', 'w.json'], {
      'w.json': JSON.stringify(WORST_ACCEPTED['RR quantum 1, two 4.9*10^5-tick bursts']),
    });
    expect(r).toMatchObject({ code: 0, out: 'w.json: valid (2 processes, RR)' });
  });
});

describe('streamed output', () => {
  // 20,002 events (two arrivals, 20,000 dispatches and expiries): written in chunks, never as one string.
  const long = JSON.stringify({
    format: 'bcos-scenario',
    version: 3,
    scheduler: { policy: 'RR', quantum: 1 },
    processes: [1, 2].map((pid) => ({ pid, name: `P${pid}`, type: 'USER', arrival: 0, bursts: [5000] })),
  });
  function chunks(argv: string[]): string[] {
    const out: string[] = [];
    runCli(argv, { readText: () => long, out: (t) => out.push(t), err: () => {} });
    return out;
  }

  it('writes run --json --events in chunks that join into the one JSON result', () => {
    const out = chunks(['run', 'long.json', '--json', '--events']);
    const json = JSON.parse(out.join('\n'));
    expect(json.events).toHaveLength(20_002);
    expect(out.length).toBeGreaterThan(20_002 / CHUNK_EVENTS);
    expect(Math.max(...out.map((c) => c.length))).toBeLessThan(out.join('').length / 10);
  });

  it('writes the text trace in chunks of lines, then a blank line and the metrics', () => {
    const out = chunks(['run', 'long.json']);
    const lines = out.join('\n').split('\n');
    expect(lines.filter((l) => l.startsWith('[t='))).toHaveLength(20_002);
    expect(Math.max(...out.map((c) => c.split('\n').length))).toBeLessThanOrEqual(CHUNK_EVENTS);
    expect(out[out.length - 2]).toBe('');
  });
});

describe('sim run', () => {
  it('prints a trace with reasons and the averages', () => {
    const r = cli(['run', 'fcfs.json'], { 'fcfs.json': fcfs });
    expect(r.code).toBe(0);
    expect(r.out).toContain('[t= 0] P1 chosen for CPU 0: first in the FIFO queue, among 3 READY.');
    expect(r.out).toMatch(/Average waiting\s+17\.00/);
  });

  it('--json prints the documented shape', () => {
    const r = cli(['run', 'fcfs.json', '--json'], { 'fcfs.json': fcfs });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.ticks).toBe(30);
    expect(json.timeline).toEqual([
      { cpu: 0, start: 0, end: 24, pid: 1 },
      { cpu: 0, start: 24, end: 27, pid: 2 },
      { cpu: 0, start: 27, end: 30, pid: 3 },
    ]);
    expect(json.processes[1]).toMatchObject({
      pid: 2,
      name: 'P2',
      type: 'USER',
      arrival: 0,
      cpuTime: 3,
      ioTime: 0,
      firstRun: 24,
      completion: 27,
      turnaround: 27,
      waiting: 24,
      response: 24,
      contextSwitches: 1,
      state: 'TERMINATED',
    });
    expect(json.summary).toMatchObject({
      avgTurnaround: 27,
      avgWaiting: 17,
      avgResponse: 17,
      contextSwitches: 2,
      cpuUtilization: 1,
      throughput: 10,
    });
    expect(json.traceHash).toMatch(/^[0-9a-f]{8}$/);
    expect(json.events).toBeUndefined();
    // Memory management is off: no process has a memory part.
    expect(json.processes.some((p: object) => 'memory' in p)).toBe(false);
  });

  it('with memory on, prints each process memory in the text and in --json', () => {
    const withMemory = JSON.stringify({
      format: 'bcos-scenario',
      version: 3,
      scheduler: { policy: 'FIFO' },
      processes: [{ pid: 1, name: 'llm', type: 'AI_INFERENCE', arrival: 0, bursts: [3], needs: { memoryBytes: 8192 } }],
      memory: {},
    });
    const file = { 'm.json': withMemory };
    const json = JSON.parse(cli(['run', 'm.json', '--json'], file).out);
    expect(json.processes[0].memory).toEqual({
      types: ['AI_MODEL'],
      bytes: 8192,
      residentPages: 2,
      swappedPages: 0,
      pageFaults: 0,
    });
    const text = cli(['run', 'm.json'], file).out;
    expect(text).toContain('Memory per process');
    expect(text).toMatch(/\n {4}1 AI_MODEL +8192 +2 +0 +0$/);
  });

  it('refuses invalid input with exit code 2 and one line per problem naming the field', () => {
    const bad = JSON.stringify({
      format: 'bcos-scenario',
      version: 1,
      scheduler: { policy: 'RR', quantum: 0 },
      processes: [{ pid: 1, name: 'x', type: 'USER', arrival: -1, bursts: [] }],
    });
    const r = cli(['run', 'bad.json'], { 'bad.json': bad });
    expect(r.code).toBe(2);
    const lines = r.err.split('\n');
    expect(lines).toContain('scheduler.quantum must be an integer from 1 to 1000000 ticks (got 0)');
    expect(lines.some((l) => l.startsWith('processes[0].arrival must be'))).toBe(true);
    expect(lines.some((l) => l.startsWith('processes[0].bursts must have'))).toBe(true);
    // Each line names its field once (the path used to be printed before a message that names it again).
    for (const line of lines) expect(line.split(line.split(' ')[0] as string).length).toBe(2);
    expect(r.out).toBe('');
  });

  it('reads files as Import does: a byte order mark is skipped, a repeated key is refused', () => {
    expect(cli(['validate', 'a.json'], { 'a.json': `\uFEFF${fcfs}` })).toMatchObject({ code: 0 });
    const twice = cli(['validate', 'b.json'], { 'b.json': fcfs.replace('"version":1', '"version":1,"version":2') });
    expect(twice).toMatchObject({
      code: 2,
      err: 'b.json gives the key "version" twice in one object (line 1): each key once per object',
    });
  });

  it('escapes control characters in names and messages, so a name cannot drive the terminal or forge a line', () => {
    const hostile = fcfs.replace('"name":"P1"', '"name":"\\u001b[2J\\n[t= 0] P9 forged"');
    const r = cli(['run', 'h.json'], { 'h.json': hostile });
    expect(r.code).toBe(0);
    expect([...r.out].filter((c) => c < ' ' && c !== '\n')).toEqual([]);
    expect(r.out).toContain('P1 (\\x1b[2J\\x0a[t= 0] P9 forged) chosen for CPU 0');
    const bad = cli(['run', 'b.json'], { 'b.json': fcfs.replace('"type":"USER"', '"type":"\\u202eRESU"') });
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('\\u202eRESU');
    expect(bad.err).not.toContain('\u202e');
  });

  it('refuses unreadable JSON, unknown commands and flags with exit code 2', () => {
    expect(cli(['run', 'x.json'], { 'x.json': '{"format": ' }).code).toBe(2);
    expect(cli(['fly', 'x.json']).code).toBe(2);
    expect(cli(['run', 'x.json', '--colour']).code).toBe(2);
    expect(cli(['run']).code).toBe(2);
  });

  it('ends the text of a run with a model store under /models with what sharing saved and where loads read', () => {
    const r = cli(['run', join(SCENARIOS, 'model-store.json')]);
    expect(r.out).toMatch(
      /\nModel store under \/models: 461\.4 kB stored for 521\.4 kB referenced by 2 snapshots: sharing saves 60 kB; 3 loads, 2 reading files: 15 blocks from the page cache, 115 from the disk$/,
    );
    const json = JSON.parse(cli(['run', join(SCENARIOS, 'model-store.json'), '--json']).out);
    expect(json.fs.store.stats).toMatchObject({ blobs: 5, dedupSaving: 60_000 });
    expect(json.fs.store.loads.map((l: { hit: boolean }) => l.hit)).toEqual([false, true, false]);
  });

  // One test a preset: together they run past one test's timeout on a loaded machine.
  const presets = readdirSync(SCENARIOS).filter((f) => f.endsWith('.json') && f !== 'index.json');
  it('finds the preset scenarios in public/scenarios', () => {
    expect(presets.length).toBeGreaterThanOrEqual(10);
  });

  it.each(presets)('runs the preset %s to its end', (f) => {
    const r = cli(['run', join(SCENARIOS, f), '--json']);
    expect(r.err, f).toBe('');
    expect(r.code, f).toBe(0);
    const json = JSON.parse(r.out);
    expect(
      json.processes.every((p: { state: string }) => p.state === 'TERMINATED'),
      f,
    ).toBe(true);
  });
});
