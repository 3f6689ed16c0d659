import { accessError } from './access';
import { applyFsOp } from './applyFsOp';
import { MAX_OP_BYTES } from './fsOp';
import { fail, hold, release, resize } from './operations';
import { LOWEST_FREE, type Placement } from './placement';
import { resolve } from './paths';
import type { FsError, FsState, Inode } from './types';

/**
 * Descriptors over a system-wide open-file table, as Unix keeps them: each process's descriptor table maps a
 * small number to an entry of the one open-file table, and the entry holds the inode, the offset and how it was
 * opened, with a count of the descriptors pointing at it (dup makes two). Plain data, copied with the state.
 */

/** How a file is opened, as fopen's modes: read only; write (made if missing, emptied); append (made if missing,
 * each write at its end). */
export type OpenFlags = 'r' | 'w' | 'a';

export const FLAG_WORDS: Readonly<Record<OpenFlags, string>> = {
  r: 'read-only',
  w: 'write-only, emptied',
  a: 'append',
};

export interface OpenFile {
  inum: number;
  /** byte offset of the next read or write */
  offset: number;
  flags: OpenFlags;
  /** descriptors pointing at it */
  refs: number;
  /** the path it was opened by, for people (the name may have gone since) */
  path: string;
}

export interface OpenFiles {
  /** the system-wide open-file table; null where an entry is free (a new entry takes the lowest free) */
  entries: (OpenFile | null)[];
  /** each process's descriptor table by pid: descriptor -> entry number, null where it is not open */
  tables: Record<number, (number | null)[]>;
}

/** Descriptors 0, 1 and 2 are the standard streams, which the simulator does not model: files get 3 and up. */
export const FIRST_FD = 3;
/** Descriptors a process may hold: numbers below this (RLIMIT_NOFILE, small enough to reach in a lesson). */
export const OPEN_MAX = 16;

export const emptyOpenFiles = (): OpenFiles => ({ entries: [], tables: {} });

/** What a descriptor operation did, in words, or the POSIX error refusing it (nothing changed). */
export type FdResult = { ok: true; said: string } | { ok: false; error: FsError };

const refuse = (code: FsError['code'], message: string): FdResult => fail(code, message);

/** The lowest free slot of a table at or past `from` (its length when none is free). */
function lowestFree(slots: readonly (number | OpenFile | null)[], from: number): number {
  let at = from;
  while (at < slots.length && slots[at] !== null && slots[at] !== undefined) at++;
  return at;
}

/** The lowest free descriptor of process `pid`, or EMFILE. */
function freeFd(files: OpenFiles, pid: number): { ok: true; fd: number } | { ok: false; error: FsError } {
  const fd = lowestFree(files.tables[pid] ?? [], FIRST_FD);
  if (fd >= OPEN_MAX)
    return fail(
      'EMFILE',
      `P${pid} has descriptors ${FIRST_FD} to ${OPEN_MAX - 1} open, all it may (OPEN_MAX is ${OPEN_MAX})`,
    );
  return { ok: true, fd };
}

function setFd(files: OpenFiles, pid: number, fd: number, entry: number): void {
  const table = (files.tables[pid] ??= []);
  while (table.length < fd) table.push(null);
  table[fd] = entry;
}

/** The open-file entry descriptor `fd` of `pid` points at, or EBADF. */
function entryOf(
  files: OpenFiles,
  pid: number,
  fd: number,
): { ok: true; at: number; entry: OpenFile } | { ok: false; error: FsError } {
  const at = files.tables[pid]?.[fd];
  if (at === null || at === undefined) return fail('EBADF', `descriptor ${fd} is not open in P${pid}`);
  return { ok: true, at, entry: files.entries[at] as OpenFile };
}

/**
 * open(2): the lowest free descriptor of `pid` (3 or more) points at a new open-file entry for `path`, at offset
 * 0. 'w' and 'a' make a missing file (owned by `pid`) and need write permission, 'r' read permission; 'w'
 * empties the file. A directory opens read-only, and while it is held rmdir refuses it (EBUSY), so only a file is
 * ever held with no name.
 */
