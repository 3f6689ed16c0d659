import type { SsdConfig, SsdDecision, SsdResult, SsdSink, SsdState } from './ssdTypes';

/**
 * The SSD's operations, each as ssd.py performs it, step for step: the same pages read, erased and programmed in
 * the same order, so its counts, times and pictures come out the same. Our additions (retired blocks, the safe GC
 * rule, wear levelling) change nothing unless the config asks for them.
 */

const filled = <T>(n: number, x: T): T[] => Array.from({ length: Math.max(0, n) }, () => x);

/** A new device: every page invalid, nothing mapped, no block in use. */
export function createSsd(config: SsdConfig): SsdState {
  const pages = config.blocks * config.pagesPerBlock;
  return {
    config,
    page: filled(pages, 'i'),
    data: filled(pages, ' '),
    forward: filled(config.logicalPages, -1),
    reverse: filled(pages, -1),
    cursorPage: -1,
    cursorBlock: 0,
    gcCount: 0,
    gcNextBlock: 0,
    used: filled(config.blocks, false),
    inUse: 0,
    erases: filled(config.blocks, 0),
    writes: filled(config.blocks, 0),
    reads: filled(config.blocks, 0),
    eraseSum: 0,
    writeSum: 0,
    readSum: 0,
    logical: { writes: 0, reads: 0, trims: 0, writeFails: 0, readFails: 0, trimFails: 0 },
    hostWrites: 0,
    retired: filled(config.blocks, false),
    wearCheckedAt: -1,
  };
}

/** One more in a per-block count. */
const bump = (counts: number[], i: number): void => {
  counts[i] = (counts[i] as number) + 1;
};

/** A success is the same every time: one object, not one a write. */
const SUCCESS: SsdResult = Object.freeze({ ok: true, text: 'success' });

const blockOf = (st: SsdState, page: number): number => Math.trunc(page / st.config.pagesPerBlock);

/** Is physical page p holding the current copy of its logical page? */
export const isLive = (st: SsdState, p: number): boolean => {
  const l = st.reverse[p] as number;
  return l !== -1 && st.forward[l] === p;
};

function erase(st: SsdState, block: number, sink: SsdSink): void {
  const first = block * st.config.pagesPerBlock;
  for (let p = first; p < first + st.config.pagesPerBlock; p++) {
    st.data[p] = ' ';
    st.page[p] = 'E';
  }
  if (st.used[block]) st.inUse--;
  st.used[block] = false;
  bump(st.erases, block);
  st.eraseSum++;
  const { endurance } = st.config;
  if (endurance > 0 && (st.erases[block] as number) >= endurance && !st.retired[block]) {
    st.retired[block] = true;
    sink?.({ kind: 'retire', block, erases: st.erases[block] as number, endurance });
  }
}

function program(st: SsdState, p: number, data: string): void {
  st.data[p] = data;
  st.page[p] = 'v';
  bump(st.writes, blockOf(st, p));
  st.writeSum++;
}

function readPage(st: SsdState, p: number): string {
  bump(st.reads, blockOf(st, p));
  st.readSum++;
  return st.data[p] as string;
}

/** A block the log may open: its first page not yet programmed (ssd.py looks at the first page only). */
function openIfFree(st: SsdState, block: number, sink: SsdSink): boolean {
  const first = block * st.config.pagesPerBlock;
  const s = st.page[first];
  if ((s !== 'i' && s !== 'E') || st.retired[block]) return false;
  if (s === 'i') erase(st, block, sink);
  st.cursorBlock = block;
  st.cursorPage = first;
  if (!st.used[block]) st.inUse++;
  st.used[block] = true;
  sink?.({ kind: 'open-block', block, wasInvalid: s === 'i' });
  return true;
}

/** The log's next page: the current block's, else the first free block from the current one on, wrapping. */
function cursor(st: SsdState, sink: SsdSink): boolean {
  if (st.cursorPage !== -1) return true;
  const start = st.cursorBlock;
  for (let b = start; b < st.config.blocks; b++) if (openIfFree(st, b, sink)) return true;
  for (let b = 0; b < start; b++) if (openIfFree(st, b, sink)) return true;
  return false;
}

function writeLog(st: SsdState, logical: number, data: string, gc: boolean, sink: SsdSink): SsdResult {
  if (!cursor(st, sink)) {
    st.logical.writeFails++;
    sink?.({ kind: 'device-full', logical });
    return { ok: false, errno: 'ENOSPC', text: 'failure: device full' };
  }
  const p = st.cursorPage;
  program(st, p, data);
  st.forward[logical] = p;
  st.reverse[p] = logical;
  sink?.({ kind: 'program', ftl: 'log', logical, physical: p, gc });
  st.cursorPage++;
  if (st.cursorPage % st.config.pagesPerBlock === 0) st.cursorPage = -1;
  return SUCCESS;
}

