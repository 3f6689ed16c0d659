import { describe, expect, it } from 'vitest';
import { describeOutcome } from './describeOutcome';

const at = { pid: 3, address: 5 * 4096 + 0x1a4, pageSize: 4096, access: 'read' as const, swapInTicks: 20 };

describe('describeOutcome', () => {
  it('says where a translated address went, in one sentence', () => {
    const text = describeOutcome(
      { ok: true, physical: 12 * 4096 + 0x1a4, frame: 12, tlbHit: true, cost: 1, steps: [] },
      at,
    );
    expect(text).toBe('Frame 12, offset 0x1a4: physical address 0xc1a4, 1 tick (TLB hit).');
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
