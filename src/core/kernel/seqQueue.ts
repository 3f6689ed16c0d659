/**
 * One band of the ready queue of a policy that takes READY processes by band, and in each band in the order they
 * became READY (Policy.seqBands): proc indices sorted by rank (their readySeq), from `readyHead` on. Pops come in the very order
 * a heap of the same ranks would give (ranks are distinct). A process joins at the tail (a new readySeq, above
 * all) and the first one leaves by moving the head, each O(1) where a heap pays O(log n) for a sift and
 * Array.shift a call into the runtime; only a process that keeps an older place (a preempted or resumed one) or goes
 * to the front is put in place, found by binary search.
 */
export interface SeqQueue {
  ready: number[];
  /** where the queue starts in `ready`: those before it have left */
  readyHead: number;
}

/** Below this many places left behind the head, they are not worth moving the queue down for. */
const COMPACT_AT = 64;

export function seqPush(q: SeqQueue, item: number, ranks: readonly number[]): void {
  const items = q.ready;
  const n = items.length;
  const rank = ranks[item] as number;
  const head = q.readyHead;
  if (n === head || rank > (ranks[items[n - 1] as number] as number)) items.push(item);
  else if (head > 0 && rank < (ranks[items[head] as number] as number)) items[(q.readyHead = head - 1)] = item;
  else items.splice(placeFor(q, rank, ranks), 0, item);
}

/** The first item out, undefined when there is none. */
export function seqPop(q: SeqQueue): number | undefined {
  const items = q.ready;
  const head = q.readyHead;
  if (head === items.length) return undefined;
  const item = items[head];
  // The places left behind are given back once they are as many as those still queued (amortized O(1)), so the
  // array is never more than twice the queue.
  const gone = head + 1;
  if (gone >= COMPACT_AT && 2 * gone >= items.length) {
    // A loop, not copyWithin, which walks the array as a generic object (tens of ns an item).
    const n = items.length - gone;
    for (let k = 0; k < n; k++) items[k] = items[k + gone] as number;
    items.length = n;
    q.readyHead = 0;
  } else q.readyHead = gone;
  return item;
}

/** Takes `item` out; false when it is not in the queue. */
export function seqRemove(q: SeqQueue, item: number, ranks: readonly number[]): boolean {
  const i = placeFor(q, ranks[item] as number, ranks);
  if (i >= q.ready.length || q.ready[i] !== item) return false;
  q.ready.splice(i, 1);
  return true;
}

/** The first place from the head whose item does not rank below `rank`. */
function placeFor(q: SeqQueue, rank: number, ranks: readonly number[]): number {
  const items = q.ready;
  let lo = q.readyHead;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranks[items[mid] as number] as number) < rank) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