const BEYOND = (st: SsdState, logical: number): SsdResult => ({
  ok: false,
  errno: 'EFAULT',
  text: `the ${st.config.ftl} FTL maps logical page ${logical} to physical page ${logical}, but the flash has pages 0 to ${st.page.length - 1}`,
});

function writeInPlace(st: SsdState, logical: number, data: string, gc: boolean, sink: SsdSink): SsdResult {
  if (logical >= st.page.length) return BEYOND(st, logical);
  if (st.config.ftl === 'direct') {
    const block = blockOf(st, logical);
    const first = block * st.config.pagesPerBlock;
    const old: [number, string][] = [];
    for (let p = first; p < first + st.config.pagesPerBlock; p++)
      if (st.page[p] === 'v') old.push([p, readPage(st, p)]);
    erase(st, block, sink);
    const kept: number[] = [];
    for (const [p, d] of old)
      if (p !== logical) {
        program(st, p, d);
        kept.push(p);
      }
    sink?.({ kind: 'direct-rewrite', block, logical, kept });
  }
  program(st, logical, data);
  st.forward[logical] = logical;
  st.reverse[logical] = logical;
  sink?.({ kind: 'program', ftl: st.config.ftl, logical, physical: logical, gc });
  return SUCCESS;
}

/** A write as ssd.py's `write`: counted, checked, then the FTL's own way. `gc`: a copy made by GC or wear levelling. */
function writeAny(st: SsdState, logical: number, data: string, gc: boolean, sink: SsdSink): SsdResult {
  st.logical.writes++;
  if (logical < 0 || logical >= st.config.logicalPages) {
    st.logical.writeFails++;
    return { ok: false, errno: 'EINVAL', text: 'fail: illegal write address' };
  }
  return st.config.ftl === 'log' ? writeLog(st, logical, data, gc, sink) : writeInPlace(st, logical, data, gc, sink);
}

/** The host writes `data` to a logical page. */
export function ssdWrite(st: SsdState, logical: number, data: string, sink?: SsdSink): SsdResult {
  const r = writeAny(st, logical, data, false, sink);
  if (r.ok) st.hostWrites++;
  return r;
}

export function ssdRead(st: SsdState, logical: number): SsdResult {
  st.logical.reads++;
  if (logical < 0 || logical >= st.config.logicalPages) {
    st.logical.readFails++;
    return { ok: false, errno: 'EINVAL', text: 'fail: illegal read address' };
  }
  const p = st.forward[logical] as number;
  if (p === -1) {
    st.logical.readFails++;
    return { ok: false, errno: 'ENOENT', text: 'fail: uninitialized read' };
  }
  return { ok: true, text: readPage(st, p) };
}

/** Trim: the logical page is no longer wanted; its physical page becomes garbage for GC. */
export function ssdTrim(st: SsdState, logical: number): SsdResult {
  st.logical.trims++;
  if (logical < 0 || logical >= st.config.logicalPages) {
    st.logical.trimFails++;
    return { ok: false, errno: 'EINVAL', text: 'fail: illegal trim address' };
  }
  if (st.forward[logical] === -1) {
    st.logical.trimFails++;
    return { ok: false, errno: 'ENOENT', text: 'fail: uninitialized trim' };
  }
  st.forward[logical] = -1;
  return SUCCESS;
}

/** Pages the log can still take without erasing `except`: the rest of the current block and every free block. */
function roomInLog(st: SsdState, except: number): number {
  const ppb = st.config.pagesPerBlock;
  let room = st.cursorPage === -1 ? 0 : ppb - (st.cursorPage % ppb);
  for (let b = 0; b < st.config.blocks; b++) {
    const s = st.page[b * ppb];
    if (b !== except && b !== st.cursorBlock && !st.retired[b] && (s === 'i' || s === 'E')) room += ppb;
  }
  return room;
}

/** The block's pages holding the current copy of their logical page, in page order. */
function livePages(st: SsdState, block: number): number[] {
  const first = block * st.config.pagesPerBlock;
  const live: number[] = [];
  for (let p = first; p < first + st.config.pagesPerBlock; p++) if (isLive(st, p)) live.push(p);
  return live;
}

/**
 * Moves a block's live pages (`live`) to the log (reading each and writing it as a host write would, as ssd.py
 * does), then erases the block; under the safe rule a block whose live pages the log has no room for is kept,
 * untouched.
 */
