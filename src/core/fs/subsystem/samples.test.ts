import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runResult } from '../../kernel/result';
import { validateScenario } from '../../scenario/validate';
import { simulate } from '../../testing/run';
import { fsRun } from './fileRequests';

const preset = (file: string) => {
  const v = validateScenario(JSON.parse(readFileSync(`public/scenarios/${file}`, 'utf8')));
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return v.scenario;
};

describe('the caches’ samples', () => {
  it('follow the page cache and the model cache: the last one holds the run’s final figures', () => {
    const sim = simulate(preset('model-store.json'));
    const samples = fsRun(sim.state).samples;
    expect(samples.length).toBeGreaterThan(3);
    const last = samples.at(-1)!;
    const fs = runResult(sim.state).fs!;
    expect(last).toMatchObject({ held: fs.cache.held, hits: fs.cache.hits, misses: fs.cache.misses });
    expect(last.models).toMatchObject({ used: fs.models!.used, hits: fs.models!.stats.hits });
    // running totals never go down, and ticks never go back
    for (let i = 1; i < samples.length; i++) {
      expect(samples[i]!.tick).toBeGreaterThanOrEqual(samples[i - 1]!.tick);
      expect(samples[i]!.hits + samples[i]!.misses).toBeGreaterThanOrEqual(
        samples[i - 1]!.hits + samples[i - 1]!.misses,
      );
    }
  });

  it('are the same whether the run goes straight or seeks back and forth (a log the checkpoints share)', () => {
    const s = preset('file-system.json');
    const straight = simulate(s);
    const end = straight.state.now;
    const seeking = simulate(s);
    seeking.seek(Math.floor(end / 2));
    seeking.seek(Math.floor(end / 4));
    seeking.seek(end);
    expect(fsRun(seeking.state).samples).toEqual(fsRun(straight.state).samples);
  });
});
