import fc from 'fast-check';
import { namespaceOps } from '../../testing/fsOps';
import { describe, expect, it } from 'vitest';
import { explain } from '../../kernel/explain';
import { run } from '../../testing/run';
import { scenarioOf } from '../../testing/scenarioOf';
import { validateScenario } from '../../scenario/validate';
import { applyFsOp } from '../applyFsOp';
import { geometryOf, type FsConfig } from '../config';
import { createFileSystem } from '../fileSystem';
import { groupOfInode } from '../ffsPlacement';
import type { FsOp } from '../fsOp';
import { fsInvariants } from '../invariants';
import { resolve } from '../paths';
import type { FsState, Inode } from '../types';
import { applyPlaced, layoutGroups, placementOf } from './nodeLayout';
import { freeInodesIn } from '../ffsPlacement';

/** 8 groups of 16 blocks and 4 inodes, blocks of 1 KiB, a file moving on every 4 blocks. */
const FFS: FsConfig = {
  blockSize: 1024,
  blocks: 128,
  inodes: 32,
  device: { requestTicks: 1, blockTicks: 1 },
  cache: { blocks: 0, writeBack: false },
  layout: 'ffs',
  ffs: { groups: 8, largeFileBlocks: 4 },
};

function ffsDisk(config: FsConfig = FFS) {
  const fs = createFileSystem(geometryOf(config));
  const placement = placementOf(config);
  const apply = (op: FsOp) => applyFsOp(fs, op, placement);
  return { fs, apply, groups: layoutGroups(config) as NonNullable<ReturnType<typeof layoutGroups>> };
}

const inodeOf = (fs: FsState, path: string) => {
  const r = resolve(fs, path);
  if (!r.ok) throw new Error(r.error.message);
  return { inum: r.inum, inode: fs.inodes[r.inum] as Inode };
};

