import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import { subsystemInvariants } from '../../kernel/subsystems';
import { validateScenario } from '../../scenario/validate';
import { eventsOf, simulate } from '../../testing/run';
import { runResult } from '../../kernel/result';
import { fsRun } from '../subsystem/fileRequests';
import { fsInvariants } from '../invariants';

/** One of the four allocation presets (the same workload), run to its end. */
function runPreset(strategy: string) {
  const json: unknown = JSON.parse(
    readFileSync(new URL(`../../../../public/scenarios/fs-alloc-${strategy}.json`, import.meta.url), 'utf8'),
  );
  const v = validateScenario(json);
  if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
  const sim = simulate(v.scenario);
  expect(subsystemInvariants(sim.state)).toEqual([]);
  expect(fsInvariants(fsRun(sim.state).fs)).toEqual([]);
  const r = runResult(sim.state);
  const io = eventsOf(r, 'fileIo').filter((e) => e.path === '/data/model.bin');
  const model = r.fs?.allocation?.files.find((f) => f.blocks === 24);
  return { r, io, model, words: io.map((e) => explain(e)) };
}

describe('one workload under the four allocation strategies (the fs-alloc presets)', () => {
  it('contiguous refuses the model for external fragmentation, and moves the log that cannot grow in place', () => {
    const { r, model } = runPreset('contiguous');
    const refused = eventsOf(r, 'fileRefused').find((e) => e.request === 'write');
    expect(refused?.error.code).toBe('ENOSPC');
    expect(refused?.error.message).toContain(
      '41 blocks are free, but the longest free run is 22 (external fragmentation',
    );
    expect(model).toBeUndefined();
    const moved = eventsOf(r, 'fileIo').find((e) => e.moved);
    expect(moved).toMatchObject({ path: '/data/log', moved: 5, disk: 11 });
    expect(explain(moved!)).toContain('its 5 blocks moved to a free run that holds it all');
    expect(r.fs?.allocation?.files.every((f) => f.fragments === 1)).toBe(true);
    expect(r.fs?.allocation?.moved).toBe(5);
  });

  it('linked reads the FAT to find the model’s blocks, in 5 fragments', () => {
    const { r, io, model, words } = runPreset('linked');
    expect(model).toMatchObject({ fragments: 5, metaBlocks: 0 });
    expect(r.fs?.allocation?.metaBlocks.fat).toBe(1);
    expect(io.filter((e) => e.request === 'read').every((e) => e.meta?.holds === 'fat')).toBe(true);
    expect(words[1]).toContain('(16 blocks: none in the page cache, 1 FAT block to find them');
  });

  it('indexed gives the 24-block model an indirect block, read to find the blocks past the 12th', () => {
    const { r, io, model, words } = runPreset('indexed');
    expect(model).toMatchObject({ fragments: 5, metaBlocks: 1 });
    expect(r.fs?.allocation?.metaBlocks.indirect).toBe(1);
    expect(io[1]).toMatchObject({ request: 'read', blocks: 16, meta: { holds: 'indirect', blocks: 1, disk: 1 } });
    expect(words[1]).toContain(
      'reads 64 KiB of /data/model.bin (16 blocks: none in the page cache, 1 indirect block to find them)',
    );
  });

  it('extents puts the model in 2 runs, found from the inode alone', () => {
    const { io, model } = runPreset('extents');
    expect(model).toMatchObject({ fragments: 2, metaBlocks: 0 });
    expect(io.every((e) => e.meta === undefined)).toBe(true);
  });
});
