import { modeText, octalMode, ownerText } from './fileSystem';
import type { FsError, Inode } from './types';

/**
 * Permission bits and who they let in. Users are numbered as inodes record their owners: 0 is root (the system,
 * the console, a scenario's operations, and every process unless its spec says `user: 'own'`), and n > 0 is the
 * user of process Pn, the owner of the inodes Pn makes. There are no groups: the owner's bits apply to the owner,
 * the other bits to everyone else, and root passes every check (as on Linux, bar execute).
 */
export const ROOT_UID = 0;

/** What a process wants of an inode: read it, write it, or search a directory (its x bit). */
export type Access = 'read' | 'write' | 'search';

const BIT: Readonly<Record<Access, number>> = { read: 4, write: 2, search: 1 };
const VERB: Readonly<Record<Access, string>> = {
  read: 'read',
  write: 'write',
  search: 'search (look names up in)',
};

/** Whether `uid` may do `want` to `inode`. */
export function permits(inode: Readonly<Inode>, uid: number, want: Access): boolean {
  if (uid === ROOT_UID) return true;
  const bits = uid === inode.owner ? inode.mode >> 6 : inode.mode;
  return (bits & BIT[want]) !== 0;
}

/** The user in words: "root" or "P3's user". */
export const userText = (uid: number): string => (uid === ROOT_UID ? 'root' : `P${uid}'s user`);

/** The EACCES `uid` gets for `want` on `inode` at `path`, saying which bits refused it. */
export function denied(path: string, inode: Readonly<Inode>, uid: number, want: Access): FsError {
  const owns = uid === inode.owner;
  const bits = modeText(inode.kind, inode.mode).slice(owns ? 1 : 7, owns ? 4 : 10);
  return {
    code: 'EACCES',
    message: `${userText(uid)} may not ${VERB[want]} ${path}: its mode ${octalMode(inode.mode)} gives ${owns ? 'its owner' : `others (the owner is ${ownerText(inode.owner)})`} ${bits}`,
  };
}
