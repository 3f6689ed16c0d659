import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFileSystem } from './fileSystem';
import { fsInvariants } from './invariants';
import { appendBlock, create, link, rmdir, unlink } from './operations';
import type { FsResult, FsState } from './types';

const NAMES = ['/a', '/b', '/a/c', '/a/d', '/b/e', '/a/c/f'];
const path = fc.constantFrom(...NAMES);
const op = fc.oneof(
  fc.record({ op: fc.constantFrom('file' as const, 'dir' as const), path }),
  fc.record({ op: fc.constant('link' as const), path, to: path }),
  fc.record({ op: fc.constantFrom('unlink' as const, 'rmdir' as const), path }),
  fc.record({ op: fc.constant('write' as const), path, data: fc.constantFrom('x', 'y') }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function apply(fs: FsState, o: Op): FsResult {
  switch (o.op) {
    case 'file':
    case 'dir':
      return create(fs, o.path, o.op);
    case 'link':
      return link(fs, o.path, o.to);
    case 'unlink':
      return unlink(fs, o.path);
    case 'rmdir':
      return rmdir(fs, o.path);
    case 'write':
      return appendBlock(fs, o.path, o.data);
  }
}

describe('file-system operations (properties)', () => {
  it('keep the picture consistent, and a refused one changes nothing', () => {
    fc.assert(
      fc.property(
        fc.record({ inodes: fc.integer({ min: 1, max: 6 }), dataBlocks: fc.integer({ min: 1, max: 6 }) }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(op, { maxLength: 40 }),
        (size, entriesPerBlock, pointersPerInode, ops) => {
          const fs = createFileSystem({ ...size, entriesPerBlock, pointersPerInode });
          for (const o of ops) {
            const before = structuredClone(fs);
            const r = apply(fs, o);
            if (!r.ok) expect(fs).toEqual(before);
            expect(fsInvariants(fs)).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
