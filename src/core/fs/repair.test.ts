import fc from 'fast-check';
import { namespaceOps } from '../testing/fsOps';
import { describe, expect, it } from 'vitest';
import { applyFsOp } from './applyFsOp';
import { createFileSystem } from './fileSystem';
import { fsckFindings, fsInvariants } from './invariants';
import { appendBlock, create } from './operations';
import { repairFs } from './repair';
import type { FsState, Inode } from './types';

const G = { inodes: 8, dataBlocks: 8, entriesPerBlock: 4, pointersPerInode: 2, blockSize: 4096 };

describe('repairFs', () => {
  it('frees an orphan, drops an entry naming a free inode, and rewrites counts and bitmaps, saying so', () => {
    const fs = createFileSystem(G);
    create(fs, '/a', 'dir');
    create(fs, '/a/f', 'file');
    appendBlock(fs, '/a/f', 'x');
    create(fs, '/g', 'file');
    // /a/f's entry lost (its directory block never written), /g's inode lost (its table block never written)
    fs.blocks[1] = {
      kind: 'dir',
      entries: [
        ['.', 1],
        ['..', 0],
      ],
    };
    fs.inodes[3] = null;
    const actions = repairFs(fs);
    expect(fsckFindings(fs)).toEqual([]);
    expect(actions.map((a) => a.message)).toEqual([
      'entry "g" in directory 0 names free inode 3: removed',
      'file inode 2 is named by no directory reached from /: freed with its 1 blocks',
      'inode bitmap bit 2 set to 0: the inode is free',
      'inode bitmap bit 3 set to 0: the inode is free',
      'data bitmap bit 2 set to 0: no inode points to it',
      'free counts set from the bitmaps: 2 inodes and 2 blocks in use',
    ]);
    expect(fs.inodes[2]).toBeNull();
    expect(fs.blocks[2]).toBeNull();
  });

  it('gives a directory whose block was never written its "." and "..", and fixes its parent\'s link count', () => {
    const fs = createFileSystem(G);
    create(fs, '/a', 'dir');
    fs.blocks[1] = null;
    (fs.inodes[0] as Inode).links = 2;
    const actions = repairFs(fs);
    expect(actions.map((a) => a.pass)).toEqual(['blocks', 'directories', 'links']);
    expect(fs.blocks[1]).toEqual({
      kind: 'dir',
      entries: [
        ['.', 1],
        ['..', 0],
      ],
    });
    expect(fs.inodes[0]?.links).toBe(3);
    expect(fsckFindings(fs)).toEqual([]);
  });

  it('makes a root inode marked a file a directory again, keeping what it names (fsck.py can switch its type)', () => {
    const fs = createFileSystem(G);
    create(fs, '/a', 'dir');
    (fs.inodes[0] as Inode).kind = 'file';
    expect(repairFs(fs).map((a) => a.message)).toEqual(['the root inode 0 is marked a file: made a directory again']);
    expect(fsckFindings(fs)).toEqual([]);
    expect(fs.inodes[1]?.kind).toBe('dir');
  });

  it('on a consistent file system does nothing', () => {
    const fs = createFileSystem(G);
    create(fs, '/a', 'dir');
    const before = structuredClone(fs);
    expect(repairFs(fs)).toEqual([]);
    expect(fs).toEqual(before);
  });
});

const PATHS = ['/a', '/b', '/a/c', '/a/d', '/b/e'];
const path = fc.constantFrom(...PATHS);
const fsOp = namespaceOps(path, fc.constantFrom(1, 4096, 8192));

/** A picture whose every structure comes from one of two states, as a crash between their writes leaves it. */
function torn(a: FsState, b: FsState, pick: boolean[]): FsState {
  const from = (k: number) => (pick[k % pick.length] ? b : a);
  const fs = structuredClone(a);
  fs.inodeBitmap = from(0).inodeBitmap.slice();
  fs.dataBitmap = from(1).dataBitmap.slice();
  fs.inodes = fs.inodes.map((_, i) => structuredClone(from(2 + i).inodes[i] ?? null));
  fs.blocks = fs.blocks.map((_, i) => structuredClone(from(3 + G.inodes + i).blocks[i] ?? null));
  return fs;
}

describe('repairFs (properties)', () => {
  it('leaves fsck nothing to find in any mix of two states of a workload', () => {
    fc.assert(
      fc.property(
        fc.array(fsOp, { maxLength: 12 }),
        fc.array(fsOp, { maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 24 }),
        (ops, more, pick) => {
          const a = createFileSystem(G);
          ops.forEach((o) => applyFsOp(a, o));
          const b = structuredClone(a);
          more.forEach((o) => applyFsOp(b, o));
          const fs = torn(a, b, pick);
          repairFs(fs);
          expect(fsInvariants(fs)).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });
});
