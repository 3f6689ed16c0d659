import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEMORY, explain, runResult, Simulation, validateScenario, type Scenario } from '../index';
import { FIT_MAX_FRAMES, fitMemory } from './memoryFit';

function preset(file: string): Scenario {
  const text = readFileSync(new URL(`../../../public/scenarios/${file}`, import.meta.url), 'utf8');
  const checked = validateScenario(JSON.parse(text));
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  return checked.scenario;
}

/** Runs a scenario headless to its end, through the same validation as any input. */
function run(s: Scenario) {
  const checked = validateScenario(s);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const sim = new Simulation(checked.scenario);
  sim.runToEnd();
  return { state: sim.state, result: runResult(sim.state) };
}

describe('fitMemory', () => {
  it('turns memory on for the default scenario so that every process runs to completion', () => {
    const fit = fitMemory(preset('default.json'));
    expect(fit.kind).toBe('scaled');
    if (fit.kind !== 'scaled') return;
    expect(fit.frames).toBeLessThanOrEqual(FIT_MAX_FRAMES);
    expect(Math.log2(fit.frames) % 1).toBe(0);
    expect(Math.log2(fit.scale) % 1).toBe(0);
    expect(fit.scenario.memory?.physicalBytes).toBe(fit.frames * fit.pageSize);
    const { state, result } = run(fit.scenario);
    expect(state.stalled).toBe(false);
    expect(result.finished).toBe(true);
    expect(result.processes.every((p) => p.state === 'TERMINATED')).toBe(true);
    expect(result.events.some((e) => e.kind === 'memWait')).toBe(false);
  });

  it('keeps needs that fit as they are, in the fewest frames (a power of two)', () => {
    const base = preset('default.json');
    const small: Scenario = {
      ...base,
      processes: base.processes.map((p) => ({ ...p, needs: { ...p.needs, memoryBytes: 16 * 1024 } })),
    };
    const fit = fitMemory(small);
    expect(fit.kind).toBe('fits');
    if (fit.kind !== 'fits') return;
    expect(fit.scenario.processes).toEqual(small.processes);
    // 28 pages in all, but the system pool (5 %) must hold the SYSTEM process's 4 pages: 80+ frames. (USER
    // memory is general memory, in no pool.)
    expect(fit.frames).toBe(128);
    expect(run(fit.scenario).state.stalled).toBe(false);
  });

  it('says why when a pool a process needs is given nothing', () => {
    const memory = { ...DEFAULT_MEMORY, pools: { ...DEFAULT_MEMORY.pools, aiModels: 0 } };
    const fit = fitMemory({ ...preset('default.json'), memory });
    expect(fit.kind).toBe('impossible');
    if (fit.kind === 'impossible') expect(fit.why).toContain('0 %');
  });
});

describe('the narration of a process waiting for memory', () => {
  it('says it waits in NEW for memory, never that it is suspended', () => {
    // Default memory (64 frames) holds none of the default workload: every process waits and the run stalls.
    const { state, result } = run({ ...preset('default.json'), memory: DEFAULT_MEMORY });
    expect(state.stalled).toBe(true);
    const lines = result.events.map((e) => explain(e));
    expect(lines.some((l) => l.includes('waits in NEW for'))).toBe(true);
    expect(lines.filter((l) => /suspend/i.test(l))).toEqual([]);
  });
});
