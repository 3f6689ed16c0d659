import { isDescriptorOp, MAX_OP_BYTES, type FsOp } from '../fsOp';
import { assertNever } from '../../assertNever';
import { blockRuns } from './disk';
import { dropLink, fail, newInode, parentOf, resolveIn } from './namespace';
import { ALLOCATION_STRATEGIES } from './registry';
import type { AllocDisk, AllocFile, AllocInode, AllocOutcome, AllocReason } from './types';

const NAMESPACE: AllocReason = { kind: 'namespace' };

/** Blocks `bytes` bytes take. */
export const blocksFor = (disk: AllocDisk, bytes: number): number => Math.ceil(bytes / disk.geometry.blockSize);

/** Sets a file's size, growing or shrinking its blocks by its disk's strategy; refused, nothing changed. */
function resize(disk: AllocDisk, inum: number, path: string, bytes: number): AllocOutcome {
  const file = disk.inodes[inum] as AllocFile;
  const change = blocksFor(disk, bytes) - file.blocks.length;
  const strategy = ALLOCATION_STRATEGIES[disk.strategy];
  let reason = NAMESPACE;
  if (change > 0) {
    const grown = strategy.grow(disk, inum, change);
    if (!grown.ok) return grown;
    reason = grown.reason;
  } else if (change < 0) reason = strategy.shrink(disk, inum, -change);
  file.size = bytes;
  return { ok: true, decision: { path, reason } };
}

function write(disk: AllocDisk, path: string, bytes: number, append: boolean): AllocOutcome {
  const at = parentOf(disk, path);
  if (!at.ok) return at;
  if (at.inum < 0 && !append) return fail('ENOENT', `${path} does not exist`);
  if (at.inum >= 0) {
    if ((disk.inodes[at.inum] as AllocInode).kind === 'dir') return fail('EISDIR', `${path} is a directory`);
    const file = disk.inodes[at.inum] as AllocFile;
    return resize(disk, at.inum, path, append ? file.size + bytes : bytes);
  }
  const reused = disk.freeInodes.length > 0;
  const inum = newInode(disk, { kind: 'file', links: 1, size: 0, blocks: [], meta: [], fragments: 0 });
  const done = resize(disk, inum, path, bytes);
  if (done.ok) at.parent.entries.set(at.name, inum);
  else if (reused) {
    disk.inodes[inum] = null;
    disk.freeInodes.push(inum);
  } else disk.inodes.pop();
  return done;
}

function remove(disk: AllocDisk, path: string, dir: boolean): AllocOutcome {
  const at = parentOf(disk, path);
  if (!at.ok) return at;
  if (at.inum < 0) return fail('ENOENT', `${path} does not exist`);
  const inode = disk.inodes[at.inum] as AllocInode;
  if (dir && inode.kind !== 'dir') return fail('ENOTDIR', `${path} is not a directory`);
  if (!dir && inode.kind === 'dir') return fail('EISDIR', `${path} is a directory (rmdir removes one)`);
  if (inode.kind === 'dir' && inode.entries.size > 0) return fail('ENOTEMPTY', `${path} is not empty`);
  at.parent.entries.delete(at.name);
  if (inode.kind === 'dir') {
    disk.inodes[at.inum] = null;
    disk.freeInodes.push(at.inum);
    return { ok: true, decision: { path, reason: NAMESPACE } };
  }
  const reason: AllocReason =
    inode.links === 1 ? { kind: 'freed', runs: blockRuns(inode.blocks), meta: [...inode.meta] } : NAMESPACE;
  dropLink(disk, at.inum);
  return { ok: true, decision: { path, reason } };
}

function link(disk: AllocDisk, target: string, path: string): AllocOutcome {
  const from = resolveIn(disk, target);
  if (!from.ok) return from;
  const file = disk.inodes[from.inum] as AllocInode;
  if (file.kind === 'dir') return fail('EPERM', `${target} is a directory (hard links to directories are refused)`);
  const at = parentOf(disk, path);
  if (!at.ok) return at;
  if (at.inum >= 0) return fail('EEXIST', `${path} already exists`);
  at.parent.entries.set(at.name, from.inum);
  file.links++;
  return { ok: true, decision: { path, reason: NAMESPACE } };
}

