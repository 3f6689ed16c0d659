import type { LfsBlock, LfsState } from './lfsTypes';

/**
 * A log on a disk of fixed size, cut into segments: the unit the log is written in and a cleaner reclaims. Address
 * 0 is the checkpoint region (outside every segment); segment s holds addresses 1 + s·segmentBlocks onwards. The
 * log writes at its head, filling a segment in address order, then moves on to the next free segment (after the
 * head's, wrapping round). A free segment's old contents are garbage: nothing live points into it.
 */
export interface LogSegments {
  segmentBlocks: number;
  /** per segment, in address order */
  list: Segment[];
  /** the next address the log writes, or null when no segment has room (the head's is full and none is free) */
  head: number | null;
  /** segments free now */
  free: number;
  /** operations so far: a segment's age for the cleaner is clock less the operation that last wrote it */
  clock: number;
  /**
   * the log's block I/O by address since its owner last took it (takeLogIo), in order: kept only when a device
   * beneath places blocks by number (the node's fs.device), which needs each address the log moves
   */
  io?: { reads: number[]; writes: number[] };
}

export interface Segment {
  state: 'free' | 'used';
  /** the clock when a block was last written into it */
  writtenAt: number;
  /** times the cleaner has freed it */
  cleanings: number;
}

/** Segments a disk of `blocks` holds after its checkpoint region (a partial one at the end is left unused). */
export const segmentCount = (blocks: number, segmentBlocks: number): number =>
  Math.max(0, Math.floor((blocks - 1) / segmentBlocks));

export const segmentStart = (seg: LogSegments, s: number): number => 1 + s * seg.segmentBlocks;
export const segmentOf = (seg: LogSegments, addr: number): number => Math.floor((addr - 1) / seg.segmentBlocks);

/** An empty disk of `count` segments, the head at the first block of segment 0. */
export function createSegments(count: number, segmentBlocks: number): LogSegments {
  const list: Segment[] = Array.from({ length: count }, () => ({ state: 'free', writtenAt: 0, cleanings: 0 }));
  const seg: LogSegments = { segmentBlocks, list, head: null, free: count, clock: 0 };
  if (count > 0) take(seg, 0);
  return seg;
}

function take(seg: LogSegments, s: number): void {
  const segment = seg.list[s] as Segment;
  segment.state = 'used';
  segment.writtenAt = seg.clock;
  seg.free--;
  seg.head = segmentStart(seg, s);
}

/** Blocks the log can still write: what is left of the head's segment and every free segment. */
export function room(seg: LogSegments): number {
  if (seg.head === null) return 0;
  const left = seg.segmentBlocks - ((seg.head - 1) % seg.segmentBlocks);
  return left + seg.free * seg.segmentBlocks;
}

/** The segment the head writes in (never a cleaner's victim), or null when the log is full. */
export const headSegment = (seg: LogSegments): number | null => (seg.head === null ? null : segmentOf(seg, seg.head));

/**
 * Writes a block at the head and moves the head on. The caller has made sure there is room (room() > 0): a full
 * log is refused before anything is written, so running out here is a bug, not a user's error.
 */
export function writeAtHead(fs: LfsState, seg: LogSegments, block: LfsBlock): number {
  const addr = seg.head;
  if (addr === null) throw new Error('internal: the log was written with no room left (room() is checked first)');
  fs.log[addr] = block;
  seg.io?.writes.push(addr);
  const s = segmentOf(seg, addr);
  (seg.list[s] as Segment).writtenAt = seg.clock;
  seg.head = addr + 1;
  // A segment's last address is a multiple of its size (it starts at 1).
  if (addr % seg.segmentBlocks !== 0) return addr;
  seg.head = null;
  for (let k = 1; k <= seg.list.length; k++) {
    const next = (s + k) % seg.list.length;
    if (seg.list[next]?.state === 'free') {
      take(seg, next);
      break;
    }
  }
  return addr;
}

/** The cleaner gives a segment back: nothing live is left in it. */
export function freeSegment(seg: LogSegments, s: number): void {
  const segment = seg.list[s] as Segment;
  segment.state = 'free';
  segment.cleanings++;
  seg.free++;
  // A log that was full starts again in the segment just freed.
  if (seg.head === null) take(seg, s);
}

/**
 * Starts keeping the log's block I/O by address (for a device that places blocks by number), from `written`: blocks
 * already written that the device has yet to take.
 */
export function traceLogIo(seg: LogSegments, written: number[] = []): void {
  seg.io = { reads: [], writes: written };
}

/** The log's block I/O since the last take, in order (none when not traced), and starts afresh. */
export function takeLogIo(seg: LogSegments): { reads: number[]; writes: number[] } {
  const io = seg.io ?? { reads: [], writes: [] };
  if (seg.io) seg.io = { reads: [], writes: [] };
  return io;
}
