import { deepCopy } from '../../deepCopy';
import type { FsError } from '../types';
import { createFreeRuns, markRun } from './freeRuns';
import { runsOf } from '../fragmentation';
import { blockRuns, releaseBlocks } from './disk';
import { ALLOCATION_STRATEGIES } from './registry';
import type { AllocDisk, AllocFile } from './types';

/** One block copied: `place` puts a block where it belongs; `park` moves a block out of the way of another. */
export interface BlockMove {
  from: number;
  to: number;
  inum: number;
  why: 'place' | 'park';
}

export type DefragResult =
  { ok: true; disk: AllocDisk; moves: BlockMove[]; retired: number[]; text: string } | { ok: false; error: FsError };

/** Files in the order they go: by the first block a read of them visits, so most stay near where they are. */
function layoutOrder(disk: AllocDisk): { inum: number; order: number[] }[] {
  const strategy = ALLOCATION_STRATEGIES[disk.strategy];
  const files: { inum: number; order: number[] }[] = [];
  for (const [inum, inode] of disk.inodes.entries())
    if (inode?.kind === 'file' && inode.blocks.length > 0) files.push({ inum, order: strategy.readOrder(disk, inode) });
  return files.sort((a, b) => (a.order[0] as number) - (b.order[0] as number));
}

/**
 * Moves blocks so every file is one run, in the order a sequential read visits its blocks (metadata included,
 * so a read is one seek), files one after another from the start of the data region, and free space one run
 * at the end. Metadata a one-run file no longer needs (extent-tree blocks) is freed first. Each target place
 * is filled in turn: a block in the way is parked in a free block (its own place when that is free), then the
 * block that belongs there is moved in; so each block moves at most twice. A disk with no free block cannot
 * move anything (ENOSPC) unless it is already in order. Returns a new disk; the one given is not changed.
 */
export function defragment(given: AllocDisk): DefragResult {
  const disk = deepCopy(given);
  const retired = retireMetadata(disk);
  const files = layoutOrder(disk);
  const n = disk.geometry.blocks;
  // Block identities are the blocks' places before defragmenting; `at` and `holds` follow them as they move.
  const at = Int32Array.from({ length: n }, (_, b) => b);
  const holds = Int32Array.from({ length: n }, (_, b) => (disk.bitmap[b] === 1 ? b : -1));
  const want: number[] = [];
  for (const f of files) want.push(...f.order);
  const base = disk.reserved;
  const dest = new Int32Array(n).fill(-1);
  for (const [i, id] of want.entries()) dest[id] = base + i;
  const inPlace = want.every((b, i) => b === base + i);
  if (!inPlace && disk.freeBlocks === 0)
    return {
      ok: false,
      error: { code: 'ENOSPC', message: 'the defragmenter needs at least one free block to move blocks through' },
    };
  const parking: number[] = [];
  for (let b = 0; b < n; b++) if (holds[b] === -1) parking.push(b);
  const moves: BlockMove[] = [];
  const move = (id: number, to: number, why: BlockMove['why']): void => {
    const from = at[id] as number;
    moves.push({ from, to, inum: disk.owner[id] as number, why });
    holds[from] = -1;
    parking.push(from);
    holds[to] = id;
    at[id] = to;
  };
  for (const id of want) {
    const t = dest[id] as number;
    if (at[id] === t) continue;
    const inWay = holds[t] as number;
    if (inWay >= 0) {
      const own = dest[inWay] as number;
      let q = holds[own] === -1 ? own : -1;
      while (q < 0) {
        const p = parking.pop() as number;
        if (holds[p] === -1 && p !== t) q = p;
      }
      move(inWay, q, q === own ? 'place' : 'park');
    }
    move(id, t, 'place');
  }
  const after = relocate(disk, at);
  const placed = moves.filter((m) => m.why === 'place').length;
  return {
    ok: true,
    disk: after,
    moves,
    retired,
    text:
      `${moves.length} block move${moves.length === 1 ? '' : 's'} (${placed} into place, ${moves.length - placed} out of the way)` +
      `${retired.length > 0 ? `, ${retired.length} extent-tree block${retired.length === 1 ? '' : 's'} freed` : ''}: ` +
      `${files.length} file${files.length === 1 ? '' : 's'} each one run, free space one run of ${after.freeBlocks} blocks`,
  };
}

/** Frees the metadata a file laid out in one run no longer needs; returns the blocks freed. */
function retireMetadata(disk: AllocDisk): number[] {
  const strategy = ALLOCATION_STRATEGIES[disk.strategy];
  const retired: number[] = [];
  for (const inode of disk.inodes) {
    if (inode?.kind !== 'file') continue;
    const gone = inode.meta.splice(strategy.metadataBlocks(disk, inode.blocks.length, inode.blocks.length > 0 ? 1 : 0));
    releaseBlocks(disk, gone);
    retired.push(...gone);
  }
  return retired;
}

/** The disk with every block at its new place (`at`: old place -> new), the FAT's pointers and files renumbered. */
function relocate(disk: AllocDisk, at: Int32Array): AllocDisk {
  const n = disk.geometry.blocks;
  const out: AllocDisk = {
    ...disk,
    bitmap: new Uint8Array(n),
    kind: new Uint8Array(n),
    owner: new Int32Array(n).fill(-1),
    next: new Int32Array(n).fill(-1),
    free: createFreeRuns(n),
  };
  for (let b = 0; b < n; b++) {
    if (disk.bitmap[b] === 0) continue;
    const to = at[b] as number;
    out.bitmap[to] = 1;
    out.kind[to] = disk.kind[b] as number;
    out.owner[to] = disk.owner[b] as number;
    const next = disk.next[b] as number;
    out.next[to] = next < 0 ? -1 : (at[next] as number);
  }
  for (const [start, length] of blockRuns(usedBlocks(out))) markRun(out.free, start, length, true);
  for (const inode of out.inodes) {
    if (inode?.kind !== 'file') continue;
    const file: AllocFile = inode;
    file.blocks = file.blocks.map((b) => at[b] as number);
    file.meta = file.meta.map((b) => at[b] as number);
    file.fragments = runsOf(file.blocks);
  }
  return out;
}

function usedBlocks(disk: AllocDisk): number[] {
  const used: number[] = [];
  for (let b = 0; b < disk.geometry.blocks; b++) if (disk.bitmap[b] === 1) used.push(b);
  return used;
}
