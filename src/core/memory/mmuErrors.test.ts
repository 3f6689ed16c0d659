import { describe, expect, it } from 'vitest';
import { validateScenario } from '../scenario/validate';
import { scenarioOf } from '../testing/scenarioOf';

const K = 1024;

/** The messages validation gives a scenario of two processes with this `memory.mmu` (and `extra` on top). */
function refusals(mmu: unknown, extra: Record<string, unknown> = {}): string[] {
  const v = validateScenario({
    ...scenarioOf({ policy: 'FIFO' }, [{ bursts: [1] }, { bursts: [1] }]),
    memory: { physicalBytes: 16 * K, pageSize: K, mmu },
    ...extra,
  });
  return v.ok ? [] : v.errors.map((e) => `${e.path}: ${e.message}`);
}

/** Segment 1 (growing down from 0x1180) reaches into segment 0. */
const overlapping = (overlap: boolean) => ({
  mode: 'segmented',
  addressSpace: K,
  overlap,
  processes: [
    {
      pid: 1,
      segments: [
        { base: 0x1000, size: 0x100 },
        { base: 0x1100, size: 0x80, grows: 'down' },
      ],
    },
  ],
});

describe('memory.mmu validation', () => {
  it('accepts each mode, and a scenario without one runs paging as before', () => {
    expect(refusals(undefined)).toEqual([]);
    expect(refusals({ mode: 'paging' })).toEqual([]);
    expect(refusals({ mode: 'base-bounds', processes: [{ pid: 1, base: 0x3c00, bounds: 0x400 }] })).toEqual([]);
    expect(
      refusals({ mode: 'segmented', addressSpace: K, processes: [{ pid: 2, segments: [{ size: 0x100 }] }] }),
    ).toEqual([]);
  });

  it('refuses registers beyond physical memory, naming the field and the limit', () => {
    expect(refusals({ mode: 'base-bounds', processes: [{ pid: 1, base: 0x3e00, bounds: 0x400 }] })).toEqual([
      'memory.mmu.processes[0].base: memory.mmu.processes[0].base: base + bounds = 16896 is beyond physical memory, memory.physicalBytes (16384 bytes)',
    ]);
    expect(
      refusals({
        mode: 'segmented',
        addressSpace: K,
        processes: [{ pid: 1, segments: [{ base: 0x10, size: 0x100, grows: 'down' }] }],
      }),
    ).toEqual([
      'memory.mmu.processes[0].segments[0].base: memory.mmu.processes[0].segments[0].base: growing down from 16, base − size = -240 is below physical address 0',
    ]);
  });

  it('refuses segments that overlap when not allowed, and two processes on one frame always', () => {
    expect(refusals(overlapping(false))).toEqual([
      'memory.mmu.processes[0].segments[1].base: memory.mmu.processes[0].segments[1].base: segment 1 (4224–4352) overlaps segment 0 (4096–4352) of P1; set memory.mmu.overlap to allow it',
    ]);
    expect(refusals(overlapping(true))).toEqual([]);
    expect(
      refusals({
        mode: 'base-bounds',
        processes: [
          { pid: 1, base: 0, bounds: 0x500 },
          { pid: 2, base: 0x600, bounds: 0x100 },
        ],
      }),
    ).toEqual([
      'memory.mmu.processes[1].base: memory.mmu.processes[1].base: it covers frame 1, which P1 (memory.mmu.processes[0]) covers too: a frame has one owner',
    ]);
  });

  it("refuses a mode with another mode's fields, an unknown pid, a segment past its slot and paging's operations", () => {
    expect(refusals({ mode: 'base-bounds', addressSpace: K })).toEqual([
      'memory.mmu.addressSpace: memory.mmu.addressSpace is an unknown field of memory.mmu: known field names only, so that a typo is not silently ignored',
    ]);
    expect(refusals({ mode: 'pages' })).toEqual([
      'memory.mmu.mode: memory.mmu.mode must be one of paging, base-bounds, segmented, two-level (got "pages")',
    ]);
    expect(refusals({ mode: 'base-bounds', processes: [{ pid: 9, base: 0, bounds: 1 }] })).toEqual([
      'memory.mmu.processes[0].pid: memory.mmu.processes[0].pid: P9 is no process of this scenario',
    ]);
    expect(
      refusals({
        mode: 'segmented',
        addressSpace: K,
        processes: [{ pid: 1, segments: [{ size: 0x300 }, { size: 1 }] }],
      }),
    ).toEqual([
      'memory.mmu.processes[0].segments[0].size: memory.mmu.processes[0].segments[0].size: a segment of 768 bytes does not fit its slot of the address space: 1024 bytes ÷ 2 segments = 512 bytes',
    ]);
    expect(refusals({ mode: 'base-bounds' }, { operations: [{ tick: 1, op: 'compact', movePinned: false }] })).toEqual([
      'operations[0].op: operations[0].op: compact works on pages: it needs paging, not base-bounds',
    ]);
  });
});
