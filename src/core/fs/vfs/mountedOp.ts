import { needsOf } from '../access';
import type { FsOp } from '../fsOp';
import { lookupIn } from '../paths';
import { ROOT_INUM, type FsError, type FsState, type Inode } from '../types';
import type { Mount } from './mounts';
import { resolveVfs, type BlockNames } from './resolveVfs';

/**
 * The VFS in front of the kernel's block file system: an operation whose paths stay in it without crossing a
 * mount runs exactly as before (same path, same checks, same words); one that reaches into /proc or /ledger is
 * refused as that file system refuses it; one that crossed a mount and came back ("/proc/../data") runs on the
 * path it reached.
 */

/** The block file system's names as the kernel holds them. */
export function kernelNames(fs: FsState): BlockNames<number> {
  return {
    root: ROOT_INUM,
    lookup: (inum, name) => lookupIn(fs, fs.inodes[inum] as Inode, name),
    isDir: (inum) => fs.inodes[inum]?.kind === 'dir',
    target: (inum) => fs.inodes[inum]?.target ?? null,
  };
}

const refuse = (code: FsError['code'], message: string): FsError => ({ code, message });

/** Operations that put data in a file (the rest change names or modes). */
const writesData = (op: FsOp): boolean =>
  op.kind === 'write' || op.kind === 'truncate' || (op.kind === 'open' && op.flags !== 'r');

/** Why `op` cannot act on `path`, which is `names` inside `mount` ([]: the mount point itself). */
export function mountRefusal(mount: Mount, names: readonly string[], op: FsOp, path: string): FsError {
  const point = names.length === 0;
  if (point && op.kind === 'mkdir') return refuse('EEXIST', `${path} exists: it is where ${mount.type} is mounted`);
  if (point && (op.kind === 'rmdir' || op.kind === 'rename' || op.kind === 'rm'))
    return refuse('EBUSY', `${path} is a mount point (${mount.about}); it cannot be removed or renamed`);
  if (op.kind === 'open' && op.flags === 'r')
    return refuse(
      'EINVAL',
      `${path} is in ${mount.point}: descriptors hold the block file system's files only (cat reads ${mount.point})`,
    );
  if (mount.type === 'ledger')
    return refuse(
      'EPERM',
      `${path}: the ledger is append-only: a block, once appended, is never removed, renamed or rewritten (the next block's hash names it); BLOCKCHAIN_VALIDATOR processes append by writing under /ledger`,
    );
  if (writesData(op))
    return refuse('EACCES', `${path}: /proc's files are made from the kernel's state when read; none can be written`);
  return refuse('EROFS', `${path}: /proc is read-only (its names are the kernel's processes and figures)`);
}

/** The operation to run on the block file system (rewritten where a path came back from a mount), or the refusal. */
export function mountedOp(fs: FsState, op: FsOp): { ok: true; op: FsOp } | { ok: false; error: FsError } {
  const needs = op.kind === 'chmod' ? [{ path: op.path, on: 'self' as const }] : needsOf(op);
  let run = op;
  for (const need of needs) {
    const place = resolveVfs(kernelNames(fs), need.path, need.on !== 'parent' && !('follow' in need));
    if (place.in === 'mount') return { ok: false, error: mountRefusal(place.mount, place.names, op, need.path) };
    if (!place.crossed) continue;
    if (place.in === 'error') return { ok: false, error: place.error };
    const fields = run as unknown as Record<string, unknown>;
    const key = (['path', 'target', 'from', 'to'] as const).find((k) => fields[k] === need.path) as string;
    run = { ...run, [key]: place.path } as FsOp;
  }
  return { ok: true, op: run };
}
