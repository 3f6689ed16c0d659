import type { KernelCalls } from '../../kernel/subsystem';
import type { SimState } from '../../kernel/state';
import type { Pcb } from '../../process/pcb';
import { applyFsOp } from '../applyFsOp';
import { blocksTouched, type FileIo, type FileRequest } from '../config';
import { resolve } from '../paths';
import type { FsError, Inode } from '../types';
import type { FileIoProgress, FsRun } from './state';

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

/** What a request did to the file system: the bytes and blocks it moves, or why it was refused. */
type Done = { ok: true; bytes: number; blocks: number } | { ok: false; error: FsError };

/** A read from where this request last stopped, starting over at the file's end. */
function read(run: FsRun, r: FileRequest, progress: FileIoProgress, at: number): Done {
  const found = resolve(run.fs, r.path);
  if (!found.ok) return found;
  const inode = run.fs.inodes[found.inum] as Inode;
  if (inode.kind === 'dir') return { ok: false, error: { code: 'EISDIR', message: `${r.path} is a directory` } };
  const from = (progress.offsets[at] ?? 0) < inode.size ? (progress.offsets[at] ?? 0) : 0;
  const bytes = Math.min(r.bytes, inode.size - from);
  progress.offsets[at] = from + bytes;
  return { ok: true, bytes, blocks: blocksTouched(from, bytes, run.fs.geometry.blockSize) };
}

/** An append: the blocks it writes are those its bytes touch, a partly filled last block included. */
function write(run: FsRun, r: FileRequest, pid: number): Done {
  const found = resolve(run.fs, r.path);
  const before = found.ok ? (run.fs.inodes[found.inum] as Inode).size : 0;
  const done = applyFsOp(run.fs, { kind: 'write', path: r.path, bytes: r.bytes }, undefined, pid);
  if (!done.ok) return done;
  return { ok: true, bytes: r.bytes, blocks: blocksTouched(before, r.bytes, run.fs.geometry.blockSize) };
}

/**
 * A running process makes its next file request now. The file system does it at once (the picture is the
 * file system's, not the disk's contents); the process then waits, WAITING, while the device serves it: after
 * every request ahead of it in the queue, `requestTicks` plus `blockTicks` per block. A refused request (a
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
  const done = r.kind === 'read' ? read(run, r, progress, at) : write(run, r, p.pid);
  run.version++;
  const stats = run.stats;
  stats.requests++;
  if (!done.ok) {
    stats.refused++;
    st.events.push({ tick: st.now, kind: 'fileRefused', pid: p.pid, request: r.kind, path: r.path, error: done.error });
    return false;
  }
  if (r.kind === 'read') {
    stats.reads++;
    stats.bytesRead += done.bytes;
  } else {
    stats.writes++;
    stats.bytesWritten += done.bytes;
  }
  const { requestTicks, blockTicks } = run.config.device;
  const cost = done.blocks === 0 ? 0 : requestTicks + done.blocks * blockTicks;
  run.queue = run.queue.filter((q) => q.end > st.now);
  const ahead = run.queue.length;
  const start = Math.max(st.now, run.busyUntil);
  const end = start + cost;
  st.events.push({
    tick: st.now,
    kind: 'fileIo',
    pid: p.pid,
    cpu: p.cpu as number,
    request: r.kind,
    path: r.path,
    bytes: done.bytes,
    blocks: done.blocks,
    ahead,
    start,
    until: end,
  });
  if (end === st.now) return false;
  stats.blocksMoved += done.blocks;
  stats.busyTicks += cost;
  stats.queuedTicks += start - st.now;
  run.busyUntil = end;
  run.queue.push({ pid: p.pid, kind: r.kind, path: r.path, blocks: done.blocks, start, end });
  kernel.block(st, p, end - st.now, 'fs');
  return true;
}
