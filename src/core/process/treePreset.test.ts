// Tests may read files; the core itself never does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../kernel/explain';
import { validateScenario } from '../scenario/validate';
import { eventsOf, run } from '../testing/run';

const FILE = new URL('../../../public/scenarios/process-tree.json', import.meta.url);

describe('the process-tree preset', () => {
  const v = validateScenario(JSON.parse(readFileSync(FILE, 'utf8')));
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  const r = run(v.scenario);

  it("init adopts the killed trainer's loader at tick 8 and the shell's validator when the shell ends", () => {
    expect(eventsOf(r, 'reparent').map((e) => [e.tick, e.pid, e.orphans, e.to])).toEqual([
      [8, 3, [5], 1],
      [11, 2, [4], 1],
    ]);
    expect(r.processes.find((p) => p.pid === 6)?.parent).toBe(5);
  });

  it('says who adopted whom, and init outlives every other process', () => {
    const names = new Map(v.scenario.processes.map((p) => [p.pid, p.name]));
    expect(eventsOf(r, 'reparent').map((e) => explain(e, (pid) => names.get(pid)))[0]).toMatch(
      /^P3 \(trainer\) has ended: P5 \(loader\), its child, is adopted by init, P1 \(init\)/,
    );
    const ends = new Map(eventsOf(r, 'exit').map((e) => [e.pid, e.tick]));
    for (const [pid, tick] of ends) if (pid !== 1) expect(tick).toBeLessThan(ends.get(1) ?? 0);
  });
});
