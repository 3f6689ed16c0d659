import { describe, expect, it } from 'vitest';
import { migrate } from './migrate';
import { validateScenario } from './validate';

const v1 = {
  format: 'bcos-scenario',
  version: 1,
  scheduler: { policy: 'FIFO' },
  processes: [{ pid: 1, name: 'a', type: 'USER', arrival: 0, bursts: [3] }],
};

describe('scenario versions', () => {
  it('lifts version 1 to version 3 with memory management and the file system off', () => {
    expect(migrate(v1)).toEqual({ ...v1, version: 3 });
    const v = validateScenario(v1);
    expect(v.ok && v.scenario.version).toBe(3);
    expect(v.ok && v.scenario.memory).toBeUndefined();
    expect(v.ok && v.scenario.fs).toBeUndefined();
  });

  it('lifts version 2 to version 3 with the file system off, its heap kept', () => {
    const v2 = { ...v1, version: 2, heap: { size: 64 } };
    expect(migrate(v2)).toEqual({ ...v2, version: 3 });
    const v = validateScenario(v2);
    expect(v.ok && v.scenario.heap?.size).toBe(64);
    expect(v.ok && v.scenario.fs).toBeUndefined();
  });

  it('refuses a version it does not know, naming the supported ones', () => {
    const v = validateScenario({ ...v1, version: 4 });
    expect(v.ok).toBe(false);
    if (!v.ok)
      expect(v.errors).toContainEqual(
        expect.objectContaining({ path: 'version', message: expect.stringContaining('1, 2, 3') }),
      );
  });

  it('leaves anything that is not an older scenario to validation', () => {
    for (const x of [null, 3, 'x', [], { format: 'other', version: 1 }]) expect(migrate(x)).toBe(x);
  });
});

const withMemory = (memory: unknown, extra: object = {}) => validateScenario({ ...v1, version: 2, memory, ...extra });

describe('the memory section', () => {
  it('fills every default', () => {
    const v = withMemory({});
    expect(v.ok && v.scenario.memory).toMatchObject({
      physicalBytes: 262_144,
      pageSize: 4096,
      replacement: 'LRU',
      placement: 'firstFit',
      pools: { aiModels: 0.25 },
      constraints: { aiModels: 0.24 },
    });
  });

  it('names the field and the limit of a bad page size or a memory that is not whole pages', () => {
    const bad = withMemory({ pageSize: 3000, physicalBytes: 100_000 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.path)).toContain('memory.pageSize');
    const partial = withMemory({ physicalBytes: 4096 * 20 + 1 });
    expect(partial.ok).toBe(false);
    if (!partial.ok) expect(partial.errors[0]).toMatchObject({ path: 'memory.physicalBytes' });
  });

  it('refuses OPT for a live run, pointing to the reference-string comparison', () => {
    const v = withMemory({ replacement: 'OPT' });
    expect(v.ok).toBe(false);
    if (!v.ok)
      expect(v.errors[0]).toMatchObject({
        path: 'memory.replacement',
        message: expect.stringContaining('reference string'),
      });
  });

  it('accepts memory operations with a memory section', () => {
    expect(withMemory({}, { operations: [{ tick: 1, op: 'compact' }] }).ok).toBe(true);
  });

  it('refuses memory operations in a scenario without memory management', () => {
    const v = validateScenario({ ...v1, operations: [{ tick: 1, op: 'compact' }] });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors[0]?.message).toContain('needs memory management');
  });

  it('checks access patterns', () => {
    const ok = withMemory(
      {},
      { processes: [{ ...v1.processes[0], accesses: { kind: 'sequence', offsets: [0, 4096] } }] },
    );
    expect(ok.ok && ok.scenario.processes[0]?.accesses).toEqual({
      kind: 'sequence',
      every: 1,
      offsets: [0, 4096],
      writeEvery: 0,
    });
    const bad = withMemory(
      {},
      { processes: [{ ...v1.processes[0], accesses: { kind: 'locality', workingSetPages: 0, jumpEvery: 5 } }] },
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]?.path).toBe('processes[0].accesses.workingSetPages');
  });
});
