import { CLEANER_POLICIES, type Candidate, type CleanerPolicyName } from './cleanerPolicies';
import { liveness, type Liveness } from './lfsLiveness';
import { append, pieceOf, syncCheckpoint, writePiece } from './lfsLog';
import type { LfsInode, LfsState } from './lfsTypes';
import { freeSegment, headSegment, room, segmentStart, type LogSegments } from './segments';

/** When the cleaner runs: below `cleanBelow` free segments it cleans until `cleanTo` are free, by `policy`. */
export interface CleanerConfig {
  policy: CleanerPolicyName;
  cleanBelow: number;
  cleanTo: number;
}

export interface CleanerStats {
  /** times it started */
  runs: number;
  segmentsCleaned: number;
  /** live data and directory blocks copied to the head */
  blocksCopied: number;
  /** every block it wrote: the copies, the inodes and inode-map pieces pointing to them, the checkpoint region */
  blocksWritten: number;
}

export const emptyCleanerStats = (): CleanerStats => ({
  runs: 0,
  segmentsCleaned: 0,
  blocksCopied: 0,
  blocksWritten: 0,
});

/** One segment cleaned, as data: the narration's sentence is cleanedSentence's. */
export interface Cleaned {
  segment: number;
  segmentBlocks: number;
  live: number;
  age: number;
  /** where the live data and directory blocks went, in order */
  copies: number[];
  /** inodes and inode-map pieces written again to point to the copies (or because they were in the segment) */
  inodes: number;
  pieces: number;
  policy: CleanerPolicyName;
}

/** What it takes to clean segment s: its live blocks, and the blocks cleaning it writes (into other segments). */
function costOf(fs: LfsState, seg: LogSegments, live: Liveness, s: number) {
  const start = segmentStart(seg, s);
  const inodes = new Set<number>();
  const pieces = new Set<number>();
  let count = 0;
  let copies = 0;
  for (let a = start; a < start + seg.segmentBlocks; a++) {
    const why = live[a];
    if (!why) continue;
    count++;
    if (why.by === 'inode') copies++;
    if (why.by === 'inode' || why.by === 'imap') inodes.add(why.inum);
    if (why.by === 'checkpoint') pieces.add(why.piece);
  }
  for (const inum of inodes) pieces.add(pieceOf(inum));
  return { live: count, writes: copies + inodes.size + pieces.size };
}

/**
 * The policy's pick among the segments worth cleaning: in use, not the head's, and freeing more than cleaning
 * writes (else cleaning gains nothing) within the room there is. null when there is none.
 */
function pick(fs: LfsState, seg: LogSegments, live: Liveness, policy: CleanerPolicyName): Candidate | null {
  const head = headSegment(seg);
  const space = room(seg);
  let best: Candidate | null = null;
  seg.list.forEach((segment, s) => {
    if (segment.state !== 'used' || s === head) return;
    const cost = costOf(fs, seg, live, s);
    if (cost.writes >= seg.segmentBlocks || cost.writes > space) return;
    const c = { segment: s, live: cost.live, age: seg.clock - segment.writtenAt };
    if (best === null || CLEANER_POLICIES[policy].better(c, best, seg.segmentBlocks)) best = c;
  });
  return best;
}

/**
 * Cleans one segment: copies its live data and directory blocks to the head, writes again each inode that
 * pointed to them or lay in it (pointing to the copies), then the inode-map pieces of those inodes and any piece
 * that lay in it, and the checkpoint region; then nothing live is left in it, and it is free.
 */
function cleanSegment(fs: LfsState, seg: LogSegments, live: Liveness, c: Candidate, policy: CleanerPolicyName) {
  const start = segmentStart(seg, c.segment);
  const copies: number[] = [];
  const moved = new Map<string, number>();
  const inodes = new Set<number>();
  const pieces = new Set<number>();
  for (let a = start; a < start + seg.segmentBlocks; a++) {
    const why = live[a];
    if (!why) continue;
    if (why.by === 'inode') {
      seg.io?.reads.push(a);
      const to = append(fs, { ...(fs.log[a] as (typeof fs.log)[number]) });
      copies.push(to);
      moved.set(`${why.inum}:${why.index}`, to);
    }
    if (why.by === 'inode' || why.by === 'imap') inodes.add(why.inum);
    if (why.by === 'checkpoint') pieces.add(why.piece);
  }
  for (const inum of [...inodes].sort((a, b) => a - b)) {
    const old = fs.log[fs.imap[inum] as number] as LfsInode;
    const pointers = old.pointers.map((p, i) => moved.get(`${inum}:${i}`) ?? p);
    fs.imap[inum] = append(fs, { ...old, pointers });
    pieces.add(pieceOf(inum));
  }
  for (const piece of [...pieces].sort((a, b) => a - b)) writePiece(fs, piece);
  syncCheckpoint(fs);
  freeSegment(seg, c.segment);
  const done: Cleaned = {
    segment: c.segment,
    segmentBlocks: seg.segmentBlocks,
    live: c.live,
    age: c.age,
    copies,
    inodes: inodes.size,
    pieces: pieces.size,
    policy,
  };
  return done;
}

/**
 * Runs the cleaner if free segments are below the low-water mark or the log has less room than `need` blocks:
 * segment after segment, by the policy, until `cleanTo` are free and `need` fits, or nothing is worth cleaning
 * (every segment full of live blocks). Returns what it cleaned, in order (none when it did not run).
 */
export function clean(fs: LfsState, config: CleanerConfig, need: number, stats: CleanerStats): Cleaned[] {
  const seg = fs.segments;
  if (!seg || (seg.free >= config.cleanBelow && room(seg) >= need)) return [];
  stats.runs++;
  const done: Cleaned[] = [];
  while (seg.free < config.cleanTo || room(seg) < need) {
    const live = liveness(fs);
    const c = pick(fs, seg, live, config.policy);
    if (c === null) break;
    const cleaned = cleanSegment(fs, seg, live, c, config.policy);
    stats.segmentsCleaned++;
    stats.blocksCopied += cleaned.copies.length;
    stats.blocksWritten += cleaned.copies.length + cleaned.inodes + cleaned.pieces + 1;
    done.push(cleaned);
  }
  return done;
}

/** Addresses in order as ranges: "41–42, 47". */
function ranges(addrs: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < addrs.length;) {
    let j = i;
    while (j + 1 < addrs.length && addrs[j + 1] === (addrs[j] as number) + 1) j++;
    parts.push(j === i ? `${addrs[i]}` : `${addrs[i]}–${addrs[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "segment 3 cleaned: 2 of 16 blocks live, copied to 41–42 (1 inode and 1 inode-map piece written again); greedy picks the fewest live" */
export function cleanedSentence(c: Cleaned): string {
  // The live inodes and pieces are not copied but written again (pointing to the copies): say how many were.
  const n = c.copies.length;
  const copied =
    c.live === 0 ? ', nothing to copy' : n === 0 ? '' : `, ${n === c.live ? '' : `${n} `}copied to ${ranges(c.copies)}`;
  const again =
    c.inodes + c.pieces > 0
      ? ` (${[c.inodes > 0 ? plural(c.inodes, 'inode') : '', c.pieces > 0 ? plural(c.pieces, 'inode-map piece') : ''].filter(Boolean).join(' and ')} written again)`
      : '';
  return `segment ${c.segment} cleaned: ${c.live} of ${c.segmentBlocks} blocks live${copied}${again}; ${CLEANER_POLICIES[c.policy].why({ segment: c.segment, live: c.live, age: c.age }, c.segmentBlocks)}`;
}
