import fc from 'fast-check';
import { namespaceOps } from '../testing/fsOps';
import { describe, expect, it } from 'vitest';
import { createFileSystem } from './fileSystem';
import { fsInvariants } from './invariants';
import { applyFsOp } from './applyFsOp';
import type { FsOp } from './fsOp';
import { appendBlock } from './operations';
import type { FsResult, FsState } from './types';

const NAMES = ['/a', '/b', '/a/c', '/a/d', '/b/e', '/a/c/f'];
const path = fc.constantFrom(...NAMES);
const bytes = fc.integer({ min: 0, max: 300 });
const fsOp: fc.Arbitrary<FsOp> = fc.oneof(
  { weight: 4, arbitrary: namespaceOps(path, bytes) },
  // Targets absolute and relative, to names that come and go: links dangle, chain and loop.
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('symlink' as const),
      target: fc.constantFrom(...NAMES, 'c', '../b', '.', 'e/..'),
      path,
    }),
  },
);
/** vsfs's own write (one block with a letter in it) beside the shell's operations. */
const op = fc.oneof(
  fsOp,
  fc.record({ kind: fc.constant('appendBlock' as const), path, data: fc.constantFrom('x', 'y') }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

const apply = (fs: FsState, o: Op): FsResult =>
  o.kind === 'appendBlock' ? appendBlock(fs, o.path, o.data) : applyFsOp(fs, o);

describe('file-system operations (properties)', () => {
  it('keep the picture consistent, and a refused one changes nothing', () => {
    fc.assert(
      fc.property(
        fc.record({ inodes: fc.integer({ min: 1, max: 6 }), dataBlocks: fc.integer({ min: 1, max: 6 }) }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(op, { maxLength: 40 }),
        (size, entriesPerBlock, pointersPerInode, ops) => {
          const fs = createFileSystem({ ...size, entriesPerBlock, pointersPerInode, blockSize: 100 });
          for (const [tick, o] of ops.entries()) {
            fs.now = tick;
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
