import type { FsState } from './types';

/** An allocation bitmap, one byte per entry so a picture reads it directly: 1 in use, 0 free. */

/** Entries per chunk of the free summary, and chunks per group: a full one is skipped with one read. */
const CHUNK = 64;
const GROUP = CHUNK * 64;

/**
 * Where free entries are, to find the lowest one without reading every entry in use: how many are free in each
 * chunk of 64 entries and in each group of 4,096, and where a scan may start (every entry below is in use).
 * Derived, not state: keyed by the bitmap itself, so a copied bitmap builds its own on first use. After that the
 * bitmap changes only through `setBit` (and `mark`), which keeps it true. Without it a nearly full 1 GiB disk
 * reads thousands of used bits for each block it allocates.
 */
interface FreeSummary {
  inChunk: Uint8Array;
  inGroup: Uint16Array;
  scanFrom: number;
}

const summaries = new WeakMap<Uint8Array, FreeSummary>();

/** The last bitmap asked about: an operation sets many bits of one bitmap, and a WeakMap read costs more. */
let last: { map: Uint8Array; summary: FreeSummary | undefined } = { map: new Uint8Array(0), summary: undefined };

function knownSummary(map: Uint8Array): FreeSummary | undefined {
  if (last.map !== map) last = { map, summary: summaries.get(map) };
  return last.summary;
}

function summaryOf(map: Uint8Array): FreeSummary {
  let summary = knownSummary(map);
  if (summary !== undefined) return summary;
  summary = {
    inChunk: new Uint8Array(Math.ceil(map.length / CHUNK)),
    inGroup: new Uint16Array(Math.ceil(map.length / GROUP)),
    scanFrom: 0,
  };
  for (let at = 0; at < map.length; at++) if (map[at] === 0) count(summary, at, 1);
  summaries.set(map, summary);
  last = { map, summary };
  return summary;
}

function count(summary: FreeSummary, at: number, change: 1 | -1): void {
  const chunk = Math.floor(at / CHUNK);
  const group = Math.floor(at / GROUP);
  summary.inChunk[chunk] = (summary.inChunk[chunk] as number) + change;
  summary.inGroup[group] = (summary.inGroup[group] as number) + change;
}

/** The lowest free entry at or after `from`, or -1 when there is none. */
export function nextFree(map: Uint8Array, from: number): number {
  const { inChunk, inGroup } = summaryOf(map);
  for (let at = from; at < map.length;) {
    if (inGroup[Math.floor(at / GROUP)] === 0) {
      at = (Math.floor(at / GROUP) + 1) * GROUP;
      continue;
    }
    const end = Math.min((Math.floor(at / CHUNK) + 1) * CHUNK, map.length);
    if (inChunk[Math.floor(at / CHUNK)] !== 0) for (; at < end; at++) if (map[at] === 0) return at;
    at = end;
  }
  return -1;
}

/** The first free entry (vsfs's allocator: the lowest number), or -1 when none is free. */
export function firstFree(map: Uint8Array): number {
  const summary = summaryOf(map);
  const at = nextFree(map, summary.scanFrom);
  summary.scanFrom = at < 0 ? map.length : at;
  return at;
}

/** Sets one bit, keeping the summary (for fsck, which sets the counts from the bitmaps after). */
export function setBit(map: Uint8Array, at: number, bit: 0 | 1): void {
  if (map[at] === bit) return;
  map[at] = bit;
  const summary = knownSummary(map);
  if (summary === undefined) return;
  count(summary, at, bit === 1 ? -1 : 1);
  if (bit === 0 && at < summary.scanFrom) summary.scanFrom = at;
}

/** Sets an inode's or a data block's bit, keeping the count of those in use and the summary. */
export function mark(fs: FsState, table: 'inodes' | 'blocks', at: number, bit: 0 | 1): void {
  const map = table === 'inodes' ? fs.inodeBitmap : fs.dataBitmap;
  if (map[at] === bit) return;
  setBit(map, at, bit);
  fs.used[table] += bit === 1 ? 1 : -1;
}

export function countUsed(map: Uint8Array): number {
  let used = 0;
  for (const bit of map) used += bit;
  return used;
}

/** The bitmap as vsfs prints it: a digit per entry. */
export function bitmapText(map: Uint8Array): string {
  return map.join('');
}

/** The runs of free (0) entries: how many, and the longest. */
export function freeRunsOf(map: Uint8Array): { freeRuns: number; largestFreeRun: number } {
  let freeRuns = 0;
  let largestFreeRun = 0;
  let run = 0;
  for (let b = 0; b <= map.length; b++) {
    if (b < map.length && map[b] === 0) {
      if (run++ === 0) freeRuns++;
      continue;
    }
    largestFreeRun = Math.max(largestFreeRun, run);
    run = 0;
  }
  return { freeRuns, largestFreeRun };
}
