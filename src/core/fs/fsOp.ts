import { MAX_MODE } from './access';
import { octalMode } from './fileSystem';
import type { OpenFlags } from './openFiles';
import type { FsError } from './types';

/**
 * One file-system operation, as a scenario schedules it, a console types it and a workload lists it (the crash
 * explorer's, the allocation comparison's). Sizes are in bytes; a write appends and makes the file if it is not
 * there, as `>>` in a shell does.
 */
export type FsOp =
  | { kind: 'mkdir'; path: string }
  | { kind: 'touch'; path: string }
  | { kind: 'write'; path: string; bytes: number }
  | { kind: 'truncate'; path: string; bytes: number }
  | { kind: 'rm'; path: string }
  | { kind: 'rmdir'; path: string }
  | { kind: 'link'; target: string; path: string }
  /** a symbolic link at `path` holding `target` (absolute, or relative to the link's directory) */
  | { kind: 'symlink'; target: string; path: string }
  | { kind: 'rename'; from: string; to: string }
  /** sets the permission bits (0 to 0o777) of what `path` names; typed in octal, as chmod takes them */
  | { kind: 'chmod'; mode: number; path: string }
  /** descriptor operations of process `pid` (see openFiles.ts): open gives the lowest free descriptor, 3 or more */
  | { kind: 'open'; pid: number; path: string; flags: OpenFlags }
  | { kind: 'read'; pid: number; fd: number; bytes: number }
  /** write(2) through a descriptor (`write` is the shell's append to a path) */
  | { kind: 'fdwrite'; pid: number; fd: number; bytes: number }
  /** lseek(2) from the start of the file */
  | { kind: 'seek'; pid: number; fd: number; offset: number }
  | { kind: 'dup'; pid: number; fd: number }
  | { kind: 'close'; pid: number; fd: number }
  /** writes every dirty cached block to the disk (a file system without a page cache has none) */
  | { kind: 'sync' }
  /** checks the ledger at /ledger block by block: names the first bad block */
  | { kind: 'verify' }
  /** changes ledger block `height` (its first transaction's amount, or a byte of a snapshot), rehashing it or not */
  | { kind: 'tamper'; height: number; rehash: boolean }
  /** checks the file system and repairs what it finds (repair.ts), saying what it fixed */
  | { kind: 'fsck' }
  /** breaks the file system as fsck.py does, for fsck to find (a random one draws from the run's random stream) */
  | { kind: 'corrupt'; corruption: CorruptionName }
  /** the power fails: what had not reached the disk is lost, and mount replays the journal (subsystem/crashRun.ts) */
  | { kind: 'crash' }
  /** a member disk of the node's RAID fails (fs.device kind raid; subsystem/raidOps.ts) */
  | { kind: 'fail'; disk: number }
  /** a spare takes a failed member's place and is rebuilt in the members' idle time */
  | { kind: 'rebuild'; disk: number }
  /**
   * silent corruption: a bit of device block `block` flips at rest; on a RAID, on member `disk` (one holding a copy
   * of it), or without one on the member reads go to
   */
  | { kind: 'corruptBlock'; block: number; disk?: number }
  /** a latent sector error: device block `block` becomes unreadable (fs/device/blockFaults.ts) */
  | { kind: 'badSector'; block: number; disk?: number };

/** fsck.py's corruptions by name (for a file where fsck.py picks a file or a directory), or a random one. */
export const CORRUPTION_NAMES = [
  'data-bitmap',
  'inode-bitmap',
  'refcount',
  'orphan',
  'dead-block',
  'type-switch',
  'entry-inode',
  'entry-name',
  'random',
] as const;
export type CorruptionName = (typeof CORRUPTION_NAMES)[number];

export type FsOpKind = FsOp['kind'];

/** Each operation's command word and its arguments, in the order they are typed. */
const SYNTAX: Readonly<Record<FsOpKind, { word: string; args: readonly string[] }>> = {
  mkdir: { word: 'mkdir', args: ['path'] },
  touch: { word: 'touch', args: ['path'] },
  write: { word: 'write', args: ['path', 'bytes'] },
  truncate: { word: 'truncate', args: ['path', 'bytes'] },
  rm: { word: 'rm', args: ['path'] },
  rmdir: { word: 'rmdir', args: ['path'] },
  link: { word: 'ln', args: ['target', 'path'] },
  symlink: { word: 'ln -s', args: ['target', 'path'] },
  rename: { word: 'mv', args: ['from', 'to'] },
  chmod: { word: 'chmod', args: ['mode', 'path'] },
  open: { word: 'open', args: ['pid', 'path', 'flags'] },
  read: { word: 'read', args: ['pid', 'fd', 'bytes'] },
  fdwrite: { word: 'fdwrite', args: ['pid', 'fd', 'bytes'] },
  seek: { word: 'seek', args: ['pid', 'fd', 'offset'] },
  dup: { word: 'dup', args: ['pid', 'fd'] },
  close: { word: 'close', args: ['pid', 'fd'] },
  sync: { word: 'sync', args: [] },
  verify: { word: 'verify-ledger', args: [] },
  tamper: { word: 'tamper', args: ['height'] },
  fsck: { word: 'fsck', args: [] },
  corrupt: { word: 'corrupt', args: ['corruption'] },
  crash: { word: 'crash', args: [] },
  fail: { word: 'fail-disk', args: ['disk'] },
  rebuild: { word: 'rebuild-disk', args: ['disk'] },
  corruptBlock: { word: 'corrupt-block', args: ['block'] },
  badSector: { word: 'bad-sector', args: ['block'] },
};

