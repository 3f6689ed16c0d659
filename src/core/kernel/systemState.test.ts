import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate';
import { Simulation } from './simulation';
import { systemState } from './systemState';
import { systemStateJson } from './systemStateJson';
import { pageTableOf } from '../memory/pageTable';

function simOf(preset: string, tick: number): Simulation {
  const raw: unknown = JSON.parse(
    readFileSync(new URL(`../../../public/scenarios/${preset}`, import.meta.url), 'utf8'),
  );
  const v = validateScenario(raw);
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  const sim = new Simulation(v.scenario);
  sim.seek(tick);
  return sim;
}

describe('systemState', () => {
  it('holds every process with its PCB and state, the queues, CPUs and statistics at the tick', () => {
    const sim = simOf('default.json', 10);
    const s = systemState(sim.state);
    expect(s).toMatchObject({ format: 'bcos-system-state', version: 1, tick: 10, node: { id: 'ai-node-0', cpus: 2 } });
    expect(s.processes.map((p) => p.pid)).toEqual(sim.state.procs.map((p) => p.pid));
    const running = s.processes.filter((p) => p.state === 'RUNNING');
    expect(running.map((p) => p.cpu).sort()).toEqual(s.cpus.filter((c) => c.phase === 'run').map((c) => c.id));
    expect(s.queues.map((q) => q.name).length).toBe(3);
    expect(s.statistics.ticks).toBe(10);
    expect(s.memory).toBeNull();
    // Plain data: it survives JSON unchanged.
    expect(JSON.parse(systemStateJson(s))).toEqual(JSON.parse(JSON.stringify(s)));
  });

  it('reads the state without changing it', () => {
    const sim = simOf('memory-swapping.json', 30);
    const before = JSON.stringify(sim.state.procs);
    systemState(sim.state);
    expect(JSON.stringify(sim.state.procs)).toBe(before);
  });

  it('writes memory frames and page tables as runs that add up to every frame and page', () => {
    const sim = simOf('memory-swapping.json', 30);
    const m = systemState(sim.state).memory;
    expect(m).not.toBeNull();
    if (!m) return;
    expect(m.frameRuns.reduce((n, r) => n + r.count, 0)).toBe(m.frames);
    expect(m.frameRuns[0]?.start).toBe(0);
    const run = sim.state.sub.memory;
    for (const t of m.pageTables) {
      const rows = pageTableOf(run!.memory, t.pid);
      expect(t.pages.reduce((n, r) => n + r.pages, 0)).toBe(rows.length);
    }
    expect(m.pageTables.length).toBeGreaterThan(0);
    expect(m.swap.owners.reduce((n, o) => n + o.slots, 0)).toBe(m.swap.used);
    expect(m.pools.length).toBe(6);
  });
});
