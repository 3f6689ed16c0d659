import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import { subsystemInvariants } from '../../kernel/subsystems';
import type { ScheduledOperation } from '../../scenario/types';
import { validateScenario } from '../../scenario/validate';
import { run, simulate } from '../../testing/run';
import { scenarioOf } from '../../testing/scenarioOf';
import type { FileIo } from '../config';

/** A log of 15 segments of 8 blocks on 128 blocks of 1 KiB; requests cost 2 ticks plus 1 per block. */
function lfsScenario(fs: Record<string, unknown>, operations: ScheduledOperation[], files?: FileIo) {
  const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [40] }], { operations });
  return validateScenario({
    ...base,
    processes: base.processes.map((p) => ({ ...p, ...(files && { files }) })),
    fs: {
      blockSize: 1024,
      blocks: 128,
      inodes: 16,
      device: { requestTicks: 2, blockTicks: 1 },
      cache: { blocks: 0 },
      layout: 'lfs',
      lfs: { segmentBlocks: 8, cleanBelow: 2, cleanTo: 4 },
      ...fs,
    },
  });
}

/** 30 overwrites of a 4 KiB file, a tick apart: emptied, written again. */
const OVERWRITES: ScheduledOperation[] = Array.from({ length: 60 }, (_, i) => ({
  tick: i,
  op: 'fs',
  action: i % 2 ? { kind: 'truncate', path: '/f', bytes: 0 } : { kind: 'write', path: '/f', bytes: 4096 },
}));

/** The scenario's refusals, each with the field it names. */
function errors(fs: Record<string, unknown>): string[] {
  const v = lfsScenario(fs, []);
  return v.ok ? [] : v.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('fs.layout lfs on the node', () => {
  it('keeps a log beside the picture: the cleaner runs as overwrites fill it, narrated, and the result counts it', () => {
    const v = lfsScenario({}, OVERWRITES);
    if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
    const sim = simulate(v.scenario);
    const r = run(v.scenario);
    const cleaned = r.events.filter((e) => e.kind === 'logCleaned').map((e) => explain(e));
    expect(cleaned.length).toBeGreaterThan(5);
    expect(cleaned[0]).toMatch(
      /^File system: the log's cleaner, before (write|truncate) \/f \d+: segment \d+ cleaned: \d of 8 blocks live.*; greedy picks the fewest live\.$/,
    );
    const lfs = r.fs?.lfs;
    expect(lfs?.config).toEqual({ segmentBlocks: 8, cleanBelow: 2, cleanTo: 4, policy: 'greedy' });
    expect(lfs?.segments.total).toBe(15);
    expect(lfs?.cleaner.segmentsCleaned).toBe(cleaned.length);
    // The user wrote 4 blocks 30 times and the root's directory block once; the log wrote far more.
    expect(lfs?.userBlocks).toBe(30 * 4 + 2);
    expect(lfs?.writeAmplification).toBeGreaterThan(2);
    expect(subsystemInvariants(sim.state)).toEqual([]);
  });

  it("moves the log's blocks on the device: a write's data, its inode, inode-map piece and checkpoint", () => {
    const files: FileIo = { every: 2, requests: [{ kind: 'write', path: '/log', bytes: 1024 }] };
    const v = lfsScenario({}, [], files);
    if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
    const io = run(v.scenario).events.filter((e) => e.kind === 'fileIo');
    // The first write makes /log: its block, the root's directory block and inode, its inode, a piece, the
    // checkpoint (6); each next one its block, its inode, the piece and the checkpoint (4).
    expect(io.slice(0, 3).map((e) => [e.blocks, e.disk])).toEqual([
      [1, 6],
      [1, 4],
      [1, 4],
    ]);
  });

  it('refuses log settings that do not fit the disk or the layout, naming the field', () => {
    expect(errors({ lfs: { cleanBelow: 3, cleanTo: 2 } })).toEqual([
      'fs.lfs.cleanTo: fs.lfs.cleanTo (2) must be at least fs.lfs.cleanBelow (3): the cleaner cleans from one mark up to the other',
    ]);
    expect(errors({ lfs: { segmentBlocks: 8, cleanTo: 20 } })).toEqual([
      "fs.lfs.cleanTo: fs.lfs.cleanTo (20) must be at most 14: the disk has 15 segments of 8 blocks, and the head's is never free",
    ]);
    expect(errors({ lfs: { segmentBlocks: 64 } })).toEqual([
      'fs.lfs.segmentBlocks: fs.lfs.segmentBlocks (64) leaves 1 segments on 128 blocks: the log needs 3 or more, one for its head and two to clean between',
    ]);
    expect(errors({ layout: 'ffs' })).toEqual([
      'fs.lfs: fs.lfs applies only to the log: set fs.layout to "lfs", or remove fs.lfs',
    ]);
    expect(errors({ lfs: { policy: 'lru' } })[0]).toContain('must be one of greedy, cost-benefit');
  });
});