/** Arguments that are whole numbers. */
const NUMERIC: ReadonlySet<string> = new Set(['bytes', 'height', 'pid', 'fd', 'offset', 'disk', 'block']);

/** The operations that act on a process's descriptors, not on the namespace. */
export type DescriptorOp = Extract<FsOp, { pid: number }>;
export const isDescriptorOp = (op: FsOp): op is DescriptorOp => 'pid' in op;
/** The word after tamper's height that asks for the block's hash to be recomputed too. */
const REHASH = 'rehash';

const KIND_OF_WORD: ReadonlyMap<string, FsOpKind> = new Map(
  (Object.keys(SYNTAX) as FsOpKind[]).map((k) => [SYNTAX[k].word, k]),
);

/** The most bytes one write or truncate names (1 GiB: the largest disk a scenario has). */
export const MAX_OP_BYTES = 2 ** 30;

/** An operation as one typed line: "mkdir /a", "write /a/f 8192", "ln /a/f /b", "mv /a /c". */
export function fsOpText(op: FsOp): string {
  const fields = op as unknown as Record<string, string | number>;
  const words = [
    SYNTAX[op.kind].word,
    ...SYNTAX[op.kind].args.map((a) => (a === 'mode' ? octalMode(fields[a] as number) : String(fields[a]))),
  ];
  if (op.kind === 'tamper' && op.rehash) words.push(REHASH);
  if ((op.kind === 'corruptBlock' || op.kind === 'badSector') && op.disk !== undefined) words.push(String(op.disk));
  return words.join(' ');
}

/** Reads one typed line back into an operation, or says what is wrong with it (the word, a count, a size). */
export function parseFsOp(line: string): { ok: true; op: FsOp } | { ok: false; error: FsError } {
  const [first = '', ...rest] = line.trim().split(/\s+/);
  // "ln -s" is the one command word of two.
  const [word, given] = first === 'ln' && rest[0] === '-s' ? ['ln -s', rest.slice(1)] : [first, rest];
  const kind = KIND_OF_WORD.get(word);
  const rehash = kind === 'tamper' && given.length === 2 && given[1] === REHASH;
  // A fault on a RAID may name the member after the block.
  const member = (kind === 'corruptBlock' || kind === 'badSector') && given.length === 2 ? given[1] : undefined;
  const args = rehash || member !== undefined ? given.slice(0, 1) : given;
  const words = [...KIND_OF_WORD.keys()].join(', ');
  if (kind === undefined)
    return { ok: false, error: { code: 'EINVAL', message: `"${word}" is not a file operation (${words})` } };
  const { args: names } = SYNTAX[kind];
  const optional =
    kind === 'tamper' ? [`[${REHASH}]`] : kind === 'corruptBlock' || kind === 'badSector' ? ['[<disk>]'] : [];
  const usage = [word, ...names.map((n) => `<${n}>`), ...optional].join(' ');
  if (args.length !== names.length)
    return {
      ok: false,
      error: {
        code: 'EINVAL',
        message: `${word} takes ${names.length === 0 ? 'no' : names.length} argument${names.length === 1 ? '' : 's'} (usage: ${usage})`,
      },
    };
  const fields: Record<string, string | number | boolean> = { kind, ...(kind === 'tamper' && { rehash }) };
  if (member !== undefined) {
    if (!/^\d+$/.test(member) || Number(member) > MAX_OP_BYTES)
      return { ok: false, error: { code: 'EINVAL', message: `disk must be a RAID member's number (got "${member}")` } };
    fields.disk = Number(member);
  }
  for (const [i, name] of names.entries()) {
    const arg = args[i] as string;
    if (name === 'flags') {
      if (arg !== 'r' && arg !== 'w' && arg !== 'a')
        return { ok: false, error: { code: 'EINVAL', message: `flags must be r, w or a (got "${arg}")` } };
      fields[name] = arg;
      continue;
    }
    if (name === 'mode') {
      if (!/^[0-7]{1,4}$/.test(arg) || Number.parseInt(arg, 8) > MAX_MODE)
        return { ok: false, error: { code: 'EINVAL', message: `mode must be octal from 0000 to 0777 (got "${arg}")` } };
      fields[name] = Number.parseInt(arg, 8);
      continue;
    }
    if (name === 'corruption' && !(CORRUPTION_NAMES as readonly string[]).includes(arg))
      return {
        ok: false,
        error: { code: 'EINVAL', message: `corruption must be one of ${CORRUPTION_NAMES.join(', ')} (got "${arg}")` },
      };
    if (!NUMERIC.has(name)) {
      fields[name] = arg;
      continue;
    }
    const n = /^\d+$/.test(arg) ? Number(arg) : Number.NaN;
    if (!(n <= MAX_OP_BYTES))
      return {
        ok: false,
        error: { code: 'EINVAL', message: `${name} must be a whole number from 0 to ${MAX_OP_BYTES} (got "${arg}")` },
      };
    fields[name] = n;
  }
  return { ok: true, op: fields as unknown as FsOp };
}
