import { findName } from './dirEntries';
import { NAME_MAX } from './fileSystem';
import { denied, permits, ROOT_UID } from './permissions';
import { ROOT_INUM, type DirEntry, type FsError, type FsState, type Inode } from './types';

const fail = (code: FsError['code'], message: string): { ok: false; error: FsError } => ({
  ok: false,
  error: { code, message },
});

/** A directory's entries across its blocks, in order (a block that holds none, as after a corruption, lists none). */
export function entriesOf(fs: FsState, dir: Inode): DirEntry[] {
  return dir.blocks.flatMap((b) => {
    const block = fs.blocks[b];
    return block?.kind === 'dir' ? block.entries : [];
  });
}

/** The inode a name in directory `dir` refers to, or null. */
export function lookupIn(fs: FsState, dir: Inode, name: string): number | null {
  return findName(fs, dir, name);
}

/** Why `path` is not an absolute path of names at most NAME_MAX long, or null when it is one. */
function notAPath(path: string): { ok: false; error: FsError } | null {
  if (!path.startsWith('/')) return fail('EINVAL', `"${path}" is not an absolute path (it must start with /)`);
  // A path no longer than one name and its slash has no name too long to look for.
  if (path.length <= NAME_MAX + 1) return null;
  for (let at = 1; at < path.length;) {
    const slash = path.indexOf('/', at);
    const end = slash < 0 ? path.length : slash;
    if (end - at > NAME_MAX) {
      const long = path.slice(at, end);
      return fail('ENAMETOOLONG', `the name "${long.slice(0, 20)}…" is ${long.length} characters; at most ${NAME_MAX}`);
    }
    at = end + 1;
  }
  return null;
}

/** An absolute path's names ("/a/b" -> ["a", "b"]; "/" -> []), or why it is not one. */
export function splitPath(path: string): { ok: true; names: string[] } | { ok: false; error: FsError } {
  const bad = notAPath(path);
  if (bad) return bad;
  // A scan, not split and filter: four times faster.
  const names: string[] = [];
  for (let at = 1; at < path.length;) {
    const slash = path.indexOf('/', at);
    const end = slash < 0 ? path.length : slash;
    if (end > at) names.push(path.slice(at, end));
    at = end + 1;
  }
  return { ok: true, names };
}

/** The most symbolic links one resolution follows before it gives up with ELOOP (Linux's limit). */
export const SYMLOOP_MAX = 40;

const SLASH = 47;

/** The first position from `at` on that is not a slash, or `stop`. */
function pastSlashes(text: string, at: number, stop: number): number {
  while (at < stop && text.charCodeAt(at) === SLASH) at++;
  return at;
}

/** The first position from `at` on that is a slash, or `stop` (a name's end: names are short, a loop beats a call). */
function nameEnd(text: string, at: number, stop: number): number {
  while (at < stop && text.charCodeAt(at) !== SLASH) at++;
  return at;
}

/** The names of `path` before position `end`, each after a slash ("/a//b/c" up to 5 -> "/a/b"; none -> ""). */
function namesBefore(path: string, end: number): string {
  let joined = '';
  for (const name of path.slice(0, end).split('/')) if (name !== '') joined += `/${name}`;
  return joined;
}

/** What is left to walk of a path or of a link's target: the names in `text` from `at` to `stop`. */
interface Rest {
  text: string;
  at: number;
  stop: number;
}

/**
 * Follows the names of `path` (a valid absolute path, see notAPath) before position `stop` from the root: the
 * inode number, or the POSIX error a lookup gives. A symbolic link met in the middle is always followed, and as
 * the last name unless `follow` is false (lstat, unlink, rename and link act on the link itself); a relative
 * target starts from the link's directory. A link to nowhere gives ENOENT, and more than SYMLOOP_MAX links in
 * one resolution ELOOP (a cycle never ends otherwise). User `uid` must be let search (x) each directory it looks a
 * name up in (EACCES).
 *
 * Every path resolves here, so the walk reads the names in place: no array of names, and the directory names
 * for error messages are put together only when there is an error. When `last` is given, the directory the last
 * name was found in is written to it (the root for a path of no names).
 */
