// Tests may read files; the core itself never does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../scenario/validate';
import { eventsOf, run } from '../../testing/run';

const DIR = new URL('../../../../public/scenarios/', import.meta.url);

function played(file: string) {
  const v = validateScenario(JSON.parse(readFileSync(new URL(file, DIR), 'utf8')));
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  return run(v.scenario);
}

describe('the register-mode presets', () => {
  it('base and bounds: P3 is killed at VA 0x900, past its bounds; the others translate by base + VA', () => {
    const r = played('memory-base-bounds.json');
    expect(eventsOf(r, 'segfault').map((e) => [e.pid, e.address, e.killed])).toEqual([[3, 0x900, true]]);
    expect(eventsOf(r, 'mmuLoad').map((e) => [e.pid, e.placed])).toEqual([
      [1, null],
      [2, 'first fit at frame 0'],
      [3, null],
    ]);
    for (const e of eventsOf(r, 'regRef')) if (e.pid === 1) expect(e.physical).toBe(0x2000 + e.address);
  });

  it("segmentation: the book's translations, and the violation past the heap", () => {
    const r = played('memory-segmentation.json');
    const p1 = r.events.flatMap((e) =>
      (e.kind === 'regRef' || e.kind === 'segfault') && e.pid === 1
        ? [[e.address, e.kind === 'regRef' ? e.physical : null]]
        : [],
    );
    expect(p1).toEqual([
      [100, 32868],
      [4200, 34920],
      [15360, 27648],
      [8000, null],
      [15000, 27288],
    ]);
  });
});
