import { corruptRefusal } from './fsckRun';
import type { KernelCalls } from '../../kernel/subsystem';
import type { SimState } from '../../kernel/state';
import type { Pcb } from '../../process/pcb';
import { applyPlaced } from '../layout/nodeLayout';
import type { FfsPlaced } from '../layout/ffsPlaced';
import { blocksTouched, type FileIo, type FileRequest } from '../config';
import { fsOpText, type FsOp } from '../fsOp';
import { applyLogged, loggedBlocks } from './logRun';
import { forgetFreed, readThrough, writeInto, type CacheOutcome, type CacheRoom } from '../pageCache';
import { resolve } from '../paths';
import { metaToFind } from '../allocation/metaToFind';
import type { FoundMeta } from '../../kernel/events';
import { denied, permits, ROOT_UID } from '../permissions';
import type { FsError, Inode } from '../types';
import { cacheRoom, releaseSpareFrames } from './cacheMemory';
import { mountedRequest } from './mountedRequests';
import { kernelNames } from '../vfs/mountedOp';
import { resolveVfs } from '../vfs/resolveVfs';
import { recordChange } from './diskTrack';
import type { FileIoProgress, FsRun } from './state';
import { ledgerAddresses, noIo, type DeviceIo } from '../device/deviceRun';
import { blockForPick, drainWaiting, joinsDiskQueue, serveNow, waitOnDisk, type Served } from './deviceQueue';
import { checkDeviceReads } from './blockFaultOps';
import { fsDeviceBlocks } from './journalOnDevice';

export function fsRun(st: SimState): FsRun {
  return st.sub.fs as FsRun;
}

/**
 * The tick at which a running process makes its next file request, or Infinity. Requests come every `every` ticks
 * of progress (CPU time less the ticks it stalled on memory), as memory references do.
 */
export function nextFileRequest(run: FsRun, p: Pcb): number {
  const io = run.patterns[p.pid];
  if (!io) return Infinity;
  const made = run.progress.get(p.pid)?.made ?? 0;
  return p.runSince + Math.max(0, (made + 1) * io.every + p.memoryStall - p.cpuTime);
}

/** What a request did: the bytes, the file's blocks it touched and what the page cache made of them; or why not. */
/** `mounted`: the request went into /proc or /ledger, not to the block file system (whose changes the journal keeps) */
type Done =
  | {
      ok: true;
      bytes: number;
      blocks: number;
      cache: CacheOutcome;
      /** the blocks the device moves for it, by number (the page cache's, and the metadata's) */
      io: DeviceIo;
      placed?: FfsPlaced;
      mounted?: true;
      /** under LFS: the blocks the log wrote for it (with the cleaner's), which the device moves instead */
      logBlocks?: number;
      /** under an allocation strategy: the metadata it went through to find the blocks, and blocks a move copied */
      meta?: FoundMeta;
      moved?: number;
    }
  | { ok: false; error: FsError };

/**
 * The metadata blocks a request goes through (read to find its blocks, or updated to point at new ones), through
 * the page cache as any block: how many, what they hold, and the disk blocks that cost.
 */
function throughMeta(
  run: FsRun,
  inode: Inode,
  touched: { first: number; count: number },
  kind: 'read' | 'write',
  room?: CacheRoom,
): { found: FoundMeta; cache: CacheOutcome } | undefined {
  const meta = metaToFind(run.fs, inode, touched.first, touched.count);
  if (!meta) return undefined;
  const cache = (kind === 'read' ? readThrough : writeInto)(run.cache, meta.blocks, room);
  return { found: { holds: meta.holds, blocks: meta.blocks.length, disk: cache.fromDisk + cache.toDisk }, cache };
}

/** What the page cache read from and wrote to the device, by number. */
interface DeviceBlocks {
  read: readonly number[];
  written: readonly number[];
}

/** The device's blocks for a request: its data blocks' through the page cache, then its metadata's. */
const ioOf = (cache: DeviceBlocks, meta?: DeviceBlocks): DeviceIo =>
  meta
    ? { reads: [...meta.read, ...cache.read], writes: [...cache.written, ...meta.written] }
    : { reads: cache.read, writes: cache.written };

/**
 * A contiguous file that moved (allocation/nodePlacement.ts) was read from its old run and written to its new one,
 * block by block, past the page cache, before the write's own blocks: a device that places blocks by number gets
 * them all.
 */
const withMove = (io: DeviceIo, from: readonly number[], to: readonly number[]): DeviceIo => ({
  reads: [...from, ...io.reads],
  writes: [...to, ...io.writes],
});

/** The user process `pid` acts as for file permissions: root unless its spec says 'own' (then uid = pid). */
export const uidOf = (run: FsRun, pid: number): number => (run.users[pid] === 'own' ? pid : ROOT_UID);

