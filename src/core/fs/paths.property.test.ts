import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFsOp } from './applyFsOp';
import { forgetNames } from './dirEntries';
import { createFileSystem, NAME_MAX } from './fileSystem';
import type { FsOp } from './fsOp';
import { unlink } from './operations';
import { entriesOf, resolve, resolveLast, resolveParent, SYMLOOP_MAX } from './paths';
import { denied, permits } from './permissions';
import { ROOT_INUM, type BlockContent, type FsError, type FsState, type Inode } from './types';

type Resolved = { ok: true; inum: number } | { ok: false; error: FsError };

const failed = (code: FsError['code'], message: string) => ({ ok: false as const, error: { code, message } });

/**
 * Resolution as POSIX describes it, written for clarity: the names in a queue, a followed link's target names
 * put in front of the rest, each name found by reading the directory's entries in order.
 */
function modelWalk(fs: FsState, names: string[], follow: boolean, uid: number): Resolved {
  let queue = [...names];
  let inum = ROOT_INUM;
  let walked: string[] = [];
  let hops = 0;
  while (queue.length > 0) {
    const [name, ...rest] = queue as [string, ...string[]];
    queue = rest;
    const dir = fs.inodes[inum] as Inode;
    const here = walked.map((n) => `/${n}`).join('');
    if (dir.kind !== 'dir') return failed('ENOTDIR', `${here} is not a directory`);
    if (!permits(dir, uid, 'search')) return { ok: false, error: denied(here || '/', dir, uid, 'search') };
    const entry = entriesOf(fs, dir).find(([n]) => n === name);
    if (entry === undefined) return failed('ENOENT', `${here}/${name} does not exist`);
    const child = fs.inodes[entry[1]] as Inode;
    if (child.kind !== 'symlink' || (queue.length === 0 && !follow)) {
      inum = entry[1];
      walked.push(name);
      continue;
    }
    if (++hops > SYMLOOP_MAX)
      return failed(
        'ELOOP',
        `/${names.join('/')}: more than ${SYMLOOP_MAX} symbolic links on the way (a loop of links?)`,
      );
    const target = child.target as string;
    if (target.startsWith('/')) {
      inum = ROOT_INUM;
      walked = [];
    }
    queue = [...target.split('/').filter((n) => n !== ''), ...queue];
  }
  return { ok: true, inum };
}

/** The path's names, or why it is not an absolute path of names at most NAME_MAX long. */
function modelNames(path: string): string[] | { ok: false; error: FsError } {
  if (!path.startsWith('/')) return failed('EINVAL', `"${path}" is not an absolute path (it must start with /)`);
  const names = path.split('/').filter((n) => n !== '');
  const long = names.find((n) => n.length > NAME_MAX);
  if (long === undefined) return names;
  return failed('ENAMETOOLONG', `the name "${long.slice(0, 20)}…" is ${long.length} characters; at most ${NAME_MAX}`);
}

function modelResolve(fs: FsState, path: string, follow: boolean, uid: number): Resolved {
  const names = modelNames(path);
  return Array.isArray(names) ? modelWalk(fs, names, follow, uid) : names;
}

function modelParent(fs: FsState, path: string, uid: number) {
  const names = modelNames(path);
  if (!Array.isArray(names)) return names;
  const name = names.pop();
  if (name === undefined) return failed('EEXIST', 'the root directory / always exists');
  if (name === '.' || name === '..') return failed('EINVAL', `"${name}" names a directory itself or its parent`);
  const parent = modelWalk(fs, names, true, uid);
  if (!parent.ok) return parent;
  if ((fs.inodes[parent.inum] as Inode).kind !== 'dir')
    return failed('ENOTDIR', `/${names.join('/')} is not a directory`);
  return { ok: true, parent: parent.inum, name };
}

// Few names, so that paths meet what the steps made; two long enough to be indexed when a directory fills.
const NAMES = ['a', 'b', 'c', 'dd', 'e', 'file-name-longer-than-twelve'];
const name = fc.constantFrom(...NAMES, '.', '..');
const relative = fc.array(name, { minLength: 1, maxLength: 4 }).map((ns) => ns.join('/'));
const absolute = fc.array(name, { minLength: 0, maxLength: 5 }).map((ns) => `/${ns.join('/')}`);
/** Paths as callers give them: doubled and trailing slashes, names too long, or not absolute at all. */
const anyPath = fc.oneof(
  { weight: 6, arbitrary: absolute },
  { weight: 1, arbitrary: absolute.map((p) => `${p}/`) },
  { weight: 1, arbitrary: absolute.map((p) => p.replaceAll('/', '//')) },
  { weight: 1, arbitrary: absolute.map((p) => `${p}/${'x'.repeat(NAME_MAX + 1)}`) },
  { weight: 1, arbitrary: relative },
);
const makePath = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 }).map((ns) => `/${ns.join('/')}`);
const step: fc.Arbitrary<FsOp | { kind: 'repeat'; path: string }> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('mkdir' as const), path: makePath }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('touch' as const), path: makePath }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('symlink' as const),
      target: fc.oneof(absolute, relative),
      path: makePath,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('link' as const), target: makePath, path: makePath }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rename' as const), from: makePath, to: makePath }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rm' as const), path: makePath }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('chmod' as const),
      mode: fc.constantFrom(0o755, 0o700, 0o644, 0o711),
      path: makePath,
    }),
  },
  // A corruption: the directory's first name written again at its end, as only a damaged disk holds it.
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), path: absolute }) },
);

