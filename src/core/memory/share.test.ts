import { describe, expect, it } from 'vitest';
import {
  allocate,
  checkInvariants,
  createMemory,
  freeProcess,
  readTag,
  snapshotOf,
  translate,
  writeTag,
} from './memory';
import { testConfig } from './testFixtures';
import { PAGE_STATES } from './types';

const PAGE = 4096;

function sharedModel(copyOnWrite: boolean) {
  const m = createMemory(testConfig(16, 4, { copyOnWrite }), 1);
  for (const pid of [1, 2, 3])
    expect(allocate(m, pid, 2 * PAGE, 'AI_MODEL', { shareKey: 'llama' })).toEqual({
      ok: true,
      address: PAGE,
      pages: 2,
    });
  return m;
}

describe('shared model pages', () => {
  it('maps the same frames into every process, refcounted, freed with the last user', () => {
    const m = sharedModel(false);
    expect(m.free).toBe(14);
    expect(translate(m, 3, PAGE, 'read', 1)).toMatchObject({ ok: true, frame: 0 });
    expect(m.shares.get(0)?.users).toEqual([1, 2, 3]);
    expect(PAGE_STATES[snapshotOf(m).state[0]!]).toBe('SHARED');
    expect(freeProcess(m, 1)).toBe(0);
    expect(m.owner[0]).toBe(2);
    expect(checkInvariants(m)).toEqual([]);
    expect(freeProcess(m, 2)).toBe(0);
    expect(freeProcess(m, 3)).toBe(2);
    expect(m.free).toBe(16);
    expect(checkInvariants(m)).toEqual([]);
  });

  it('without copy-on-write, a write by one user is seen by all', () => {
    const m = sharedModel(false);
    expect(writeTag(m, 2, PAGE, 7)).toBe(true);
    expect(readTag(m, 1, PAGE)).toBe(7);
    expect(m.free).toBe(14);
  });

  it('with copy-on-write, the writer gets its own copy first and the others keep the original', () => {
    const m = sharedModel(true);
    expect(writeTag(m, 1, PAGE, 5)).toBe(true); // process 1 now has a private copy holding 5
    const first = m.free;
    translate(m, 2, PAGE, 'read', 2); // process 2 caches the shared page without write permission
    const w = translate(m, 2, PAGE + 4, 'write', 3);
    expect(w.ok && w.steps.map((s) => s.step)).toEqual(['split', 'tlb', 'walk', 'copyOnWrite', 'physical']);
    expect(w.steps[3]).toEqual({ step: 'copyOnWrite', from: 0, frame: 3 });
    expect(m.free).toBe(first - 1);
    expect(writeTag(m, 2, PAGE, 6)).toBe(true);
    expect([readTag(m, 1, PAGE), readTag(m, 2, PAGE), readTag(m, 3, PAGE)]).toEqual([5, 6, 0]);
    expect(m.counters.copiesOnWrite).toBe(2);
    expect(checkInvariants(m)).toEqual([]);
    // Once process 3 is the only user left, its writes go to the shared frame itself.
    freeProcess(m, 1);
    freeProcess(m, 2);
    expect(writeTag(m, 3, PAGE, 9)).toBe(true);
    expect(m.counters.copiesOnWrite).toBe(2);
    expect(m.tag[0]).toBe(9);
    expect(checkInvariants(m)).toEqual([]);
  });

  it('copies the current contents: the writer sees what was there before its write', () => {
    const m = createMemory(testConfig(16, 4, { copyOnWrite: true }), 1);
    expect(allocate(m, 1, PAGE, 'AI_MODEL', { shareKey: 'w' }).ok).toBe(true);
    expect(writeTag(m, 1, PAGE, 3)).toBe(true); // alone: written in place
    expect(allocate(m, 2, PAGE, 'AI_MODEL', { shareKey: 'w' }).ok).toBe(true);
    expect(translate(m, 1, PAGE, 'write', 5)).toMatchObject({ ok: true, frame: 1 });
    expect([readTag(m, 1, PAGE), readTag(m, 2, PAGE), m.tag[0]]).toEqual([3, 3, 3]);
    expect(checkInvariants(m)).toEqual([]);
  });

  it('refuses a second mapping of a key with another type or size', () => {
    const m = sharedModel(false);
    expect(allocate(m, 4, 2 * PAGE, 'AI_DATA', { shareKey: 'llama' })).toMatchObject({ ok: false, limit: 'shareKey' });
    expect(allocate(m, 4, 3 * PAGE, 'AI_MODEL', { shareKey: 'llama' })).toMatchObject({ ok: false, limit: 'shareKey' });
  });
});