function rename(disk: AllocDisk, fromPath: string, toPath: string): AllocOutcome {
  const from = parentOf(disk, fromPath);
  if (!from.ok) return from;
  if (from.inum < 0) return fail('ENOENT', `${fromPath} does not exist`);
  const to = parentOf(disk, toPath);
  if (!to.ok) return to;
  const moving = disk.inodes[from.inum] as AllocInode;
  if (to.inum === from.inum) return { ok: true, decision: { path: toPath, reason: NAMESPACE } };
  if (moving.kind === 'dir')
    for (let d = to.parentInum; ; d = (disk.inodes[d] as { parent: number }).parent) {
      if (d === from.inum) return fail('EINVAL', `${toPath} is inside ${fromPath}, which cannot move into itself`);
      if (d === 0) break;
    }
  let reason = NAMESPACE;
  if (to.inum >= 0) {
    const there = disk.inodes[to.inum] as AllocInode;
    if (there.kind === 'dir' && moving.kind !== 'dir') return fail('EISDIR', `${toPath} is a directory`);
    if (there.kind !== 'dir' && moving.kind === 'dir') return fail('ENOTDIR', `${toPath} is not a directory`);
    const replaced = remove(disk, toPath, there.kind === 'dir');
    if (!replaced.ok) return replaced;
    reason = replaced.decision.reason;
  }
  from.parent.entries.delete(from.name);
  to.parent.entries.set(to.name, from.inum);
  if (moving.kind === 'dir') moving.parent = to.parentInum;
  return { ok: true, decision: { path: toPath, reason } };
}

/**
 * One operation on the allocation disk: the decision the strategy took (which blocks, why), or the POSIX error,
 * the disk unchanged. A write appends (making the file); truncate sets the size, growing with real blocks (no
 * holes, so a file's blocks always hold its size).
 */
export function applyOp(disk: AllocDisk, op: FsOp): AllocOutcome {
  if (
    (op.kind === 'write' || op.kind === 'truncate') &&
    !(Number.isInteger(op.bytes) && op.bytes >= 0 && op.bytes <= MAX_OP_BYTES)
  )
    return fail('EINVAL', `bytes must be a whole number from 0 to ${MAX_OP_BYTES} (got ${op.bytes})`);
  if (isDescriptorOp(op))
    return fail('EINVAL', `the allocation comparison models the namespace, not P${op.pid}'s descriptors`);
  switch (op.kind) {
    case 'mkdir': {
      const at = parentOf(disk, op.path);
      if (!at.ok) return at;
      if (at.inum >= 0) return fail('EEXIST', `${op.path} already exists`);
      at.parent.entries.set(at.name, newInode(disk, { kind: 'dir', parent: at.parentInum, entries: new Map() }));
      return { ok: true, decision: { path: op.path, reason: NAMESPACE } };
    }
    case 'touch':
      return resolveIn(disk, op.path).ok
        ? { ok: true, decision: { path: op.path, reason: NAMESPACE } }
        : write(disk, op.path, 0, true);
    case 'write':
      return write(disk, op.path, op.bytes, true);
    case 'truncate':
      return write(disk, op.path, op.bytes, false);
    case 'rm':
      return remove(disk, op.path, false);
    case 'rmdir':
      return remove(disk, op.path, true);
    case 'link':
      return link(disk, op.target, op.path);
    case 'rename':
      return rename(disk, op.from, op.to);
    case 'chmod':
      return resolveIn(disk, op.path).ok
        ? { ok: true, decision: { path: op.path, reason: NAMESPACE } }
        : fail('ENOENT', `${op.path} does not exist`);
    case 'symlink':
      return fail('EINVAL', `the allocation comparison models files and directories, not symbolic links (${op.path})`);
    case 'sync':
      return { ok: true, decision: { path: '/', reason: { kind: 'synced' } } };
    case 'verify':
    case 'tamper':
      return { ok: true, decision: { path: '/ledger', reason: { kind: 'ledger' } } };
    case 'fsck':
    case 'corrupt':
    case 'crash':
    case 'fail':
    case 'rebuild':
    case 'corruptBlock':
    case 'badSector':
      return fail('EINVAL', `${op.kind} works on the node's file system, not on this model of allocation`);
    default:
      return assertNever(op);
  }
}