export function openFile(
  fs: FsState,
  files: OpenFiles,
  pid: number,
  path: string,
  flags: OpenFlags,
  uid: number,
  placement: Placement = LOWEST_FREE,
): FdResult {
  const fd = freeFd(files, pid);
  if (!fd.ok) return fd;
  const refused = accessError(fs, { kind: 'open', pid, path, flags }, uid);
  if (refused) return { ok: false, error: refused };
  const found = resolve(fs, path, true, uid);
  // POSIX lets a directory be opened read-only (to fchdir, fsync or read its names); never for writing.
  if (found.ok && (fs.inodes[found.inum] as Inode).kind === 'dir' && flags !== 'r')
    return refuse('EISDIR', `${path} is a directory: it opens read-only (r), and ls lists its names`);
  if (!found.ok && (found.error.code !== 'ENOENT' || flags === 'r')) return found;
  let inum = found.ok ? found.inum : -1;
  const made = !found.ok;
  if (made) {
    // A write of nothing makes the file as the shell's `>>` does, and says so when the name is a link to nowhere.
    const touched = applyFsOp(fs, { kind: 'write', path, bytes: 0 }, placement, pid, uid);
    if (!touched.ok) return touched;
    inum = touched.inum;
  }
  const inode = fs.inodes[inum] as Inode;
  if (flags === 'w' && inode.size > 0) resize(fs, inum, 0, path);
  const at = lowestFree(files.entries, 0);
  files.entries[at] = { inum, offset: 0, flags, refs: 1, path };
  hold(fs, inum);
  setFd(files, pid, fd.fd, at);
  const how = `${made ? 'made and ' : ''}opened ${FLAG_WORDS[flags]}`;
  return {
    ok: true,
    said: `${path} ${how}: P${pid}'s descriptor ${fd.fd} -> open-file entry ${at} (inode ${inum}, offset 0)`,
  };
}

/** read(2): up to `bytes` from the entry's offset, which moves past them; 0 at the end of the file. */
export function readFd(fs: FsState, files: OpenFiles, pid: number, fd: number, bytes: number): FdResult {
  const e = entryOf(files, pid, fd);
  if (!e.ok) return e;
  const { entry } = e;
  if (entry.flags !== 'r') return refuse('EBADF', `descriptor ${fd} of P${pid} is open for writing, not reading`);
  const inode = fs.inodes[entry.inum] as Inode;
  if (inode.kind === 'dir')
    return refuse('EISDIR', `descriptor ${fd} of P${pid} holds the directory ${entry.path}: ls lists its names`);
  const got = Math.max(0, Math.min(bytes, inode.size - entry.offset));
  const from = entry.offset;
  entry.offset += got;
  return {
    ok: true,
    said:
      got === 0
        ? `offset ${from} is at or past the end (${inode.size} bytes): 0 bytes read`
        : `${got} bytes read from offset ${from}; entry ${e.at}'s offset is now ${entry.offset}`,
  };
}

/** write(2): `bytes` at the entry's offset (at the end for append), growing the file as they need. */
export function writeFd(
  fs: FsState,
  files: OpenFiles,
  pid: number,
  fd: number,
  bytes: number,
  placement: Placement = LOWEST_FREE,
): FdResult {
  const e = entryOf(files, pid, fd);
  if (!e.ok) return e;
  const { entry } = e;
  if (entry.flags === 'r') return refuse('EBADF', `descriptor ${fd} of P${pid} is open read-only`);
  const inode = fs.inodes[entry.inum] as Inode;
  const from = entry.flags === 'a' ? inode.size : entry.offset;
  const end = from + bytes;
  if (end > MAX_OP_BYTES)
    return refuse('EFBIG', `writing to byte ${end} passes the largest file (${MAX_OP_BYTES} bytes)`);
  const grown = resize(fs, entry.inum, Math.max(inode.size, end), entry.path, placement);
  if (!grown.ok) return grown;
  entry.offset = end;
  return {
    ok: true,
    said: `${bytes} bytes written at offset ${from}; the file is ${inode.size} bytes, entry ${e.at}'s offset ${end}`,
  };
}