/** A read from where this request last stopped, starting over at the file's end. */
function read(run: FsRun, r: FileRequest, progress: FileIoProgress, at: number, pid: number, room?: CacheRoom): Done {
  const uid = uidOf(run, pid);
  const found = resolve(run.fs, r.path, true, uid);
  if (!found.ok) return found;
  const inode = run.fs.inodes[found.inum] as Inode;
  if (inode.kind === 'dir') return { ok: false, error: { code: 'EISDIR', message: `${r.path} is a directory` } };
  if (!permits(inode, uid, 'read')) return { ok: false, error: denied(r.path, inode, uid, 'read') };
  const from = (progress.offsets[at] ?? 0) < inode.size ? (progress.offsets[at] ?? 0) : 0;
  const bytes = Math.min(r.bytes, inode.size - from);
  progress.offsets[at] = from + bytes;
  const blocks = blocksTouched(inode.blocks, from, bytes, run.fs.geometry.blockSize);
  const first = Math.floor(from / run.fs.geometry.blockSize);
  const meta = throughMeta(run, inode, { first, count: blocks.length }, 'read', room);
  const cache = readThrough(run.cache, blocks, room);
  const missed = { ...cache, read: loggedBlocks(run, cache.read, [found.inum]) };
  return {
    ok: true,
    bytes,
    blocks: blocks.length,
    cache,
    io: ioOf(missed, meta?.cache),
    ...(meta && { meta: meta.found }),
  };
}

/** An append: the blocks it writes are those its bytes touch, a partly filled last block included. */
function write(st: SimState, run: FsRun, r: FileRequest, pid: number, room?: CacheRoom): Done {
  const found = resolve(run.fs, r.path);
  const before = found.ok ? (run.fs.inodes[found.inum] as Inode).size : 0;
  const was = found.ok ? [...(run.fs.inodes[found.inum] as Inode).blocks] : [];
  const op: FsOp = { kind: 'write', path: r.path, bytes: r.bytes };
  const where: { placed: FfsPlaced | null } = { placed: null };
  const movedBefore = run.fs.alloc?.moved ?? 0;
  const {
    done,
    logBlocks,
    io: logIo,
  } = applyLogged(st, run, op, fsOpText(op), () => {
    const applied = applyPlaced(run.fs, run.config, op, pid, uidOf(run, pid));
    where.placed = applied.placed;
    return applied.done;
  });
  if (!done.ok) return done;
  const inode = run.fs.inodes[done.inum] as Inode;
  const blocks = blocksTouched(inode.blocks, before, r.bytes, run.fs.geometry.blockSize);
  const first = Math.floor(before / run.fs.geometry.blockSize);
  const meta = throughMeta(run, inode, { first, count: blocks.length }, 'write', room);
  const cache = writeInto(run.cache, blocks, room);
  const { placed } = where;
  const moved = (run.fs.alloc?.moved ?? 0) - movedBefore;
  // Under LFS on a device that places blocks by number, the log's blocks go instead of the cache's writes.
  const io =
    run.log && run.device ? ioOf({ read: logIo.reads, written: logIo.writes }, meta?.cache) : ioOf(cache, meta?.cache);
  return {
    ok: true,
    bytes: r.bytes,
    blocks: blocks.length,
    cache,
    io: moved > 0 && run.device ? withMove(io, was, inode.blocks.slice(0, was.length)) : io,
    ...(placed && { placed }),
    ...(run.log && { logBlocks }),
    ...(meta && { meta: meta.found }),
    ...(moved > 0 && { moved }),
  };
}

/**
 * A request where its path leads: into /proc or /ledger (a validator's append, written through to the device), or
 * on the block file system (by the path it reached when it came back from a mount).
 */
function requestOn(
  st: SimState,
  run: FsRun,
  p: Pcb,
  r: FileRequest,
  progress: FileIoProgress,
  at: number,
  room?: CacheRoom,
): Done {
  const place = resolveVfs(kernelNames(run.fs), r.path, true);
  if (place.in === 'mount') {
    const done = mountedRequest(st, run, p, r, place.mount, place.names);
    if (!done.ok) return done;
    const written = run.device ? ledgerAddresses(run.device, fsDeviceBlocks(run), done.blocks) : [];
    const cache = { hits: 0, fromDisk: 0, toDisk: done.blocks, read: [], written };
    return { ...done, cache, io: { reads: [], writes: written }, mounted: true };
  }
  if (place.crossed && place.in === 'error') return { ok: false, error: place.error };
  const on = place.crossed && place.in === 'block' ? { ...r, path: place.path } : r;
  return on.kind === 'read' ? read(run, on, progress, at, p.pid, room) : write(st, run, on, p.pid, room);
}

