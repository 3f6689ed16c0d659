/**
 * Closed Gantt segments packed as Int32Array rows of SEGMENT_FIELDS numbers
 * [cpu, start, end, pid (-1 = idle), kind (0 run, 1 switch, 2 idle)], sent as changes to the receiver's rows. The
 * receiver cuts its rows to `from`, but keeps what it was sent past the cut, as it was sent (until rows sent later
 * replace it): stepping back sends a shorter `from` and no rows, and a jump forward over the same run again names
 * those it holds (`held`) instead of sending tens of thousands of segments once more.
 */
export type TimelinePatch = RowsPatch | HeldRowsPatch;

/** Cut to `from` rows, then append `data`. */
export interface RowsPatch {
  kind: 'rows';
  from: number;
  data: Int32Array;
}

/**
 * Cut to `from` rows, take back the `held` rows after them that the receiver kept as it was sent them, then append
 * `data`. Sent only while the receiver holds them: the sender names only rows it sent since the receiver's copy
 * started over (every load, and every other node shown, starts at `from` 0 with rows of its own).
 */
export interface HeldRowsPatch {
  kind: 'held';
  from: number;
  held: number;
  data: Int32Array;
}

export const SEGMENT_FIELDS = 5;
export const SEGMENT_KIND = { run: 0, switch: 1, idle: 2 } as const;
/**
 * A run's cache warmth (node.cache on), added to its kind field: the low bits stay the kind, so a reader that
 * only tells idle and switch apart from runs reads it as before.
 */
export const SEGMENT_WARMTH = { warm: 8, cold: 16 } as const;
const KIND_BITS = 7;

/** A packed kind field's kind (run, switch, idle) and, for a run with caches on, whether it ran warm. */
export function unpackKind(field: number): { kind: number; warm?: boolean } {
  const kind = field & KIND_BITS;
  if (field & SEGMENT_WARMTH.warm) return { kind, warm: true };
  if (field & SEGMENT_WARMTH.cold) return { kind, warm: false };
  return { kind };
}

/**
 * What a process is doing over time, as the Gantt's process lanes show it: the PCB state, with WAITING told
 * apart by what it waits for, and NEW only once it has arrived (it waits for memory to be admitted). RUNNING
 * covers its switch-in too (it holds the CPU). Numbered after SEGMENT_KIND, so one bar kind names either.
 */
export const STATE_KIND = {
  running: 3,
  ready: 4,
  waitingIo: 5,
  waitingMemory: 6,
  suspended: 7,
  newWaitingMemory: 8,
} as const;
export type StateKind = (typeof STATE_KIND)[keyof typeof STATE_KIND];

/**
 * State spans packed as Int32Array rows of STATE_FIELDS numbers [pid, start, end, state (STATE_KIND), cpu
 * (-1 = none)], patched like the segments. Closed spans come in the order they closed; each frame also
 * carries the spans still open, ending at its tick. Only the first STATE_LANES processes are followed: a
 * lane per process stops helping long before that, and it bounds what a long run sends.
 */
export const STATE_FIELDS = 5;
export const STATE_LANES = 64;
