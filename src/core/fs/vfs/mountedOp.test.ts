import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFsOp } from '../applyFsOp';
import { createFileSystem } from '../fileSystem';
import type { FsOp } from '../fsOp';
import { namespaceOps } from '../../testing/fsOps';
import type { FsResult, FsState } from '../types';
import { kernelNames, mountedOp } from './mountedOp';
import { resolveVfs } from './resolveVfs';

const small = (): FsState =>
  createFileSystem({ inodes: 16, dataBlocks: 16, entriesPerBlock: 8, pointersPerInode: 4, blockSize: 100 });

/** An operation through the VFS, as the kernel's file system applies it. */
function vfsApply(fs: FsState, op: FsOp): FsResult {
  const m = mountedOp(fs, op);
  return m.ok ? applyFsOp(fs, m.op) : m;
}

const codeOf = (fs: FsState, op: FsOp): string => {
  const r = vfsApply(fs, op);
  return r.ok ? 'ok' : r.error.code;
};

describe('operations through the mount table', () => {
  it('refuse what /proc and /ledger refuse, each with its errno', () => {
    const fs = small();
    expect(codeOf(fs, { kind: 'mkdir', path: '/proc' })).toBe('EEXIST');
    expect(codeOf(fs, { kind: 'mkdir', path: '/ledger' })).toBe('EEXIST');
    expect(codeOf(fs, { kind: 'rmdir', path: '/ledger' })).toBe('EBUSY');
    expect(codeOf(fs, { kind: 'rename', from: '/proc', to: '/p' })).toBe('EBUSY');
    expect(codeOf(fs, { kind: 'mkdir', path: '/proc/x' })).toBe('EROFS');
    expect(codeOf(fs, { kind: 'write', path: '/proc/uptime', bytes: 1 })).toBe('EACCES');
    expect(codeOf(fs, { kind: 'truncate', path: '/ledger/000000', bytes: 0 })).toBe('EPERM');
    expect(codeOf(fs, { kind: 'rm', path: '/ledger/000000' })).toBe('EPERM');
    expect(codeOf(fs, { kind: 'chmod', path: '/ledger/HEAD', mode: 0o777 })).toBe('EPERM');
    expect(codeOf(fs, { kind: 'rename', from: '/ledger/000001', to: '/x' })).toBe('EPERM');
    expect(codeOf(fs, { kind: 'open', pid: 1, path: '/proc/uptime', flags: 'r' })).toBe('EINVAL');
    const why = vfsApply(fs, { kind: 'rm', path: '/ledger/000000' });
    expect(why.ok ? '' : why.error.message).toMatch(/append-only/);
    expect(fs).toEqual(small());
  });

  it('cross a mount and come back through "..", and follow a symbolic link into one', () => {
    const fs = small();
    expect(vfsApply(fs, { kind: 'mkdir', path: '/proc/../data' }).ok).toBe(true);
    expect(resolveVfs(kernelNames(fs), '/ledger/../data', true)).toMatchObject({ in: 'block', path: '/data' });
    expect(vfsApply(fs, { kind: 'symlink', target: '/proc', path: '/data/p' }).ok).toBe(true);
    expect(codeOf(fs, { kind: 'rm', path: '/data/p/uptime' })).toBe('EROFS');
    expect(resolveVfs(kernelNames(fs), '/data/p/1/status', true)).toMatchObject({
      in: 'mount',
      names: ['1', 'status'],
    });
    // The link itself is the block file system's, and goes as any link.
    expect(vfsApply(fs, { kind: 'rm', path: '/data/p' }).ok).toBe(true);
  });
});

/** Names to build paths of: the block file system's, the mount points', "." and "..". */
const NAME = fc.constantFrom('a', 'b', 'f', 'proc', 'ledger', '.', '..');
const PATHS = fc.array(NAME, { minLength: 1, maxLength: 5 }).map((ns) => `/${ns.join('/')}`);

/** A plain model of resolution over a tree of no links, as a set of directory and file paths. */
function model(dirs: ReadonlySet<string>, files: ReadonlySet<string>, path: string): string {
  const names = path.split('/').filter((n) => n !== '');
  const at: string[] = [];
  let mount: string | null = null;
  for (const [i, name] of names.entries()) {
    const here = `/${at.join('/')}`;
    if (name === '.') continue;
    if (mount !== null) {
      if (name !== '..') at.push(name);
      else if (at.pop() === undefined) mount = null;
      continue;
    }
    if (!dirs.has(here)) return 'ENOTDIR';
    if (name === '..') at.pop();
    else if (at.length === 0 && (name === 'proc' || name === 'ledger')) mount = `/${name}`;
    else {
      const next = `${here === '/' ? '' : here}/${name}`;
      if (!dirs.has(next) && !files.has(next) && i < names.length - 1) return 'ENOENT';
      at.push(name);
    }
  }
  return mount === null ? `block /${at.join('/')}` : `${mount} ${at.join('/')}`;
}

describe('the mount table (properties)', () => {
  it('resolution through mounts agrees with a plain model of the tree', () => {
    const fs = small();
    for (const op of ['mkdir /a', 'mkdir /a/b', 'touch /a/f', 'mkdir /b', 'touch /f'])
      applyFsOp(fs, { kind: op.split(' ')[0] as 'mkdir', path: op.split(' ')[1] as string });
    const dirs = new Set(['/', '/a', '/a/b', '/b']);
    const files = new Set(['/a/f', '/f']);
    fc.assert(
      fc.property(PATHS, (path) => {
        const place = resolveVfs(kernelNames(fs), path, true);
        const said =
          place.in === 'error'
            ? place.error.code
            : place.in === 'block'
              ? `block ${place.path}`
              : `${place.mount.point} ${place.names.join('/')}`;
        expect(said).toBe(model(dirs, files, path));
      }),
      { numRuns: 500 },
    );
  });

  it('no operation under /proc or /ledger changes the block file system; one that crosses no mount runs as before', () => {
    const path = fc.oneof(PATHS, fc.constantFrom('/a', '/a/b', '/a/f', '/b', '/f'));
    const ops = fc.array(
      fc.oneof(
        namespaceOps(path, fc.integer({ min: 0, max: 300 })),
        fc.record({ kind: fc.constant('symlink' as const), target: fc.constantFrom('/proc', '/ledger/x', 'a'), path }),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(ops, (list) => {
        const fs = small();
        const plain = small();
        for (const op of list) {
          const before = structuredClone(fs);
          const through = vfsApply(fs, op);
          const m = mountedOp(before, op);
          if (!m.ok) {
            expect(through.ok).toBe(false);
            expect(fs).toEqual(before);
          }
          // A plain file system, with no mounts, does the same with an operation that names none and reaches none.
          if (m.ok && m.op === op && !/proc|ledger/.test(JSON.stringify(op)))
            expect(applyFsOp(plain, op)).toEqual(through);
          else Object.assign(plain, structuredClone(fs));
          expect(plain).toEqual(fs);
        }
      }),
      { numRuns: 150 },
    );
  });
});