function walk(
  fs: FsState,
  path: string,
  stop: number,
  follow: boolean,
  uid: number,
  last?: { dir: number },
): number | FsError {
  let text = path;
  let end = stop;
  let at = pastSlashes(path, 1, stop);
  // What was left of the path and of outer links' targets when a link was followed, innermost last; only
  // parts with names left are kept, so none left means the name being walked is the last.
  let rests: Rest[] | null = null;
  // The names walked so far; until a link is followed they are the path's own, read back from it on an error.
  let walked: string | null = null;
  let inum = ROOT_INUM;
  let parent = ROOT_INUM;
  let hops = 0;
  for (;;) {
    if (at >= end) {
      const rest = rests?.pop();
      if (rest === undefined) {
        if (last) last.dir = parent;
        return inum;
      }
      ({ text, at, stop: end } = rest);
      continue;
    }
    const from = at;
    const to = nameEnd(text, at, end);
    const name = text.slice(from, to);
    at = pastSlashes(text, to, end);
    const dir = fs.inodes[inum] as Inode;
    if (dir.kind !== 'dir')
      return { code: 'ENOTDIR', message: `${walked ?? namesBefore(path, from)} is not a directory` };
    if (uid !== ROOT_UID && !permits(dir, uid, 'search'))
      return denied((walked ?? namesBefore(path, from)) || '/', dir, uid, 'search');
    const child = findName(fs, dir, name);
    if (child === null)
      return { code: 'ENOENT', message: `${walked ?? namesBefore(path, from)}/${name} does not exist` };
    const found = fs.inodes[child] as Inode;
    if (found.kind !== 'symlink' || (at >= end && (rests === null || rests.length === 0) && !follow)) {
      parent = inum;
      inum = child;
      if (walked !== null) walked += `/${name}`;
      continue;
    }
    if (++hops > SYMLOOP_MAX)
      return {
        code: 'ELOOP',
        message: `${namesBefore(path, stop) || '/'}: more than ${SYMLOOP_MAX} symbolic links on the way (a loop of links?)`,
      };
    if (walked === null) walked = namesBefore(path, from);
    if (at < end) (rests ??= []).push({ text, at, stop: end });
    text = found.target as string;
    end = text.length;
    if (text.startsWith('/')) {
      inum = ROOT_INUM;
      walked = '';
    }
    at = pastSlashes(text, 0, end);
  }
}

const resolved = (found: number | FsError) =>
  typeof found === 'number' ? { ok: true as const, inum: found } : { ok: false as const, error: found };

/** Follows a path's names from the root (see walk): the inode number, or the POSIX error a lookup gives. */
export function resolve(
  fs: FsState,
  path: string,
  follow = true,
  uid = ROOT_UID,
): { ok: true; inum: number } | { ok: false; error: FsError } {
  return notAPath(path) ?? resolved(walk(fs, path, path.length, follow, uid));
}

/** Where `path`'s last name begins and ends (trailing slashes left out): "/a/bc/" -> 3 and 5. */
function lastName(path: string): { start: number; end: number } {
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === SLASH) end--;
  return { start: path.lastIndexOf('/', end - 1) + 1, end };
}

/** The error for a name whose directory, the rest of `path`, is not a directory. */
export function notADirectory(path: string): FsError {
  return { code: 'ENOTDIR', message: `${namesBefore(path, lastName(path).start) || '/'} is not a directory` };
}

/** A path's last name and the directory it is in, or why it cannot be made or removed. */
type Parent = { ok: true; parent: number; name: string } | { ok: false; error: FsError };

/** Why a path's last name (after `lastName`) is no name to make or remove: "/" and names "." and "..". */
function notAnEntry(name: string): { ok: false; error: FsError } | null {
  if (name === '') return fail('EEXIST', 'the root directory / always exists');
  if (name === '.' || name === '..') return fail('EINVAL', `"${name}" names a directory itself or its parent`);
  return null;
}

/**
 * A path to a new or existing name: its parent directory's inode number and the last name. The parent must
 * exist and be a directory; "/" and names "." and ".." cannot be made or removed.
 */
export function resolveParent(fs: FsState, path: string, uid = ROOT_UID): Parent {
  const bad = notAPath(path);
  if (bad) return bad;
  const { start, end } = lastName(path);
  const name = path.slice(start, end);
  const refused = notAnEntry(name);
  if (refused) return refused;
  const parent = walk(fs, path, start, true, uid);
  if (typeof parent !== 'number') return { ok: false, error: parent };
  if ((fs.inodes[parent] as Inode).kind !== 'dir') return { ok: false, error: notADirectory(path) };
  return { ok: true, parent, name };
}

/**
 * resolve(path, false) and resolveParent(path) in one walk, for what removes an existing name (rmdir, rename):
 * the inode the path names, the link itself if it is one, and `at`, what resolveParent gives. (Where the path
 * resolves, the walk to its parent went the same way, so only a last name that names no entry can refuse it.)
 */
export function resolveLast(
  fs: FsState,
  path: string,
  uid = ROOT_UID,
): { ok: true; inum: number; at: Parent } | { ok: false; error: FsError } {
  const bad = notAPath(path);
  if (bad) return bad;
  const last = { dir: ROOT_INUM };
  const inum = walk(fs, path, path.length, false, uid, last);
  if (typeof inum !== 'number') return { ok: false, error: inum };
  const { start, end } = lastName(path);
  const name = path.slice(start, end);
  return { ok: true, inum, at: notAnEntry(name) ?? { ok: true, parent: last.dir, name } };
}
