import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import { runResult } from '../../kernel/result';
import { validateScenario } from '../../scenario/validate';
import type { Scenario } from '../../scenario/types';
import { eventsOf, run, simulate } from '../../testing/run';
import { fsRun } from './fileRequests';

function preset(change: (s: Record<string, any>) => void = () => {}): Scenario {
  const s = JSON.parse(readFileSync('public/scenarios/model-store.json', 'utf8'));
  change(s);
  const v = validateScenario(s);
  if (!v.ok) throw new Error(v.errors[0]?.message);
  return v.scenario;
}

describe('loading a model of the store through the page cache', () => {
  it('misses every block first, hits the model cache second, and finds a shared blob in the page cache', () => {
    const r = run(preset());
    const loads = eventsOf(r, 'modelLoad');
    expect(loads.map((e) => [e.pid, e.model.replace(/@.*/, ''), e.hit, e.ticks])).toEqual([
      [1, 'org/llm', false, 83],
      [2, 'org/llm', true, 0],
      [3, 'org/llm-chat', false, 127],
    ]);
    // 49 blocks of weights, 15 of tokenizer, 1 of config: all from the disk, 4 + 65 ticks, then 14 to copy.
    expect(loads[0]!.read).toEqual({ files: 3, blocks: 65, hits: 0, missed: 65, start: 0, until: 69 });
    expect(loads[1]!.read).toBeUndefined();
    // The tokenizer is the blob org/llm stored: its 15 blocks are in the page cache; the rest waits for the device.
    expect(loads[2]!.read).toEqual({ files: 3, blocks: 65, hits: 15, missed: 50, start: 69, until: 123 });
    expect(explain(loads[0]!, (pid) => `P${pid}`)).toMatch(
      /^P1 loads org\/llm@[0-9a-f]{7}: 3 files, 65 blocks: 65 missed the page cache, the device reading until tick 69; then copies its weights into the model cache \(loaded org\/llm@[0-9a-f]{7} \(260.7 kB\) in 14 ticks\): it waits, WAITING, 83 ticks\.$/,
    );
    expect(explain(loads[2]!, (pid) => `P${pid}`)).toMatch(/: 3 files, 65 blocks: 50 missed the page cache, 15 hits, /);
    expect(r.fs?.models?.stats).toMatchObject({ hits: 1, misses: 2, loadTicks: 69 + 14 + 113 + 14 });
    expect(r.fs?.cache).toMatchObject({ hits: 15, misses: 115 });
  });

  it('after an eviction, a reload finds its blocks still in the page cache and only copies', () => {
    const sim = simulate(
      preset((s) => {
        s.fs.models.budget = 300_000;
        s.processes = [
          { pid: 1, name: 'a', type: 'AI_INFERENCE', arrival: 0, bursts: [5], model: { name: 'org/llm' } },
          { pid: 2, name: 'b', type: 'AI_INFERENCE', arrival: 100, bursts: [5], model: { name: 'org/llm-chat' } },
          { pid: 3, name: 'c', type: 'AI_INFERENCE', arrival: 200, bursts: [5], model: { name: 'org/llm' } },
        ];
      }),
    );
    const loads = fsRun(sim.state).loads;
    expect(loads.map((l) => [l.pid, l.hit, l.read?.hits, l.read?.missed, l.ticks])).toEqual([
      [1, false, 0, 65, 83],
      [2, false, 15, 50, 68],
      [3, false, 65, 0, 14],
    ]);
    const reload = eventsOf(runResult(sim.state), 'modelLoad')[2]!;
    expect(explain(reload, (pid) => `P${pid}`)).toMatch(
      /: 3 files, 65 blocks, all in the page cache \(no disk read\), then copies its weights into the model cache \(evicted org\/llm-chat@/,
    );
  });

  it('kills a process whose snapshot file was removed, saying which', () => {
    const r = run(
      preset((s) => {
        s.operations = [{ tick: 0, op: 'fs', action: { kind: 'rm', path: '/models/models--org--llm/refs/main' } }];
        s.processes[0].arrival = 1;
      }),
    );
    // refs/main is read at start only: the load goes on from the snapshot the node resolved.
    expect(eventsOf(r, 'modelLoad')[0]!.failed).toBeNull();
    const gone = run(
      preset((s) => {
        const sim = simulate(preset());
        const link = fsRun(sim.state).modelOf[1]!.snapshot!.files[1]!;
        s.operations = [{ tick: 0, op: 'fs', action: { kind: 'rm', path: link } }];
        s.processes[0].arrival = 1;
      }),
    );
    expect(eventsOf(gone, 'modelLoad')[0]!.failed).toMatchObject({ code: 'ENOENT' });
  });
});
