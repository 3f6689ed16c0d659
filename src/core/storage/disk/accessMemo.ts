import { approach, totalAfter } from './diskEstimate';
import type { DiskConfig } from './diskTypes';

/*
 * SATF's estimates, each worked out once. A block's estimated access time straight from the head (the arm crossing
 * to its track, then the wait for its start, then its transfer) depends only on the platter's angle, the arm's
 * track and the block. The angle is a sum of -R steps put back to 0 on each turn, so a run meets at most
 * ceil(360/R) angles, and a long run meets the same head positions again and again: each (angle, arm track) has a
 * row of estimates by block, NaN until first asked for. The rows hold exactly what diskEstimate.ts computes, so
 * ties fall as they fall there. A pure function's memo: it lives beside the state, not in it, keyed by the config.
 */

/** Estimates kept for one config at most (8 bytes each); past it, rows are worked out afresh each time. */
const MEMO_LIMIT = 1 << 20;

interface AccessMemo {
  /** angle -> its slot; the row of (slot, arm track) is rows[slot * tracks + track] */
  slots: Map<number, number>;
  /** the same for whole-degree angles (every angle of a whole -R), read without hashing */
  wholeSlots: number[];
  rows: Float64Array[];
  kept: number;
}

const memos = new WeakMap<DiskConfig, AccessMemo>();
/** the config asked about last and its memo: a run asks about one config a million times */
let last: { config: DiskConfig; memo: AccessMemo } | null = null;

function memoOf(config: DiskConfig): AccessMemo {
  if (last?.config === config) return last.memo;
  let memo = memos.get(config);
  if (!memo) memos.set(config, (memo = { slots: new Map(), wholeSlots: [], rows: [], kept: 0 }));
  last = { config, memo };
  return memo;
}

/** A row of estimates for a head position not kept: every block NaN, filled as asked, dropped after the pick. */
const fresh = (config: DiskConfig): Float64Array => new Float64Array(config.layout.blocks.length).fill(NaN);

/** The estimates by block (NaN: not yet worked out; `straightTotal` fills them) from the head at `angle` over `arm`. */
export function accessRow(config: DiskConfig, angle: number, arm: number): Float64Array {
  const memo = memoOf(config);
  const tracks = config.layout.trackEnds.length;
  const whole = Number.isInteger(angle) && angle >= 0;
  let slot = whole ? memo.wholeSlots[angle] : memo.slots.get(angle);
  if (slot === undefined) {
    const size = tracks * config.layout.blocks.length;
    if (memo.kept + size > MEMO_LIMIT) return fresh(config);
    slot = memo.rows.length / tracks;
    if (whole) memo.wholeSlots[angle] = slot;
    else memo.slots.set(angle, slot);
    memo.kept += size;
    for (let t = 0; t < tracks; t++) memo.rows.push(fresh(config));
  }
  return memo.rows[slot * tracks + arm] as Float64Array;
}

/** `block`'s estimate in `row` (the head at `angle` over `arm`), worked out and kept the first time. */
export function straightTotal(
  config: DiskConfig,
  row: Float64Array,
  angle: number,
  arm: number,
  block: number,
): number {
  const kept = row[block] as number;
  // NaN is the only value unequal to itself: not yet worked out
  if (kept === kept) return kept;
  const track = (config.layout.blocks[block] as { track: number }).track;
  const total = totalAfter(config, approach(config, angle, track, Math.abs(arm - track)), block);
  row[block] = total;
  return total;
}
