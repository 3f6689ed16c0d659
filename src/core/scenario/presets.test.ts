// Tests may read files; the core itself never does.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPresetInfo, type PresetInfo } from './presetIndex';
import { validateScenario } from './validate';

const DIR = new URL('../../../public/scenarios/', import.meta.url);

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, DIR), 'utf8'));
}

const presetFiles = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .sort();
const index = readJson('index.json') as PresetInfo[];

describe('preset scenarios', () => {
  it('include the default and the textbook examples', () => {
    expect(presetFiles).toEqual(expect.arrayContaining(['default.json', 'textbook-fcfs.json', 'textbook-rr.json']));
  });

  it.each(presetFiles)('%s is a valid scenario with a title and a description', (file) => {
    const raw = readJson(file);
    const result = validateScenario(raw);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.scenario.title.length).toBeGreaterThan(0);
    expect(result.scenario.description.length).toBeGreaterThan(100);
    expect(result.scenario.processes.map((p) => p.pid)).toEqual(result.scenario.processes.map((_, i) => i + 1));
  });

  it('are each listed in index.json exactly once, with the file’s own title', () => {
    expect(index.map((e) => e.file).sort()).toEqual(presetFiles);
    for (const entry of index) {
      expect(
        Object.keys(entry)
          .filter((k) => k !== 'panel')
          .sort(),
      ).toEqual(['file', 'subject', 'summary', 'title', 'watchFor']);
      expect(isPresetInfo(entry)).toBe(true);
      expect(entry.summary.length).toBeGreaterThan(0);
      expect(entry.watchFor.length).toBeGreaterThan(0);
      expect(entry.title).toBe((readJson(entry.file) as { title: string }).title);
    }
  });

  // The subject picks the view a preset opens in from the gallery: its picture must be there.
  it('each have the subject their sections show', () => {
    for (const { file, subject } of index) {
      const s = readJson(file) as {
        network?: unknown;
        fs?: unknown;
        memory?: unknown;
        heap?: unknown;
        node?: { cpus: number };
      };
      const expected = s.network
        ? ['network']
        : s.fs
          ? ['files']
          : s.memory
            ? ['memory']
            : s.heap
              ? ['processes']
              : (s.node?.cpus ?? 1) > 1
                ? ['scheduling', 'multiprocessor']
                : ['scheduling', 'processes'];
      expect({ file, subject: expected.includes(subject) }).toEqual({ file, subject: true });
    }
  });

  it('lists the default first', () => {
    expect(index[0]?.file).toBe('default.json');
  });

  it('default: all six process types, 2 CPUs, 1 GPU, a GPU job and a validator with a deadline, under MLFQ', () => {
    const result = validateScenario(readJson('default.json'));
    if (!result.ok) throw new Error('default.json is invalid');
    const s = result.scenario;
    expect(new Set(s.processes.map((p) => p.type)).size).toBe(6);
    expect(s.node).toMatchObject({ cpus: 2, gpus: 1 });
    expect(s.processes.some((p) => p.type === 'AI_INFERENCE' && p.needs.gpus === 1)).toBe(true);
    expect(s.processes.some((p) => p.type === 'BLOCKCHAIN_VALIDATOR' && p.deadline !== undefined)).toBe(true);
    expect(s.scheduler).toMatchObject({
      policy: 'MLFQ',
      boostInterval: 16,
      levels: [{ quantum: 2 }, { quantum: 4 }, { quantum: 8 }],
    });
  });

  it('textbook examples are the Silberschatz ones', () => {
    const bursts = [[24], [3], [3]];
    for (const [file, scheduler] of [
      ['textbook-fcfs.json', { policy: 'FIFO' }],
      ['textbook-rr.json', { policy: 'RR', quantum: 4 }],
    ] as const) {
      const result = validateScenario(readJson(file));
      if (!result.ok) throw new Error(`${file} is invalid`);
      expect(result.scenario.scheduler).toEqual(scheduler);
      expect(result.scenario.processes.map((p) => p.bursts)).toEqual(bursts);
      expect(result.scenario.processes.every((p) => p.arrival === 0)).toBe(true);
    }
  });
});
