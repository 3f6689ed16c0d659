import type { SimState } from '../../kernel/state';
import type { Pcb } from '../../process/pcb';
import type { FileRequest } from '../config';
import type { FsError } from '../types';
import type { Mount } from '../vfs/mounts';
import { mountRefusal } from '../vfs/mountedOp';
import { validatorAppends } from './ledgerRun';
import type { FsRun } from './state';

/** What a request in a mount did: the bytes and the device blocks it wrote, or why it was refused. */
export type MountedDone = { ok: true; bytes: number; blocks: number } | { ok: false; error: FsError };

/**
 * A process's request for a path in /proc or /ledger. A BLOCKCHAIN_VALIDATOR's write under /ledger appends one
 * block to the chain, whatever name it writes (the ledger names its blocks by height); the ledger keeps its
 * blocks in its own region of the node's device, written through as a log is (no page cache), so the process
 * waits while the device writes the block's bytes. Everything else is refused as the mount refuses it.
 */
export function mountedRequest(
  st: SimState,
  run: FsRun,
  p: Pcb,
  r: FileRequest,
  mount: Mount,
  names: readonly string[],
): MountedDone {
  const asOp = r.kind === 'write' ? { kind: 'write' as const, path: r.path, bytes: r.bytes } : null;
  if (asOp === null)
    return {
      ok: false,
      error: mountRefusal(mount, names, { kind: 'open', pid: p.pid, path: r.path, flags: 'r' }, r.path),
    };
  if (mount.type !== 'ledger' || p.type !== 'BLOCKCHAIN_VALIDATOR')
    return { ok: false, error: mountRefusal(mount, names, asOp, r.path) };
  const bytes = validatorAppends(st, run, p);
  if (bytes === 0)
    return { ok: false, error: { code: 'EINVAL', message: `the ledger refused block ${run.ledger.blocks.length}` } };
  return { ok: true, bytes, blocks: Math.ceil(bytes / run.fs.geometry.blockSize) };
}
