// Tests may read files; the core itself never does.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../scenario/validate';
import { explain } from '../../kernel/explain';
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

  it("two-level: paging-multilevel-translate.py -s 0's answers, each walk reading the PDE and the PTE", () => {
    const r = played('memory-two-level.json');
    const walks = r.events.flatMap((e) =>
      (e.kind === 'regRef' || e.kind === 'segfault') && e.pid === 1
        ? [[e.address.toString(16), e.kind === 'regRef' ? e.physical.toString(16) : 'fault']]
        : [],
    );
    expect(walks.map((w) => w.join('→')).join(' ')).toBe(
      '611c→6bc 3da8→fault 17f5→9d5 7f6c→fault bad→fault 6d60→fault 2a5b→fault 4c5e→fault',
    );
    expect(explain(eventsOf(r, 'regRef')[0]!)).toBe(
      'P1 reads VA 0x611C: Virtual address 0x611c is VPN 0x308: directory index 24, table index 8, offset 28. PDE at 0xd98 (page 108, entry 24) = 0xa1: valid, page table in page 33. PTE at 0x428 (page 33, entry 8) = 0xb5: valid, data in page 53. Physical address 0x6bc (page 53, byte 28) holds 0x08. USER, 2 ticks, plus 2 ticks for the PDE and PTE reads: it stalls on CPU 0 for 4 ticks.',
    );
  });
});
