import { KIND_WORD, modeText, octalMode } from '../core/fs/fileSystem';
import { MOUNTS, type Mount } from '../core/fs/vfs/mounts';
import type { VNode } from '../core/fs/vfs/tree';
import { table } from './format';
import { fail, out, type CommandResult } from './host';
import type { Place } from './vfsPlace';

/** What ls and stat show of /proc and /ledger, beside the block file system's names. */

/** A mounted file system's nodes have no inode on the disk: directories searchable, files read-only for all. */
const MOUNTED_MODE = { dir: 0o555, file: 0o444 } as const;

/** A node's size as stat gives it: 0 in /proc (its text is made when read, as Linux's), its text in /ledger. */
const sizeOf = (mount: Mount, node: VNode): number =>
  node.kind === 'file' && mount.type !== 'proc' ? node.text.length : 0;

/** What a command says of a path that names nothing: "no such file or directory", or the lookup's own words. */
export const notFound = (command: string, path: string, place: Extract<Place, { in: 'none' }>): CommandResult =>
  fail(`${command}: ${path}: ${place.error.code === 'ENOENT' ? 'no such file or directory' : place.error.message}`);

/** A mounted node as a row of ls: mode, links, owner, bytes, inode, blocks, name. */
const mountedRow = (mount: Mount, name: string, node: VNode): string[] => [
  modeText(node.kind, MOUNTED_MODE[node.kind]),
  '1',
  'root',
  String(sizeOf(mount, node)),
  '-',
  '0',
  node.kind === 'dir' ? `${name}/` : name,
];

/** The mount points, as ls of / lists them beside the block file system's names. */
export const mountPointRows = (): string[][] =>
  MOUNTS.filter((m) => m.point !== '/').map((m) => [
    modeText('dir', MOUNTED_MODE.dir),
    '1',
    'root',
    '0',
    '-',
    '0',
    `${m.point.slice(1)}/ (${m.type})`,
  ]);

/** ls of a node in /proc or /ledger: a directory's names, or the file itself. */
export function lsMounted(place: Extract<Place, { in: 'mount' }>, path: string): CommandResult {
  const { mount, node, names } = place;
  const rows =
    node.kind === 'dir'
      ? node.entries.map(([name, child]) => mountedRow(mount, name, child))
      : [mountedRow(mount, names.at(-1) ?? mount.point, node)];
  if (rows.length === 0) return out(`${path} is empty`);
  return out(...table(['mode', 'links', 'owner', 'bytes', 'inode', 'blocks', 'name'], rows));
}

/** stat of a node in /proc or /ledger: no inode on the disk, made from the state at the tick shown. */
export function statMounted(place: Extract<Place, { in: 'mount' }>, path: string): CommandResult {
  const { mount, node, tick } = place;
  const mode = MOUNTED_MODE[node.kind];
  return out(
    `  File: ${path}`,
    `  Type: ${KIND_WORD[node.kind]} in ${mount.point} (${mount.type}, ${mount.options === 'ro' ? 'read-only' : 'append-only'})   Inode: none on the disk`,
    `  Size: ${sizeOf(mount, node)} bytes${mount.type === 'proc' && node.kind === 'file' ? " (as Linux's /proc: the text is made when read; cat shows it)" : ''}`,
    `Access: ${octalMode(mode)} (${modeText(node.kind, mode)})   Owner: root`,
    `  Made: from ${mount.type === 'proc' ? "the kernel's state" : "the ledger's blocks"} at tick ${tick}`,
  );
}
