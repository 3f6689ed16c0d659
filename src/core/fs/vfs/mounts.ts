/**
 * The node's mount table: which file system answers for which directory. Fixed, as a small node's fstab would be:
 * the block file system at /, the kernel's procfs at /proc and the append-only ledger at /ledger. Mount points sit
 * in the root directory only, so resolution meets one when it looks a mount's name up in the block file system's
 * root.
 */

/** The kinds of file system behind the VFS. */
export type MountType = 'block' | 'proc' | 'ledger';

export interface Mount {
  /** where it is mounted ("/", "/proc") */
  point: string;
  type: MountType;
  /** what /proc/mounts names as its source */
  source: string;
  /** what it allows: read-write, read-only, or append only (by BLOCKCHAIN_VALIDATOR processes) */
  options: 'rw' | 'ro' | 'append';
  /** what it holds, in words */
  about: string;
}

export const MOUNTS: readonly Mount[] = [
  {
    point: '/',
    type: 'block',
    source: 'disk0',
    options: 'rw',
    about: "the block file system on the node's block device (vsfs's or FFS's layout)",
  },
  {
    point: '/proc',
    type: 'proc',
    source: 'proc',
    options: 'ro',
    about: "the kernel's processes and memory as files, made from its state at the tick shown",
  },
  {
    point: '/ledger',
    type: 'ledger',
    source: 'ledger',
    options: 'append',
    about: 'the blockchain ledger: each block a read-only file; BLOCKCHAIN_VALIDATOR processes append blocks',
  },
];

/** The mount whose point is `name` in the root directory ("proc" -> /proc), or undefined. */
export const mountNamed = (name: string): Mount | undefined =>
  MOUNTS.find((m) => m.point !== '/' && m.point.slice(1) === name);

/** The mount table as /proc/mounts prints it: source, point, type, options, and the two zeros of fstab. */
export const mountsText = (): string =>
  MOUNTS.map((m) => `${m.source} ${m.point} ${m.type} ${m.options} 0 0`).join('\n');
