import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFileSystem } from './fileSystem';
import { appendBlock, appendBlockTo, create, createAt, link, linkAt, unlink, unlinkAt } from './operations';
import { ROOT_INUM, type FsResult, type FsState } from './types';

const DIRS = ['/', '/a', '/b', '/a/c'];
const NAMES = ['a', 'b', 'c'];
const under = (dir: string, name: string) => (dir === '/' ? `/${name}` : `${dir}/${name}`);

const place = fc.record({ dir: fc.constantFrom(...DIRS), name: fc.constantFrom(...NAMES) });
// Mostly names made, so that the later steps find a tree to act on (and refuse in it).
const step = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constantFrom('mkdir' as const, 'creat' as const), at: place }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unlink' as const), at: place }) },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('write' as const), at: place, data: fc.constantFrom('x', 'y') }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('link' as const), target: place, at: place }) },
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;
/** The directories of DIRS, made first (as many as there is room for), so that most steps act in a tree. */
const TREE: Step[] = [
  { kind: 'mkdir', at: { dir: '/', name: 'a' } },
  { kind: 'mkdir', at: { dir: '/', name: 'b' } },
  { kind: 'mkdir', at: { dir: '/a', name: 'c' } },
];

/** The step by path, as the shell and the kernel's scenarios name things. */
function byPath(fs: FsState, s: Step): FsResult {
  const path = under(s.at.dir, s.at.name);
  switch (s.kind) {
    case 'mkdir':
      return create(fs, path, 'dir');
    case 'creat':
      return create(fs, path, 'file');
    case 'unlink':
      return unlink(fs, path);
    case 'write':
      return appendBlock(fs, path, s.data);
    case 'link':
      return link(fs, under(s.target.dir, s.target.name), path);
  }
}

/**
 * The step by the *at forms, as vsfs's generator makes them: the directory and the file are inode numbers the
 * caller kept from what it made (`held`, by path), never looked up. Null when the caller holds no such inode.
 */
function byInode(fs: FsState, held: Map<string, number>, s: Step): FsResult | null {
  const path = under(s.at.dir, s.at.name);
  const dir = held.get(s.at.dir);
  if (s.kind === 'write') {
    const file = held.get(path);
    return file === undefined ? null : appendBlockTo(fs, file, s.data, path);
  }
  if (dir === undefined) return null;
  switch (s.kind) {
    case 'mkdir':
      return createAt(fs, dir, s.at.name, path, 'dir');
    case 'creat':
      return createAt(fs, dir, s.at.name, path, 'file');
    case 'unlink':
      return unlinkAt(fs, dir, s.at.name, path);
    case 'link': {
      const target = under(s.target.dir, s.target.name);
      const file = held.get(target);
      return file === undefined ? null : linkAt(fs, file, target, dir, s.at.name, path);
    }
  }
}

describe('the *at operations (properties)', () => {
  it('give the state, the result and the words the path forms give, refusals included', () => {
    fc.assert(
      fc.property(
        fc.record({ inodes: fc.integer({ min: 1, max: 16 }), dataBlocks: fc.integer({ min: 1, max: 16 }) }),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.array(step, { minLength: 10, maxLength: 60 }),
        (size, entriesPerBlock, pointersPerInode, steps) => {
          const geometry = { ...size, entriesPerBlock, pointersPerInode, blockSize: 100 };
          const paths = createFileSystem(geometry);
          const inodes = createFileSystem(geometry);
          const held = new Map([['/', ROOT_INUM]]);
          for (const [tick, s] of [...TREE, ...steps].entries()) {
            paths.now = tick;
            inodes.now = tick;
            const want = byPath(paths, s);
            const got = byInode(inodes, held, s);
            // What the caller does not hold is not there: by path it cannot be found either.
            if (got === null) expect(want.ok).toBe(false);
            else {
              expect(got).toEqual(want);
              const path = under(s.at.dir, s.at.name);
              if (got.ok && s.kind === 'unlink') held.delete(path);
              else if (got.ok && s.kind !== 'write') held.set(path, got.inum);
            }
            expect(inodes).toEqual(paths);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
