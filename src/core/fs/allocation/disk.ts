import { FS_LIMITS, POINTER_BYTES } from '../config';
import { createFreeRuns, markRun } from './freeRuns';
import {
  BLOCK_KIND,
  type AllocDisk,
  type AllocFile,
  type AllocGeometry,
  type AllocationName,
  type BlockKindCode,
  type Run,
} from './types';
import { groupedDigits } from '../../groupedDigits';

/** Why a geometry cannot hold a disk, naming the field and its limit (the scenario's, FS_LIMITS), or null. */
export function allocGeometryError(g: AllocGeometry): string | null {
  const { minBlocks, maxBlocks, minBlockSize, maxBlockSize } = FS_LIMITS;
  if (!Number.isInteger(g.blocks) || g.blocks < minBlocks || g.blocks > maxBlocks)
    return `blocks must be a whole number from ${minBlocks} to ${groupedDigits(maxBlocks)} (got ${g.blocks})`;
  const size = g.blockSize;
  if (!Number.isInteger(size) || size < minBlockSize || size > maxBlockSize || (size & (size - 1)) !== 0)
    return `blockSize must be a power of two from ${minBlockSize} to ${groupedDigits(maxBlockSize)} bytes (got ${size})`;
  return null;
}

/** FAT blocks a disk of this geometry needs: one pointer per block. */
export function fatBlocks(g: AllocGeometry): number {
  return Math.ceil((g.blocks * POINTER_BYTES) / g.blockSize);
}

/** An empty disk for a strategy (the geometry checked first with allocGeometryError): the root directory only. */
export function createAllocDisk(strategy: AllocationName, geometry: AllocGeometry): AllocDisk {
  const n = geometry.blocks;
  const disk: AllocDisk = {
    strategy,
    geometry: { ...geometry },
    bitmap: new Uint8Array(n),
    kind: new Uint8Array(n),
    owner: new Int32Array(n).fill(-1),
    next: new Int32Array(n).fill(-1),
    free: createFreeRuns(n),
    freeBlocks: n,
    reserved: 0,
    inodes: [{ kind: 'dir', parent: 0, entries: new Map() }],
    freeInodes: [],
    copied: 0,
  };
  if (strategy === 'LINKED') {
    disk.reserved = fatBlocks(geometry);
    takeRun(disk, 0, disk.reserved, BLOCK_KIND.fat, -1);
  }
  return disk;
}

/** Marks a run used, holding `kind` for inode `owner`. */
export function takeRun(disk: AllocDisk, start: number, length: number, kind: BlockKindCode, owner: number): void {
  for (let b = start; b < start + length; b++) {
    disk.bitmap[b] = 1;
    disk.kind[b] = kind;
    disk.owner[b] = owner;
  }
  markRun(disk.free, start, length, true);
  disk.freeBlocks -= length;
}

export function releaseRun(disk: AllocDisk, start: number, length: number): void {
  for (let b = start; b < start + length; b++) {
    disk.bitmap[b] = 0;
    disk.kind[b] = BLOCK_KIND.free;
    disk.owner[b] = -1;
    disk.next[b] = -1;
  }
  markRun(disk.free, start, length, false);
  disk.freeBlocks += length;
}

/** Frees blocks, a run at a time. */
export function releaseBlocks(disk: AllocDisk, blocks: readonly number[]): void {
  for (let i = 0; i < blocks.length;) {
    const start = blocks[i] as number;
    let length = 1;
    while (i + length < blocks.length && blocks[i + length] === start + length) length++;
    releaseRun(disk, start, length);
    i += length;
  }
}

/**
 * A file's last data block, or -1 when it has none. (Reading index -1 of an empty array instead would put
 * every caller on V8's slow path for out-of-bounds reads.)
 */
export function lastBlock(file: AllocFile): number {
  const n = file.blocks.length;
  return n > 0 ? (file.blocks[n - 1] as number) : -1;
}

/** Appends a data block to a file, keeping its count of fragments. */
export function pushData(file: AllocFile, block: number): void {
  const last = lastBlock(file);
  if (last < 0 || last + 1 !== block) file.fragments++;
  file.blocks.push(block);
}

/** Removes a file's last `count` data blocks and returns them, keeping its count of fragments. */
export function popData(file: AllocFile, count: number): number[] {
  const gone = file.blocks.splice(file.blocks.length - count, count);
  for (let i = gone.length - 1; i >= 0; i--) {
    const prev = i > 0 ? (gone[i - 1] as number) : lastBlock(file);
    if (prev < 0 || prev + 1 !== gone[i]) file.fragments--;
  }
  return gone;
}

/** How many free blocks follow `block` directly, up to `limit` (read from the bitmap: at most `limit` steps). */
export function freeFollowing(disk: AllocDisk, block: number, limit: number): number {
  let n = 0;
  while (n < limit && block + 1 + n < disk.geometry.blocks && disk.bitmap[block + 1 + n] === 0) n++;
  return n;
}

/** Adds a run to a list of runs, joining it to the last one when it follows on. */
export function addRun(runs: [number, number][], start: number, length: number): void {
  const last = runs[runs.length - 1];
  if (last && last[0] + last[1] === start) last[1] += length;
  else runs.push([start, length]);
}

/** Blocks in the order given, as maximal runs of consecutive numbers. */
export function blockRuns(blocks: readonly number[]): Run[] {
  const runs: [number, number][] = [];
  for (const b of blocks) addRun(runs, b, 1);
  return runs;
}

/** One run for people: "52", "40–47" (a console writes "40-47"). */
export function runRange([start, length]: Run, dash = '–'): string {
  return length === 1 ? `${start}` : `${start}${dash}${start + length - 1}`;
}

/** "40–47", "40–47, 52": runs for people. */
export function runsText(runs: readonly Run[]): string {
  if (runs.length === 0) return 'no blocks';
  const shown = runs.slice(0, 6).map((r) => runRange(r));
  return `${runs.length === 1 && runs[0]![1] === 1 ? 'block' : 'blocks'} ${shown.join(', ')}${runs.length > 6 ? `, … (${runs.length} runs)` : ''}`;
}
