import { describe, expect, it } from 'vitest';
import { allocate, checkInvariants, createMemory, DEFAULT_MEMORY, snapshotOf } from './memory';

const PAGE = 4096;

describe('pools and constraints (64 frames, the defaults)', () => {
  it('refuses AI models past constraints.aiModels (24 % = 15 frames), before the 25 % pool', () => {
    const m = createMemory(DEFAULT_MEMORY, 1);
    expect(allocate(m, 1, 15 * PAGE, 'AI_MODEL').ok).toBe(true);
    expect(allocate(m, 2, 2 * PAGE, 'AI_MODEL')).toEqual({
      ok: false,
      limit: 'constraints.aiModels',
      message:
        'AI models would use 26.6 % of memory (17 of 64 frames); the limit is 24 % = 15 frames (constraints.aiModels); 2 would have to be swapped out, but only 0 of its frames can be swapped out',
    });
    const pool = snapshotOf(m).pools.find((p) => p.name === 'aiModels');
    expect(pool).toEqual({
      name: 'aiModels',
      fraction: 0.25,
      limitFrames: 16,
      usedFrames: 15,
      allocations: 1,
      refusals: 1,
      references: 0,
      latencyTicks: 0,
      averageLatency: 0,
    });
  });

  it('refuses AI data past its pool (33 % = 21 frames) when none of its own pages can go to swap', () => {
    const m = createMemory(DEFAULT_MEMORY, 1);
    const r = allocate(m, 1, 22 * PAGE, 'AI_DATA');
    expect(r).toMatchObject({ ok: false, limit: 'pools.aiData' });
    expect(!r.ok && r.message).toMatch(
      /^The aiData pool would use 34.4 % of memory \(22 of 64 frames\); the limit is 33 % = 21 frames/,
    );
  });

  it('names the group constraint when models and data together pass it', () => {
    const m = createMemory({ ...DEFAULT_MEMORY, constraints: { ...DEFAULT_MEMORY.constraints, aiTotal: 0.3 } }, 1);
    expect(allocate(m, 1, 15 * PAGE, 'AI_MODEL').ok).toBe(true);
    expect(allocate(m, 2, 5 * PAGE, 'AI_DATA')).toMatchObject({ ok: false, limit: 'constraints.aiTotal' });
    expect(allocate(m, 2, 4 * PAGE, 'AI_DATA').ok).toBe(true);
    expect(allocate(m, 3, 12 * PAGE, 'BLOCKCHAIN_LEDGER')).toMatchObject({ ok: false, limit: 'constraints.ledger' });
    expect(allocate(m, 3, 4 * PAGE, 'SYSTEM')).toMatchObject({ ok: false, limit: 'pools.system' });
    expect(checkInvariants(m)).toEqual([]);
  });

  it('keeps an unpinned type within its pool by swapping out its own pages (local replacement)', () => {
    const m = createMemory(DEFAULT_MEMORY, 1);
    expect(allocate(m, 1, 21 * PAGE, 'AI_DATA').ok).toBe(true);
    expect(allocate(m, 2, 3 * PAGE, 'AI_DATA').ok).toBe(true);
    expect(m.swap.used).toBe(3);
    expect(Array.from(m.swap.owner.slice(0, 3))).toEqual([1, 1, 1]);
    expect(snapshotOf(m).pools.find((p) => p.name === 'aiData')?.usedFrames).toBe(21);
    expect(checkInvariants(m)).toEqual([]);
  });
});
