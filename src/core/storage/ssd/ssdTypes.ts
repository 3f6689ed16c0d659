/**
 * A flash SSD as OSTEP's ssd.py models it: blocks of pages, each page invalid (never written since power-on),
 * erased, or valid (programmed); a flash translation layer (FTL) from logical pages to physical pages; a garbage
 * collector between a high and a low water mark. And what ssd.py lacks: wear per block, a wear-levelling policy,
 * blocks that wear out and retire. All plain data, so a run can be copied and replayed.
 */

/** OSTEP's three FTLs: `ideal` writes in place like memory, `direct` maps page N to page N (read-erase-program of
 * the whole block), `log` appends to the current log block and cleans with a garbage collector. */
export const SSD_FTL_NAMES = ['ideal', 'direct', 'log'] as const;
export type SsdFtl = (typeof SSD_FTL_NAMES)[number];

/** Wear levelling: none (ssd.py's "for future"), or static: move cold data off a block whose erases lag. */
export const SSD_WEAR_LEVELS = ['none', 'static'] as const;
export type SsdWearLevel = (typeof SSD_WEAR_LEVELS)[number];

/** A page's state with ssd.py's letters: invalid, erased, valid. */
export type PageState = 'i' | 'E' | 'v';

/**
 * What GC does with a live page it could not move (the log full): `ostep` erases the block anyway, losing it, as
 * ssd.py does (and ssd.py's GC under the direct and ideal FTLs rewrites a page in place, then erases it); `safe`
 * keeps the block and stops, and runs only under the log FTL. Our wear levelling and endurance use `safe`.
 */
export type SsdGcRule = 'ostep' | 'safe';

export interface SsdConfig {
  ftl: SsdFtl;
  logicalPages: number;
  blocks: number;
  pagesPerBlock: number;
  /** costs of one block erase, one page program, one page read (OSTEP's usecs) */
  eraseTime: number;
  programTime: number;
  readTime: number;
  /** GC runs when this many blocks are in use … */
  highWater: number;
  /** … until no more than this many are */
  lowWater: number;
  gcRule: SsdGcRule;
  wearLevel: SsdWearLevel;
  /** static wear levelling acts when the least-erased block holding data lags the most-erased by more than this */
  wearThreshold: number;
  /** erases a block survives; the erase that reaches it retires the block; 0: no limit */
  endurance: number;
}

/** Counts of the host's operations as ssd.py keeps them (GC's copies count as writes, as ssd.py counts them). */
export interface SsdLogicalCounts {
  writes: number;
  reads: number;
  trims: number;
  writeFails: number;
  readFails: number;
  trimFails: number;
}

export interface SsdState {
  config: SsdConfig;
  page: PageState[];
  data: string[];
  /** logical page -> physical page, -1 unmapped */
  forward: number[];
  /** physical page -> the logical page last written there, -1 none (stale entries stay, as in ssd.py) */
  reverse: number[];
  /** the log's next page, -1 when a new block must be opened */
  cursorPage: number;
  cursorBlock: number;
  /** GC passes that reached the low water mark */
  gcCount: number;
  /** where the next GC pass starts looking */
  gcNextBlock: number;
  /** blocks opened for the log and not erased since */
  used: boolean[];
  inUse: number;
  erases: number[];
  writes: number[];
  reads: number[];
  eraseSum: number;
  writeSum: number;
  readSum: number;
  logical: SsdLogicalCounts;
  /** successful writes the host asked for (not GC's or wear levelling's copies): write amplification's divisor */
  hostWrites: number;
  /** blocks worn out (erased `endurance` times): never written again */
  retired: boolean[];
  /** eraseSum when wear levelling last looked: it looks once after each erase, as only an erase moves the spread */
  wearCheckedAt: number;
}

/** A host operation's outcome; the error text is ssd.py's. */
export type SsdResult =
  | { ok: true; text: string }
  | { ok: false; errno: 'EINVAL' | 'ENOENT' | 'ENOSPC'; text: string }
  /** ssd.py fails with a KeyError: the direct or ideal FTL maps a logical page to a physical page not on the flash */
  | { ok: false; errno: 'EFAULT'; text: string };

/** Why the garbage collector passed a block by. */
export type GcSkip = 'current' | 'erased' | 'all-live' | 'retired';

/** Every decision the SSD makes, typed; ssdExplain.ts puts each in words. */
export type SsdDecision =
  | { kind: 'program'; ftl: SsdFtl; logical: number; physical: number; gc: boolean }
  | { kind: 'direct-rewrite'; block: number; logical: number; kept: number[] }
  | { kind: 'open-block'; block: number; wasInvalid: boolean }
  | { kind: 'device-full'; logical: number }
  | { kind: 'gc-start'; inUse: number; high: number }
  | { kind: 'gc-skip'; block: number; why: GcSkip }
  | { kind: 'gc-move'; pass: number; from: number; logical: number }
  | { kind: 'gc-erase'; pass: number; block: number; moved: number; lost: number[] }
  | { kind: 'gc-keep'; block: number; unmoved: number[] }
  | { kind: 'gc-done'; inUse: number; low: number; block: number }
  | { kind: 'gc-short'; inUse: number; low: number }
  | {
      kind: 'wear-level';
      block: number;
      erases: number;
      most: number;
      threshold: number;
      moved: number;
      erased: boolean;
    }
  | { kind: 'retire'; block: number; erases: number; endurance: number };

/** Where decisions go as they are made: the text (-J), the narration; absent when nobody listens. */
export type SsdSink = ((d: SsdDecision) => void) | undefined;