/** lseek(2) with SEEK_SET: the entry's offset becomes `offset` (past the end is allowed; a write there fills the gap). */
export function seekFd(files: OpenFiles, pid: number, fd: number, offset: number): FdResult {
  const e = entryOf(files, pid, fd);
  if (!e.ok) return e;
  if (offset > MAX_OP_BYTES)
    return refuse('EINVAL', `offset ${offset} is past the largest file (${MAX_OP_BYTES} bytes)`);
  e.entry.offset = offset;
  return { ok: true, said: `entry ${e.at}'s offset is now ${offset}` };
}

/** dup(2): the lowest free descriptor points at the same entry, which counts one more reference. */
export function dupFd(files: OpenFiles, pid: number, fd: number): FdResult {
  const e = entryOf(files, pid, fd);
  if (!e.ok) return e;
  const free = freeFd(files, pid);
  if (!free.ok) return free;
  setFd(files, pid, free.fd, e.at);
  e.entry.refs++;
  return { ok: true, said: `descriptor ${free.fd} -> open-file entry ${e.at} too (${e.entry.refs} references)` };
}

/**
 * close(2): the descriptor is free again; its entry goes with its last reference, and an inode with no name left
 * (unlinked while open) goes with its last entry.
 */
export function closeFd(fs: FsState, files: OpenFiles, pid: number, fd: number): FdResult {
  const e = entryOf(files, pid, fd);
  if (!e.ok) return e;
  (files.tables[pid] as (number | null)[])[fd] = null;
  const { entry, at } = e;
  if (--entry.refs > 0)
    return {
      ok: true,
      said: `open-file entry ${at} has ${entry.refs} ${entry.refs === 1 ? 'reference' : 'references'} left`,
    };
  files.entries[at] = null;
  const freed = release(fs, entry.inum);
  return {
    ok: true,
    said: `open-file entry ${at} goes${freed ? `; inode ${entry.inum}, unlinked while open, is freed with its blocks` : ''}`,
  };
}

/** A process exits: the kernel closes each of its descriptors, lowest first. What each close said, by descriptor. */
export function closeAll(fs: FsState, files: OpenFiles, pid: number): string[] {
  const said: string[] = [];
  for (const [fd, at] of (files.tables[pid] ?? []).entries()) {
    if (at === null) continue;
    const closed = closeFd(fs, files, pid, fd);
    if (closed.ok) said.push(`descriptor ${fd}: ${closed.said}`);
  }
  delete files.tables[pid];
  return said;
}

/**
 * What the tables promise: each entry's reference count is the number of descriptors pointing at it, each entry
 * holds a file in use, and each inode is held by exactly as many entries as point at it.
 */
export function openFileInvariants(fs: FsState, files: OpenFiles): string[] {
  const found: string[] = [];
  const refs = new Map<number, number>();
  for (const [pid, table] of Object.entries(files.tables))
    for (const [fd, at] of table.entries()) {
      if (at === null) continue;
      if (!files.entries[at]) found.push(`P${pid}'s descriptor ${fd} points at free open-file entry ${at}`);
      refs.set(at, (refs.get(at) ?? 0) + 1);
    }
  const held = new Map<number, number>();
  for (const [at, entry] of files.entries.entries()) {
    if (!entry) continue;
    if (entry.refs !== (refs.get(at) ?? 0))
      found.push(`open-file entry ${at} counts ${entry.refs} references; ${refs.get(at) ?? 0} descriptors point at it`);
    const kind = fs.inodes[entry.inum]?.kind;
    if (kind !== 'file' && !(kind === 'dir' && entry.flags === 'r'))
      found.push(`open-file entry ${at} holds inode ${entry.inum}, not a file in use or a directory read-only`);
    held.set(entry.inum, (held.get(entry.inum) ?? 0) + 1);
  }
  for (const [inum, n] of Object.entries(fs.held))
    if (held.get(Number(inum)) !== n)
      found.push(`inode ${inum} is held ${n} times; ${held.get(Number(inum)) ?? 0} entries hold it`);
  for (const [inum, n] of held)
    if (fs.held[inum] !== n) found.push(`inode ${inum} is held by ${n} entries; it counts ${fs.held[inum] ?? 0}`);
  return found;
}