/** A file system of random directories, files, links, modes and repeated names, owned by user 1 or root. */
function build(steps: (FsOp | { kind: 'repeat'; path: string })[], entriesPerBlock: number): FsState {
  const fs = createFileSystem({ inodes: 96, dataBlocks: 96, entriesPerBlock, pointersPerInode: 3, blockSize: 64 });
  steps.forEach((s, i) => {
    if (s.kind !== 'repeat') {
      applyFsOp(fs, s, undefined, i % 3);
      return;
    }
    const dir = resolve(fs, s.path);
    if (!dir.ok || (fs.inodes[dir.inum] as Inode).kind !== 'dir') return;
    const blocks = (fs.inodes[dir.inum] as Inode).blocks;
    const first = (fs.blocks[blocks[0] as number] as Extract<BlockContent, { kind: 'dir' }>).entries[2];
    const last = fs.blocks[blocks[blocks.length - 1] as number] as Extract<BlockContent, { kind: 'dir' }>;
    if (first === undefined || last.entries.length >= entriesPerBlock) return;
    last.entries.push([first[0], ROOT_INUM]);
    forgetNames(fs);
  });
  return fs;
}

describe('path resolution (property)', () => {
  it('gives what the plain walk of names gives: the inode or the same error, for any user and link', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 40 }),
        fc.constantFrom(4, 40),
        fc.array(fc.tuple(anyPath, fc.boolean(), fc.constantFrom(0, 1, 2)), { minLength: 1, maxLength: 20 }),
        (steps, perBlock, lookups) => {
          const fs = build(steps, perBlock);
          for (const [path, follow, uid] of lookups) {
            expect(resolve(fs, path, follow, uid)).toEqual(modelResolve(fs, path, follow, uid));
            expect(resolveParent(fs, path, uid)).toEqual(modelParent(fs, path, uid));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('resolveLast is resolve without following the last name and resolveParent, in one walk', () => {
    // Two names only, so that the trees are deep; every path of up to three names is then looked up.
    const few = fc.array(fc.constantFrom('a', 'b'), { minLength: 1, maxLength: 3 }).map((ns) => `/${ns.join('/')}`);
    const fewSteps: fc.Arbitrary<FsOp> = fc.oneof(
      { weight: 3, arbitrary: fc.record({ kind: fc.constant('mkdir' as const), path: few }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('touch' as const), path: few }) },
      {
        weight: 1,
        arbitrary: fc.record({
          kind: fc.constant('symlink' as const),
          target: fc.constantFrom('/a', 'a', '..', '/b/a', 'b/b', '/'),
          path: few,
        }),
      },
    );
    const names = ['a', 'b', '.', '..'];
    const paths = ['/', ...names.map((n) => `/${n}`)];
    for (const p of paths.slice(1)) for (const n of names) paths.push(`${p}/${n}`);
    for (const p of paths.slice(1 + names.length)) for (const n of names) paths.push(`${p}/${n}`, `${p}//${n}/`);
    fc.assert(
      fc.property(fc.array(fewSteps, { minLength: 5, maxLength: 30 }), (steps) => {
        const fs = build(steps, 4);
        for (const path of paths) {
          const found = resolve(fs, path, false);
          expect(resolveLast(fs, path)).toEqual(found.ok ? { ...found, at: resolveParent(fs, path) } : found);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("unlink removes what resolving without following the last name finds, or gives that resolution's error", () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 40 }),
        fc.array(anyPath, { minLength: 1, maxLength: 10 }),
        (steps, paths) => {
          const fs = build(steps, 40);
          for (const path of paths) {
            const parent = resolveParent(fs, path);
            const found = resolve(fs, path, false);
            const kind = found.ok ? (fs.inodes[found.inum] as Inode).kind : null;
            const done = unlink(fs, path);
            if (!parent.ok) expect(done).toEqual(parent);
            else if (!found.ok || kind === 'dir')
              expect(done).toMatchObject({ ok: false, error: found.ok ? { code: 'EISDIR' } : found.error });
            else {
              expect(done).toEqual(found);
              expect(resolve(fs, path, false).ok).toBe(
                entriesOf(fs, fs.inodes[parent.parent] as Inode).some(([n]) => n === parent.name),
              );
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('follows links of links and names the directory walked so far in every error, as the plain walk does', () => {
    const fs = createFileSystem({
      inodes: 64,
      dataBlocks: 64,
      entriesPerBlock: 16,
      pointersPerInode: 2,
      blockSize: 64,
    });
    for (const op of [
      'mkdir /a',
      'mkdir /a/b',
      'touch /a/b/f',
      'symlink b /a/rel',
      'symlink /a/rel /abs',
      'symlink ../a/rel/f /a/b/up',
      'symlink /self /self',
      'symlink rel /a/again',
    ]) {
      const [kind, x, y] = op.split(' ') as [string, string, string?];
      applyFsOp(fs, kind === 'symlink' ? { kind, target: x, path: y as string } : ({ kind, path: x } as FsOp));
    }
    applyFsOp(fs, { kind: 'chmod', mode: 0o700, path: '/a/b' }, undefined, 0);
    for (const path of ['/abs/f/x', '/abs/nope', '//abs//b//', '/a/b/up/x', '/a/rel/up/../f', '/self/x', '/a/again/f'])
      for (const uid of [0, 1]) {
        for (const follow of [true, false])
          expect(resolve(fs, path, follow, uid)).toEqual(modelResolve(fs, path, follow, uid));
        expect(resolveParent(fs, path, uid)).toEqual(modelParent(fs, path, uid));
      }
  });
});
