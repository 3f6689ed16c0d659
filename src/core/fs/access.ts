import type { FsOp } from './fsOp';
import { fail } from './operations';
import { resolve, resolveParent } from './paths';
import { ownerText } from './fileSystem';
import { denied, permits, ROOT_UID, userText, type Access } from './permissions';
import type { FsError, FsResult, FsState, Inode } from './types';
import { assertNever } from '../assertNever';

/**
 * Whether a user may do an operation, checked before it runs so a refusal changes nothing: each directory on a
 * path must let it search, a name is made or removed only in a directory it may write, and a file is read or
 * written only as its mode allows. Errors that are not about permission (a missing name) are the operation's to
 * give, so they pass here.
 */

/** What an operation needs: `want` on the inode at `path` ('self', following a last symbolic link or not), on the
 * directory holding its last name ('parent'), or on the file or, where it does not exist yet, its directory. */
export type Need = { path: string; on: 'self' | 'parent' | 'selfOrParent'; want: Access; follow?: false };

/** The needs of a name being made or removed. */
const inDir = (path: string): Need => ({ path, on: 'parent', want: 'write' });

export function needsOf(op: FsOp): Need[] {
  switch (op.kind) {
    case 'mkdir':
    case 'touch':
    case 'rm':
    case 'rmdir':
    case 'symlink':
      return [inDir(op.path)];
    case 'write':
      return [{ path: op.path, on: 'selfOrParent', want: 'write' }];
    case 'truncate':
      return [{ path: op.path, on: 'self', want: 'write' }];
    case 'link':
      return [{ path: op.target, on: 'self', want: 'search', follow: false }, inDir(op.path)];
    case 'rename':
      return [inDir(op.from), inDir(op.to)];
    case 'open':
      return [
        { path: op.path, on: op.flags === 'r' ? 'self' : 'selfOrParent', want: op.flags === 'r' ? 'read' : 'write' },
      ];
    // Checked when the descriptor was opened, as POSIX does.
    case 'read':
    case 'fdwrite':
    case 'seek':
    case 'dup':
    case 'close':
    // Ownership, not the bits: chmodError.
    case 'chmod':
    case 'fsck':
    case 'corrupt':
    case 'crash':
    case 'fail':
    case 'rebuild':
    case 'corruptBlock':
    case 'badSector':
    case 'sync':
    case 'verify':
    case 'tamper':
      return [];
    default:
      return assertNever(op);
  }
}

/** `want` on what `need` names, or the EACCES refusing it (null: allowed, or an error the operation gives). */
function check(fs: FsState, need: Need, uid: number): FsError | null {
  if (need.on !== 'parent') {
    const t = resolve(fs, need.path, need.follow ?? true, uid);
    if (t.ok) {
      const inode = fs.inodes[t.inum] as Inode;
      // A link's target needs only to be reached (the searches on its way), not any bit of its own.
      if (need.want === 'search' || permits(inode, uid, need.want)) return null;
      return denied(need.path, inode, uid, need.want);
    }
    if (t.error.code === 'EACCES') return t.error;
    if (need.on === 'self' || t.error.code !== 'ENOENT') return null;
  }
  const at = resolveParent(fs, need.path, uid);
  if (!at.ok) return at.error.code === 'EACCES' ? at.error : null;
  const dir = fs.inodes[at.parent] as Inode;
  const dirPath = need.path.slice(0, need.path.lastIndexOf('/')) || '/';
  return permits(dir, uid, 'write') ? null : denied(dirPath, dir, uid, 'write');
}

/** chmod(2) is the owner's (and root's): EPERM for anyone else, whatever the bits say. */
function chmodError(fs: FsState, path: string, uid: number): FsError | null {
  const t = resolve(fs, path, true, uid);
  if (!t.ok) return t.error.code === 'EACCES' ? t.error : null;
  const { owner } = fs.inodes[t.inum] as Inode;
  if (owner === uid) return null;
  return {
    code: 'EPERM',
    message: `${userText(uid)} may not change the mode of ${path}: only its owner (${ownerText(owner)}) or root may`,
  };
}

/** The permission error `uid` gets for `op`, or null when it may go ahead. */
export function accessError(fs: FsState, op: FsOp, uid: number): FsError | null {
  if (uid === ROOT_UID) return null;
  if (op.kind === 'chmod') return chmodError(fs, op.path, uid);
  for (const need of needsOf(op)) {
    const refused = check(fs, need, uid);
    if (refused) return refused;
  }
  return null;
}

/** The most a mode holds: read, write and execute for the owner, the group and others (no setuid or sticky). */
export const MAX_MODE = 0o777;

/** chmod(2): sets the permission bits of the inode `path` names (following a symbolic link, as chmod does). */
export function chmod(fs: FsState, path: string, mode: number): FsResult {
  if (!Number.isInteger(mode) || mode < 0 || mode > MAX_MODE)
    return fail('EINVAL', `a mode is an octal number from 0000 to 0777 (got ${mode})`);
  const t = resolve(fs, path);
  if (!t.ok) return t;
  const inode = fs.inodes[t.inum] as Inode;
  inode.mode = mode;
  inode.ctime = fs.now;
  return t;
}
