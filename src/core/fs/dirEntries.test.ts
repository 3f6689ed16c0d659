import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFsOp } from './applyFsOp';
import { createFileSystem } from './fileSystem';
import type { FsOp } from './fsOp';
import { entriesOf, lookupIn, resolve } from './paths';
import { repairFs } from './repair';
import type { BlockContent, DirEntry, Inode } from './types';

/** Enough names in one directory that it keeps an index (32 or more entries), moved between two directories. */
const NAMES = Array.from({ length: 48 }, (_, i) => `n${i}`);
const path = fc.tuple(fc.constantFrom('/d', '/d', '/d', '/e'), fc.constantFrom(...NAMES)).map(([d, n]) => `${d}/${n}`);
const op: fc.Arbitrary<FsOp | { kind: 'renameThenFsck'; rename: string }> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('touch' as const), path }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rm' as const), path }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rename' as const), from: path, to: path }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('link' as const), target: path, path }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('mkdir' as const), path }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('renameThenFsck' as const), rename: fc.constantFrom(...NAMES) }),
  },
);

describe("a directory's name index (property)", () => {
  it('answers every lookup as reading the entries in order does', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 60, maxLength: 200 }), (ops) => {
        const fs = createFileSystem({
          inodes: 128,
          dataBlocks: 64,
          entriesPerBlock: 5,
          pointersPerInode: 16,
          blockSize: 64,
        });
        applyFsOp(fs, { kind: 'mkdir', path: '/d' });
        applyFsOp(fs, { kind: 'mkdir', path: '/e' });
        // Long enough from the start to keep an index.
        for (const name of NAMES.slice(0, 36)) applyFsOp(fs, { kind: 'touch', path: `/d/${name}` });
        const wrong: string[] = [];
        for (const o of ops) {
          if (o.kind === 'renameThenFsck') {
            // A corruption as fsck.py makes one (an entry's name rewritten in place, behind the index's back),
            // then fsck, which must leave the index true.
            const dir = fs.inodes[(resolve(fs, '/d') as { inum: number }).inum] as Inode;
            const last = fs.blocks[dir.blocks[dir.blocks.length - 1] as number] as Extract<
              BlockContent,
              { kind: 'dir' }
            >;
            const at = last.entries.length - 1;
            if (at >= 2) last.entries[at] = [o.rename, (last.entries[at] as DirEntry)[1]];
            repairFs(fs);
          } else applyFsOp(fs, o);
          for (const dir of ['/d', '/e']) {
            const d = resolve(fs, dir);
            if (!d.ok) continue;
            const inode = fs.inodes[d.inum] as Inode;
            const first = new Map<string, number>();
            for (const [n, i] of entriesOf(fs, inode)) if (!first.has(n)) first.set(n, i);
            for (const name of [...NAMES, '.', '..'])
              if (lookupIn(fs, inode, name) !== (first.get(name) ?? null)) wrong.push(`${dir}/${name} after ${o.kind}`);
          }
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
