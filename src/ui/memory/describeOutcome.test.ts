import { describe, expect, it } from 'vitest';
import { describeOutcome } from './describeOutcome';

const at = { pid: 3, address: 5 * 4096 + 0x1a4, pageSize: 4096, access: 'read' as const, swapInTicks: 20 };

describe('describeOutcome', () => {
  it('says where a translated address went, and what its ticks are made of', () => {
    const physical = { step: 'physical', frame: 12, address: 12 * 4096 + 0x1a4 } as const;
    const hit = describeOutcome(
      {
        ok: true,
        physical: 12 * 4096 + 0x1a4,
        frame: 12,
        tlbHit: true,
        cost: 20,
        steps: [
          { step: 'tlb', hit: true, frame: 12 },
          { ...physical, memoryType: 'BLOCKCHAIN_LEDGER', tier: 2, latency: 20 },
        ],
      },
      at,
    );
    expect(hit).toBe(
      'Frame 12, offset 0x1a4: physical address 0xc1a4, 20 ticks: 20 ticks for BLOCKCHAIN_LEDGER memory (tier 2, 2.0 ms), no walk (TLB hit). A process making this reference stalls on its CPU for them.',
    );
    const miss = describeOutcome(
      {
        ok: true,
        physical: 12 * 4096 + 0x1a4,
        frame: 12,
        tlbHit: false,
        cost: 3,
        steps: [
          { step: 'tlb', hit: false },
          { step: 'walk', level: 1, index: 5, entry: 12 },
          { ...physical, memoryType: 'USER', tier: 1, latency: 2 },
        ],
      },
      at,
    );
    expect(miss).toBe(
      'Frame 12, offset 0x1a4: physical address 0xc1a4, 3 ticks: 2 ticks for USER memory (tier 1, 0.2 ms), 1 tick for the page-table walk (TLB miss). A process making this reference stalls on its CPU for them.',
    );
  });

  it('says why a fault happened and what it costs', () => {
    expect(describeOutcome({ ok: false, fault: 'notPresent', cost: 1, steps: [] }, at)).toBe(
      'Page 5 of P3 is not in memory: page fault, 1 tick, then 20 ticks to load it from swap.',
    );
    expect(describeOutcome({ ok: false, fault: 'invalid', cost: 1, steps: [] }, at)).toBe(
      'Page 5 of P3 is not mapped (invalid page): fault, 1 tick; the read is refused.',
    );
    expect(describeOutcome({ ok: false, fault: 'protection', cost: 2, steps: [] }, { ...at, access: 'write' })).toBe(
      'Page 5 of P3 does not allow write: protection fault, 2 ticks; the write is refused.',
    );
  });
});