/**
 * Puts `blocks` of disk work on the device, first come first served: it starts when the device is free (on the disk,
 * after the requests waiting in its queue: deviceQueue.ts). The simple device takes `requestTicks` plus `blockTicks`
 * per block; another (fs.device's kind) decides from `io`, the blocks by number, and says how in a `deviceServed`
 * event. `pid` null is the kernel's own (a sync). `inOrder`: the blocks must land one after another in the order
 * given (the journal's writes), and `ends` says when each did. Returns the request's start and end, or null when
 * there is nothing for the disk to do.
 */
export function queueOnDevice(
  st: SimState,
  run: FsRun,
  pid: number | null,
  request: { kind: 'read' | 'write'; path: string },
  blocks: number,
  io: DeviceIo = noIo,
  inOrder = false,
): Served | null {
  if (blocks === 0) return null;
  drainWaiting(st, run);
  return serveNow(st, run, pid, request, blocks, io, undefined, inOrder);
}

/**
 * A running process makes its next file request now. The file system does it at once (the picture is the
 * file system's, not the disk's contents); blocks the page cache holds cost nothing more, and the process waits,
 * WAITING, while the device serves the rest: after every request ahead of it in the queue. A refused request (a
 * missing file, a full disk) costs no device time: the process carries on, as after a failed system call.
 * Returns true when the process blocked.
 */
export function makeFileRequest(st: SimState, run: FsRun, p: Pcb, kernel: KernelCalls): boolean {
  const io = run.patterns[p.pid] as Readonly<FileIo>;
  let progress = run.progress.get(p.pid);
  if (!progress) {
    progress = { made: 0, offsets: [] };
    run.progress.set(p.pid, progress);
  }
  const at = progress.made % io.requests.length;
  const r = io.requests[at] as FileRequest;
  progress.made++;
  run.fs.now = st.now;
  const broken = corruptRefusal(run);
  const room = cacheRoom(st, run);
  const done = broken ? { ok: false as const, error: broken } : requestOn(st, run, p, r, progress, at, room);
  const unread = done.ok ? checkDeviceReads(st, run, p.pid, done.io.reads) : null;
  run.version++;
  if (done.ok && done.moved) {
    // A contiguous file's move freed its old blocks: the page cache lets go of them, as after any freeing operation.
    forgetFreed(run.cache, (b) => run.fs.dataBitmap[b] === 1);
    releaseSpareFrames(st, run);
  }
  const stats = run.stats;
  stats.requests++;
  if (!done.ok || unread) {
    stats.refused++;
    const error = done.ok ? (unread as FsError) : done.error;
    st.events.push({ tick: st.now, kind: 'fileRefused', pid: p.pid, request: r.kind, path: r.path, error });
    return false;
  }
  if (r.kind === 'read') {
    stats.reads++;
    stats.bytesRead += done.bytes;
  } else {
    stats.writes++;
    stats.bytesWritten += done.bytes;
    const appended = { kind: 'write', path: r.path, bytes: r.bytes } as const;
    if (!done.mounted) recordChange(st, run, appended, `P${p.pid}: ${fsOpText(appended)}`, done);
  }
  // A contiguous file that moved was read and written again, block by block, past the page cache.
  const disk =
    done.cache.fromDisk + (done.logBlocks ?? done.cache.toDisk) + (done.meta?.disk ?? 0) + 2 * (done.moved ?? 0);
  const waits = disk > 0 && joinsDiskQueue(run, st.now, done.io);
  const queued = waits ? waitOnDisk(st, run, p, r, disk, done.io) : null;
  const served = queued ? null : queueOnDevice(st, run, p.pid, r, disk, done.io);
  st.events.push({
    tick: st.now,
    kind: 'fileIo',
    pid: p.pid,
    cpu: p.cpu as number,
    request: r.kind,
    path: r.path,
    bytes: done.bytes,
    blocks: done.blocks,
    cached: done.cache.hits,
    disk,
    ahead: queued?.ahead ?? served?.ahead ?? 0,
    start: queued?.start ?? served?.start ?? st.now,
    until: queued?.start ?? served?.end ?? st.now,
    ...(queued && { queued: queued.waiting }),
    ...(done.placed && { placed: done.placed }),
    ...(done.meta && { meta: done.meta }),
    ...(done.moved && { moved: done.moved }),
  });
  if (queued) {
    blockForPick(st, run, p, kernel);
    return true;
  }
  if (!served || served.end === st.now) return false;
  stats.queuedTicks += served.start - st.now;
  kernel.block(st, p, served.end - st.now, 'fs');
  return true;
}
