import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFsOp } from './applyFsOp';
import { createFileSystem } from './fileSystem';
import type { FsOp } from './fsOp';
import { fsInvariants } from './invariants';
import {
  closeAll,
  closeFd,
  dupFd,
  emptyOpenFiles,
  OPEN_MAX,
  openFile,
  openFileInvariants,
  readFd,
  seekFd,
  writeFd,
  type FdResult,
  type OpenFiles,
} from './openFiles';
import { resolve } from './paths';
import type { FsGeometry, FsState } from './types';

const DISK: FsGeometry = { inodes: 16, dataBlocks: 16, entriesPerBlock: 16, pointersPerInode: 4, blockSize: 512 };

function setUp(...ops: FsOp[]): { fs: FsState; files: OpenFiles } {
  const fs = createFileSystem(DISK);
  for (const op of ops) applyFsOp(fs, op);
  return { fs, files: emptyOpenFiles() };
}

const said = (r: FdResult) => (r.ok ? r.said : `${r.error.code}: ${r.error.message}`);

describe('descriptors over the open-file table', () => {
  it('open gives the lowest free descriptor from 3, and a closed one is taken again', () => {
    const { fs, files } = setUp({ kind: 'touch', path: '/f' });
    expect(said(openFile(fs, files, 1, '/f', 'r', 0))).toBe(
      "/f opened read-only: P1's descriptor 3 -> open-file entry 0 (inode 1, offset 0)",
    );
    openFile(fs, files, 1, '/f', 'r', 0);
    openFile(fs, files, 2, '/f', 'r', 0);
    expect(files.tables).toEqual({ 1: [null, null, null, 0, 1], 2: [null, null, null, 2] });
    closeFd(fs, files, 1, 3);
    expect(said(openFile(fs, files, 1, '/f', 'a', 0))).toMatch(/descriptor 3 -> open-file entry 0/);
    expect(fs.held).toEqual({ 1: 3 });
  });

  it(`refuses a descriptor past OPEN_MAX (${OPEN_MAX}) with EMFILE, and one not open with EBADF`, () => {
    const { fs, files } = setUp({ kind: 'touch', path: '/f' });
    for (let fd = 3; fd < OPEN_MAX; fd++) expect(openFile(fs, files, 1, '/f', 'r', 0).ok).toBe(true);
    const before = structuredClone({ fs, files });
    expect(said(openFile(fs, files, 1, '/f', 'r', 0))).toBe(
      `EMFILE: P1 has descriptors 3 to ${OPEN_MAX - 1} open, all it may (OPEN_MAX is ${OPEN_MAX})`,
    );
    expect(said(readFd(fs, files, 1, 2, 10))).toBe('EBADF: descriptor 2 is not open in P1');
    expect(said(closeFd(fs, files, 2, 3))).toBe('EBADF: descriptor 3 is not open in P2');
    expect({ fs, files }).toEqual(before);
  });

  it('reads and writes at the offset: w empties, a appends, seek moves it, and read stops at the end', () => {
    const { fs, files } = setUp({ kind: 'write', path: '/f', bytes: 1000 });
    openFile(fs, files, 1, '/f', 'r', 0);
    expect(said(readFd(fs, files, 1, 3, 600))).toBe("600 bytes read from offset 0; entry 0's offset is now 600");
    expect(said(readFd(fs, files, 1, 3, 600))).toBe("400 bytes read from offset 600; entry 0's offset is now 1000");
    expect(said(readFd(fs, files, 1, 3, 1))).toBe('offset 1000 is at or past the end (1000 bytes): 0 bytes read');
    expect(said(writeFd(fs, files, 1, 3, 1))).toBe('EBADF: descriptor 3 of P1 is open read-only');
    openFile(fs, files, 1, '/f', 'a', 0);
    expect(said(writeFd(fs, files, 1, 4, 24))).toBe(
      "24 bytes written at offset 1000; the file is 1024 bytes, entry 1's offset 1024",
    );
    expect(said(seekFd(files, 1, 4, 0))).toBe("entry 1's offset is now 0");
    expect(said(writeFd(fs, files, 1, 4, 1))).toMatch(/^1 bytes written at offset 1024/);
    openFile(fs, files, 1, '/f', 'w', 0);
    expect(fs.inodes[1]).toMatchObject({ size: 0, blocks: [] });
    expect(said(readFd(fs, files, 1, 5, 1))).toBe('EBADF: descriptor 5 of P1 is open for writing, not reading');
    expect(said(seekFd(files, 1, 5, 2000))).toBe("entry 2's offset is now 2000");
    expect(said(writeFd(fs, files, 1, 5, 48))).toMatch(/the file is 2048 bytes/);
    expect(fs.inodes[1]?.blocks).toHaveLength(4);
    expect(fsInvariants(fs)).toEqual([]);
  });

  it('w and a make a missing file owned by the process; r, a directory and a full disk refuse, changing nothing', () => {
    const { fs, files } = setUp({ kind: 'mkdir', path: '/d' });
    expect(said(openFile(fs, files, 2, '/d/new', 'w', 0))).toBe(
      "/d/new made and opened write-only, emptied: P2's descriptor 3 -> open-file entry 0 (inode 2, offset 0)",
    );
    expect(fs.inodes[2]?.owner).toBe(2);
    const before = structuredClone({ fs, files });
    expect(said(openFile(fs, files, 2, '/nope', 'r', 0))).toBe('ENOENT: /nope does not exist');
    applyFsOp(fs, { kind: 'symlink', target: '/gone', path: '/l' });
    const withLink = structuredClone({ fs, files });
    expect(said(openFile(fs, files, 2, '/l', 'a', 0))).toBe(
      'ENOENT: /l is a symbolic link to nothing (/gone does not exist)',
    );
    expect({ fs, files }).toEqual(withLink);
    applyFsOp(fs, { kind: 'rm', path: '/l' });
    expect(said(openFile(fs, files, 2, '/d', 'a', 0))).toBe(
      'EISDIR: /d is a directory: it opens read-only (r), and ls lists its names',
    );
    expect(said(writeFd(fs, files, 2, 3, 5000))).toMatch(/^EFBIG/);
    expect({ fs, files }).toEqual(before);
  });

  it('opens a directory read-only: read refuses EISDIR, rmdir and a rename over it EBUSY until it closes', () => {
    const { fs, files } = setUp({ kind: 'mkdir', path: '/d' }, { kind: 'mkdir', path: '/e' });
    expect(said(openFile(fs, files, 2, '/d', 'r', 0))).toBe(
      "/d opened read-only: P2's descriptor 3 -> open-file entry 0 (inode 1, offset 0)",
    );
    expect(said(readFd(fs, files, 2, 3, 10))).toBe(
      'EISDIR: descriptor 3 of P2 holds the directory /d: ls lists its names',
    );
    expect(said(applyFsOp(fs, { kind: 'rmdir', path: '/d' }) as FdResult)).toBe(
      'EBUSY: /d is open (1 open-file entry holds it); close it first',
    );
    expect(said(applyFsOp(fs, { kind: 'rename', from: '/e', to: '/d' }) as FdResult)).toMatch(/^EBUSY: \/d is open/);
    expect(openFileInvariants(fs, files)).toEqual([]);
    expect(closeFd(fs, files, 2, 3).ok).toBe(true);
    expect(applyFsOp(fs, { kind: 'rmdir', path: '/d' }).ok).toBe(true);
  });

  it('checks permission at open, as the process user', () => {
    const { fs, files } = setUp({ kind: 'touch', path: '/f' }, { kind: 'chmod', mode: 0o600, path: '/f' });
    expect(said(openFile(fs, files, 3, '/f', 'r', 3))).toMatch(/^EACCES: P3's user may not read \/f: its mode 0600/);
    expect(said(openFile(fs, files, 3, '/g', 'a', 3))).toMatch(/^EACCES: P3's user may not write \/:/);
    expect(openFile(fs, files, 3, '/f', 'r', 0).ok).toBe(true);
  });

  it('an unlinked open file stays, an orphan, until its last descriptor closes', () => {
    const { fs, files } = setUp({ kind: 'write', path: '/f', bytes: 700 });
    openFile(fs, files, 1, '/f', 'r', 0);
    expect(said(dupFd(files, 1, 3))).toBe('descriptor 4 -> open-file entry 0 too (2 references)');
    applyFsOp(fs, { kind: 'rm', path: '/f' });
    expect(resolve(fs, '/f').ok).toBe(false);
    expect(fs.orphans).toEqual([1]);
    expect(fs.inodes[1]).toMatchObject({ links: 0, size: 700 });
    expect(fsInvariants(fs)).toEqual([]);
    expect(said(readFd(fs, files, 1, 4, 100))).toBe("100 bytes read from offset 0; entry 0's offset is now 100");
    expect(said(closeFd(fs, files, 1, 3))).toBe('open-file entry 0 has 1 reference left');
    expect(closeAll(fs, files, 1)).toEqual([
      'descriptor 4: open-file entry 0 goes; inode 1, unlinked while open, is freed with its blocks',
    ]);
    expect(fs.inodes[1]).toBeNull();
    expect(fs.used).toEqual({ inodes: 1, blocks: 1 });
    expect(files).toEqual({ entries: [null], tables: {} });
    expect(fsInvariants(fs)).toEqual([]);
  });

  it('random descriptor and namespace operations keep the tables true, and a refused one changes nothing (property)', () => {
    const path = fc.constantFrom('/a', '/b', '/d/c');
    const pid = fc.constantFrom(1, 2);
    const fd = fc.integer({ min: 2, max: 6 });
    type Step =
      | { do: 'open'; pid: number; path: string; flags: 'r' | 'w' | 'a'; uid: number }
      | { do: 'read' | 'write'; pid: number; fd: number; bytes: number }
      | { do: 'seek'; pid: number; fd: number; offset: number }
      | { do: 'close' | 'dup'; pid: number; fd: number }
      | { do: 'exit'; pid: number }
      | { do: 'fs'; op: FsOp };
    const step: fc.Arbitrary<Step> = fc.oneof(
      fc.record({
        do: fc.constant('open' as const),
        pid,
        path,
        flags: fc.constantFrom('r' as const, 'w' as const, 'a' as const),
        uid: fc.constantFrom(0, 1, 2),
      }),
      fc.record({ do: fc.constantFrom('read' as const, 'write' as const), pid, fd, bytes: fc.nat(1500) }),
      fc.record({ do: fc.constant('seek' as const), pid, fd, offset: fc.nat(2500) }),
      fc.record({ do: fc.constantFrom('close' as const, 'dup' as const), pid, fd }),
      fc.record({ do: fc.constant('exit' as const), pid }),
      fc.record({
        do: fc.constant('fs' as const),
        op: fc.oneof(
          fc.record({ kind: fc.constant('rm' as const), path }),
          fc.record({ kind: fc.constant('rename' as const), from: path, to: path }),
          fc.record({ kind: fc.constant('link' as const), target: path, path }),
          fc.record({ kind: fc.constant('truncate' as const), path, bytes: fc.nat(1500) }),
        ),
      }),
    );
    const apply = (fs: FsState, files: OpenFiles, s: Step): boolean => {
      switch (s.do) {
        case 'open':
          return openFile(fs, files, s.pid, s.path, s.flags, s.uid).ok;
        case 'read':
          return readFd(fs, files, s.pid, s.fd, s.bytes).ok;
        case 'write':
          return writeFd(fs, files, s.pid, s.fd, s.bytes).ok;
        case 'seek':
          return seekFd(files, s.pid, s.fd, s.offset).ok;
        case 'close':
          return closeFd(fs, files, s.pid, s.fd).ok;
        case 'dup':
          return dupFd(files, s.pid, s.fd).ok;
        case 'exit':
          closeAll(fs, files, s.pid);
          return true;
        case 'fs':
          return applyFsOp(fs, s.op).ok;
      }
    };
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const { fs, files } = setUp({ kind: 'mkdir', path: '/d' }, { kind: 'chmod', mode: 0o777, path: '/' });
        for (const s of steps) {
          const before = structuredClone({ fs, files });
          if (!apply(fs, files, s)) expect({ fs, files }).toEqual(before);
          expect([...fsInvariants(fs), ...openFileInvariants(fs, files)]).toEqual([]);
        }
        closeAll(fs, files, 1);
        closeAll(fs, files, 2);
        expect(fs.orphans).toEqual([]);
        expect(fs.held).toEqual({});
      }),
      { numRuns: 200 },
    );
  });
});
