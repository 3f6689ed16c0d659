import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFsOp } from './applyFsOp';
import { createFileSystem } from './fileSystem';
import { parseFsOp, type FsOp } from './fsOp';
import { fsInvariants } from './invariants';
import { resolve } from './paths';
import type { FsGeometry, FsResult, FsState } from './types';

const DISK: FsGeometry = { inodes: 32, dataBlocks: 32, entriesPerBlock: 16, pointersPerInode: 4, blockSize: 512 };

const op = (line: string): FsOp => {
  const parsed = parseFsOp(line);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.op;
};

/** Runs typed lines, each made by process `owner` (or root, 0) and checked as user `uid`. */
function run(fs: FsState, uid: number, ...lines: string[]): FsResult[] {
  return lines.map((l) => applyFsOp(fs, op(l), undefined, uid, uid));
}

const refusal = (r: FsResult | undefined) => (r && !r.ok ? `${r.error.code}: ${r.error.message}` : 'ok');

describe('permission checks', () => {
  it('let root do anything, whatever the bits', () => {
    const fs = createFileSystem(DISK);
    run(fs, 0, 'mkdir /d', 'chmod 0000 /d', 'touch /d/f', 'chmod 0000 /d/f');
    expect(run(fs, 0, 'write /d/f 10', 'rm /d/f').map(refusal)).toEqual(['ok', 'ok']);
  });

  it('refuse to make a name in a directory the user may not write, saying which bits', () => {
    const fs = createFileSystem(DISK);
    const [touch] = run(fs, 2, 'touch /f');
    expect(refusal(touch)).toBe(
      "EACCES: P2's user may not write /: its mode 0755 gives others (the owner is root (the system)) r-x",
    );
    run(fs, 0, 'chmod 0777 /');
    expect(run(fs, 2, 'touch /f').map(refusal)).toEqual(['ok']);
    expect(fs.inodes[1]?.owner).toBe(2);
  });

  it("keep a file to its owner's bits and others' bits", () => {
    const fs = createFileSystem(DISK);
    run(fs, 0, 'chmod 0777 /');
    run(fs, 1, 'write /log 100');
    expect(run(fs, 1, 'write /log 1').map(refusal)).toEqual(['ok']);
    expect(refusal(run(fs, 2, 'write /log 1')[0])).toBe(
      "EACCES: P2's user may not write /log: its mode 0644 gives others (the owner is P1) r--",
    );
    expect(refusal(run(fs, 2, 'truncate /log 0')[0])).toMatch(/^EACCES/);
    run(fs, 0, 'chmod 0400 /log');
    expect(refusal(run(fs, 1, 'write /log 1')[0])).toBe(
      "EACCES: P1's user may not write /log: its mode 0400 gives its owner r--",
    );
  });

  it('need search (x) on every directory on the way, through symbolic links too', () => {
    const fs = createFileSystem(DISK);
    run(fs, 0, 'chmod 0777 /', 'mkdir /private', 'touch /private/f', 'chmod 0700 /private', 'ln -s /private/f /l');
    expect(resolve(fs, '/private/f', true, 3)).toMatchObject({ ok: false, error: { code: 'EACCES' } });
    expect(refusal(run(fs, 3, 'write /l 1')[0])).toMatch(
      /^EACCES: P3's user may not search \(look names up in\) \/private/,
    );
    expect(resolve(fs, '/private/f', true, 0).ok).toBe(true);
  });

  it('chmod sets the bits and refuses a mode past 0777 or a missing path', () => {
    const fs = createFileSystem(DISK);
    run(fs, 0, 'touch /f', 'chmod 640 /f');
    expect(fs.inodes[1]?.mode).toBe(0o640);
    expect(refusal(applyFsOp(fs, { kind: 'chmod', mode: 0o1000, path: '/f' }))).toMatch(/^EINVAL/);
    expect(refusal(run(fs, 0, 'chmod 0600 /g')[0])).toBe('ENOENT: /g does not exist');
    expect(parseFsOp('chmod 0888 /f')).toMatchObject({
      ok: false,
      error: { message: 'mode must be octal from 0000 to 0777 (got "0888")' },
    });
  });

  it("chmod is its owner's and root's: EPERM for another user, whatever the bits", () => {
    const fs = createFileSystem(DISK);
    run(fs, 0, 'chmod 0777 /');
    run(fs, 3, 'touch /mine');
    expect(run(fs, 3, 'chmod 0600 /mine').map(refusal)).toEqual(['ok']);
    expect(fs.inodes[1]?.mode).toBe(0o600);
    expect(refusal(run(fs, 4, 'chmod 0777 /mine')[0])).toBe(
      "EPERM: P4's user may not change the mode of /mine: only its owner (P3) or root may",
    );
    expect(run(fs, 0, 'chmod 0644 /mine').map(refusal)).toEqual(['ok']);
    expect(fs.inodes[1]?.mode).toBe(0o644);
  });

  it('a refused operation changes nothing, and the picture stays consistent (property)', () => {
    const paths = ['/', '/a', '/b', '/a/c', '/a/l'];
    const path = fc.constantFrom(...paths);
    const anyOp: fc.Arbitrary<FsOp> = fc.oneof(
      fc.record({ kind: fc.constantFrom('mkdir' as const, 'touch' as const, 'rm' as const, 'rmdir' as const), path }),
      fc.record({ kind: fc.constantFrom('write' as const, 'truncate' as const), path, bytes: fc.nat(2000) }),
      fc.record({
        kind: fc.constant('chmod' as const),
        mode: fc.constantFrom(0o777, 0o755, 0o700, 0o644, 0o000),
        path,
      }),
      fc.record({ kind: fc.constant('symlink' as const), target: path, path }),
      fc.record({ kind: fc.constant('rename' as const), from: path, to: path }),
      fc.record({ kind: fc.constant('link' as const), target: path, path }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(anyOp, fc.constantFrom(0, 1, 2)), { maxLength: 30 }), (ops) => {
        const fs = createFileSystem(DISK);
        for (const [o, uid] of ops) {
          const before = structuredClone(fs);
          const r = applyFsOp(fs, o, undefined, uid, uid);
          if (!r.ok) expect(fs).toEqual(before);
          expect(fsInvariants(fs)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
