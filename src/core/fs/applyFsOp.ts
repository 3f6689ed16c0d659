import { accessError, chmod } from './access';
import { fsOpText, isDescriptorOp, type FsOp } from './fsOp';
import { ROOT_UID } from './permissions';
import { append, create, fail, link, rename, rmdir, symlink, truncate, unlink } from './operations';
import { resolve } from './paths';
import { repairFs } from './repair';
import { LOWEST_FREE, type Placement } from './placement';
import { ROOT_INUM, type FsResult, type FsState, type Inode } from './types';
import { assertNever } from '../assertNever';

/**
 * Applies one operation as a shell would: a write to a missing file makes it first (`>>`), and a refused
 * operation, that creation included, leaves the file system as it was. `owner` is who makes new inodes, `uid` the
 * user whose permissions are checked (root: none).
 */
export function applyFsOp(
  fs: FsState,
  op: FsOp,
  placement: Placement = LOWEST_FREE,
  owner = 0,
  uid = ROOT_UID,
): FsResult {
  const refused = accessError(fs, op, uid);
  if (refused) return { ok: false, error: refused };
  if (isDescriptorOp(op))
    return fail(
      'EINVAL',
      `${fsOpText(op)} acts on P${op.pid}'s descriptors, which only the kernel's file system keeps`,
    );
  switch (op.kind) {
    case 'mkdir':
      return create(fs, op.path, 'dir', placement, 0, owner);
    case 'touch':
      return create(fs, op.path, 'file', placement, 0, owner);
    case 'write':
      return write(fs, op.path, op.bytes, placement, owner);
    case 'truncate':
      return truncate(fs, op.path, op.bytes, placement);
    case 'rm':
      return unlink(fs, op.path);
    case 'rmdir':
      return rmdir(fs, op.path);
    case 'link':
      return link(fs, op.target, op.path, placement);
    case 'symlink':
      return symlink(fs, op.target, op.path, placement, owner);
    case 'rename':
      return rename(fs, op.from, op.to, placement);
    case 'chmod':
      return chmod(fs, op.path, op.mode);
    case 'sync':
    case 'verify':
    case 'tamper':
      // Nothing for the on-disk picture: sync writes the page cache's blocks and the ledger is its own file
      // system, both its owner's (the kernel's file-system subsystem).
      return { ok: true, inum: ROOT_INUM };
    case 'fsck':
      repairFs(fs);
      return { ok: true, inum: ROOT_INUM };
    case 'corrupt':
      // A corruption draws from the running node's random stream, which a workload on its own has not.
      return fail(
        'EINVAL',
        "corrupt changes the running node's file system only (a scenario operation or the console)",
      );
    case 'crash':
      // A workload has no disk of its own: the crash-point explorer crashes it after each of its block writes.
      return fail('EINVAL', "crash stops the running node's file system only (a scenario operation or the console)");
    case 'fail':
    case 'rebuild':
      return fail('EINVAL', `${op.kind} acts on the running node's RAID only (fs.device kind raid)`);
    case 'corruptBlock':
    case 'badSector':
      return fail('EINVAL', `${op.kind} breaks a block of the running node's device only`);
    default:
      return assertNever(op);
  }
}

function write(fs: FsState, path: string, bytes: number, placement: Placement, owner: number): FsResult {
  const found = resolve(fs, path);
  if (found.ok || found.error.code !== 'ENOENT') return append(fs, path, bytes, placement);
  // The name is there but leads nowhere: a dangling symbolic link, which this file system does not write through.
  if (resolve(fs, path, false).ok)
    return fail('ENOENT', `${path} is a symbolic link to nothing (${found.error.message})`);
  // Made whole, with its blocks, so a write that cannot be done leaves no empty file behind.
  const made = create(fs, path, 'file', placement, Math.ceil(bytes / fs.geometry.blockSize), owner);
  if (made.ok) (fs.inodes[made.inum] as Inode).size = bytes;
  return made;
}
