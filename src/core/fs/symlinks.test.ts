import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFsOp } from './applyFsOp';
import { exploreCrashes } from './crash/crashPoint';
import { ops, plan } from './crash/crashTestKit';
import { createFileSystem } from './fileSystem';
import { parseFsOp, type FsOp } from './fsOp';
import { fsInvariants } from './invariants';
import { create, rename, rmdir, symlink, unlink } from './operations';
import { resolve, SYMLOOP_MAX } from './paths';
import { repairFs } from './repair';
import type { FsGeometry, FsState } from './types';

const DISK: FsGeometry = { inodes: 64, dataBlocks: 16, entriesPerBlock: 64, pointersPerInode: 4, blockSize: 512 };

/** A file system after the given typed lines, each of which must succeed. */
function after(...lines: string[]): FsState {
  const fs = createFileSystem(DISK);
  for (const line of lines) {
    const parsed = parseFsOp(line);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const done = applyFsOp(fs, parsed.op);
    if (!done.ok) throw new Error(`${line}: ${done.error.message}`);
  }
  return fs;
}

const inumOf = (fs: FsState, path: string, follow = true) => {
  const r = resolve(fs, path, follow);
  return r.ok ? r.inum : r.error.code;
};

describe('symbolic links', () => {
  it('hold their target in the inode: no data block, the size is the target', () => {
    const fs = after('mkdir /a', 'ln -s /a/f /l');
    const l = inumOf(fs, '/l', false) as number;
    expect(fs.inodes[l]).toMatchObject({ kind: 'symlink', target: '/a/f', size: 4, blocks: [], mode: 0o777 });
    expect(fs.used.blocks).toBe(2);
    expect(fsInvariants(fs)).toEqual([]);
  });

  it("are followed in the middle of a path and at its end, relative targets from the link's directory", () => {
    const fs = after(
      'mkdir /a',
      'mkdir /a/b',
      'touch /a/b/f',
      'ln -s b /a/to-b',
      'ln -s /a/to-b/f /abs',
      'ln -s ../a/b/f /a/rel',
    );
    const f = inumOf(fs, '/a/b/f');
    expect(inumOf(fs, '/a/to-b/f')).toBe(f);
    expect(inumOf(fs, '/abs')).toBe(f);
    expect(inumOf(fs, '/a/rel')).toBe(f);
    expect(inumOf(fs, '/abs', false)).not.toBe(f);
  });

  it('a dangling link gives ENOENT naming what is missing; a file in the middle ENOTDIR', () => {
    const fs = after('touch /f', 'ln -s /nowhere /l', 'ln -s /f /lf');
    const r = resolve(fs, '/l');
    expect(r).toEqual({ ok: false, error: { code: 'ENOENT', message: '/nowhere does not exist' } });
    expect(inumOf(fs, '/lf/x')).toBe('ENOTDIR');
  });

  it(`gives ELOOP past ${SYMLOOP_MAX} links, and follows a chain of exactly ${SYMLOOP_MAX}`, () => {
    const lines = ['touch /f', 'ln -s /f /l0'];
    for (let i = 1; i <= SYMLOOP_MAX; i++) lines.push(`ln -s /l${i - 1} /l${i}`);
    const fs = after(...lines);
    expect(inumOf(fs, `/l${SYMLOOP_MAX - 1}`)).toBe(inumOf(fs, '/f'));
    expect(inumOf(fs, `/l${SYMLOOP_MAX}`)).toBe('ELOOP');
    const loop = after('ln -s /b /a', 'ln -s /a /b', 'ln -s self /self');
    expect(inumOf(loop, '/a')).toBe('ELOOP');
    expect(inumOf(loop, '/self/x')).toBe('ELOOP');
    expect(inumOf(loop, '/a', false)).toBeTypeOf('number');
  });

  it('unlink, rmdir and rename act on the link itself, never on its target', () => {
    const fs = after('mkdir /d', 'touch /f', 'ln -s /f /l', 'ln -s /d /ld');
    const f = inumOf(fs, '/f');
    expect(rmdir(fs, '/ld')).toMatchObject({ ok: false, error: { code: 'ENOTDIR' } });
    expect(rename(fs, '/l', '/m').ok).toBe(true);
    expect(inumOf(fs, '/m')).toBe(f);
    expect(unlink(fs, '/m').ok).toBe(true);
    expect(inumOf(fs, '/f')).toBe(f);
    expect(unlink(fs, '/ld').ok).toBe(true);
    expect(inumOf(fs, '/d')).toBeTypeOf('number');
    expect(fsInvariants(fs)).toEqual([]);
  });

  it('writes through a link reach its target', () => {
    const fs = after('touch /f', 'ln -s f /l', 'write /l 700');
    expect(fs.inodes[inumOf(fs, '/f') as number]?.size).toBe(700);
  });

  it('refuses an empty or over-long target and an existing name, changing nothing', () => {
    const fs = after('touch /f');
    const before = structuredClone(fs);
    expect(symlink(fs, '', '/l')).toMatchObject({ ok: false, error: { code: 'ENOENT' } });
    expect(symlink(fs, `/${'x'.repeat(256)}`, '/l')).toMatchObject({ ok: false, error: { code: 'ENAMETOOLONG' } });
    expect(symlink(fs, '/g', '/f')).toMatchObject({ ok: false, error: { code: 'EEXIST' } });
    expect(fs).toEqual(before);
  });

  it('fsck repair leaves a healthy link alone and gives a link a block never', () => {
    const fs = after('ln -s /x /l');
    expect(repairFs(fs)).toEqual([]);
    create(fs, '/f', 'file', undefined, 1);
    const l = inumOf(fs, '/l', false) as number;
    const f = inumOf(fs, '/f') as number;
    // A corruption: the link claims the file's block.
    (fs.inodes[l] as { blocks: number[] }).blocks = [...(fs.inodes[f]?.blocks ?? [])];
    expect(fsInvariants(fs).length).toBeGreaterThan(0);
    repairFs(fs);
    expect(fsInvariants(fs)).toEqual([]);
  });

  it('survive the crash explorer: every crash point recovers to a file system fsck passes, the link intact once durable', () => {
    for (const mode of ['none', 'data'] as const) {
      const p = plan(mode, ops('mkdir /a', 'write /a/f 100', 'ln -s /a/f /l', 'ln -s ../l /a/m'));
      for (const point of exploreCrashes(p)) {
        expect(point.findingsAfterRepair).toEqual([]);
        expect(point.fates.every((f) => f.status !== 'damaged')).toBe(true);
      }
      const end = exploreCrashes(p).at(-1) as ReturnType<typeof exploreCrashes>[number];
      expect(resolve(end.repaired, '/a/m')).toEqual(resolve(end.repaired, '/a/f'));
    }
  });

  it('resolution always ends, whatever links point at (property)', () => {
    const names = ['/a', '/b', '/c', '/a/x', '/a/y'];
    const target = fc.constantFrom(...names, 'x', '..', '../a', '.', 'a/x/..');
    const steps = fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('symlink' as const), target, path: fc.constantFrom(...names) }),
        fc.record({ kind: fc.constantFrom('mkdir' as const, 'touch' as const), path: fc.constantFrom(...names) }),
      ),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(steps, fc.constantFrom(...names, '/a/x/y', '/b/x/..'), (list: FsOp[], path) => {
        const fs = createFileSystem(DISK);
        for (const op of list) applyFsOp(fs, op);
        const r = resolve(fs, path);
        expect(r.ok || ['ENOENT', 'ENOTDIR', 'ELOOP'].includes(r.error.code)).toBe(true);
        expect(fsInvariants(fs)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