describe('FFS placement on the node', () => {
  it('puts a directory in the emptiest group, a file beside its directory and its blocks beside its inode', () => {
    const { fs, apply, groups } = ffsDisk();
    expect(apply({ kind: 'mkdir', path: '/a' }).ok).toBe(true);
    expect(apply({ kind: 'write', path: '/a/f', bytes: 2048 }).ok).toBe(true);
    const dir = inodeOf(fs, '/a');
    const file = inodeOf(fs, '/a/f');
    // The root's group 0 has fewer free inodes than group 1, which the directory gets.
    expect(groupOfInode(groups, dir.inum)).toBe(1);
    expect(groupOfInode(groups, file.inum)).toBe(1);
    expect(file.inode.blocks.map((b) => Math.floor(b / groups.blocksPerGroup))).toEqual([1, 1]);
  });

  it('spreads a big file, made whole or grown by appends, a chunk of largeFileBlocks per group', () => {
    for (const grow of [false, true]) {
      const { fs, apply, groups } = ffsDisk();
      apply({ kind: 'mkdir', path: '/a' });
      if (grow) for (let i = 0; i < 10; i++) apply({ kind: 'write', path: '/a/big', bytes: 1024 });
      else apply({ kind: 'write', path: '/a/big', bytes: 10 * 1024 });
      const groupsOfBlocks = inodeOf(fs, '/a/big').inode.blocks.map((b) => Math.floor(b / groups.blocksPerGroup));
      expect(groupsOfBlocks).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3]);
      expect(fsInvariants(fs)).toEqual([]);
    }
  });

  const NAMES = ['/a', '/b', '/a/c', '/a/d', '/b/e', '/a/c/f', '/g'];
  const path = fc.constantFrom(...NAMES);
  const op = namespaceOps(path, fc.nat({ max: 9000 }));

  it("puts a new file's inode in its directory's group whenever that group has a free inode", () => {
    fc.assert(
      fc.property(fc.constantFrom(2, 4, 8), fc.array(op, { maxLength: 40 }), (count, ops) => {
        const config = { ...FFS, blocks: 64, inodes: 32, ffs: { groups: count, largeFileBlocks: 4 } };
        const { fs, groups } = ffsDisk(config);
        for (const o of ops) {
          const parent = 'path' in o ? resolve(fs, o.path.slice(0, Math.max(1, o.path.lastIndexOf('/')))) : null;
          const room = parent?.ok ? freeInodesIn(fs, groups, groupOfInode(groups, parent.inum)) > 0 : false;
          const { placed } = applyPlaced(fs, config, o);
          if (placed?.made && placed.kind === 'file' && room) expect(placed.group).toBe(placed.dirGroup);
          if (placed?.made && placed.kind === 'file' && !room) expect(placed.group).not.toBe(placed.dirGroup);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never breaks the invariants nor gives a block twice, and a refused operation changes nothing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 4, 8),
        fc.nat({ max: 6 }),
        fc.array(op, { maxLength: 40 }),
        (groups, largeFileBlocks, ops) => {
          const { fs, apply } = ffsDisk({ ...FFS, blocks: 32, inodes: 16, ffs: { groups, largeFileBlocks } });
          for (const o of ops) {
            const before = structuredClone(fs);
            const r = apply(o);
            if (!r.ok) expect(fs).toEqual(before);
            expect(fsInvariants(fs)).toEqual([]);
            const all = fs.inodes.flatMap((i) => i?.blocks ?? []);
            expect(new Set(all).size).toBe(all.length);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

const scenario = (fs: Record<string, unknown>, actions: FsOp[] = []) =>
  validateScenario({
    ...scenarioOf({ policy: 'FIFO' }, [{ bursts: [3] }], {
      operations: actions.map((action) => ({ tick: 0, op: 'fs' as const, action })),
    }),
    fs,
  });

describe('the layout in a scenario', () => {
  it('refuses groups that do not divide the disk, and ffs settings without the FFS layout, naming the field', () => {
    const bad = scenario({ blocks: 100, inodes: 32, layout: 'ffs' });
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['fs.ffs.groups']);
    expect(bad.ok ? '' : bad.errors[0]?.message).toBe(
      'fs.ffs.groups (its default, 8) must divide fs.blocks (100): every cylinder group has as many blocks as the others',
    );
    const stray = scenario({ ffs: { groups: 4 } });
    expect(stray.ok ? [] : stray.errors.map((e) => e.path)).toEqual(['fs.ffs']);
    const wrong = scenario({ layout: 'ext4' });
    expect(wrong.ok ? [] : wrong.errors.map((e) => e.message)).toEqual([
      expect.stringContaining('must be one of vsfs, ffs, lfs'),
    ]);
  });

  it('refuses combinations that mean nothing or are not followed yet, naming the field', () => {
    const lfs = scenario({ blocks: 256, layout: 'lfs', allocation: 'linked' });
    expect(lfs.ok ? [] : lfs.errors.map((e) => e.path)).toEqual(['fs.allocation']);
    const journalled = scenario({ journal: 'ordered', allocation: 'extents' });
    expect(journalled.ok ? [] : journalled.errors.map((e) => e.message)).toEqual([
      "fs.journal cannot follow an allocation strategy's metadata blocks yet: remove fs.journal or fs.allocation",
    ]);
    const logJournal = scenario({ blocks: 256, layout: 'lfs', journal: 'data' });
    expect(logJournal.ok ? [] : logJournal.errors.map((e) => e.path)).toEqual(['fs.journal']);
  });

  it('narrates where FFS puts a directory, a file beside it and a big file spread over groups', () => {
    const v = scenario({ ...FFS, device: undefined, cache: undefined }, [
      { kind: 'mkdir', path: '/a' },
      { kind: 'write', path: '/a/f', bytes: 6144 },
      { kind: 'write', path: '/a/f', bytes: 1024 },
      { kind: 'rm', path: '/a/f' },
    ]);
    if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
    const r = run(v.scenario);
    expect(r.fs?.ffs).toEqual({ count: 8, inodesPerGroup: 4, blocksPerGroup: 16, largeFileBlocks: 4 });
    const said = r.events.filter((e) => e.kind === 'fsOp').map((e) => explain(e));
    expect(said).toEqual([
      "File system: mkdir /a: /a: directory inode 4 in group 1, the group with the most free inodes (FFS spreads directories out); its 1 block in group 1, its inode's.",
      'File system: write /a/f 6144: /a/f: inode 5 in group 1, beside its directory /a; its 6 blocks in groups 1 (4), 2 (2): the large-file exception sends a file on to the next group every 4 blocks.',
      'File system: write /a/f 1024: /a/f: 1 more block in group 2: the large-file exception keeps 4 blocks of a file to a group.',
      'File system: rm /a/f.',
    ]);
  });

  it("narrates where a process's write put the file it made", () => {
    const base = scenarioOf({ policy: 'FIFO' }, [{ bursts: [3] }], {});
    const v = validateScenario({
      ...base,
      processes: base.processes.map((p) => ({
        ...p,
        files: { every: 1, requests: [{ kind: 'write', path: '/log', bytes: 1024 }] },
      })),
      fs: { ...FFS, device: undefined, cache: undefined },
    });
    if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
    const io = run(v.scenario).events.filter((e) => e.kind === 'fileIo');
    expect(explain(io[0] as (typeof io)[0])).toMatch(
      /^P1 writes 1 KiB to \/log .*\. \/log: inode 1 in group 0, beside its directory \/; its 1 block in group 0, its inode's\.$/,
    );
  });

  it('leaves a scenario without a layout as it was: no layout field after parsing, no ffs in its result', () => {
    const v = scenario({ blocks: 64 });
    if (!v.ok) throw new Error(v.errors.map((e) => e.message).join('; '));
    expect('layout' in (v.scenario.fs as FsConfig)).toBe(false);
    expect(run(v.scenario).fs).not.toHaveProperty('ffs');
  });
});