function evacuate(
  st: SsdState,
  block: number,
  live: readonly number[],
  pass: number,
  sink: SsdSink,
): { erased: boolean; moved: number } {
  if (st.config.gcRule === 'safe' && live.length > roomInLog(st, block)) {
    sink?.({ kind: 'gc-keep', block, unmoved: [...live] });
    return { erased: false, moved: 0 };
  }
  for (const p of live) {
    const logical = st.reverse[p] as number;
    sink?.({ kind: 'gc-move', pass, from: p, logical });
    const data = readPage(st, p);
    writeAny(st, logical, data, true, sink);
  }
  // still live: the log refused its copy, or an in-place FTL wrote it back where it was
  const lost = live.filter((p) => isLive(st, p));
  if (lost.length > 0 && st.config.gcRule === 'safe') {
    sink?.({ kind: 'gc-keep', block, unmoved: lost });
    return { erased: false, moved: live.length - lost.length };
  }
  erase(st, block, sink);
  sink?.({ kind: 'gc-erase', pass, block, moved: live.length - lost.length, lost });
  return { erased: true, moved: live.length - lost.length };
}

/**
 * Why GC passes this block by, or undefined when it cleans it. `live` is the block's live pages, null when not
 * yet counted: the cheap reasons need no count, so a block is counted only when they do not apply.
 */
function gcSkip(st: SsdState, block: number, live: readonly number[] | null): SsdDecision | undefined {
  if (block === st.cursorBlock) return { kind: 'gc-skip', block, why: 'current' };
  if (st.retired[block]) return { kind: 'gc-skip', block, why: 'retired' };
  if (st.page[block * st.config.pagesPerBlock] === 'E') return { kind: 'gc-skip', block, why: 'erased' };
  return live?.length === st.config.pagesPerBlock ? { kind: 'gc-skip', block, why: 'all-live' } : undefined;
}

/** ssd.py's garbage collector: from where the last pass stopped, clean blocks until the low water mark. */
function garbageCollect(st: SsdState, sink: SsdSink): void {
  const { blocks, lowWater } = st.config;
  sink?.({ kind: 'gc-start', inUse: st.inUse, high: st.config.highWater });
  const start = st.gcNextBlock;
  for (let i = 0; i < blocks; i++) {
    const block = (start + i) % blocks;
    const cheap = gcSkip(st, block, null);
    const live = cheap ? [] : livePages(st, block);
    const skip = cheap ?? gcSkip(st, block, live);
    if (skip) {
      sink?.(skip);
      continue;
    }
    if (!evacuate(st, block, live, st.gcCount, sink).erased) return;
    if (st.inUse <= lowWater) {
      st.gcNextBlock = block;
      sink?.({ kind: 'gc-done', inUse: st.inUse, low: lowWater, block });
      st.gcCount++;
      return;
    }
  }
  sink?.({ kind: 'gc-short', inUse: st.inUse, low: lowWater });
}

/**
 * Static wear levelling, looked at once after each erase: when the least-erased block holding data lags the
 * most-erased (of those not retired) by more than the threshold, its data is cold; move it to the log and erase
 * the block, so hot writes wear it next.
 */
function levelWear(st: SsdState, sink: SsdSink): void {
  if (st.wearCheckedAt === st.eraseSum) return;
  st.wearCheckedAt = st.eraseSum;
  let most = -1;
  let coldest = -1;
  for (let b = 0; b < st.config.blocks; b++) {
    if (st.retired[b]) continue;
    const e = st.erases[b] as number;
    if (e > most) most = e;
    const holdsData = st.page[b * st.config.pagesPerBlock] === 'v';
    if (holdsData && b !== st.cursorBlock && (coldest === -1 || e < (st.erases[coldest] as number))) coldest = b;
  }
  if (coldest === -1) return;
  const erases = st.erases[coldest] as number;
  const threshold = st.config.wearThreshold;
  if (most - erases <= threshold) return;
  const { erased, moved } = evacuate(st, coldest, livePages(st, coldest), st.gcCount, sink);
  sink?.({ kind: 'wear-level', block: coldest, erases, most, threshold, moved, erased });
}

/** After each command: GC when the high water mark is reached, then (ours) wear levelling. */
export function ssdUpkeep(st: SsdState, sink?: SsdSink): void {
  const { gcRule, ftl, highWater, wearLevel } = st.config;
  if (st.inUse >= highWater && (gcRule === 'ostep' || ftl === 'log')) garbageCollect(st, sink);
  if (wearLevel === 'static' && ftl === 'log') levelWear(st, sink);
}
